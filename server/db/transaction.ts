/**
 * Write transactions as `async (tx) => …`. On SQLite one connection writes: a queue per
 * connection lets one transaction run at a time (IMMEDIATE, so a read-then-write never fails
 * half-way with SQLITE_BUSY_SNAPSHOT), and the async context tells a transaction begun inside
 * another to become a savepoint instead of waiting for itself. Throwing rolls it all back.
 *
 * Inside `work`, every statement goes through `tx`. Nothing inside may wait for real I/O (a
 * file, the network, a password hash): other requests' statements would queue behind it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { Db } from './connection.ts';
import { bumpDataVersion, currentWriteScope } from './data-version.ts';

interface OpenTransaction {
  client: Database.Database;
  open: boolean;
  savepoints: number;
}

const inTransaction = new AsyncLocalStorage<OpenTransaction>();
const queues = new WeakMap<Database.Database, Promise<unknown>>();

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

export async function writeTransaction<T>(db: Db, work: (tx: Db) => T | Promise<T>): Promise<T> {
  const client = db.$client;
  const current = inTransaction.getStore();
  if (current?.open && current.client === client) return await savepoint(db, work);
  return await queued(client, async () => {
    const state: OpenTransaction = { client, open: true, savepoints: 0 };
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

/** Runs `work` inside the open transaction so that its writes alone can be undone by throwing. */
export async function savepoint<T>(tx: Db, work: (tx: Db) => T | Promise<T>): Promise<T> {
  const current = inTransaction.getStore();
  if (!current?.open || current.client !== tx.$client)
    throw new Error('savepoint() runs inside writeTransaction()');
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
