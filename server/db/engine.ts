/**
 * Which engine a database handle (or a transaction on it) runs on. SQLite is the embedded
 * default; PostgreSQL is chosen by DATABASE_URL (db/open.ts). Code in server/db that must say
 * something differently per engine (hand-written SQL, transactions, the data version) asks here;
 * repositories and services never do.
 */
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
