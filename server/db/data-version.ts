/**
 * A number that changes whenever the data may have: bumped by every write transaction of this
 * process (writeTransaction), plus a count of the writes made elsewhere — SQLite's PRAGMA
 * data_version, which changes when another connection (a CLI import, a backup restore) commits;
 * on PostgreSQL, the notifications other app servers send as they commit (db/pg-writes.ts). Whatever is computed from the data can
 * be cached under it.
 *
 * What each write changed, when it says: a write run inside `withWriteScope` (a county's
 * filing: the spending of one year) is logged with that scope, every other write as "anything",
 * so the response cache can keep answers about other years across a filing (scopeOfWritesSince).
 * The scope follows the async context of the work that declared it, so a transaction queued
 * behind it is not logged with its scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a write changed: the spending of one fund year (its reports, lines and totals), or only
 * who is signed in (sessions, sign-in limits, token use, audit rows) — nothing a dashboard
 * answer shared between accounts reads.
 */
export type WriteScope = { year: number } | { identityOnly: true };

export const IDENTITY_ONLY: WriteScope = { identityOnly: true };

interface Writes {
  count: number;
  /** Writes other processes told us of (PostgreSQL); SQLite asks its own pragma instead. */
  external: number;
  /** Other processes' writes can no longer be heard of: every version is a new one. */
  deaf: boolean;
  /** The latest writes: [count after the write, its scope or null for "anything"]. */
  log: [number, WriteScope | null][];
}

/** Writes remembered; an answer older than the log is treated as changed. */
const LOG_SIZE = 5_000;

/** Per database: the SQLite connection, or the PostgreSQL pool's handle. */
const state = new WeakMap<object, Writes>();

function writesOf(database: object): Writes {
  let writes = state.get(database);
  if (!writes) {
    writes = { count: 0, external: 0, deaf: false, log: [] };
    state.set(database, writes);
  }
  return writes;
}

const declared = new AsyncLocalStorage<WriteScope>();

/** The scope declared by the caller of the write now beginning, or null: "anything". */
export function currentWriteScope(): WriteScope | null {
  return declared.getStore() ?? null;
}

export function bumpDataVersion(database: object, scope: WriteScope | null): void {
  const writes = writesOf(database);
  writes.count += 1;
  writes.log.push([writes.count, scope]);
  if (writes.log.length > LOG_SIZE) writes.log.splice(0, writes.log.length - LOG_SIZE);
}

/**
 * Runs `work` with its write transactions logged as changing only `scope`. The caller vouches
 * that `work` writes nothing outside it (audit rows aside).
 */
export async function withWriteScope<T>(scope: WriteScope, work: () => Promise<T>): Promise<T> {
  return declared.run(scope, work);
}

/**
 * Other processes' writes may go unheard from now on (the connection listening for them was
 * lost): nothing computed is reused again, so no answer can be older than the data.
 */
export function stopTrustingExternalWrites(database: object): void {
  writesOf(database).deaf = true;
}

/** `<this process's writes>.<writes elsewhere>`; SQLite passes its pragma's count. */
export function dataVersion(database: object, externalNow?: number): string {
  const writes = writesOf(database);
  if (writes.deaf) writes.external += 1;
  return `${writes.count}.${externalNow ?? writes.external}`;
}

/**
 * The scopes of this process's writes after the one numbered `count`, or null when one of them
 * may have changed anything (an undeclared write, or one too old to be remembered).
 */
export function scopeOfWritesSince(database: object, count: number): WriteScope[] | null {
  const writes = writesOf(database);
  if (count >= writes.count) return [];
  const first = writes.log[0];
  if (!first || first[0] > count + 1) return null;
  const scopes: WriteScope[] = [];
  for (const [at, scope] of writes.log) {
    if (at <= count) continue;
    if (scope === null) return null;
    scopes.push(scope);
  }
  return scopes;
}
