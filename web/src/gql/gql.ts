/* eslint-disable */
import * as types from './graphql';



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
    "\n  query AppShell {\n    dataStatus {\n      latestPeriod {\n        year\n        month\n      }\n      years\n      hasSampleData\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  query FilterPrograms($year: Int) {\n    programs(year: $year) {\n      id\n      name\n      year\n    }\n  }\n": typeof types.FilterProgramsDocument,
};
const documents: Documents = {
    "\n  query AppShell {\n    dataStatus {\n      latestPeriod {\n        year\n        month\n      }\n      years\n      hasSampleData\n    }\n  }\n": types.AppShellDocument,
    "\n  query FilterPrograms($year: Int) {\n    programs(year: $year) {\n      id\n      name\n      year\n    }\n  }\n": types.FilterProgramsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    dataStatus {\n      latestPeriod {\n        year\n        month\n      }\n      years\n      hasSampleData\n    }\n  }\n"): typeof import('./graphql').AppShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterPrograms($year: Int) {\n    programs(year: $year) {\n      id\n      name\n      year\n    }\n  }\n"): typeof import('./graphql').FilterProgramsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
