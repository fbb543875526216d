/**
 * A number that changes whenever the data may have: bumped by every write transaction of this
 * process (writeTransaction), plus SQLite's PRAGMA data_version, which changes when another
 * connection (a CLI import, a backup restore) commits. Whatever is computed from the data can
 * be cached under it.
 *
 * What each write changed, when it says: a write run inside `withWriteScope` (a county's
 * filing: the spending of one year) is logged with that scope, every other write as "anything",
 * so the response cache can keep answers about other years across a filing (scopeOfWritesSince).
 * The scope follows the async context of the work that declared it, so a transaction queued
 * behind it is not logged with its scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';

/**
 * What a write changed: the spending of one fund year (its reports, lines and totals), or only
 * who is signed in (sessions, sign-in limits, token use, audit rows) — nothing a dashboard
 * answer shared between accounts reads.
 */
export type WriteScope = { year: number } | { identityOnly: true };

export const IDENTITY_ONLY: WriteScope = { identityOnly: true };

interface Writes {
  count: number;
  /** The latest writes: [count after the write, its scope or null for "anything"]. */
  log: [number, WriteScope | null][];
}

/** Writes remembered; an answer older than the log is treated as changed. */
const LOG_SIZE = 5_000;

const state = new WeakMap<Database.Database, Writes>();

function writesOf(client: Database.Database): Writes {
  let writes = state.get(client);
  if (!writes) {
    writes = { count: 0, log: [] };
    state.set(client, writes);
  }
  return writes;
}

const declared = new AsyncLocalStorage<WriteScope>();

/** The scope declared by the caller of the write now beginning, or null: "anything". */
export function currentWriteScope(): WriteScope | null {
  return declared.getStore() ?? null;
}

export function bumpDataVersion(client: Database.Database, scope: WriteScope | null): void {
  const writes = writesOf(client);
  writes.count += 1;
  writes.log.push([writes.count, scope]);
  if (writes.log.length > LOG_SIZE) writes.log.splice(0, writes.log.length - LOG_SIZE);
}

/**
 * Runs `work` with its write transactions logged as changing only `scope`. The caller vouches
 * that `work` writes nothing outside it (audit rows aside).
 */
export async function withWriteScope<T>(scope: WriteScope, work: () => T | Promise<T>): Promise<T> {
  return declared.run(scope, work);
}

export function dataVersion(client: Database.Database): string {
  const external = client.pragma('data_version', { simple: true }) as number;
  return `${writesOf(client).count}.${external}`;
}

/**
 * The scopes of this process's writes after the one numbered `count`, or null when one of them
 * may have changed anything (an undeclared write, or one too old to be remembered).
 */
export function scopeOfWritesSince(client: Database.Database, count: number): WriteScope[] | null {
  const writes = writesOf(client);
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
