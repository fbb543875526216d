/**
 * GraphQL code generation: typed resolvers for the server (context and mappers pointing at the
 * data layer's own types), typed documents for the dashboard and for the tests. Generated files are committed; `npm run codegen:check` fails when
 * regenerating would change them.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const models = '../models.ts';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  hooks: {
    // The client preset writes a web link into a comment; the product names no outside host.
    afterOneFileWrite: ["sed -i '/Learn more about it here: https:/d'"],
  },
  generates: {
    // The dashboard's typed documents: each component declares its query or fragment with graphql().
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Wan: { input: 'number | string', output: 'number' },
          Date: 'string',
          DateTime: 'string',
        },
      },
      presetConfig: { fragmentMasking: false },
    },
    // Typed operation documents for the tests: the contract's and the tests' own.
    'test/graphql/generated/': {
      documents: ['web/operations/**/*.graphql', 'test/graphql/operations/**/*.graphql'],
      preset: 'client',
      config: {
        documentMode: 'string',
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        scalars: {
          Wan: { input: 'number | string', output: 'number' },
          Date: 'string',
          DateTime: 'string',
        },
      },
      presetConfig: { fragmentMasking: false },
    },
    'server/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        contextType: '../context.ts#GraphQLContext',
        scalars: {
          Wan: { input: 'string', output: "import('../../domain/money.ts').Fen" },
          Date: 'string',
          DateTime: 'string',
        },
        mappers: {
          Region: `${models}#RegionModel`,
          Program: `${models}#ProgramModel`,
          FundDocument: `${models}#DocumentModel`,
          DocumentRevision: `${models}#RevisionModel`,
          Allocation: `${models}#AllocationModel`,
          TargetSheet: `${models}#TargetSheetModel`,
          Indicator: `${models}#IndicatorModel`,
          ImportWarning: `${models}#ImportWarningModel`,
          ImportRun: `${models}#ImportRunModel`,
          Execution: `${models}#ExecutionModel`,
          SpendingReport: `${models}#SpendingReportModel`,
          SpendingLine: `${models}#SpendingLineModel`,
          FilingEntry: `${models}#FilingEntryModel`,
          LagExplanation: `${models}#LagExplanationModel`,
          IndicatorComparisonRow: `${models}#IndicatorComparisonRowModel`,
          IndicatorRegionCell: `${models}#IndicatorCellModel`,
          IndicatorResult: `${models}#IndicatorResultModel`,
          ProgramExecution: `${models}#ProgramExecutionModel`,
          Account: `${models}#AccountModel`,
          ApiToken: `${models}#ApiTokenModel`,
          AuditEntry: `${models}#AuditEntryModel`,
          AllocationChain: `${models}#ChainNodeModel`,
          ChainNotice: `${models}#ChainNoticeModel`,
          ChainWarning: `${models}#ChainWarningModel`,
          FundYear: `${models}#FundYearModel`,
        },
      },
    },
  },
};

export default config;
