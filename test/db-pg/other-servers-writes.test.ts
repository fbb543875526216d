/**
 * Two servers' handles on one PostgreSQL database (two pools in this process, each listening as
 * an app server does): once `catchUpWithOtherServers` has returned, every write the other has
 * committed is logged here — with its scope when its notification came, as "anything" when it
 * never comes (a number taken by a transaction that then failed).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  currentDataVersion,
  writeScopesSince,
  writeTransaction,
  type Db,
} from '../../server/db/connection.ts';
import { withWriteScope } from '../../server/db/data-version.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { catchUpWithOtherServers } from '../../server/db/pg-writes.ts';
import { runSql } from '../../server/db/sql-rows.ts';
import {
  createTestDatabase,
  SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './pg-test-database.ts';

const countOf = (db: Db) => Number(currentDataVersion(db).split('.')[0]);

describe.skipIf(!TEST_DATABASE_URL)(`another server's writes${SKIP_REASON}`, () => {
  let database: TestDatabase;
  let a: Db;
  let b: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    a = await openDb(database.url);
    b = await openDb(database.url);
  });
  afterAll(async () => {
    await closeDb(a);
    await closeDb(b);
    await database.drop();
  });

  it('are logged with their scope before a request right after them is answered', async () => {
    for (let round = 0; round < 5; round++) {
      const before = countOf(b);
      await withWriteScope({ year: 2022 }, () =>
        writeTransaction(a, async (tx) => {
          await runSql(tx, sql`select 1`);
        }),
      );
      await catchUpWithOtherServers(b);
      expect(countOf(b)).toBe(before + 1);
      expect(writeScopesSince(b, before)).toEqual([{ year: 2022 }]);
    }
  });

  it('count as changing anything when their notification never comes, once', async () => {
    const before = countOf(b);
    await runSql(a, sql`select nextval('fund_execution_writes')`);
    const started = Date.now();
    await catchUpWithOtherServers(b);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(writeScopesSince(b, before)).toBeNull();
    const again = Date.now();
    await catchUpWithOtherServers(b);
    expect(Date.now() - again).toBeLessThan(200);
    expect(countOf(b)).toBe(before + 1);
  });

  it('are not waited for once the listening connection is lost (nothing is reused then)', async () => {
    await runSql(
      a,
      sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query ilike 'listen%'`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const version = currentDataVersion(b);
    await writeTransaction(a, async (tx) => {
      await runSql(tx, sql`select 1`);
    });
    const started = Date.now();
    await catchUpWithOtherServers(b);
    expect(Date.now() - started).toBeLessThan(200);
    // Deaf: every version is a new one, so no cached answer is reused.
    expect(currentDataVersion(b)).not.toBe(version);
    expect(currentDataVersion(b)).not.toBe(currentDataVersion(b));
  });
});
