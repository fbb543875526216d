/**
 * Keeping the database whole: an integrity check (run on start) and an online backup that
 * works while the server runs (SQLite's backup API copies a consistent snapshot page by page;
 * writers are not blocked for long). On PostgreSQL the server keeps its own files whole (WAL,
 * checksums where the cluster enables them) and `pg_dump` is the online backup (README).
 */
import { sql } from 'drizzle-orm';
import type { Db } from './connection.ts';
import { engineOf } from './engine.ts';
import { allRows, firstRow } from './sql-rows.ts';

/** `ok`, or the problems SQLite's integrity_check lists; none to check on PostgreSQL. */
export function integrityProblems(db: Db): string[] {
  if (engineOf(db) === 'postgres') return [];
  const rows = db.$client.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  const fk = db.$client.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} rows break a foreign key`);
  return problems;
}

/** Copies the live database to `file` (a complete SQLite file, WAL contents included). */
export async function backupTo(db: Db, file: string): Promise<{ pages: number }> {
  if (engineOf(db) === 'postgres')
    throw new Error('on PostgreSQL, back up with pg_dump (see README: PostgreSQL)');
  const result = await db.$client.backup(file);
  return { pages: result.totalPages };
}

/** The product's tables (not the migrator's own), by name. */
export async function tableNames(db: Db): Promise<string[]> {
  const rows = await allRows<{ name: string }>(
    db,
    engineOf(db) === 'postgres'
      ? sql`select table_name as name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
      : sql`select name from sqlite_master where type = 'table'
            and name not like 'sqlite_%' and name not like '__drizzle%' order by 1`,
  );
  return rows.map((r) => r.name);
}

/** Rows in each of the product's tables: what a check that "nothing was written" compares. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const row = await firstRow<{ n: number }>(
      db,
      sql`select count(*) as n from ${sql.identifier(name)}`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
