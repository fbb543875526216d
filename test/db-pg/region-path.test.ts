/**
 * The subtree search that replaces SQLite's `path GLOB '/1/5/*'` on PostgreSQL: `LIKE '/1/5/%'`
 * on regions.path, which is COLLATE "C" so that the plain index serves the prefix whatever the
 * database's locale (the test server's is C.UTF-8, under which a default-collation column's
 * index could not).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePostgres, openPostgres, type PgDb } from '../../server/db/postgres.ts';
import {
  createTestDatabase,
  SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './pg-test-database.ts';

describe.skipIf(!TEST_DATABASE_URL)(`PostgreSQL: a region's subtree${SKIP_REASON}`, () => {
  let database: TestDatabase;
  let db: PgDb;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openPostgres(database.url, { max: 1 });
    // A root /1/ and 20,000 children /1/1/ … /1/20000/, then /1/5/'s own child /1/5/7/.
    await db.execute(
      sql`insert into regions (name, level, path, depth) values ('全国', 'country', '/1/', 0)`,
    );
    await db.execute(sql`insert into regions (name, level, path, depth)
      select 'r' || i, 'province', '/1/' || i || '/', 1 from generate_series(1, 20000) i`);
    await db.execute(
      sql`insert into regions (name, level, path, depth) values ('r5-7', 'county', '/1/5/7/', 2)`,
    );
    await db.execute(sql`analyze regions`);
  });
  afterAll(async () => {
    await closePostgres(db);
    await database.drop();
  });

  it('finds exactly the prefix: /1/5/ and below, not /1/50/ or /1/51/', async () => {
    const rows = await db.execute<{ path: string }>(
      sql`select path from regions where path like ${'/1/5/%'} order by path`,
    );
    expect(rows.rows.map((r) => r.path)).toEqual(['/1/5/', '/1/5/7/']);
  });

  it('reads it through regions_path_idx, not a scan of every region', async () => {
    const plan = await db.execute<{ 'QUERY PLAN': string }>(
      sql.raw(`explain select id from regions where path like '/1/5/%'`),
    );
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('regions_path_idx');
    expect(text).not.toContain('Seq Scan');
  });
});
