/** Finding documents, programs and import runs for the API. */
import type { Db } from '../db/connection.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as reads from '../repositories/document-reads.repo.ts';
import { findDocument, type DocumentRow } from '../repositories/documents.repo.ts';
import { InputError } from './errors.ts';
import { afterId, keysetPage, pageSize, type Page } from './pagination.ts';

export async function documentByNumber(db: Db, written: string): Promise<DocumentRow | null> {
  return (await findDocument(db, canonicalDocumentNumber(written) ?? written.trim())) ?? null;
}

export function idArgument(value: string | null | undefined, field: string): number | null {
  if (value == null) return null;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InputError('ID_INVALID', field, `「${value.slice(0, 40)}」不是有效的编号`);
  return n;
}

export async function listDocuments(
  db: Db,
  args: {
    year?: number | null;
    programId?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Page<DocumentRow>> {
  const limit = pageSize(args.first);
  const { rows, total } = await reads.pageDocuments(
    db,
    { year: args.year ?? null, programId: idArgument(args.programId, 'programId') },
    { limit, beforeId: afterId(args.after) },
  );
  return keysetPage(rows, limit, total);
}

export async function listImportRuns(
  db: Db,
  args: { first?: number | null; after?: string | null },
): Promise<Page<reads.ImportRunRow>> {
  const limit = pageSize(args.first);
  const { rows, total } = await reads.pageImportRuns(db, { limit, beforeId: afterId(args.after) });
  return keysetPage(rows, limit, total);
}

export async function listPrograms(
  db: Db,
  year: number | null | undefined,
): Promise<reads.ProgramRow[]> {
  return await reads.listPrograms(db, year ?? null);
}
