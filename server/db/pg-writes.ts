/**
 * Several app servers on one PostgreSQL database: each write transaction sends a notification
 * as it commits (NOTIFY is delivered only on commit) naming what it changed (its write scope:
 * one year's spending, only who is signed in, or anything), and each server listens on one
 * connection of its own. Another server's write is logged like one of this server's
 * (db/data-version.ts), so the response cache recomputes exactly the answers it may change —
 * as SQLite's PRAGMA data_version does, coarsely, for another connection to the same file.
 *
 * A notification arrives a little after the commit it tells of, so each write also takes the
 * next number of a sequence, last thing before its commit, and every GraphQL request first
 * compares the sequence with the numbers heard (`catchUpWithOtherServers`): a request that
 * reaches this server right after another server's commit waits for that notification (or,
 * past a short wait, counts the write as one that changed anything) before the cache is asked.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from './connection.ts';
import { bumpDataVersion, stopTrustingExternalWrites, type WriteScope } from './data-version.ts';
import { firstRow, runSql } from './sql-rows.ts';
import { onPostgresCommit } from './transaction.ts';

const CHANNEL = 'fund_execution_writes';

/** How long a request waits for a committed write's notification before assuming the worst. */
const NOTIFICATION_WAIT_MS = 250;

interface Heard {
  /** The highest write number this server has heard of (its own included). */
  upTo: number;
  /** Requests waiting for a number to be heard. */
  waiting: Set<() => void>;
}

const heardOf = new WeakMap<object, Heard>();

/** Starts listening; returns a function that stops and gives the connection back. */
export async function shareWritesBetweenServers(db: Db, pool: pg.Pool): Promise<() => void> {
  const self = randomUUID();
  onPostgresCommit(db, (tx, scope) =>
    runSql(
      tx,
      sql`select pg_notify(${CHANNEL}, cast(${self} as text) || ' ' ||
        cast(nextval('fund_execution_writes') as text) || ' ' || cast(${JSON.stringify(scope)} as text))`,
    ),
  );
  const listener = await pool.connect();
  const heard: Heard = { upTo: 0, waiting: new Set() };
  listener.on('notification', (message) => {
    if (message.channel !== CHANNEL) return;
    const { sender, number, scope } = readPayload(message.payload ?? '');
    if (sender !== self) bumpDataVersion(db, scope);
    heard.upTo = Math.max(heard.upTo, number);
    for (const wake of heard.waiting) wake();
  });
  // A lost listening connection would miss other servers' writes: from then on this server's
  // response cache reuses nothing (correct, slower), and the log says why.
  listener.on('error', (error) => {
    stopTrustingExternalWrites(db);
    // Nothing is heard from now on, not even this server's own numbers: catching up would wait
    // out every write, for answers the cache no longer reuses anyway.
    heardOf.delete(db);
    console.error(
      `PostgreSQL: the connection listening for other servers' writes failed (${error.message}); cached answers are no longer reused until a restart`,
    );
  });
  await listener.query(`listen ${CHANNEL}`);
  // Listening first: every write numbered after this is heard of.
  heard.upTo = await latestWrite(db);
  heardOf.set(db, heard);
  return () => listener.release(true);
}

async function latestWrite(db: Db): Promise<number> {
  const row = await firstRow<{ last: string | number | null }>(
    db,
    sql`select case when is_called then last_value end as last from fund_execution_writes`,
  );
  return Number(row?.last ?? 0);
}

/**
 * Before a request asks the response cache: every write committed so far, by any server, has
 * been heard of (its scope logged), or is counted as a write that changed anything.
 */
export async function catchUpWithOtherServers(db: Db): Promise<void> {
  const heard = heardOf.get(db);
  if (!heard) return;
  let latest: number;
  try {
    latest = await latestWrite(db);
  } catch {
    // The database did not say: count it as a write that changed anything, and let the
    // request itself meet (and report) whatever is wrong.
    bumpDataVersion(db, null);
    return;
  }
  if (latest <= heard.upTo) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      heard.waiting.delete(check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => {
      if (heard.upTo >= latest) done();
    };
    const timer = setTimeout(done, NOTIFICATION_WAIT_MS);
    heard.waiting.add(check);
  });
  if (heard.upTo < latest) {
    // Not heard in time (or its transaction failed at commit): assume it changed anything.
    bumpDataVersion(db, null);
    heard.upTo = latest;
  }
}

/** `<server> <number> <scope as JSON>`; a scope that cannot be read counts as "anything". */
function readPayload(payload: string): {
  sender: string;
  number: number;
  scope: WriteScope | null;
} {
  const [sender = '', number = '0', ...rest] = payload.split(' ');
  let scope: WriteScope | null;
  try {
    scope = JSON.parse(rest.join(' ')) as WriteScope | null;
  } catch {
    scope = null;
  }
  return { sender, number: Number(number) || 0, scope };
}
