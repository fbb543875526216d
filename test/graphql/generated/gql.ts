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
    "query ExampleLaggingCounties($year: Int!, $month: Int!) {\n  laggingRegions(year: $year, month: $month, first: 20) {\n    totalCount\n    nodes {\n      region {\n        name\n      }\n      allocated\n      spent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}": typeof types.ExampleLaggingCountiesDocument,
    "query ExampleUnspentBalances($year: Int!, $month: Int!) {\n  unspentBalances(year: $year, month: $month) {\n    nodes {\n      region {\n        name\n      }\n      allocated\n      unspent\n      progress\n    }\n  }\n}": typeof types.ExampleUnspentBalancesDocument,
    "query ExampleFilingStatus($year: Int!, $month: Int!) {\n  filingStatus(year: $year, month: $month) {\n    deadline\n    filedCount\n    expectedCount\n    regions {\n      region {\n        name\n      }\n      filed\n      version\n      submittedAt\n      late\n    }\n  }\n}": typeof types.ExampleFilingStatusDocument,
    "query ExampleTrendAndComparisons($year: Int!, $month: Int!) {\n  execution(year: $year, month: $month) {\n    region {\n      name\n    }\n    spent\n    progress\n    previousMonth {\n      spent\n      progress\n    }\n    previousYear {\n      spent\n      progress\n    }\n    trend {\n      month\n      spent\n      progress\n      benchmark\n      reportedCount\n      expectedCount\n    }\n    byDirection {\n      direction\n      spent\n      share\n    }\n    byProgram {\n      program {\n        name\n        year\n      }\n      allocated\n      spent\n      progress\n    }\n  }\n}": typeof types.ExampleTrendAndComparisonsDocument,
    "query ExampleReportVersions($region: String!, $year: Int!, $month: Int!) {\n  spendingReports(region: $region, year: $year, month: $month) {\n    totalCount\n    nodes {\n      id\n      version\n      isLatest\n      submittedAt\n      submittedBy\n      isSample\n      lines {\n        documentNumber\n        fundName\n        amount\n        spent\n        unspent\n        progress\n        directions {\n          direction\n          spent\n        }\n      }\n    }\n  }\n}": typeof types.ExampleReportVersionsDocument,
    "query ExampleLagExplanations($year: Int!, $month: Int!) {\n  lagExplanations(year: $year, month: $month) {\n    region {\n      name\n    }\n    documentNumber\n    progress\n    benchmark\n    reason\n    measures\n    measuresDueOn\n    overdue\n  }\n}": typeof types.ExampleLagExplanationsDocument,
    "query ExampleRegionIndicators($region: String!, $number: String!) {\n  regionIndicators(region: $region, documentNumber: $number) {\n    indicator {\n      name\n      level1\n      level2\n    }\n    target {\n      text\n      kind\n      op\n      value\n      unit\n    }\n    result {\n      value\n      text\n      outcome\n      reportedOn\n    }\n    previousResult {\n      value\n    }\n    status\n  }\n}": typeof types.ExampleRegionIndicatorsDocument,
    "query ExampleRegionTree {\n  regions {\n    name\n    level\n    aliases\n    children {\n      name\n      level\n      aliases\n    }\n  }\n}": typeof types.ExampleRegionTreeDocument,
    "mutation ExampleRecordIndicatorResult($input: IndicatorResultInput!) {\n  recordIndicatorResult(input: $input) {\n    result {\n      id\n      year\n      value\n      reportedOn\n    }\n    status\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.ExampleRecordIndicatorResultDocument,
    "query ExampleImportWarnings {\n  importRuns(first: 10) {\n    totalCount\n    nodes {\n      documentNumber\n      outcome\n      importedAt\n      warnings {\n        severity\n        code\n        message\n        region {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.ExampleImportWarningsDocument,
};
const documents: Documents = {
    "query Health {\n  health\n}": types.HealthDocument,
    "query Document($number: String!) {\n  document(number: $number) {\n    number\n    title\n    year\n    batch\n    issuedOn\n    upstreamNumber\n    allocations {\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n    }\n    targetSheets {\n      region {\n        name\n      }\n      fundTotal\n      centralFunds\n      localFunds\n      goals\n      indicators {\n        level1\n        level2\n        name\n        target {\n          text\n          kind\n          op\n          value\n          unit\n        }\n      }\n    }\n    warnings {\n      code\n      message\n    }\n  }\n}": types.DocumentDocument,
    "query Execution($year: Int!, $month: Int!, $region: String) {\n  execution(year: $year, month: $month, region: $region) {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}": types.ExecutionDocument,
    "query IndicatorComparison($number: String!) {\n  indicatorComparison(documentNumber: $number) {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        reportedOn\n      }\n      status\n    }\n  }\n}": types.IndicatorComparisonDocument,
    "mutation SubmitSpendingReport($input: SpendingReportInput!) {\n  submitSpendingReport(input: $input) {\n    report {\n      id\n      region {\n        name\n      }\n      year\n      month\n      version\n      lines {\n        documentNumber\n        amount\n        spent\n        unspent\n        progress\n      }\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.SubmitSpendingReportDocument,
    "query ExampleLaggingCounties($year: Int!, $month: Int!) {\n  laggingRegions(year: $year, month: $month, first: 20) {\n    totalCount\n    nodes {\n      region {\n        name\n      }\n      allocated\n      spent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}": types.ExampleLaggingCountiesDocument,
    "query ExampleUnspentBalances($year: Int!, $month: Int!) {\n  unspentBalances(year: $year, month: $month) {\n    nodes {\n      region {\n        name\n      }\n      allocated\n      unspent\n      progress\n    }\n  }\n}": types.ExampleUnspentBalancesDocument,
    "query ExampleFilingStatus($year: Int!, $month: Int!) {\n  filingStatus(year: $year, month: $month) {\n    deadline\n    filedCount\n    expectedCount\n    regions {\n      region {\n        name\n      }\n      filed\n      version\n      submittedAt\n      late\n    }\n  }\n}": types.ExampleFilingStatusDocument,
    "query ExampleTrendAndComparisons($year: Int!, $month: Int!) {\n  execution(year: $year, month: $month) {\n    region {\n      name\n    }\n    spent\n    progress\n    previousMonth {\n      spent\n      progress\n    }\n    previousYear {\n      spent\n      progress\n    }\n    trend {\n      month\n      spent\n      progress\n      benchmark\n      reportedCount\n      expectedCount\n    }\n    byDirection {\n      direction\n      spent\n      share\n    }\n    byProgram {\n      program {\n        name\n        year\n      }\n      allocated\n      spent\n      progress\n    }\n  }\n}": types.ExampleTrendAndComparisonsDocument,
    "query ExampleReportVersions($region: String!, $year: Int!, $month: Int!) {\n  spendingReports(region: $region, year: $year, month: $month) {\n    totalCount\n    nodes {\n      id\n      version\n      isLatest\n      submittedAt\n      submittedBy\n      isSample\n      lines {\n        documentNumber\n        fundName\n        amount\n        spent\n        unspent\n        progress\n        directions {\n          direction\n          spent\n        }\n      }\n    }\n  }\n}": types.ExampleReportVersionsDocument,
    "query ExampleLagExplanations($year: Int!, $month: Int!) {\n  lagExplanations(year: $year, month: $month) {\n    region {\n      name\n    }\n    documentNumber\n    progress\n    benchmark\n    reason\n    measures\n    measuresDueOn\n    overdue\n  }\n}": types.ExampleLagExplanationsDocument,
    "query ExampleRegionIndicators($region: String!, $number: String!) {\n  regionIndicators(region: $region, documentNumber: $number) {\n    indicator {\n      name\n      level1\n      level2\n    }\n    target {\n      text\n      kind\n      op\n      value\n      unit\n    }\n    result {\n      value\n      text\n      outcome\n      reportedOn\n    }\n    previousResult {\n      value\n    }\n    status\n  }\n}": types.ExampleRegionIndicatorsDocument,
    "query ExampleRegionTree {\n  regions {\n    name\n    level\n    aliases\n    children {\n      name\n      level\n      aliases\n    }\n  }\n}": types.ExampleRegionTreeDocument,
    "mutation ExampleRecordIndicatorResult($input: IndicatorResultInput!) {\n  recordIndicatorResult(input: $input) {\n    result {\n      id\n      year\n      value\n      reportedOn\n    }\n    status\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.ExampleRecordIndicatorResultDocument,
    "query ExampleImportWarnings {\n  importRuns(first: 10) {\n    totalCount\n    nodes {\n      documentNumber\n      outcome\n      importedAt\n      warnings {\n        severity\n        code\n        message\n        region {\n          name\n        }\n      }\n    }\n  }\n}": types.ExampleImportWarningsDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleLaggingCounties($year: Int!, $month: Int!) {\n  laggingRegions(year: $year, month: $month, first: 20) {\n    totalCount\n    nodes {\n      region {\n        name\n      }\n      allocated\n      spent\n      progress\n      benchmark\n      warning\n      reported\n    }\n  }\n}"): typeof import('./graphql.js').ExampleLaggingCountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleUnspentBalances($year: Int!, $month: Int!) {\n  unspentBalances(year: $year, month: $month) {\n    nodes {\n      region {\n        name\n      }\n      allocated\n      unspent\n      progress\n    }\n  }\n}"): typeof import('./graphql.js').ExampleUnspentBalancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleFilingStatus($year: Int!, $month: Int!) {\n  filingStatus(year: $year, month: $month) {\n    deadline\n    filedCount\n    expectedCount\n    regions {\n      region {\n        name\n      }\n      filed\n      version\n      submittedAt\n      late\n    }\n  }\n}"): typeof import('./graphql.js').ExampleFilingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleTrendAndComparisons($year: Int!, $month: Int!) {\n  execution(year: $year, month: $month) {\n    region {\n      name\n    }\n    spent\n    progress\n    previousMonth {\n      spent\n      progress\n    }\n    previousYear {\n      spent\n      progress\n    }\n    trend {\n      month\n      spent\n      progress\n      benchmark\n      reportedCount\n      expectedCount\n    }\n    byDirection {\n      direction\n      spent\n      share\n    }\n    byProgram {\n      program {\n        name\n        year\n      }\n      allocated\n      spent\n      progress\n    }\n  }\n}"): typeof import('./graphql.js').ExampleTrendAndComparisonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleReportVersions($region: String!, $year: Int!, $month: Int!) {\n  spendingReports(region: $region, year: $year, month: $month) {\n    totalCount\n    nodes {\n      id\n      version\n      isLatest\n      submittedAt\n      submittedBy\n      isSample\n      lines {\n        documentNumber\n        fundName\n        amount\n        spent\n        unspent\n        progress\n        directions {\n          direction\n          spent\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExampleReportVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleLagExplanations($year: Int!, $month: Int!) {\n  lagExplanations(year: $year, month: $month) {\n    region {\n      name\n    }\n    documentNumber\n    progress\n    benchmark\n    reason\n    measures\n    measuresDueOn\n    overdue\n  }\n}"): typeof import('./graphql.js').ExampleLagExplanationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleRegionIndicators($region: String!, $number: String!) {\n  regionIndicators(region: $region, documentNumber: $number) {\n    indicator {\n      name\n      level1\n      level2\n    }\n    target {\n      text\n      kind\n      op\n      value\n      unit\n    }\n    result {\n      value\n      text\n      outcome\n      reportedOn\n    }\n    previousResult {\n      value\n    }\n    status\n  }\n}"): typeof import('./graphql.js').ExampleRegionIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleRegionTree {\n  regions {\n    name\n    level\n    aliases\n    children {\n      name\n      level\n      aliases\n    }\n  }\n}"): typeof import('./graphql.js').ExampleRegionTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExampleRecordIndicatorResult($input: IndicatorResultInput!) {\n  recordIndicatorResult(input: $input) {\n    result {\n      id\n      year\n      value\n      reportedOn\n    }\n    status\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): typeof import('./graphql.js').ExampleRecordIndicatorResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExampleImportWarnings {\n  importRuns(first: 10) {\n    totalCount\n    nodes {\n      documentNumber\n      outcome\n      importedAt\n      warnings {\n        severity\n        code\n        message\n        region {\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExampleImportWarningsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
