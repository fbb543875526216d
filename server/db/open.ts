/**
 * Opens the product's database: PostgreSQL when `location` is a postgres:// URL (DATABASE_URL),
 * else the SQLite file at that path (DB_PATH, the embedded default). Either way migrated, and
 * with the allocation chain filled, before anything else touches it. One engine per process:
 * the repositories' tables follow the engine opened (db/tables.ts).
 */
import { fillChainIfEmpty } from '../services/fund-year-chain.service.ts';
import { fillSubtreeTotalsIfEmpty } from '../services/subtree-totals.service.ts';
import { openDatabase, type Db, type OpenOptions } from './connection.ts';
import { engineOf, isPostgresUrl, registerEngine } from './engine.ts';
import { shareWritesBetweenServers } from './pg-writes.ts';
import { closePostgres, openPostgres, withoutPassword, type PgDb } from './postgres.ts';
import { useTablesOf } from './tables.ts';

export { isPostgresUrl };

/** How the database is named in logs: a URL without its password, or the file. */
export function describeLocation(location: string): string {
  return isPostgresUrl(location) ? withoutPassword(location) : location;
}

const stopListening = new WeakMap<object, () => void>();

export async function openDb(location: string, options: OpenOptions = {}): Promise<Db> {
  if (!isPostgresUrl(location)) {
    useTablesOf('sqlite');
    return openDatabase(location, options);
  }
  useTablesOf('postgres');
  const pg = await openPostgres(location, options);
  const db = pg as unknown as Db;
  registerEngine(db, 'postgres');
  stopListening.set(db, await shareWritesBetweenServers(db, pg.$client));
  // Subtree totals first: the chain's fill refreshes them for its regions only.
  await fillSubtreeTotalsIfEmpty(db);
  await fillChainIfEmpty(db);
  return db;
}

/** Closes the database (and, on PostgreSQL, the pool and its listening connection). */
export async function closeDb(db: Db): Promise<void> {
  stopListening.get(db)?.();
  if (engineOf(db) === 'postgres') await closePostgres(db as unknown as PgDb);
  else db.$client.close();
}
