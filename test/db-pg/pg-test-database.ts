/**
 * For tests against a real PostgreSQL server (scripts/pg-test-server.sh; .ci/run starts one):
 * TEST_DATABASE_URL names it, and each test makes databases of its own on it, dropped after,
 * so runs and files never see each other's tables.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';

/** Appended to the name of a suite that is skipped, so the report says why. */
export const SKIP_REASON = TEST_DATABASE_URL
  ? ''
  : ' (skipped: TEST_DATABASE_URL is not set — run `scripts/pg-test-server.sh start` and export it)';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server; drop() removes it (closing what is still connected). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database "${name}"`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}
