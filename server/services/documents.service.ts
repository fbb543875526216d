/** Finding documents, programs and import runs for the API. */
import type { Db } from '../db/connection.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as reads from '../repositories/document-reads.repo.ts';
import { findDocument, type DocumentRow } from '../repositories/documents.repo.ts';
import { InputError } from './errors.ts';
import { afterId, keysetPage, pageSize, type Page } from './pagination.ts';

export function documentByNumber(db: Db, written: string): DocumentRow | null {
  return findDocument(db, canonicalDocumentNumber(written) ?? written.trim()) ?? null;
}

export function idArgument(value: string | null | undefined, field: string): number | null {
  if (value == null) return null;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InputError('ID_INVALID', field, `「${value.slice(0, 40)}」不是有效的编号`);
  return n;
}

export function listDocuments(
  db: Db,
  args: {
    year?: number | null;
    programId?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Page<DocumentRow> {
  const limit = pageSize(args.first);
  const { rows, total } = reads.pageDocuments(
    db,
    { year: args.year ?? null, programId: idArgument(args.programId, 'programId') },
    { limit, beforeId: afterId(args.after) },
  );
  return keysetPage(rows, limit, total);
}

export function listImportRuns(
  db: Db,
  args: { first?: number | null; after?: string | null },
): Page<reads.ImportRunRow> {
  const limit = pageSize(args.first);
  const { rows, total } = reads.pageImportRuns(db, { limit, beforeId: afterId(args.after) });
  return keysetPage(rows, limit, total);
}

export function listPrograms(db: Db, year: number | null | undefined): reads.ProgramRow[] {
  return reads.listPrograms(db, year ?? null);
}
