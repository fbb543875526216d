/**
 * Hand-written SQL statements, run the same way whatever the engine: rows as plain objects,
 * the first row, or nothing. Repositories use these instead of the driver's own calls, so the
 * engine stays behind server/db.
 */
import { allRows, firstRow, runSql } from './sql-rows.ts';
import type { SQL } from 'drizzle-orm';
import type { Db } from './connection.ts';

export async function allRows<T>(db: Db, query: SQL): Promise<T[]> {
  return Promise.resolve((await allRows<T>(db, query)));
}

export async function firstRow<T>(db: Db, query: SQL): Promise<T | undefined> {
  return Promise.resolve((await firstRow<T | undefined>(db, query)));
}

export async function runSql(db: Db, query: SQL): Promise<void> {
  (await runSql(db, query));
  return Promise.resolve();
}
