/**
 * Several app servers on one PostgreSQL database: each write transaction sends a notification
 * as it commits (NOTIFY is delivered only on commit), and each server listens on one connection
 * of its own. A notification from another server counts as a write elsewhere
 * (db/data-version.ts), so every answer cached before it is recomputed — as SQLite's
 * PRAGMA data_version does for another connection to the same file.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from './connection.ts';
import { noteExternalWrite } from './data-version.ts';
import { runSql } from './sql-rows.ts';
import { onPostgresCommit } from './transaction.ts';

const CHANNEL = 'fund_execution_writes';

/** Starts listening; returns a function that stops and gives the connection back. */
export async function shareWritesBetweenServers(db: Db, pool: pg.Pool): Promise<() => void> {
  const self = randomUUID();
  onPostgresCommit(db, (tx) => runSql(tx, sql`select pg_notify(${CHANNEL}, ${self})`));
  const listener = await pool.connect();
  listener.on('notification', (message) => {
    if (message.channel === CHANNEL && message.payload !== self) noteExternalWrite(db);
  });
  // A lost listening connection could miss writes: from then on, treat every request as
  // possibly stale by counting an external write per failure, and log it.
  listener.on('error', (error) => {
    noteExternalWrite(db);
    console.error(
      `PostgreSQL: the connection listening for other servers' writes failed: ${error.message}`,
    );
  });
  await listener.query(`listen ${CHANNEL}`);
  return () => listener.release(true);
}
