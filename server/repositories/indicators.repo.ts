/** Queries on indicators, the targets set for them and the results reported. */
import { and, eq, sql } from 'drizzle-orm';
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
