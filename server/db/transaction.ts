/**
 * Write transactions as `async (tx) => …`, one at a time per database: on SQLite a queue per
 * connection and BEGIN IMMEDIATE (so a read-then-write never fails half-way with
 * SQLITE_BUSY_SNAPSHOT); on PostgreSQL a transaction on one pooled connection that first takes
 * a transaction-scoped advisory lock, so writers on every app server take turns as SQLite's do
 * and the code keeps one model of concurrency. The async context tells a transaction begun
 * inside another to become a savepoint instead of waiting for itself. Throwing rolls it back.
 *
 * Inside `work`, every statement goes through `tx` (on PostgreSQL the outer handle is another
 * connection). Nothing inside may wait for real I/O other than the database's (a file, the
 * network, a password hash): other writers queue behind it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from './connection.ts';
import { bumpDataVersion, currentWriteScope, type WriteScope } from './data-version.ts';
import { asPg, engineOf, registerEngine } from './engine.ts';

interface OpenTransaction {
  /** The database the transaction belongs to: SQLite's connection, or PostgreSQL's pool handle. */
  database: object;
  /** Handles that run inside it: the transaction and its savepoints. */
  handles: Set<object>;
  open: boolean;
  savepoints: number;
}

/** The PostgreSQL write lock's key (pg_advisory_xact_lock): any fixed number of our own. */
export const WRITE_LOCK_KEY = 4_159_263_002;

/** What a PostgreSQL handle (pool or transaction) offers here. */
const inTransaction = new AsyncLocalStorage<OpenTransaction>();
const queues = new WeakMap<Database.Database, Promise<unknown>>();
/** Told of each committed PostgreSQL write transaction (db/pg-writes.ts notifies the others). */
const committedHooks = new WeakMap<object, (tx: Db, scope: WriteScope | null) => Promise<void>>();

export function onPostgresCommit(
  database: object,
  hook: (tx: Db, scope: WriteScope | null) => Promise<void>,
): void {
  committedHooks.set(database, hook);
}

/** Runs `step` after every earlier step queued on `client` has finished. */
function queued<T>(client: Database.Database, step: () => Promise<T>): Promise<T> {
  const before = queues.get(client) ?? Promise.resolve();
  const result = before.then(step, step);
  queues.set(
    client,
    result.then(
      () => undefined,
      () => undefined,
    ),
  );
  return result;
}

/** The transaction `db` runs inside in this async context, if any. */
function openAround(db: object): OpenTransaction | undefined {
  const current = inTransaction.getStore();
  if (!current?.open) return undefined;
  const database = engineOf(db) === 'postgres' ? db : (db as Db).$client;
  return current.database === database || current.handles.has(db) ? current : undefined;
}

export async function writeTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const around = openAround(db);
  if (around) return savepoint(db, work);
  return engineOf(db) === 'postgres' ? postgresTransaction(db, work) : sqliteTransaction(db, work);
}

function sqliteTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const client = db.$client;
  return queued(client, async () => {
    const state: OpenTransaction = {
      database: client,
      handles: new Set(),
      open: true,
      savepoints: 0,
    };
    const scope = currentWriteScope();
    client.exec('BEGIN IMMEDIATE');
    try {
      const result = await inTransaction.run(state, () => work(db));
      client.exec('COMMIT');
      return result;
    } catch (e) {
      if (client.inTransaction) client.exec('ROLLBACK');
      throw e;
    } finally {
      state.open = false;
      // Committed or not, cached reads (graphql/response-cache.ts) are recomputed.
      bumpDataVersion(client, scope);
    }
  });
}

async function postgresTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const state: OpenTransaction = { database: db, handles: new Set(), open: true, savepoints: 0 };
  const scope = currentWriteScope();
  const committed = committedHooks.get(db);
  try {
    return await asPg(db).transaction(async (pgTx) => {
      registerEngine(pgTx, 'postgres');
      state.handles.add(pgTx);
      const tx = pgTx as unknown as Db;
      await pgTx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
      const result = await inTransaction.run(state, () => work(tx));
      // Inside the transaction: PostgreSQL delivers a NOTIFY only if it commits.
      await committed?.(tx, scope);
      return result;
    });
  } finally {
    state.open = false;
    bumpDataVersion(db, scope);
  }
}

/** Runs `work` inside the open transaction so that its writes alone can be undone by throwing. */
export async function savepoint<T>(tx: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const current = openAround(tx);
  if (!current) throw new Error('savepoint() runs inside writeTransaction()');
  if (engineOf(tx) === 'postgres') {
    // A handle outside the transaction (the pool) is mapped to the transaction itself.
    const inside = current.handles.has(tx) ? tx : ([...current.handles][0] as Db);
    return asPg(inside).transaction(async (inner) => {
      registerEngine(inner, 'postgres');
      current.handles.add(inner);
      return work(inner as unknown as Db);
    });
  }
  const name = `sp${++current.savepoints}`;
  tx.$client.exec(`SAVEPOINT ${name}`);
  try {
    const result = await work(tx);
    tx.$client.exec(`RELEASE ${name}`);
    return result;
  } catch (e) {
    tx.$client.exec(`ROLLBACK TO ${name}`);
    tx.$client.exec(`RELEASE ${name}`);
    throw e;
  }
}
