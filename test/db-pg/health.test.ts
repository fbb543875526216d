/**
 * /health on PostgreSQL asks the database on a connection of its own: ok while it answers and
 * takes writes; 503 naming why when every transaction starts read-only (as on a database set so
 * for maintenance) or when it refuses connections.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { runSql } from '../../server/db/sql-rows.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { createApp } from '../../server/http/app.ts';
import {
  createTestDatabase,
  SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './pg-test-database.ts';

async function health(db: Db): Promise<{ status: number; body: Record<string, unknown> }> {
  const server: Server = await createApp(db, { thresholds: DEFAULT_THRESHOLDS, log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe.skipIf(!TEST_DATABASE_URL)(`/health on PostgreSQL${SKIP_REASON}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('says ok while the database answers and takes writes, even with every pooled connection busy', async () => {
    const db = await openDb(database.url);
    try {
      expect(await health(db)).toEqual({ status: 200, body: { ok: true } });
      // Month-end: every connection of the pool (10) held by a slow read.
      const busy = Array.from({ length: 12 }, () => runSql(db, sql`select pg_sleep(2.5)`));
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const started = Date.now();
      expect(await health(db)).toEqual({ status: 200, body: { ok: true } });
      expect(Date.now() - started).toBeLessThan(1_000);
      await Promise.all(busy);
    } finally {
      await closeDb(db);
    }
  });

  /** Runs `statement` as the test server's admin, then ends every connection to the database. */
  async function alterDatabase(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`alter database "${database.name}" ${statement}`);
      await client.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1',
        [database.name],
      );
    } finally {
      await client.end();
    }
    // Past the second for which /health reuses a probe's answer (db/writable.ts).
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  }

  it('says unwritable when transactions start read-only, unreachable when connections are refused', async () => {
    const db = await openDb(database.url);
    try {
      await alterDatabase('set default_transaction_read_only = on');
      const readOnly = await health(db);
      expect(readOnly.status).toBe(503);
      expect(readOnly.body).toMatchObject({ ok: false, database: 'unwritable' });
      expect(String(readOnly.body.cause)).toContain('default_transaction_read_only');

      await alterDatabase('allow_connections false');
      const refused = await health(db);
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ ok: false, database: 'unreachable' });
      expect(String(refused.body.cause)).toMatch(/^数据库无法连接。PostgreSQL did not answer: /);
    } finally {
      await closeDb(db);
    }
  });
});
