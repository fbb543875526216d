/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Health {\n  health\n}": typeof types.HealthDocument,
    "query Document($number: String!) {\n  document(number: $number) {\n    number\n    title\n    year\n    batch\n    issuedOn\n    upstreamNumber\n    allocations {\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n    }\n    targetSheets {\n      region {\n        name\n      }\n      fundTotal\n      centralFunds\n      localFunds\n      goals\n      indicators {\n        level1\n        level2\n        name\n        target {\n          text\n          kind\n          op\n          value\n          unit\n        }\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n}": typeof types.DocumentDocument,
    "query Execution($year: Int!, $month: Int!, $region: String) {\n  execution(year: $year, month: $month, region: $region) {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}": typeof types.ExecutionDocument,
    "query IndicatorComparison($number: String!) {\n  indicatorComparison(documentNumber: $number) {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        reportedOn\n      }\n      status\n    }\n  }\n}": typeof types.IndicatorComparisonDocument,
    "mutation SubmitSpendingReport($input: SpendingReportInput!) {\n  submitSpendingReport(input: $input) {\n    report {\n      id\n      region {\n        name\n      }\n      year\n      month\n      version\n      lines {\n        documentNumber\n        amount\n        spent\n        unspent\n        progress\n      }\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.SubmitSpendingReportDocument,
};
const documents: Documents = {
    "query Health {\n  health\n}": types.HealthDocument,
    "query Document($number: String!) {\n  document(number: $number) {\n    number\n    title\n    year\n    batch\n    issuedOn\n    upstreamNumber\n    allocations {\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n    }\n    targetSheets {\n      region {\n        name\n      }\n      fundTotal\n      centralFunds\n      localFunds\n      goals\n      indicators {\n        level1\n        level2\n        name\n        target {\n          text\n          kind\n          op\n          value\n          unit\n        }\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n}": types.DocumentDocument,
    "query Execution($year: Int!, $month: Int!, $region: String) {\n  execution(year: $year, month: $month, region: $region) {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}": types.ExecutionDocument,
    "query IndicatorComparison($number: String!) {\n  indicatorComparison(documentNumber: $number) {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        reportedOn\n      }\n      status\n    }\n  }\n}": types.IndicatorComparisonDocument,
    "mutation SubmitSpendingReport($input: SpendingReportInput!) {\n  submitSpendingReport(input: $input) {\n    report {\n      id\n      region {\n        name\n      }\n      year\n      month\n      version\n      lines {\n        documentNumber\n        amount\n        spent\n        unspent\n        progress\n      }\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.SubmitSpendingReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Health {\n  health\n}"): typeof import('./graphql.js').HealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Document($number: String!) {\n  document(number: $number) {\n    number\n    title\n    year\n    batch\n    issuedOn\n    upstreamNumber\n    allocations {\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n    }\n    targetSheets {\n      region {\n        name\n      }\n      fundTotal\n      centralFunds\n      localFunds\n      goals\n      indicators {\n        level1\n        level2\n        name\n        target {\n          text\n          kind\n          op\n          value\n          unit\n        }\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n}"): typeof import('./graphql.js').DocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Execution($year: Int!, $month: Int!, $region: String) {\n  execution(year: $year, month: $month, region: $region) {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}"): typeof import('./graphql.js').ExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorComparison($number: String!) {\n  indicatorComparison(documentNumber: $number) {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        reportedOn\n      }\n      status\n    }\n  }\n}"): typeof import('./graphql.js').IndicatorComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitSpendingReport($input: SpendingReportInput!) {\n  submitSpendingReport(input: $input) {\n    report {\n      id\n      region {\n        name\n      }\n      year\n      month\n      version\n      lines {\n        documentNumber\n        amount\n        spent\n        unspent\n        progress\n      }\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): typeof import('./graphql.js').SubmitSpendingReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
