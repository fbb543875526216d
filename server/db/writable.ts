/**
 * Whether the database can take writes, and why not: a read-only file (or folder, which the
 * WAL needs), a full disk, or a write that just failed for such a reason. /health reports it,
 * the start-up prints it, and writes and sign-ins answer 503 naming it instead of a bare 500.
 */
import { accessSync, constants, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './connection.ts';
import { engineOf } from './engine.ts';
import type { PgDb } from './postgres.ts';

/** Below this much free space a write may fail half-way: refuse to call the database healthy. */
const MIN_FREE_BYTES = 8 * 1024 * 1024;
/** How long a failed write's cause is reported after it happened. */
const REMEMBER_MS = 60_000;

const CAUSES: Readonly<Record<string, string>> = {
  SQLITE_READONLY: '数据库文件只读。The database file is read-only.',
  SQLITE_FULL: '磁盘已满。The disk is full.',
  SQLITE_IOERR: '数据库写入出错（磁盘）。The disk failed a write.',
  SQLITE_CANTOPEN: '数据库文件无法打开写入。The database file cannot be opened for writing.',
};

const lastFailure = new WeakMap<object, { cause: string; at: number }>();

/** The plain-language cause when `error` (or its cause) is SQLite refusing to write; else null. */
export function unwritableCause(error: unknown): string | null {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const base = Object.keys(CAUSES).find((c) => code === c || code.startsWith(`${c}_`));
    if (base) return CAUSES[base] ?? null;
  }
  return null;
}

/** Remembers a failed write's cause, so /health says so even when the file looks fine. */
export function rememberWriteFailure(db: Db, cause: string): void {
  lastFailure.set(engineOf(db) === 'postgres' ? db : db.$client, { cause, at: Date.now() });
}

/**
 * Why a write failed, when it is the database refusing writes (and remembers it); else null.
 * SQLite may roll a whole transaction back on SQLITE_FULL, and the savepoint rollback that
 * follows then fails instead ("no such savepoint"), hiding the first error: so when the error
 * itself does not say, the database's state is asked.
 */
export function noteWriteFailure(db: Db, error: unknown): string | null {
  const cause = unwritableCause(error) ?? writeProblem(db);
  if (cause) rememberWriteFailure(db, cause);
  return cause;
}

/** How long /health waits for PostgreSQL to answer before calling it unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

export interface DatabaseProblem {
  database: 'unwritable' | 'unreachable';
  cause: string;
}

/** A probe's answer is reused this long: /health is public, and each probe is a connection. */
const PROBE_REUSE_MS = 1_000;

const probes = new WeakMap<object, { at: number; result: Promise<DatabaseProblem | null> }>();

/**
 * What /health reports: SQLite's file checked (`writeProblem`); PostgreSQL asked, on a
 * connection of its own, whether it answers within 2 s and takes writes (not a standby, not
 * read-only by default) — at most one probe a second, callers in between share its answer.
 */
export async function databaseProblem(db: Db): Promise<DatabaseProblem | null> {
  if (engineOf(db) !== 'postgres') {
    const cause = writeProblem(db);
    return cause ? { database: 'unwritable', cause } : null;
  }
  const last = probes.get(db);
  if (last && Date.now() - last.at < PROBE_REUSE_MS) return await last.result;
  const result = askPostgres(db);
  probes.set(db, { at: Date.now(), result });
  return await result;
}

async function askPostgres(db: Db): Promise<DatabaseProblem | null> {
  try {
    // Loaded here, not at the top: SQLite's threads (read workers) import this file too.
    const { probePostgres } = await import('./postgres.ts');
    const health = await probePostgres(db as unknown as PgDb, PROBE_TIMEOUT_MS);
    if (health.standby) return { database: 'unwritable', cause: PG_STANDBY };
    if (health.readOnly) return { database: 'unwritable', cause: PG_READ_ONLY };
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      database: 'unreachable',
      cause: `数据库无法连接。PostgreSQL did not answer: ${reason}`,
    };
  }
}

const PG_STANDBY = '数据库为只读备库。PostgreSQL is a standby (in recovery): it takes no writes.';
const PG_READ_ONLY =
  '数据库设为只读。PostgreSQL starts every transaction read-only (default_transaction_read_only).';

/** Why the database cannot take writes now, or null when it can (as far as can be told). */
export function writeProblem(db: Db): string | null {
  // PostgreSQL refuses a write with its own error, which reaches the log (/health asks it:
  // databaseProblem).
  if (engineOf(db) === 'postgres') return null;
  const client = db.$client;
  if (client.memory) return null;
  if (client.readonly) return CAUSES.SQLITE_READONLY ?? null;
  try {
    accessSync(client.name, constants.W_OK);
    accessSync(dirname(client.name), constants.W_OK);
  } catch {
    return CAUSES.SQLITE_READONLY ?? null;
  }
  try {
    const fs = statfsSync(dirname(client.name));
    if (fs.bavail * fs.bsize < MIN_FREE_BYTES) return CAUSES.SQLITE_FULL ?? null;
  } catch {
    // statfs is not everywhere; the failed-write record below still tells.
  }
  const pages = client.pragma('page_count', { simple: true }) as number;
  const maxPages = client.pragma('max_page_count', { simple: true }) as number;
  const freePages = client.pragma('freelist_count', { simple: true }) as number;
  if (pages >= maxPages && freePages === 0) return CAUSES.SQLITE_FULL ?? null;
  const failed = lastFailure.get(client);
  if (failed && Date.now() - failed.at < REMEMBER_MS) return failed.cause;
  return null;
}
