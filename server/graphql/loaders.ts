/**
 * One set of DataLoaders per request: every lookup by id is batched into one query per type,
 * answered in key order (null or [] for a missing key).
 */
import DataLoader from 'dataloader';
import type { Db } from '../db/connection.ts';
import * as docs from '../repositories/document-reads.repo.ts';
import * as regions from '../repositories/regions.repo.ts';
import * as reports from '../repositories/report-reads.repo.ts';

/** A loader of one row per key. */
function one<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = new Map((await fetch(keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => rows.get(k) ?? null);
  });
}

/** A loader of the rows belonging to each key, in the order fetched. */
function many<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const row of await fetch(keys)) {
      const k = keyOf(row);
      groups.set(k, [...(groups.get(k) ?? []), row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createLoaders(db: Db) {
  return {
    region: one(
      (ids: readonly number[]) => regions.regionsByIds(db, ids),
      (r) => r.id,
    ),
    aliases: many(
      (ids: readonly number[]) => regions.aliasesByRegionIds(db, ids),
      (r) => r.regionId,
    ),
    children: many(
      (ids: readonly number[]) => regions.childrenByParentIds(db, ids),
      (r) => r.parentId ?? 0,
    ),
    document: one(
      (ids: readonly number[]) => docs.documentsByIds(db, ids),
      (r) => r.id,
    ),
    documentsOfProgram: many(
      (ids: readonly number[]) => docs.documentsByProgramIds(db, ids),
      (r) => r.programId,
    ),
    revision: one(
      (ids: readonly number[]) => docs.revisionsByIds(db, ids),
      (r) => r.id,
    ),
    revisionsOfDocument: many(
      (ids: readonly number[]) => docs.revisionsByDocumentIds(db, ids),
      (r) => r.documentId,
    ),
    program: one(
      (ids: readonly number[]) => docs.programsByIds(db, ids),
      (r) => r.id,
    ),
    allocations: many(
      (ids: readonly number[]) => docs.allocationsByRevisionIds(db, ids),
      (r) => r.revisionId,
    ),
    sheets: many(
      (ids: readonly number[]) => docs.sheetsByRevisionIds(db, ids),
      (r) => r.revisionId,
    ),
    goals: many(
      (ids: readonly number[]) => docs.goalsBySheetIds(db, ids),
      (r) => r.sheetId,
    ),
    sheetIndicators: many(
      (ids: readonly number[]) => docs.sheetIndicatorsBySheetIds(db, ids),
      (r) => r.sheetId,
    ),
    importRun: one(
      (ids: readonly number[]) => docs.importRunsByIds(db, ids),
      (r) => r.id,
    ),
    warnings: many(
      (ids: readonly number[]) => docs.warningsByRunIds(db, ids),
      (r) => r.importRunId,
    ),
    report: one(
      (ids: readonly number[]) => reports.reportsByIds(db, ids),
      (r) => r.id,
    ),
    lines: many(
      (ids: readonly number[]) => reports.linesByReportIds(db, ids),
      (r) => r.reportId,
    ),
    lineDirections: many(
      (ids: readonly number[]) => reports.directionsByLineIds(db, ids),
      (r) => r.lineId,
    ),
    versions: many(
      (ids: readonly number[]) => reports.versionsOfReports(db, ids),
      (r) => r.ofReportId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
