/** Queries that store spending reports and keep the current-figures tables in step. */
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import {
  allocations,
  documentRevisions,
  documents,
  spendingCurrent,
  spendingDirectionCurrent,
  spendingLineDirections,
  spendingLines,
  spendingReports,
} from '../db/schema/index.ts';
import type { DirectionCode } from '../domain/directions.ts';
import type { Fen } from '../domain/money.ts';
import { refreshSpendingTotals } from './rollups.repo.ts';

export interface FundAllocation {
  documentId: number;
  number: string;
  /** The fund-year (program) the notice belongs to: a report has one line per fund-year. */
  programId: number;
  year: number;
  annualTotal: Fen;
  isSubtotal: boolean;
  spendingDirections: DirectionCode[];
}

/** The documents named, each with what its current revision allocated to the region (if anything). */
export function fundsForRegion(
  db: Db,
  regionId: number,
  numbers: string[],
): { documentId: number; number: string; allocation: FundAllocation | null }[] {
  if (numbers.length === 0) return [];
  const rows = db
    .select({
      documentId: documents.id,
      number: documents.number,
      programId: documents.programId,
      year: documentRevisions.year,
      spendingDirections: documentRevisions.spendingDirections,
      annualTotal: allocations.annualTotal,
      isSubtotal: allocations.isSubtotal,
    })
    .from(documents)
    .innerJoin(documentRevisions, eq(documentRevisions.id, documents.currentRevisionId))
    .leftJoin(
      allocations,
      and(eq(allocations.revisionId, documentRevisions.id), eq(allocations.regionId, regionId)),
    )
    .where(inArray(documents.number, numbers))
    .all();
  return rows.map((r) => ({
    documentId: r.documentId,
    number: r.number,
    allocation:
      r.annualTotal === null || r.isSubtotal === null
        ? null
        : {
            documentId: r.documentId,
            number: r.number,
            programId: r.programId,
            year: r.year,
            annualTotal: r.annualTotal,
            isSubtotal: r.isSubtotal,
            spendingDirections: r.spendingDirections,
          },
  }));
}

/** A region's month in any table that has region_id, year and month columns. */
function inPeriod(
  table: typeof spendingReports | typeof spendingCurrent | typeof spendingDirectionCurrent,
  period: { regionId: number; year: number; month: number },
) {
  return and(
    eq(table.regionId, period.regionId),
    eq(table.year, period.year),
    eq(table.month, period.month),
  );
}

export function nextVersion(db: Db, regionId: number, year: number, month: number): number {
  const row = db
    .select({ v: max(spendingReports.version) })
    .from(spendingReports)
    .where(inPeriod(spendingReports, { regionId, year, month }))
    .get();
  return (row?.v ?? 0) + 1;
}

export interface NewLine {
  documentId: number;
  amount: Fen;
  spent: Fen;
  reason: string | null;
  measures: string | null;
  measuresDueOn: string | null;
  directions: { direction: DirectionCode; spent: Fen }[];
}

export function insertReport(
  db: Db,
  report: typeof spendingReports.$inferInsert,
  lines: NewLine[],
): typeof spendingReports.$inferSelect {
  const stored = db.insert(spendingReports).values(report).returning().get();
  lines.forEach((line, i) => {
    const { id } = db
      .insert(spendingLines)
      .values({ ...line, reportId: stored.id, lineNo: i + 1 })
      .returning({ id: spendingLines.id })
      .get();
    if (line.directions.length > 0) {
      db.insert(spendingLineDirections)
        .values(line.directions.map((d) => ({ ...d, lineId: id })))
        .run();
    }
  });
  return stored;
}

/**
 * Makes the current-figures tables hold the given report's lines for its region and month,
 * and the region's monthly total their sum. With `reportId` null the region's month is
 * cleared (its last version was removed).
 */
export function setCurrentReport(
  db: Db,
  period: { regionId: number; year: number; month: number },
  reportId: number | null,
): void {
  const { regionId, year, month } = period;
  db.delete(spendingCurrent).where(inPeriod(spendingCurrent, { regionId, year, month })).run();
  db.delete(spendingDirectionCurrent)
    .where(inPeriod(spendingDirectionCurrent, { regionId, year, month }))
    .run();
  if (reportId !== null) {
    db.run(sql`
      insert into ${spendingCurrent} (year, month, region_id, document_id, report_id, amount, spent)
      select ${year}, ${month}, ${regionId}, document_id, report_id, amount, spent
      from ${spendingLines} where report_id = ${reportId}`);
    db.run(sql`
      insert into ${spendingDirectionCurrent} (year, month, region_id, document_id, direction, spent)
      select ${year}, ${month}, ${regionId}, l.document_id, d.direction, d.spent
      from ${spendingLineDirections} d join ${spendingLines} l on l.id = d.line_id
      where l.report_id = ${reportId}`);
  }
  refreshSpendingTotals(db, [period]);
}

/** The latest remaining version of a region's month, if any. */
export function latestReportId(
  db: Db,
  regionId: number,
  year: number,
  month: number,
): number | null {
  const row = db
    .select({ id: spendingReports.id })
    .from(spendingReports)
    .where(inPeriod(spendingReports, { regionId, year, month }))
    .orderBy(sql`${spendingReports.version} desc`)
    .limit(1)
    .get();
  return row?.id ?? null;
}

/** Deletes the sample reports; returns the region-months they touched. */
export function deleteSampleReports(db: Db): { regionId: number; year: number; month: number }[] {
  const sample = db
    .select({
      id: spendingReports.id,
      regionId: spendingReports.regionId,
      year: spendingReports.year,
      month: spendingReports.month,
    })
    .from(spendingReports)
    .where(eq(spendingReports.isSample, true))
    .all();
  if (sample.length === 0) return [];
  const ids = sample.map((s) => s.id);
  const lineIds = db
    .select({ id: spendingLines.id })
    .from(spendingLines)
    .where(inArray(spendingLines.reportId, ids));
  db.delete(spendingCurrent).where(inArray(spendingCurrent.reportId, ids)).run();
  db.delete(spendingLineDirections).where(inArray(spendingLineDirections.lineId, lineIds)).run();
  db.delete(spendingLines).where(inArray(spendingLines.reportId, ids)).run();
  db.delete(spendingReports).where(inArray(spendingReports.id, ids)).run();
  const periods = new Map(sample.map((s) => [`${s.regionId}/${s.year}/${s.month}`, s]));
  return [...periods.values()].map(({ regionId, year, month }) => ({ regionId, year, month }));
}

export function countSampleReports(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(spendingReports)
      .where(eq(spendingReports.isSample, true))
      .get()?.n ?? 0
  );
}
