/** Reads of documents and what hangs off their revisions, batched by id for the loaders. */
import { and, count, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import {
  allocations,
  documentRevisions,
  documents,
  importRuns,
  importWarnings,
  programs,
  sheetIndicators,
  targetGoals,
  targetSheets,
} from '../db/tables.ts';

export type ProgramRow = typeof programs.$inferSelect;
export type AllocationRow = typeof allocations.$inferSelect;
export type TargetSheetRow = typeof targetSheets.$inferSelect;
export type SheetIndicatorRow = typeof sheetIndicators.$inferSelect;
export type ImportRunRow = typeof importRuns.$inferSelect;
export type ImportWarningRow = typeof importWarnings.$inferSelect;
export type GoalRow = typeof targetGoals.$inferSelect;

const ids = (keys: readonly number[]) => [...keys];

export async function documentsByIds(db: Db, keys: readonly number[]) {
  return keys.length
    ? await db
        .select()
        .from(documents)
        .where(inArray(documents.id, ids(keys)))
    : [];
}

export async function revisionsByIds(db: Db, keys: readonly number[]) {
  return keys.length
    ? await db
        .select()
        .from(documentRevisions)
        .where(inArray(documentRevisions.id, ids(keys)))
    : [];
}

export async function revisionsByDocumentIds(db: Db, keys: readonly number[]) {
  return keys.length
    ? await db
        .select()
        .from(documentRevisions)
        .where(inArray(documentRevisions.documentId, ids(keys)))
        .orderBy(desc(documentRevisions.revision))
    : [];
}

export async function programsByIds(db: Db, keys: readonly number[]): Promise<ProgramRow[]> {
  return keys.length
    ? await db
        .select()
        .from(programs)
        .where(inArray(programs.id, ids(keys)))
    : [];
}

export async function listPrograms(db: Db, year: number | null): Promise<ProgramRow[]> {
  return await db
    .select()
    .from(programs)
    .where(year === null ? undefined : eq(programs.year, year))
    .orderBy(desc(programs.year), programs.name);
}

export async function documentsByProgramIds(db: Db, keys: readonly number[]) {
  return keys.length
    ? await db
        .select()
        .from(documents)
        .where(inArray(documents.programId, ids(keys)))
        .orderBy(documents.id)
    : [];
}

export async function allocationsByRevisionIds(
  db: Db,
  keys: readonly number[],
): Promise<AllocationRow[]> {
  return keys.length
    ? await db
        .select()
        .from(allocations)
        .where(inArray(allocations.revisionId, ids(keys)))
        .orderBy(allocations.rowNo)
    : [];
}

export async function sheetsByRevisionIds(
  db: Db,
  keys: readonly number[],
): Promise<TargetSheetRow[]> {
  return keys.length
    ? await db
        .select()
        .from(targetSheets)
        .where(inArray(targetSheets.revisionId, ids(keys)))
        .orderBy(targetSheets.id)
    : [];
}

export async function goalsBySheetIds(db: Db, keys: readonly number[]): Promise<GoalRow[]> {
  return keys.length
    ? await db
        .select()
        .from(targetGoals)
        .where(inArray(targetGoals.sheetId, ids(keys)))
        .orderBy(targetGoals.ordinal)
    : [];
}

export async function sheetIndicatorsBySheetIds(
  db: Db,
  keys: readonly number[],
): Promise<SheetIndicatorRow[]> {
  return keys.length
    ? await db
        .select()
        .from(sheetIndicators)
        .where(inArray(sheetIndicators.sheetId, ids(keys)))
        .orderBy(sheetIndicators.sheetId, sheetIndicators.ordinal)
    : [];
}

export async function importRunsByIds(db: Db, keys: readonly number[]): Promise<ImportRunRow[]> {
  return keys.length
    ? await db
        .select()
        .from(importRuns)
        .where(inArray(importRuns.id, ids(keys)))
    : [];
}

export async function warningsByRunIds(
  db: Db,
  keys: readonly number[],
): Promise<ImportWarningRow[]> {
  return keys.length
    ? await db
        .select()
        .from(importWarnings)
        .where(inArray(importWarnings.importRunId, ids(keys)))
        .orderBy(importWarnings.id)
    : [];
}

/** A page of documents, newest first, keyed by id. */
export async function pageDocuments(
  db: Db,
  filter: { year: number | null; programId: number | null },
  page: { limit: number; beforeId: number | null },
) {
  const conditions: (SQL | undefined)[] = [
    filter.year === null ? undefined : eq(documentRevisions.year, filter.year),
    filter.programId === null ? undefined : eq(documents.programId, filter.programId),
  ];
  const where = and(...conditions);
  const rows = (
    await db
      .select({ document: documents })
      .from(documents)
      .innerJoin(documentRevisions, eq(documentRevisions.id, documents.currentRevisionId))
      .where(and(where, page.beforeId === null ? undefined : lt(documents.id, page.beforeId)))
      .orderBy(desc(documents.id))
      .limit(page.limit + 1)
  ).map((r) => r.document);
  const total =
    (
      await db
        .select({ n: count() })
        .from(documents)
        .innerJoin(documentRevisions, eq(documentRevisions.id, documents.currentRevisionId))
        .where(where)
    )[0]?.n ?? 0;
  return { rows, total };
}

export async function pageImportRuns(db: Db, page: { limit: number; beforeId: number | null }) {
  const rows = await db
    .select()
    .from(importRuns)
    .where(page.beforeId === null ? undefined : lt(importRuns.id, page.beforeId))
    .orderBy(desc(importRuns.id))
    .limit(page.limit + 1);
  const total = (await db.select({ n: count() }).from(importRuns))[0]?.n ?? 0;
  return { rows, total };
}
