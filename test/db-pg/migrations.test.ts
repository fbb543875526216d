/**
 * drizzle-pg/ migrations on a real PostgreSQL 15: they build exactly the pg-core schema on an
 * empty database, a second start applies nothing, and two app servers starting together on one
 * database both succeed (the advisory lock makes them take turns).
 */
import { readFileSync } from 'node:fs';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { closePostgres, openPostgres, type PgDb } from '../../server/db/postgres.ts';
import * as pgSchema from '../../server/db/schema-pg/index.ts';
import {
  createTestDatabase,
  SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './pg-test-database.ts';

const journal = JSON.parse(readFileSync('drizzle-pg/meta/_journal.json', 'utf8')) as {
  entries: { tag: string }[];
};

const tables = (Object.values(pgSchema) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableConfig(t));

let opened: PgDb[] = [];
let databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.map((db) => closePostgres(db)));
  await Promise.all(databases.map((d) => d.drop()));
  opened = [];
  databases = [];
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}

async function open(url: string): Promise<PgDb> {
  const db = await openPostgres(url, { max: 2 });
  opened.push(db);
  return db;
}

async function appliedMigrations(db: PgDb) {
  const result = await db.$client.query<{ id: number; hash: string }>(
    'select id, hash from drizzle.__drizzle_migrations order by id',
  );
  return result.rows;
}

describe.skipIf(!TEST_DATABASE_URL)(`PostgreSQL migrations${SKIP_REASON}`, () => {
  it('build every table and column of the schema on an empty database', async () => {
    const db = await open((await freshDatabase()).url);

    const columns = await db.$client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: 'YES' | 'NO';
    }>(
      `select table_name, column_name, data_type, is_nullable from information_schema.columns
        where table_schema = 'public' order by table_name, column_name`,
    );
    const expected = tables
      .flatMap((t) =>
        t.columns.map((c) => ({
          table_name: t.name,
          column_name: c.name,
          data_type: c.getSQLType().replace(/ COLLATE "C"$/, ''),
          is_nullable: c.notNull ? 'NO' : 'YES',
        })),
      )
      .sort((a, b) =>
        a.table_name === b.table_name
          ? a.column_name < b.column_name
            ? -1
            : 1
          : a.table_name < b.table_name
            ? -1
            : 1,
      );
    expect(tables).toHaveLength(29);
    expect(columns.rows).toEqual(expected);
    expect(await appliedMigrations(db)).toHaveLength(journal.entries.length);
  });

  it('apply nothing the second time', async () => {
    const { url } = await freshDatabase();
    const first = await appliedMigrations(await open(url));
    const second = await open(url);
    expect(await appliedMigrations(second)).toEqual(first);
    expect(first).toHaveLength(6);
  });

  it('let two app servers start together on one empty database', async () => {
    const { url } = await freshDatabase();
    const [a, b] = await Promise.all([open(url), open(url)]);
    expect(await appliedMigrations(a)).toHaveLength(journal.entries.length);
    const tableCount = await b.$client.query<{ n: number }>(
      `select count(*) as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(tableCount.rows[0]?.n).toBe(29);
  });
});

describe('openPostgres on a database it cannot reach', () => {
  it('names where it tried and why, without the password', async () => {
    // Port 1 on loopback: nothing listens there.
    const opening = openPostgres('postgres://fund:secret-word@127.0.0.1:1/fund');
    await expect(opening).rejects.toThrow(
      /^PostgreSQL at postgres:\/\/fund:\*\*\*@127\.0\.0\.1:1\/fund could not be opened: .*ECONNREFUSED/,
    );
    await expect(opening).rejects.not.toThrow(/secret-word/);
  });
});
