/**
 * What the PostgreSQL database itself guarantees: the audit trail refuses UPDATE, DELETE and
 * TRUNCATE; money in fen comes back exactly (int8, and sums as numeric); an integer a JavaScript
 * number cannot hold exactly is refused, never rounded; timestamps and JSON read as on SQLite.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fen } from '../../server/domain/money.ts';
import {
  closePostgres,
  openPostgres,
  UnsafeIntegerError,
  type PgDb,
} from '../../server/db/postgres.ts';
import {
  accounts,
  auditLog,
  importRuns,
  regions,
  spendingRegionTotals,
} from '../../server/db/schema-pg/index.ts';
import {
  createTestDatabase,
  SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './pg-test-database.ts';

describe.skipIf(!TEST_DATABASE_URL)(`PostgreSQL: audit trail and money${SKIP_REASON}`, () => {
  let database: TestDatabase;
  let db: PgDb;
  let regionId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openPostgres(database.url, { max: 2 });
    const [region] = await db
      .insert(regions)
      .values({ name: '昌吉州', level: 'prefecture', path: '/1/', depth: 1 })
      .returning({ id: regions.id });
    regionId = region?.id ?? 0;
  });
  afterAll(async () => {
    await closePostgres(db);
    await database.drop();
  });

  describe('the audit trail is append-only', () => {
    let id: number;
    beforeAll(async () => {
      const [row] = await db
        .insert(auditLog)
        .values({
          at: '2026-12-06T17:30:00.000Z',
          actor: 'admin',
          role: 'ADMIN',
          via: 'session',
          operation: 'fileReport',
          object: 'region:昌吉市 2022-09',
          outcome: 'OK',
          summary: { after: 1 },
        })
        .returning({ id: auditLog.id });
      id = row?.id ?? 0;
    });

    it('refuses UPDATE', async () => {
      await expect(
        db.update(auditLog).set({ actor: 'someone else' }).where(eq(auditLog.id, id)),
      ).rejects.toMatchObject({
        cause: { message: 'audit_log is append-only: rows cannot be updated' },
      });
    });

    it('refuses DELETE', async () => {
      await expect(db.delete(auditLog).where(eq(auditLog.id, id))).rejects.toMatchObject({
        cause: { message: 'audit_log is append-only: rows cannot be deleted' },
      });
    });

    it('refuses TRUNCATE, which skips row triggers', async () => {
      await expect(db.execute(sql`truncate audit_log`)).rejects.toMatchObject({
        cause: { message: 'audit_log is append-only: it cannot be truncated' },
      });
    });

    it('keeps the row as written', async () => {
      const rows = await db.select().from(auditLog);
      expect(rows).toEqual([
        {
          id,
          at: '2026-12-06T17:30:00.000Z',
          accountId: null,
          actor: 'admin',
          role: 'ADMIN',
          via: 'session',
          operation: 'fileReport',
          object: 'region:昌吉市 2022-09',
          outcome: 'OK',
          code: null,
          summary: { after: 1 },
        },
      ]);
    });
  });

  describe('money in fen', () => {
    // The seed's 11,438 万元: 11,438 × 1,000,000 fen per 万元 = 11,438,000,000 fen, beyond the
    // 2,147,483,647 a 32-bit integer holds. 9 × 10¹² fen = 900 亿元, a national year's scale.
    const seed = 11_438_000_000 as Fen;
    const national = 9_000_000_000_000 as Fen;

    beforeAll(async () => {
      await db.insert(spendingRegionTotals).values([
        { year: 2022, month: 9, regionId, spent: seed, lines: 1 },
        { year: 2022, month: 10, regionId, spent: national, lines: 1 },
      ]);
    });

    it('round-trips exactly through the schema', async () => {
      const rows = await db
        .select({ month: spendingRegionTotals.month, spent: spendingRegionTotals.spent })
        .from(spendingRegionTotals)
        .orderBy(spendingRegionTotals.month);
      expect(rows).toEqual([
        { month: 9, spent: 11_438_000_000 },
        { month: 10, spent: 9_000_000_000_000 },
      ]);
      const stored = await db.execute<{ spent: string }>(
        sql`select spent::text as spent from spending_region_totals order by month`,
      );
      expect(stored.rows.map((r) => r.spent)).toEqual(['11438000000', '9000000000000']);
    });

    it('comes back as exact numbers from raw SQL: int8 values, count(*) and sum() (numeric)', async () => {
      const result = await db.execute<{ spent: unknown; n: unknown; total: unknown }>(
        sql`select max(spent) as spent, count(*) as n, sum(spent) as total from spending_region_totals`,
      );
      // 11,438,000,000 + 9,000,000,000,000 = 9,011,438,000,000
      expect(result.rows).toEqual([{ spent: 9_000_000_000_000, n: 2, total: 9_011_438_000_000 }]);
    });

    it('holds 2^53 − 1 exactly and refuses 2^53 + 1 instead of rounding it', async () => {
      await db.execute(sql`insert into spending_region_totals (year, month, region_id, spent, lines)
        values (2023, 1, ${regionId}, 9007199254740991, 1), (2023, 2, ${regionId}, 9007199254740993, 1)`);
      const [largest] = await db
        .select({ spent: spendingRegionTotals.spent })
        .from(spendingRegionTotals)
        .where(sql`${spendingRegionTotals.year} = 2023 and ${spendingRegionTotals.month} = 1`);
      expect(largest?.spent).toBe(Number.MAX_SAFE_INTEGER);

      const tooLarge = db
        .select({ spent: spendingRegionTotals.spent })
        .from(spendingRegionTotals)
        .where(sql`${spendingRegionTotals.year} = 2023 and ${spendingRegionTotals.month} = 2`);
      // Drizzle wraps the driver's error: the refusal is its cause.
      await expect(tooLarge).rejects.toMatchObject({
        cause: expect.any(UnsafeIntegerError) as unknown,
      });
      await expect(tooLarge).rejects.toMatchObject({
        cause: {
          message: expect.stringContaining(
            'PostgreSQL returned the integer 9007199254740993, beyond what a JavaScript number holds exactly',
          ) as unknown,
        },
      });
      // 2^53 − 1 + 2^53 + 1 = 2^54 = 18,014,398,509,481,984: a numeric sum is refused alike.
      const sum = db.execute(sql`select sum(spent) from spending_region_totals where year = 2023`);
      await expect(sum).rejects.toMatchObject({
        cause: {
          message: expect.stringContaining(
            'PostgreSQL returned the integer 18014398509481984,',
          ) as unknown,
        },
      });
      // The refusal spoils no connection of the pool (it holds two): later queries work.
      for (let i = 0; i < 3; i++) {
        const ok = await db.execute<{ n: unknown }>(
          sql`select count(*) as n from spending_region_totals`,
        );
        expect(ok.rows).toEqual([{ n: 4 }]);
      }
    });
  });

  it('enforces foreign keys and checks as SQLite does with foreign_keys=ON', async () => {
    // No region 999 exists: PostgreSQL always checks foreign keys.
    await expect(
      db.insert(spendingRegionTotals).values({
        year: 2022,
        month: 11,
        regionId: 999,
        spent: 1 as Fen,
        lines: 1,
      }),
    ).rejects.toMatchObject({ cause: { code: '23503' } });
    // A COUNTY account must name its region (accounts_county_region_check).
    await expect(
      db.insert(accounts).values({
        username: 'county.clerk',
        displayName: '县财政',
        role: 'COUNTY',
        passwordHash: 'x',
      }),
    ).rejects.toMatchObject({
      cause: { code: '23514', constraint: 'accounts_county_region_check' },
    });
  });

  it('writes creation times as SQLite does: ISO 8601, UTC, milliseconds', async () => {
    const before = Date.now();
    const [row] = await db
      .insert(regions)
      .values({ name: '昌吉市', level: 'county', parentId: regionId, path: `/1/2/`, depth: 2 })
      .returning({ createdAt: regions.createdAt });
    const createdAt = row?.createdAt ?? '';
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // The server's clock is this machine's: the time falls within this test (±1 s of slack).
    expect(Date.parse(createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('reads JSON back with its keys in the order written', async () => {
    const summary = { 自治区主管部门: '民政厅', 地级财政部门: '财政局', b: 1, a: 2 };
    const [row] = await db
      .insert(importRuns)
      .values({
        sourceName: 'x.txt',
        textHash: 'h',
        documentNumber: '昌州财社〔2022〕11号',
        outcome: 'created',
        importedBy: 'cli',
        summary,
      })
      .returning({ summary: importRuns.summary });
    expect(Object.keys(row?.summary ?? {})).toEqual(['自治区主管部门', '地级财政部门', 'b', 'a']);
  });
});
