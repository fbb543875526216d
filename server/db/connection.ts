/**
 * Opens the SQLite database: WAL so readers never wait for the writer, foreign keys on,
 * synchronous=FULL so an acknowledged write survives power loss, and the committed
 * migrations applied before anything else touches it.
 */
import { fillChainIfEmpty } from '../services/fund-year-chain.service.ts';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { bumpDataVersion, IDENTITY_ONLY, withWriteScope } from './data-version.ts';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface OpenOptions {
  /** Called with every statement Drizzle runs: lets a test count queries. */
  onQuery?: (sql: string) => void;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
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
  fillChainIfEmpty(db);
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

/**
 * Runs `work` in one transaction begun IMMEDIATE: the write lock is taken up front, so a
 * read-then-write never fails half-way with SQLITE_BUSY_SNAPSHOT. Throwing rolls it all back.
 */
export function writeTransaction<T>(db: Db, work: (tx: Db) => T): T {
  try {
    return db.transaction((tx) => work(tx as unknown as Db), { behavior: 'immediate' });
  } finally {
    // Committed or not, cached reads (graphql/response-cache.ts) are recomputed. A nested call
    // gets Drizzle's transaction object, which has no $client: the outermost call bumps.
    const client = (db as Partial<Db>).$client;
    if (client) bumpDataVersion(client);
  }
}

/**
 * Runs `work` (synchronous) with its writes logged as touching only who is signed in: sessions,
 * sign-in limits, audit rows. Cached dashboard answers shared between accounts stay valid across
 * them, so a stream of sign-in attempts cannot empty the cache.
 */
export function identityOnlyWrites<T>(db: Db, work: () => T): T {
  const client = (db as Partial<Db>).$client;
  return client ? withWriteScope(client, IDENTITY_ONLY, work) : work();
}
