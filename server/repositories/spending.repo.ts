/** Queries that store spending reports and keep the current-figures tables in step. */
import { onlyRow, runSql } from '../db/sql-rows.ts';
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
} from '../db/tables.ts';
import type { DirectionCode } from '../domain/directions.ts';
import type { Fen } from '../domain/money.ts';
import { dropReportHeadsOf, refreshReportHeads } from './report-heads.repo.ts';
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
export async function fundsForRegion(
  db: Db,
  regionId: number,
  numbers: string[],
): Promise<{ documentId: number; number: string; allocation: FundAllocation | null }[]> {
  if (numbers.length === 0) return [];
  const rows = await db
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
    .where(inArray(documents.number, numbers));
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

export async function nextVersion(
  db: Db,
  regionId: number,
  year: number,
  month: number,
): Promise<number> {
  const row = (
    await db
      .select({ v: max(spendingReports.version) })
      .from(spendingReports)
      .where(inPeriod(spendingReports, { regionId, year, month }))
  )[0];
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

export async function insertReport(
  db: Db,
  report: typeof spendingReports.$inferInsert,
  lines: NewLine[],
): Promise<typeof spendingReports.$inferSelect> {
  const stored = onlyRow(await db.insert(spendingReports).values(report).returning());
  for (const [i, line] of lines.entries()) {
    const { id } = onlyRow(
      await db
        .insert(spendingLines)
        .values({ ...line, reportId: stored.id, lineNo: i + 1 })
        .returning({ id: spendingLines.id }),
    );
    if (line.directions.length > 0) {
      await db
        .insert(spendingLineDirections)
        .values(line.directions.map((d) => ({ ...d, lineId: id })));
    }
  }
  return stored;
}

/**
 * Makes the current-figures tables hold the given report's lines for its region and month,
 * the region's monthly total their sum, and its month's head the latest version. With
 * `reportId` null the region's month is cleared (its last version was removed).
 */
export async function setCurrentReport(
  db: Db,
  period: { regionId: number; year: number; month: number },
  reportId: number | null,
): Promise<void> {
  const { regionId, year, month } = period;
  await db.delete(spendingCurrent).where(inPeriod(spendingCurrent, { regionId, year, month }));
  await db
    .delete(spendingDirectionCurrent)
    .where(inPeriod(spendingDirectionCurrent, { regionId, year, month }));
  if (reportId !== null) {
    await runSql(
      db,
      sql`
      insert into ${spendingCurrent} (year, month, region_id, document_id, report_id, amount, spent)
      select ${year}, ${month}, ${regionId}, document_id, report_id, amount, spent
      from ${spendingLines} where report_id = ${reportId}`,
    );
    await runSql(
      db,
      sql`
      insert into ${spendingDirectionCurrent} (year, month, region_id, document_id, direction, spent)
      select ${year}, ${month}, ${regionId}, l.document_id, d.direction, d.spent
      from ${spendingLineDirections} d join ${spendingLines} l on l.id = d.line_id
      where l.report_id = ${reportId}`,
    );
  }
  await refreshSpendingTotals(db, [period]);
  await refreshReportHeads(db, [period]);
}

/** The latest remaining version of a region's month, if any. */
export async function latestReportId(
  db: Db,
  regionId: number,
  year: number,
  month: number,
): Promise<number | null> {
  const row = (
    await db
      .select({ id: spendingReports.id })
      .from(spendingReports)
      .where(inPeriod(spendingReports, { regionId, year, month }))
      .orderBy(sql`${spendingReports.version} desc`)
      .limit(1)
  )[0];
  return row?.id ?? null;
}

/** Deletes the sample reports; returns the region-months they touched. */
export async function deleteSampleReports(
  db: Db,
): Promise<{ regionId: number; year: number; month: number }[]> {
  const sample = await db
    .select({
      id: spendingReports.id,
      regionId: spendingReports.regionId,
      year: spendingReports.year,
      month: spendingReports.month,
    })
    .from(spendingReports)
    .where(eq(spendingReports.isSample, true));
  if (sample.length === 0) return [];
  const ids = sample.map((s) => s.id);
  const lineIds = db
    .select({ id: spendingLines.id })
    .from(spendingLines)
    .where(inArray(spendingLines.reportId, ids));
  await db.delete(spendingCurrent).where(inArray(spendingCurrent.reportId, ids));
  // Their months' heads are recomputed by setCurrentReport afterwards.
  await dropReportHeadsOf(db, ids);
  await db.delete(spendingLineDirections).where(inArray(spendingLineDirections.lineId, lineIds));
  await db.delete(spendingLines).where(inArray(spendingLines.reportId, ids));
  await db.delete(spendingReports).where(inArray(spendingReports.id, ids));
  const periods = new Map(sample.map((s) => [`${s.regionId}/${s.year}/${s.month}`, s]));
  return [...periods.values()].map(({ regionId, year, month }) => ({ regionId, year, month }));
}

export async function countSampleReports(db: Db): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)` })
        .from(spendingReports)
        .where(eq(spendingReports.isSample, true))
    )[0]?.n ?? 0
  );
}
