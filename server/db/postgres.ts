/**
 * Opens a PostgreSQL database (DATABASE_URL=postgres://…): a node-postgres pool, Drizzle over it
 * with the pg-core schema (./schema-pg), and the committed drizzle-pg/ migrations applied before
 * anything else touches it. Not yet used by the services, which still take the SQLite `Db`.
 *
 * Integers come back as exact JavaScript numbers or not at all: node-postgres returns int8 (and
 * numeric, which `sum(bigint)` gives) as strings, and Drizzle's `bigint({ mode: 'number' })`
 * would then round anything past 2^53 silently with Number(). The parsers below refuse instead.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema-pg/index.ts';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle-pg');

/**
 * The advisory lock held while migrating: app servers starting together take turns, so two
 * never create the same table (or drizzle's own migrations table) at once. Any fixed number
 * unlikely to be used by something else in the same database.
 */
export const MIGRATION_LOCK_KEY = 4_159_263_001;

export class UnsafeIntegerError extends RangeError {
  override name = 'UnsafeIntegerError';
}

/** An int8 (or integral numeric) as an exact number; throws past ±(2^53 − 1) instead of rounding. */
export function parseExactInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new UnsafeIntegerError(
      `PostgreSQL returned the integer ${text}, beyond what a JavaScript number holds exactly ` +
        `(±${Number.MAX_SAFE_INTEGER}): refused rather than rounded`,
    );
  }
  return value;
}

/** numeric: a whole number exactly (sums of money), a fraction as a double (as SQLite's REAL). */
export function parseNumeric(text: string): number {
  return /^-?\d+$/.test(text) ? parseExactInteger(text) : Number(text);
}

/**
 * Set on node-postgres's global type registry: Drizzle's queries pass their own `types` that
 * fall back to that registry, so a parser given to the Pool alone would not reach them.
 */
function installTypeParsers(): void {
  pg.types.setTypeParser(pg.types.builtins.INT8, parseExactInteger);
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, parseNumeric);
}

export interface PostgresOptions {
  /** Connections in the pool (node-postgres's default is 10). */
  max?: number;
  /** Called with every statement Drizzle runs: lets a test count queries. */
  onQuery?: (sql: string) => void;
}

/** Applies drizzle-pg/ on one connection while holding the migration lock. */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } catch (error) {
    broken = true; // the connection may still hold the lock: close it rather than reuse it
    throw error;
  } finally {
    client.release(broken);
  }
}

/** The URL for a message: the password replaced, so logs never hold it. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PgDb> {
  installTypeParsers();
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection that fails (server restarted) is dropped by the pool; without a
  // listener its 'error' event would end the process.
  pool.on('error', (error) =>
    console.error(`PostgreSQL: an idle connection failed: ${error.message}`),
  );
  try {
    await migrateLocked(pool);
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${withoutPassword(url)} could not be opened: ${reason}`, {
      cause: error,
    });
  }
  const { onQuery } = options;
  return drizzle(pool, {
    schema,
    logger: onQuery ? { logQuery: (query) => onQuery(query) } : false,
  });
}

/** Closes every connection of the pool: after this the database object cannot be used. */
export async function closePostgres(db: PgDb): Promise<void> {
  await db.$client.end();
}

export interface PostgresHealth {
  /** In recovery (a standby): takes no writes. */
  standby: boolean;
  /** Every transaction starts read-only (default_transaction_read_only). */
  readOnly: boolean;
}

/**
 * Asks the server on a connection of its own (not the pool's: at month-end the pool may be
 * busy with reads, which is not the database being unreachable), giving up after `timeoutMs`.
 * Throws when it cannot connect or does not answer.
 */
export async function probePostgres(db: PgDb, timeoutMs: number): Promise<PostgresHealth> {
  const client = new pg.Client({
    connectionString: db.$client.options.connectionString,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on('error', () => {
    // A connection lost mid-probe rejects the query below; nothing else to do.
  });
  try {
    await client.connect();
    const { rows } = await client.query<{ standby: boolean; readOnly: string }>(
      `select pg_is_in_recovery() as standby,
              current_setting('default_transaction_read_only') as "readOnly"`,
    );
    return { standby: rows[0]?.standby === true, readOnly: rows[0]?.readOnly === 'on' };
  } finally {
    await client.end().catch(() => undefined);
  }
}
