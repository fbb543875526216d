/**
 * Hand-written SQL statements, run the same way whatever the engine: rows as plain objects,
 * the first row, or nothing. Repositories use these instead of the driver's own calls, so the
 * engine stays behind server/db.
 */
import type { SQL } from 'drizzle-orm';
import type { Db } from './connection.ts';
import { asPg, engineOf } from './engine.ts';

export async function allRows<T>(db: Db, query: SQL): Promise<T[]> {
  if (engineOf(db) === 'postgres') return (await asPg(db).execute(query)).rows as T[];
  return Promise.resolve(db.all<T>(query));
}

export async function firstRow<T>(db: Db, query: SQL): Promise<T | undefined> {
  if (engineOf(db) === 'postgres') return (await allRows<T>(db, query))[0];
  return Promise.resolve(db.get<T | undefined>(query));
}

export async function runSql(db: Db, query: SQL): Promise<void> {
  if (engineOf(db) === 'postgres') await asPg(db).execute(query);
  else db.run(query);
}

/** The one row an INSERT … RETURNING or a count gives back; its absence is a bug, not input. */
export function onlyRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined || rows.length !== 1)
    throw new Error(`expected one row back, got ${rows.length}`);
  return row;
}
