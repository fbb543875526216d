/**
 * One notice whose table holds two levels (`test/fixtures/notices/layouts/xinjiang-2022-bars-
 * multilevel.txt`): the 自治区 allocates 1000 万元, 阿克苏地区 600 (小计) of which 地区本级 50,
 * 阿克苏市 300, 库车市 250; 喀什地区 400 = 喀什市 220 + 疏附县 180. Worked by hand: every amount
 * is counted once, so the 自治区's allocation is 1000 (not 1000 + 600 + 400), 阿克苏地区's is
 * 600 = 50 kept + 300 + 250 passed down, 喀什地区's 400 = 220 + 180.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { TEST_ACTOR } from '../helpers/db.ts';
import { execute, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { AllocationChainLevelsDocument } from '../graphql/generated/graphql.ts';

const NOTICE = readFileSync(
  new URL('../fixtures/notices/layouts/xinjiang-2022-bars-multilevel.txt', import.meta.url),
  'utf8',
);

describe('a notice whose table holds two levels, with a 地区本级 row', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((db) =>
      importNotice(db, { text: NOTICE, sourceName: 'xinjiang.txt', actor: TEST_ACTOR }),
    );
  });
  afterAll(() => server.close());

  it('stores the 小计 and the 本级 row of 阿克苏地区 apart (no constraint error)', async () => {
    // Flags as 1/0 on both engines (PostgreSQL's booleans would come back true/false).
    const rows = await allRows(
      server.db,
      sql`select r.name, a.annual_total as total,
                 case when a.is_subtotal then 1 else 0 end as subtotal,
                 case when a.is_own_use then 1 else 0 end as own
          from allocations a join regions r on r.id = a.region_id order by a.id`,
    );
    expect(rows).toEqual([
      { name: '新疆维吾尔自治区', total: 1_000_000_000, subtotal: 1, own: 0 },
      { name: '阿克苏地区', total: 600_000_000, subtotal: 1, own: 0 },
      { name: '阿克苏地区', total: 50_000_000, subtotal: 0, own: 1 },
      { name: '阿克苏市', total: 300_000_000, subtotal: 0, own: 0 },
      { name: '库车市', total: 250_000_000, subtotal: 0, own: 0 },
      { name: '喀什地区', total: 400_000_000, subtotal: 1, own: 0 },
      { name: '喀什市', total: 220_000_000, subtotal: 0, own: 0 },
      { name: '疏附县', total: 180_000_000, subtotal: 0, own: 0 },
    ]);
  });

  it('counts the 自治区 allocation once and each prefecture as its 小计', async () => {
    const { allocationChain: top } = await execute(server, AllocationChainLevelsDocument, {
      year: 2022,
      month: 10,
      region: '新疆维吾尔自治区',
    });
    expect(top.allocated).toBe(1000);
    const children = Object.fromEntries(top.children.map((c) => [c.region.name, c.allocated]));
    expect(children).toEqual({ 阿克苏地区: 600, 喀什地区: 400 });
  });

  it('shows 阿克苏地区 keeping its 本级 50 and passing 550 down', async () => {
    const { allocationChain: aksu } = await execute(server, AllocationChainLevelsDocument, {
      year: 2022,
      month: 10,
      region: '阿克苏地区',
    });
    expect(aksu).toMatchObject({ allocated: 600, kept: 50, passedDown: 550 });
  });
});
