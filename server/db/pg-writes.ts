/**
 * Several app servers on one PostgreSQL database: each write transaction sends a notification
 * as it commits (NOTIFY is delivered only on commit) naming what it changed (its write scope:
 * one year's spending, only who is signed in, or anything), and each server listens on one
 * connection of its own. Another server's write is logged like one of this server's
 * (db/data-version.ts), so the response cache recomputes exactly the answers it may change —
 * as SQLite's PRAGMA data_version does, coarsely, for another connection to the same file.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from './connection.ts';
import { bumpDataVersion, stopTrustingExternalWrites, type WriteScope } from './data-version.ts';
import { runSql } from './sql-rows.ts';
import { onPostgresCommit } from './transaction.ts';

const CHANNEL = 'fund_execution_writes';

/** Starts listening; returns a function that stops and gives the connection back. */
export async function shareWritesBetweenServers(db: Db, pool: pg.Pool): Promise<() => void> {
  const self = randomUUID();
  onPostgresCommit(db, (tx, scope) =>
    runSql(tx, sql`select pg_notify(${CHANNEL}, ${`${self} ${JSON.stringify(scope)}`})`),
  );
  const listener = await pool.connect();
  listener.on('notification', (message) => {
    if (message.channel !== CHANNEL) return;
    const [sender, scope] = splitPayload(message.payload ?? '');
    if (sender !== self) bumpDataVersion(db, scope);
  });
  // A lost listening connection would miss other servers' writes: from then on this server's
  // response cache reuses nothing (correct, slower), and the log says why.
  listener.on('error', (error) => {
    stopTrustingExternalWrites(db);
    console.error(
      `PostgreSQL: the connection listening for other servers' writes failed (${error.message}); cached answers are no longer reused until a restart`,
    );
  });
  await listener.query(`listen ${CHANNEL}`);
  return () => listener.release(true);
}

/** `<server> <scope as JSON>`; anything unreadable counts as a write that changed anything. */
function splitPayload(payload: string): [string, WriteScope | null] {
  const space = payload.indexOf(' ');
  if (space < 0) return [payload, null];
  try {
    return [payload.slice(0, space), JSON.parse(payload.slice(space + 1)) as WriteScope | null];
  } catch {
    return [payload.slice(0, space), null];
  }
}
