/**
 * Opens the SQLite database: WAL so readers never wait for the writer, foreign keys on,
 * synchronous=FULL so an acknowledged write survives power loss, and the committed
 * migrations applied before anything else touches it.
 */
import { fillChainIfEmpty } from '../services/fund-year-chain.service.ts';
import { fillSubtreeTotalsIfEmpty } from '../services/subtree-totals.service.ts';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import {
  dataVersion,
  IDENTITY_ONLY,
  scopeOfWritesSince,
  withWriteScope,
  type WriteScope,
} from './data-version.ts';
import { engineOf } from './engine.ts';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface OpenOptions {
  /** Called with every statement Drizzle runs: lets a test count queries. */
  onQuery?: (sql: string) => void;
  /** PostgreSQL: connections in the pool (node-postgres's default is 10). */
  max?: number;
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const { onQuery } = options;
  const db = drizzle(sqlite, {
    schema,
    logger: onQuery ? { logQuery: (query) => onQuery(query) } : false,
  });
  migrate(db, { migrationsFolder: MIGRATIONS });
  // The allocation chain is computed by the counting rule in code, not by a migration.
  // Subtree totals first: the chain's fill refreshes them for its regions only.
  await fillSubtreeTotalsIfEmpty(db);
  await fillChainIfEmpty(db);
  return db;
}

/**
 * A read-only connection to the same file, for a read worker (graphql/read-worker.ts): WAL
 * lets it read beside the writer, `query_only` makes any write through it an error, and no
 * migration runs (the main connection has applied them).
 */
export function openReadOnlyDatabase(path: string): Db {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

export { savepoint, writeTransaction } from './transaction.ts';

/**
 * Runs `work` with its writes logged as touching only who is signed in: sessions, sign-in
 * limits, audit rows. Cached dashboard answers shared between accounts stay valid across them,
 * so a stream of sign-in attempts cannot empty the cache.
 */
export async function identityOnlyWrites<T>(work: () => Promise<T>): Promise<T> {
  return await withWriteScope(IDENTITY_ONLY, work);
}

/** A number that changes whenever the data may have (db/data-version.ts). */
export function currentDataVersion(db: Db): string {
  if (engineOf(db) === 'postgres') return dataVersion(db);
  return dataVersion(db.$client, db.$client.pragma('data_version', { simple: true }) as number);
}

/** What this process's writes after the one numbered `count` changed (db/data-version.ts). */
export function writeScopesSince(db: Db, count: number): WriteScope[] | null {
  return scopeOfWritesSince(engineOf(db) === 'postgres' ? db : db.$client, count);
}

/** Whether the database lives in memory only (tests): read workers need a file. */
export function isInMemory(db: Db): boolean {
  return engineOf(db) === 'sqlite' && db.$client.memory;
}

/** The SQLite file the database lives in, for a read worker's own connection; null on PostgreSQL. */
export function databaseFile(db: Db): string | null {
  return engineOf(db) === 'sqlite' ? db.$client.name : null;
}

/**
 * Runs a read (a read worker's request) inside one read transaction: every statement of it sees
 * the same snapshot of the file, however many the resolvers run.
 */
export async function inReadSnapshot<T>(db: Db, work: () => Promise<T>): Promise<T> {
  db.$client.exec('BEGIN');
  try {
    return await work();
  } finally {
    db.$client.exec('COMMIT');
  }
}
