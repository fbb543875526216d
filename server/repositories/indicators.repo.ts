/** Queries on indicators, the targets set for them and the results reported. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { valuesList } from '../db/dialect.ts';
import { allRows, onlyRow } from '../db/sql-rows.ts';
import {
  documents,
  indicatorResults,
  indicators,
  sheetIndicators,
  targetSheets,
} from '../db/tables.ts';
import type { SheetIndicatorRow } from './document-reads.repo.ts';
import type { RegionRow } from './regions.repo.ts';

export type NewIndicatorResult = typeof indicatorResults.$inferInsert;

export async function findIndicatorByKey(
  db: Db,
  nameKey: string,
): Promise<typeof indicators.$inferSelect | undefined> {
  return (await db.select().from(indicators).where(eq(indicators.nameKey, nameKey)))[0];
}

/** The targets the current revision of a document sets for a region, in sheet order. */
export async function targetsForRegion(db: Db, documentId: number, regionId: number) {
  return await db
    .select({
      indicatorId: sheetIndicators.indicatorId,
      name: sheetIndicators.name,
      kind: sheetIndicators.targetKind,
      op: sheetIndicators.targetOp,
      value: sheetIndicators.targetValue,
    })
    .from(sheetIndicators)
    .innerJoin(targetSheets, eq(targetSheets.id, sheetIndicators.sheetId))
    .innerJoin(documents, eq(documents.currentRevisionId, targetSheets.revisionId))
    .where(and(eq(documents.id, documentId), eq(targetSheets.regionId, regionId)))
    .orderBy(sheetIndicators.ordinal);
}

export async function insertIndicatorResults(db: Db, rows: NewIndicatorResult[]): Promise<void> {
  if (rows.length > 0) await db.insert(indicatorResults).values(rows);
}

export async function deleteSampleResults(db: Db): Promise<number> {
  // The ids deleted, counted: `changes` is better-sqlite3's, RETURNING both engines'.
  return (
    await db
      .delete(indicatorResults)
      .where(eq(indicatorResults.isSample, true))
      .returning({ id: indicatorResults.id })
  ).length;
}

export async function countSampleResults(db: Db): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)` })
        .from(indicatorResults)
        .where(eq(indicatorResults.isSample, true))
    )[0]?.n ?? 0
  );
}

export type IndicatorResultRow = typeof indicatorResults.$inferSelect;

const RESULT_COLUMNS = sql`
  x.id as id, x.region_id as "regionId", x.indicator_id as "indicatorId", x.year as year,
  x.value as value, x.text as text, x.outcome as outcome, x.achieved_on as "achievedOn",
  x.reported_on as "reportedOn", x.reported_by as "reportedBy", x.is_sample as "isSample",
  x.created_at as "createdAt"`;

/** SQLite gives the flag as 0/1, PostgreSQL as a boolean. */
const asResult = (r: Omit<IndicatorResultRow, 'isSample'> & { isSample: number | boolean }) => ({
  ...r,
  isSample: !!r.isSample,
});

/**
 * Results of the given indicators, regions and years, oldest first (the last one counts).
 * Written out (not the query builder): a dashboard read, where building the statement cost
 * more than running it.
 */
export async function resultsFor(
  db: Db,
  indicatorIds: number[],
  regionIds: number[],
  years: number[],
): Promise<IndicatorResultRow[]> {
  if (indicatorIds.length === 0 || regionIds.length === 0) return [];
  const rows = await allRows<Parameters<typeof asResult>[0]>(
    db,
    sql`select ${RESULT_COLUMNS} from indicator_results x
        where x.indicator_id in ${valuesList(db, indicatorIds)}
          and x.region_id in ${valuesList(db, regionIds)}
          and x.year in ${valuesList(db, years)}
        order by x.id`,
  );
  return rows.map(asResult);
}

export interface ComparisonCellRow {
  /** The year of the document's current revision. */
  year: number;
  region: RegionRow;
  indicator: SheetIndicatorRow;
}

/**
 * The indicators the current revision of a document sets, for every region (or one), in the
 * order of the sheets and their rows, with each sheet's region: one statement.
 */
export async function comparisonCells(
  db: Db,
  documentNumber: string,
  regionId: number | null,
): Promise<ComparisonCellRow[]> {
  const rows = await allRows<
    SheetIndicatorRow & { year: number } & { [K in keyof RegionRow as `r_${K}`]: RegionRow[K] }
  >(
    db,
    sql`select r.year as year,
          si.id as id, si.sheet_id as "sheetId", si.indicator_id as "indicatorId",
          si.ordinal as ordinal, si.name as name, si.level1 as level1, si.level2 as level2,
          si.written_level1 as "writtenLevel1", si.written_level2 as "writtenLevel2",
          si.target_text as "targetText", si.target_kind as "targetKind",
          si.target_op as "targetOp", si.target_value as "targetValue",
          si.target_unit as "targetUnit", si.target_reference as "targetReference",
          g.id as "r_id", g.name as "r_name", g.level as "r_level", g.parent_id as "r_parentId",
          g.path as "r_path", g.depth as "r_depth", g.code as "r_code",
          g.created_at as "r_createdAt"
        from documents d
        join document_revisions r on r.id = d.current_revision_id
        join target_sheets t on t.revision_id = r.id
        join sheet_indicators si on si.sheet_id = t.id
        join regions g on g.id = t.region_id
        where d.number = ${documentNumber}
          ${regionId === null ? sql`` : sql`and t.region_id = ${regionId}`}
        order by t.id, si.ordinal`,
  );
  return rows.map((row) => ({
    year: row.year,
    region: {
      id: row.r_id,
      name: row.r_name,
      level: row.r_level,
      parentId: row.r_parentId,
      path: row.r_path,
      depth: row.r_depth,
      code: row.r_code,
      createdAt: row.r_createdAt,
    },
    indicator: {
      id: row.id,
      sheetId: row.sheetId,
      indicatorId: row.indicatorId,
      ordinal: row.ordinal,
      name: row.name,
      level1: row.level1,
      level2: row.level2,
      writtenLevel1: row.writtenLevel1,
      writtenLevel2: row.writtenLevel2,
      targetText: row.targetText,
      targetKind: row.targetKind,
      targetOp: row.targetOp,
      targetValue: row.targetValue,
      targetUnit: row.targetUnit,
      targetReference: row.targetReference,
    },
  }));
}

export async function insertIndicatorResult(
  db: Db,
  row: NewIndicatorResult,
): Promise<IndicatorResultRow> {
  return onlyRow(await db.insert(indicatorResults).values(row).returning());
}

/** The sheet indicator a region's current sheet of a document has under a name key. */
export async function sheetIndicatorFor(
  db: Db,
  documentId: number,
  regionId: number,
  nameKey: string,
) {
  return (
    await db
      .select({ sheetIndicator: sheetIndicators, year: targetSheets.year })
      .from(sheetIndicators)
      .innerJoin(indicators, eq(indicators.id, sheetIndicators.indicatorId))
      .innerJoin(targetSheets, eq(targetSheets.id, sheetIndicators.sheetId))
      .innerJoin(documents, eq(documents.currentRevisionId, targetSheets.revisionId))
      .where(
        and(
          eq(documents.id, documentId),
          eq(targetSheets.regionId, regionId),
          eq(indicators.nameKey, nameKey),
        ),
      )
  )[0];
}
