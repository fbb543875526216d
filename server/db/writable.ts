/**
 * Whether the database can take writes, and why not: a read-only file (or folder, which the
 * WAL needs), a full disk, or a write that just failed for such a reason. /health reports it,
 * the start-up prints it, and writes and sign-ins answer 503 naming it instead of a bare 500.
 */
import { accessSync, constants, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './connection.ts';
import { engineOf } from './engine.ts';

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

/** Why the database cannot take writes now, or null when it can (as far as can be told). */
export function writeProblem(db: Db): string | null {
  // PostgreSQL refuses a write with its own error, which reaches the log; nothing to check here.
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
