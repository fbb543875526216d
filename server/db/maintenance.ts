/**
 * Keeping the database whole: an integrity check (run on start) and an online backup that
 * works while the server runs (SQLite's backup API copies a consistent snapshot page by page;
 * writers are not blocked for long).
 */
import type { Db } from './connection.ts';

/** `ok`, or the problems SQLite's integrity_check lists. */
export function integrityProblems(db: Db): string[] {
  const rows = db.$client.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  const fk = db.$client.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} rows break a foreign key`);
  return problems;
}

/** Copies the live database to `file` (a complete SQLite file, WAL contents included). */
export async function backupTo(db: Db, file: string): Promise<{ pages: number }> {
  const result = await db.$client.backup(file);
  return { pages: result.totalPages };
}
