/** Queries on indicators, the targets set for them and the results reported. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import {
  documents,
  indicatorResults,
  indicators,
  sheetIndicators,
  targetSheets,
} from '../db/schema/index.ts';

export type NewIndicatorResult = typeof indicatorResults.$inferInsert;

export function findIndicatorByKey(
  db: Db,
  nameKey: string,
): typeof indicators.$inferSelect | undefined {
  return db.select().from(indicators).where(eq(indicators.nameKey, nameKey)).get();
}

/** The targets the current revision of a document sets for a region, in sheet order. */
export function targetsForRegion(db: Db, documentId: number, regionId: number) {
  return db
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
    .orderBy(sheetIndicators.ordinal)
    .all();
}

export function insertIndicatorResults(db: Db, rows: NewIndicatorResult[]): void {
  if (rows.length > 0) db.insert(indicatorResults).values(rows).run();
}

export function deleteSampleResults(db: Db): number {
  return db.delete(indicatorResults).where(eq(indicatorResults.isSample, true)).run().changes;
}

export function countSampleResults(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(indicatorResults)
      .where(eq(indicatorResults.isSample, true))
      .get()?.n ?? 0
  );
}

export type IndicatorResultRow = typeof indicatorResults.$inferSelect;

/** Results of the given indicators, regions and years, oldest first (the last one counts). */
export function resultsFor(
  db: Db,
  indicatorIds: number[],
  regionIds: number[],
  years: number[],
): IndicatorResultRow[] {
  if (indicatorIds.length === 0 || regionIds.length === 0) return [];
  return db
    .select()
    .from(indicatorResults)
    .where(
      and(
        inArray(indicatorResults.indicatorId, indicatorIds),
        inArray(indicatorResults.regionId, regionIds),
        inArray(indicatorResults.year, years),
      ),
    )
    .orderBy(indicatorResults.id)
    .all();
}

export function insertIndicatorResult(db: Db, row: NewIndicatorResult): IndicatorResultRow {
  return db.insert(indicatorResults).values(row).returning().get();
}

/** The sheet indicator a region's current sheet of a document has under a name key. */
export function sheetIndicatorFor(db: Db, documentId: number, regionId: number, nameKey: string) {
  return db
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
    .get();
}
