/**
 * Who has filed for a month and who is late (the deadline is the month's last day, China
 * time), and the reasons and measures lagging regions gave.
 */
import type { Db } from '../db/connection.ts';
import { benchmarkOf, progressOf } from '../domain/execution-figures.ts';
import * as executionRepo from '../repositories/execution.repo.ts';
import * as filingRepo from '../repositories/filing.repo.ts';
import type { RegionRow } from '../repositories/regions.repo.ts';
import { scopeOf } from './execution.service.ts';

export interface FilingEntryModel {
  region: RegionRow;
  filed: boolean;
  version: number | null;
  submittedAt: string | null;
  late: boolean;
  reportId: number | null;
}

export interface FilingStatusModel {
  year: number;
  month: number;
  deadline: string;
  filedCount: number;
  expectedCount: number;
  regions: FilingEntryModel[];
}

export function deadlineOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The end of the deadline day in China Standard Time (UTC+8), as a UTC instant. */
function deadlineInstant(deadline: string): number {
  return Date.parse(`${deadline}T23:59:59.999+08:00`);
}

/**
 * When a filing status asked at `now` can next change by the clock alone: when the deadline
 * passes (an unfiled region turns late); never once it has.
 */
export function filingStatusChangesAt(year: number, month: number, now: Date): number {
  const due = deadlineInstant(deadlineOf(year, month));
  return now.getTime() > due ? Infinity : due + 1;
}

export async function filingStatus(
  db: Db,
  query: { year: number; month: number; region?: string | null },
  now: Date,
): Promise<FilingStatusModel> {
  const { root, scope } = await scopeOf(db, query);
  const deadline = deadlineOf(scope.year, scope.month);
  const due = deadlineInstant(deadline);
  const unfiledLate = now.getTime() > due;
  // In path order already; plain objects whose fields are what GraphQL asks (default resolvers).
  const regions: FilingEntryModel[] = (
    await filingRepo.expectedFilings(db, root.path, scope.year, scope.month)
  ).map((e) => ({
    region: e.region,
    filed: e.reportId !== null,
    version: e.version,
    submittedAt: e.submittedAt,
    // A correction after the deadline does not make an on-time filing late.
    late: e.firstSubmittedAt !== null ? Date.parse(e.firstSubmittedAt) > due : unfiledLate,
    reportId: e.reportId,
  }));
  let filedCount = 0;
  for (const entry of regions) if (entry.filed) filedCount++;
  return {
    year: scope.year,
    month: scope.month,
    deadline,
    filedCount,
    expectedCount: regions.length,
    regions,
  };
}

export interface LagExplanationModel {
  regionId: number;
  reportId: number;
  documentNumber: string;
  progress: number | null;
  benchmark: number;
  reason: string | null;
  measures: string | null;
  measuresDueOn: string | null;
  overdue: boolean;
}

export async function lagExplanations(
  db: Db,
  query: { year: number; month: number; region?: string | null },
  now: Date,
): Promise<LagExplanationModel[]> {
  const { root, scope } = await scopeOf(db, query);
  const today = now.toISOString().slice(0, 10);
  return (await executionRepo.laggingLines(db, root.path, scope.year, scope.month)).map((line) => ({
    regionId: line.regionId,
    reportId: line.reportId,
    documentNumber: line.documentNumber,
    progress: progressOf(line.spent, line.amount),
    benchmark: benchmarkOf(scope.month),
    reason: line.reason,
    measures: line.measures,
    measuresDueOn: line.measuresDueOn,
    overdue: line.measuresDueOn !== null && line.measuresDueOn < today,
  }));
}
