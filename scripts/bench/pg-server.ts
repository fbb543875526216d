/**
 * The PostgreSQL side of the benchmark's plumbing: a server to generate on (the one
 * scripts/pg-test-server.sh runs, started here when none is up and stopped again after), and
 * databases on it made, copied and dropped through the server's `postgres` database.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../pg-test-server.sh', import.meta.url));

export interface PgServer {
  /** A URL on the server (its own database); databases are made beside it. */
  url: string;
  /** Stops the server if this run started it; a server that was already up stays up. */
  stop: () => void;
}

/** The test server of this checkout: the running one, else a fresh one started for this run. */
export function testServer(log: (line: string) => void): PgServer {
  const run = (command: string) =>
    execFileSync(SCRIPT, [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  try {
    const url = run('url');
    log('PostgreSQL: the test server already running (left running)');
    return { url, stop: () => {} };
  } catch {
    log('PostgreSQL: starting a test server (scripts/pg-test-server.sh start)');
  }
  try {
    const url = run('start');
    return { url, stop: () => void run('stop') };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `no PostgreSQL to measure: scripts/pg-test-server.sh start failed (${stderr || String(error)}); give --database-url postgres://…`,
      { cause: error },
    );
  }
}

/** The same server and credentials, another database. */
export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs statements on the server's `postgres` database (never on the one being copied). */
async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database beside `url`'s; returns its URL. */
export async function createDatabase(url: string, prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await onServer(url, (c) => c.query(`create database ${quoted(name)}`));
  return databaseUrl(url, name);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A copy of the database at `url` (CREATE DATABASE … TEMPLATE: a file-level copy, the fastest
 * PostgreSQL has). Nobody may be connected to the source: our pools and servers are closed by
 * then; an autovacuum worker may still be, so a few tries.
 */
export async function copyDatabase(url: string, prefix: string): Promise<string> {
  const source = databaseName(url);
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer(url, (c) =>
        c.query(`create database ${quoted(name)} template ${quoted(source)}`),
      );
      return databaseUrl(url, name);
    } catch (error) {
      const busy = /being accessed by other users/.test(String(error));
      if (!busy || attempt >= 10) throw error;
      await sleep(1000);
    }
  }
}

/** Drops the database at `url`, closing what is still connected to it. */
export async function dropDatabase(url: string): Promise<void> {
  await onServer(url, (c) =>
    c.query(`drop database if exists ${quoted(databaseName(url))} with (force)`),
  );
}

/** Runs statements on the database at `url` itself, on one connection of its own. */
export async function onDatabase<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
