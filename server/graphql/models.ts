/**
 * What each GraphQL type's resolvers receive as their parent: the data layer's own rows and
 * the services' models (codegen's mappers point here).
 */
export type { RegionRow as RegionModel } from '../repositories/regions.repo.ts';
export type {
  DocumentRow as DocumentModel,
  RevisionRow as RevisionModel,
} from '../repositories/documents.repo.ts';
export type {
  ProgramRow as ProgramModel,
  AllocationRow as AllocationModel,
  TargetSheetRow as TargetSheetModel,
  SheetIndicatorRow as IndicatorModel,
  ImportWarningRow as ImportWarningModel,
  ImportRunRow as ImportRunModel,
} from '../repositories/document-reads.repo.ts';
export type {
  SpendingReportRow as SpendingReportModel,
  SpendingLineRow as SpendingLineModel,
} from '../repositories/report-reads.repo.ts';
export type { IndicatorResultRow as IndicatorResultModel } from '../repositories/indicators.repo.ts';
export type { ExecutionModel, ProgramExecutionModel } from '../services/execution.service.ts';
export type { FilingEntryModel, LagExplanationModel } from '../services/filing.service.ts';
export type {
  IndicatorCellModel,
  IndicatorComparisonRowModel,
} from '../services/indicators.service.ts';
export type { AccountModel } from '../services/accounts.service.ts';
export type { ApiTokenModel } from '../services/api-tokens.service.ts';
export type { AuditRow as AuditEntryModel } from '../repositories/audit.repo.ts';
export type {
  ChainNodeModel,
  ChainNoticeModel,
  ChainWarningModel,
  FundYearModel,
} from '../services/chain-reads.service.ts';
