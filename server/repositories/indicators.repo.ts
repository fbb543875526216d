/** Queries on indicators, the targets set for them and the results reported. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { onlyRow } from '../db/sql-rows.ts';
import {
  documents,
  indicatorResults,
  indicators,
  sheetIndicators,
  targetSheets,
} from '../db/tables.ts';

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

/** Results of the given indicators, regions and years, oldest first (the last one counts). */
export async function resultsFor(
  db: Db,
  indicatorIds: number[],
  regionIds: number[],
  years: number[],
): Promise<IndicatorResultRow[]> {
  if (indicatorIds.length === 0 || regionIds.length === 0) return [];
  return await db
    .select()
    .from(indicatorResults)
    .where(
      and(
        inArray(indicatorResults.indicatorId, indicatorIds),
        inArray(indicatorResults.regionId, regionIds),
        inArray(indicatorResults.year, years),
      ),
    )
    .orderBy(indicatorResults.id);
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
