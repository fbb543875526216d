/** An in-memory database built from the real migrations, and the seed notice. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { rowCounts } from '../../server/db/maintenance.ts';
import { allRows, firstRow, runSql } from '../../server/db/sql-rows.ts';
import { systemActor } from '../../server/services/actor.ts';
import { openTestDb } from './engine.ts';

const here = dirname(fileURLToPath(import.meta.url));

export const SEED_NOTICE_PATH = resolve(here, '../../samples/changji-2022-batch2-notice.txt');

export function seedNoticeText(): string {
  return readFileSync(SEED_NOTICE_PATH, 'utf8');
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(here, '../fixtures/notices', name), 'utf8');
}

/** A new database on the engine the suite runs on (helpers/engine.ts). */
export async function testDb(): Promise<Db> {
  return await openTestDb();
}

/**
 * Row counts of every data table: "nothing was written" is these being equal before and after.
 * The audit trail is left out: a refused attempt is meant to leave its row (see auditCount);
 * so are the sign-in limits, which count every password guess (auth/login-limiter.ts).
 */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts = await rowCounts(db);
  delete counts.audit_log;
  delete counts.sign_in_limits;
  return counts;
}

/** The system acting in tests that call services directly (the CLI's rights). */
export const TEST_ACTOR = systemActor('test');

export async function auditCount(db: Db): Promise<number> {
  return (await rowCounts(db)).audit_log ?? 0;
}

/**
 * A test's own SQL, on whichever engine the suite runs: text (no parameters) or drizzle's
 * `sql` template (parameters as `${value}`). Written so both engines accept it: booleans as
 * `= true`/`= false` (or `case when … then 1 else 0 end` to read one), camelCase aliases in
 * double quotes, `string_agg` rather than `group_concat`, no GLOB or json_each. Integers come
 * back as numbers on both (server/db/postgres.ts parses int8 and numeric exactly).
 */
export async function sqlRows<T = Record<string, unknown>>(
  db: Db,
  query: SQL | string,
): Promise<T[]> {
  return await allRows<T>(db, typeof query === 'string' ? sql.raw(query) : query);
}

/** The first row of a test's own statement (see sqlRows), or undefined. */
export async function sqlRow<T = Record<string, unknown>>(
  db: Db,
  query: SQL | string,
): Promise<T | undefined> {
  return await firstRow<T>(db, typeof query === 'string' ? sql.raw(query) : query);
}

/** Runs a test's own statement that returns nothing (see sqlRows). */
export async function sqlRun(db: Db, query: SQL | string): Promise<void> {
  await runSql(db, typeof query === 'string' ? sql.raw(query) : query);
}

/**
 * The message a statement was refused with, the driver's own cause included (Drizzle wraps
 * PostgreSQL's error as "Failed query: …" with the server's message as its cause).
 */
export async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const { message, cause } = error as Error & { cause?: Error };
    return cause?.message ? `${message}\n${cause.message}` : message;
  }
  return 'not refused';
}
