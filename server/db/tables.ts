/**
 * The tables the repositories build queries on, as the engine in use defines them: SQLite's
 * (./schema, the embedded default) until `useTablesOf('postgres')` switches every binding to the
 * PostgreSQL twin (./schema-pg, kept identical column by column by test/db-pg/schema-parity).
 * One engine per process, chosen when the database is opened (db/open.ts). They are typed as
 * the SQLite tables: the twin has the same columns, and Drizzle builds each query by the dialect
 * of the handle it runs on.
 */
import * as pg from './schema-pg/index.ts';
import * as sqlite from './schema/index.ts';
import type { Engine } from './engine.ts';

export type { AuditOutcome, Role } from './schema/index.ts';

export let accounts = sqlite.accounts;
export let sessions = sqlite.sessions;
export let apiTokens = sqlite.apiTokens;
export let allocations = sqlite.allocations;
export let auditLog = sqlite.auditLog;
export let fundYearRegions = sqlite.fundYearRegions;
export let fundReceipts = sqlite.fundReceipts;
export let programs = sqlite.programs;
export let documents = sqlite.documents;
export let documentRevisions = sqlite.documentRevisions;
export let importRuns = sqlite.importRuns;
export let importWarnings = sqlite.importWarnings;
export let regions = sqlite.regions;
export let regionAliases = sqlite.regionAliases;
export let spendingRegionTotals = sqlite.spendingRegionTotals;
export let allocationRegionTotals = sqlite.allocationRegionTotals;
export let executionSubtreeTotals = sqlite.executionSubtreeTotals;
export let signInLimits = sqlite.signInLimits;
export let spendingReports = sqlite.spendingReports;
export let spendingLines = sqlite.spendingLines;
export let spendingLineDirections = sqlite.spendingLineDirections;
export let spendingCurrent = sqlite.spendingCurrent;
export let spendingDirectionCurrent = sqlite.spendingDirectionCurrent;
export let targetSheets = sqlite.targetSheets;
export let targetGoals = sqlite.targetGoals;
export let indicators = sqlite.indicators;
export let sheetIndicators = sqlite.sheetIndicators;
export let indicatorResults = sqlite.indicatorResults;

/** Switches every table above to `engine`'s definition. */
export function useTablesOf(engine: Engine): void {
  const from = (engine === 'postgres' ? pg : sqlite) as unknown as typeof sqlite;
  accounts = from.accounts;
  sessions = from.sessions;
  apiTokens = from.apiTokens;
  allocations = from.allocations;
  auditLog = from.auditLog;
  fundYearRegions = from.fundYearRegions;
  fundReceipts = from.fundReceipts;
  programs = from.programs;
  documents = from.documents;
  documentRevisions = from.documentRevisions;
  importRuns = from.importRuns;
  importWarnings = from.importWarnings;
  regions = from.regions;
  regionAliases = from.regionAliases;
  spendingRegionTotals = from.spendingRegionTotals;
  allocationRegionTotals = from.allocationRegionTotals;
  executionSubtreeTotals = from.executionSubtreeTotals;
  signInLimits = from.signInLimits;
  spendingReports = from.spendingReports;
  spendingLines = from.spendingLines;
  spendingLineDirections = from.spendingLineDirections;
  spendingCurrent = from.spendingCurrent;
  spendingDirectionCurrent = from.spendingDirectionCurrent;
  targetSheets = from.targetSheets;
  targetGoals = from.targetGoals;
  indicators = from.indicators;
  sheetIndicators = from.sheetIndicators;
  indicatorResults = from.indicatorResults;
}
