/** Queries that store and find notices: programs, documents, revisions and their tables. */
import { and, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
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
} from '../db/schema/index.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type RevisionRow = typeof documentRevisions.$inferSelect;
export type NewRevision = typeof documentRevisions.$inferInsert;
export type NewAllocation = typeof allocations.$inferInsert;
export type NewTargetSheet = typeof targetSheets.$inferInsert;
export type NewSheetIndicator = Omit<typeof sheetIndicators.$inferInsert, 'sheetId'>;
export type NewImportRun = typeof importRuns.$inferInsert;
export type NewImportWarning = Omit<typeof importWarnings.$inferInsert, 'importRunId'>;

export function findDocument(db: Db, number: string): DocumentRow | undefined {
  return db.select().from(documents).where(eq(documents.number, number)).get();
}

export function findRevisionByHash(
  db: Db,
  documentId: number,
  textHash: string,
): RevisionRow | undefined {
  return db
    .select()
    .from(documentRevisions)
    .where(
      and(eq(documentRevisions.documentId, documentId), eq(documentRevisions.textHash, textHash)),
    )
    .get();
}

export function latestRevisionNumber(db: Db, documentId: number): number {
  return (
    db
      .select({ n: max(documentRevisions.revision) })
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, documentId))
      .get()?.n ?? 0
  );
}

export function upsertProgram(db: Db, program: typeof programs.$inferInsert): number {
  const existing = db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.name, program.name), eq(programs.year, program.year)))
    .get();
  return (
    existing?.id ?? db.insert(programs).values(program).returning({ id: programs.id }).get().id
  );
}

export function insertDocument(db: Db, number: string, programId: number): DocumentRow {
  return db.insert(documents).values({ number, programId }).returning().get();
}

/**
 * Rows per INSERT: SQLite allows 32,766 bound variables in one statement; a warning or an
 * allocation has fewer than 20 columns, so 500 rows stay far below it (a 10,000-row notice
 * failed with `too many SQL variables` when inserted in one statement).
 */
const ROWS_PER_INSERT = 500;

function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) insert(rows.slice(i, i + ROWS_PER_INSERT));
}

export function insertImportRun(db: Db, run: NewImportRun, warnings: NewImportWarning[]): number {
  const { id } = db.insert(importRuns).values(run).returning({ id: importRuns.id }).get();
  inChunks(warnings, (chunk) =>
    db
      .insert(importWarnings)
      .values(chunk.map((w) => ({ ...w, importRunId: id })))
      .run(),
  );
  return id;
}

export function insertRevision(db: Db, revision: NewRevision): RevisionRow {
  const row = db.insert(documentRevisions).values(revision).returning().get();
  db.update(documents)
    .set({ currentRevisionId: row.id })
    .where(eq(documents.id, revision.documentId))
    .run();
  return row;
}

export function insertAllocations(db: Db, rows: NewAllocation[]): void {
  inChunks(rows, (chunk) => db.insert(allocations).values(chunk).run());
}

/** Catalogue ids of indicators by name key, adding the names not seen before. */
export function indicatorIds(
  db: Db,
  named: { name: string; nameKey: string }[],
): Map<string, number> {
  const keys = [...new Set(named.map((n) => n.nameKey))];
  const fresh = named.filter((n, i) => named.findIndex((m) => m.nameKey === n.nameKey) === i);
  inChunks(fresh, (chunk) => db.insert(indicators).values(chunk).onConflictDoNothing().run());
  const rows: { id: number; nameKey: string }[] = [];
  inChunks(keys, (chunk) =>
    rows.push(
      ...db
        .select({ id: indicators.id, nameKey: indicators.nameKey })
        .from(indicators)
        .where(inArray(indicators.nameKey, chunk))
        .all(),
    ),
  );
  return new Map(rows.map((r) => [r.nameKey, r.id]));
}

export function insertTargetSheet(
  db: Db,
  sheet: NewTargetSheet,
  goals: string[],
  rows: NewSheetIndicator[],
): number {
  const { id } = db.insert(targetSheets).values(sheet).returning({ id: targetSheets.id }).get();
  const numbered = goals.map((text, i) => ({ sheetId: id, ordinal: i + 1, text }));
  inChunks(numbered, (chunk) => db.insert(targetGoals).values(chunk).run());
  inChunks(rows, (chunk) =>
    db
      .insert(sheetIndicators)
      .values(chunk.map((r) => ({ ...r, sheetId: id })))
      .run(),
  );
  return id;
}

export function listRevisions(db: Db, documentId: number): RevisionRow[] {
  return db
    .select()
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, documentId))
    .orderBy(desc(documentRevisions.revision))
    .all();
}

/** The regions the current revision of a document allocates to, in table order. */
export function allocatedRegions(
  db: Db,
  documentId: number,
): { regionId: number; regionName: string; isSubtotal: boolean }[] {
  return db
    .select({
      regionId: allocations.regionId,
      regionName: regions.name,
      isSubtotal: allocations.isSubtotal,
    })
    .from(allocations)
    .innerJoin(documents, eq(documents.currentRevisionId, allocations.revisionId))
    .innerJoin(regions, eq(regions.id, allocations.regionId))
    .where(eq(documents.id, documentId))
    .orderBy(allocations.rowNo)
    .all();
}

export function countDocuments(db: Db): number {
  return db.select({ n: count() }).from(documents).get()?.n ?? 0;
}

/** Flags a document as sample data (the notices of our own writing that fit the seed). */
export function markSample(db: Db, number: string): void {
  db.update(documents).set({ isSample: true }).where(eq(documents.number, number)).run();
}
