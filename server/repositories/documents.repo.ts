/** Queries that store and find notices: programs, documents, revisions and their tables. */
import { and, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { onlyRow } from '../db/sql-rows.ts';
import {
  allocations,
  documentRevisions,
  documents,
  importRuns,
  importWarnings,
  indicators,
  programs,
  regions,
  sheetIndicators,
  targetGoals,
  targetSheets,
} from '../db/tables.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type RevisionRow = typeof documentRevisions.$inferSelect;
export type NewRevision = typeof documentRevisions.$inferInsert;
export type NewAllocation = typeof allocations.$inferInsert;
export type NewTargetSheet = typeof targetSheets.$inferInsert;
export type NewSheetIndicator = Omit<typeof sheetIndicators.$inferInsert, 'sheetId'>;
export type NewImportRun = typeof importRuns.$inferInsert;
export type NewImportWarning = Omit<typeof importWarnings.$inferInsert, 'importRunId'>;

export async function findDocument(db: Db, number: string): Promise<DocumentRow | undefined> {
  return (await db.select().from(documents).where(eq(documents.number, number)))[0];
}

export async function findRevisionByHash(
  db: Db,
  documentId: number,
  textHash: string,
): Promise<RevisionRow | undefined> {
  return (
    await db
      .select()
      .from(documentRevisions)
      .where(
        and(eq(documentRevisions.documentId, documentId), eq(documentRevisions.textHash, textHash)),
      )
  )[0];
}

export async function latestRevisionNumber(db: Db, documentId: number): Promise<number> {
  return (
    (
      await db
        .select({ n: max(documentRevisions.revision) })
        .from(documentRevisions)
        .where(eq(documentRevisions.documentId, documentId))
    )[0]?.n ?? 0
  );
}

export async function upsertProgram(
  db: Db,
  program: typeof programs.$inferInsert,
): Promise<number> {
  const existing = (
    await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.name, program.name), eq(programs.year, program.year)))
  )[0];
  return (
    existing?.id ??
    onlyRow(await db.insert(programs).values(program).returning({ id: programs.id })).id
  );
}

export async function insertDocument(
  db: Db,
  number: string,
  programId: number,
): Promise<DocumentRow> {
  return onlyRow(await db.insert(documents).values({ number, programId }).returning());
}

/**
 * Rows per INSERT: SQLite allows 32,766 bound variables in one statement; a warning or an
 * allocation has fewer than 20 columns, so 500 rows stay far below it (a 10,000-row notice
 * failed with `too many SQL variables` when inserted in one statement).
 */
const ROWS_PER_INSERT = 500;

async function inChunks<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

export async function insertImportRun(
  db: Db,
  run: NewImportRun,
  warnings: NewImportWarning[],
): Promise<number> {
  const { id } = onlyRow(await db.insert(importRuns).values(run).returning({ id: importRuns.id }));
  await inChunks(warnings, (chunk) =>
    db.insert(importWarnings).values(chunk.map((w) => ({ ...w, importRunId: id }))),
  );
  return id;
}

export async function insertRevision(db: Db, revision: NewRevision): Promise<RevisionRow> {
  const row = onlyRow(await db.insert(documentRevisions).values(revision).returning());
  await db
    .update(documents)
    .set({ currentRevisionId: row.id })
    .where(eq(documents.id, revision.documentId));
  return row;
}

export async function insertAllocations(db: Db, rows: NewAllocation[]): Promise<void> {
  await inChunks(rows, (chunk) => db.insert(allocations).values(chunk));
}

/** Catalogue ids of indicators by name key, adding the names not seen before. */
export async function indicatorIds(
  db: Db,
  named: { name: string; nameKey: string }[],
): Promise<Map<string, number>> {
  const keys = [...new Set(named.map((n) => n.nameKey))];
  const fresh = named.filter((n, i) => named.findIndex((m) => m.nameKey === n.nameKey) === i);
  await inChunks(fresh, (chunk) => db.insert(indicators).values(chunk).onConflictDoNothing());
  const rows: { id: number; nameKey: string }[] = [];
  await inChunks(keys, async (chunk) =>
    rows.push(
      ...(await db
        .select({ id: indicators.id, nameKey: indicators.nameKey })
        .from(indicators)
        .where(inArray(indicators.nameKey, chunk))),
    ),
  );
  return new Map(rows.map((r) => [r.nameKey, r.id]));
}

export async function insertTargetSheet(
  db: Db,
  sheet: NewTargetSheet,
  goals: string[],
  rows: NewSheetIndicator[],
): Promise<number> {
  const { id } = onlyRow(
    await db.insert(targetSheets).values(sheet).returning({ id: targetSheets.id }),
  );
  const numbered = goals.map((text, i) => ({ sheetId: id, ordinal: i + 1, text }));
  await inChunks(numbered, (chunk) => db.insert(targetGoals).values(chunk));
  await inChunks(rows, (chunk) =>
    db.insert(sheetIndicators).values(chunk.map((r) => ({ ...r, sheetId: id }))),
  );
  return id;
}

export async function listRevisions(db: Db, documentId: number): Promise<RevisionRow[]> {
  return await db
    .select()
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, documentId))
    .orderBy(desc(documentRevisions.revision));
}

/** The regions the current revision of a document allocates to, in table order. */
export async function allocatedRegions(
  db: Db,
  documentId: number,
): Promise<{ regionId: number; regionName: string; isSubtotal: boolean }[]> {
  return await db
    .select({
      regionId: allocations.regionId,
      regionName: regions.name,
      isSubtotal: allocations.isSubtotal,
    })
    .from(allocations)
    .innerJoin(documents, eq(documents.currentRevisionId, allocations.revisionId))
    .innerJoin(regions, eq(regions.id, allocations.regionId))
    .where(eq(documents.id, documentId))
    .orderBy(allocations.rowNo);
}

export async function countDocuments(db: Db): Promise<number> {
  return (await db.select({ n: count() }).from(documents))[0]?.n ?? 0;
}

/** Flags a document as sample data (the notices of our own writing that fit the seed). */
export async function markSample(db: Db, number: string): Promise<void> {
  await db.update(documents).set({ isSample: true }).where(eq(documents.number, number));
}
