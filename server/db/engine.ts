/**
 * Which engine a database handle (or a transaction on it) runs on. SQLite is the embedded
 * default; PostgreSQL is chosen by DATABASE_URL (db/open.ts). Code in server/db that must say
 * something differently per engine (hand-written SQL, transactions, the data version) asks here;
 * repositories and services never do.
 */
import type { SQL } from 'drizzle-orm';

export type Engine = 'sqlite' | 'postgres';

const engines = new WeakMap<object, Engine>();

/** A `postgres://` (or `postgresql://`) URL names PostgreSQL; anything else is a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export function registerEngine(handle: object, engine: Engine): void {
  engines.set(handle, engine);
}

/** A handle never registered is SQLite's (every SQLite handle is the connection itself). */
export function engineOf(handle: object): Engine {
  return engines.get(handle) ?? 'sqlite';
}

/**
 * What server/db uses of a PostgreSQL handle (the pool's Drizzle database or a transaction on
 * it), which the rest of the code holds typed as SQLite's `Db` (db/tables.ts explains why).
 */
export interface PgHandle {
  execute(query: SQL): Promise<{ rows: unknown[] }>;
  transaction<T>(work: (tx: PgHandle) => Promise<T>): Promise<T>;
}

/** The PostgreSQL face of a handle `engineOf` says is PostgreSQL's. */
export const asPg = (handle: object): PgHandle => handle as PgHandle;
