/**
 * Batches of one fund-year (issue 12): the seed (第二批) and its 提前下达 notice count once,
 * in either order. Expected values from the seed's 附件1: column 2 is what is in force,
 * column 3 what the 提前下达 notice allocated (昌吉州 7828 = 1275+851+968+855+1478+1242+1159).
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { allRows, runSql } from '../../server/db/sql-rows.ts';
import { fen } from '../../server/domain/money.ts';
import { findRegionsByNames } from '../../server/repositories/regions.repo.ts';
import { fundYearChecks, fundYears } from '../../server/services/chain-reads.service.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { execution } from '../../server/services/execution.service.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { fillChainIfEmpty } from '../../server/services/fund-year-chain.service.ts';
import { seedNoticeText, testDb, TEST_ACTOR } from '../helpers/db.ts';
import { chainNotice } from './chain-notices.ts';

const ADVANCE = readFileSync(
  new URL('../../samples/changji-2022-advance-notice.txt', import.meta.url),
  'utf8',
);
const W = (wan: number) => fen(wan * 1_000_000);

/** The seed's column 2 (in force) and column 3 (提前下达) per county. */
const COUNTIES: [string, number, number][] = [
  ['昌吉市', 1485, 1275],
  ['阜康市', 831, 851],
  ['呼图壁县', 1825, 968],
  ['玛纳斯县', 1271, 855],
  ['奇台县', 2295, 1478],
  ['吉木萨尔县', 1701, 1242],
  ['木垒哈萨克自治县', 2030, 1159],
];

async function load(db: Db, ...texts: string[]) {
  for (const [i, text] of texts.entries())
    await importNotice(db, { text, sourceName: `n${i}`, actor: TEST_ACTOR });
}

async function figures(db: Db, region?: string) {
  const node = await execution(
    db,
    { year: 2022, month: 10, region: region ?? null },
    DEFAULT_THRESHOLDS,
  );
  return {
    total: node.allocated,
    counties: Object.fromEntries((node.children ?? []).map((c) => [c.region.name, c.allocated])),
  };
}

const region = async (db: Db, name: string) => {
  const found = (await findRegionsByNames(db, [name]))[0];
  if (!found) throw new Error(name);
  return found;
};

describe('batches of one fund-year', () => {
  for (const order of ['提前下达 first', '第二批 first'] as const) {
    it(`count once whatever the import order (${order})`, async () => {
      const db = await testDb();
      if (order === '提前下达 first') await load(db, ADVANCE, seedNoticeText());
      else await load(db, seedNoticeText(), ADVANCE);
      const { total, counties } = await figures(db);
      expect(total).toBe(W(11438));
      for (const [name, annual] of COUNTIES) expect(counties[name]).toBe(W(annual));
      // The 第二批's 提前 column agrees with the imported 提前下达 notice: no check fails.
      const years = await fundYears(db, await region(db, '昌吉市'), 2022);
      expect(years).toHaveLength(1);
      expect(years[0]?.inForce).toBe(W(1485));
      expect(years[0]?.checks).toEqual([]);
      expect(years[0]?.notices.map((n) => [n.batchName, n.amount, n.totalAfter])).toEqual([
        ['提前下达', W(1275), W(1275)],
        ['第二批', W(210), W(1485)],
      ]);
    });
  }

  it('the seed alone: in force is its 全年, and the missing 提前下达 notice is named with its figure', async () => {
    const db = await testDb();
    await load(db, seedNoticeText());
    expect((await figures(db)).total).toBe(W(11438));
    const [year] = await fundYears(db, await region(db, '昌吉市'), 2022);
    expect(year?.inForce).toBe(W(1485));
    expect(year?.checks.map((c) => [c.code, c.amount])).toEqual([
      ['EARLIER_NOTICE_MISSING', W(1275)],
    ]);
    expect(year?.checks[0]?.message).toContain('1275');
    expect(year?.checks[0]?.message).toContain('未导入');
  });

  it('a 提前下达 amount that disagrees with the seed column 3 gives a warning with both figures', async () => {
    const db = await testDb();
    // 昌吉市 1200 instead of 1275; the others as column 3.
    await load(
      db,
      ADVANCE.replace('昌吉市\t1275\t1275', '昌吉市\t1200\t1200').replace(
        '昌吉州\t7828\t7828',
        '昌吉州\t7753\t7753',
      ),
      seedNoticeText(),
    );
    const [year] = await fundYears(db, await region(db, '昌吉市'), 2022);
    // In force is still the 第二批's 全年: the latest notice says what the county has.
    expect(year?.inForce).toBe(W(1485));
    expect(year?.checks).toHaveLength(1);
    expect(year?.checks[0]?.code).toBe('EARLIER_AMOUNT_DIFFERS');
    expect(year?.checks[0]?.message).toContain('1275');
    expect(year?.checks[0]?.message).toContain('1200');
    // The other counties agree.
    expect((await fundYears(db, await region(db, '阜康市'), 2022))[0]?.checks).toEqual([]);
    // The data-quality list of the year: this one check (the prefecture's own 合计 rows are
    // not receipts, so its 7753 against the seed's 7828 is not a check of its own).
    expect((await fundYearChecks(db, 2022)).map((c) => [c.region.name, c.code, c.amount])).toEqual([
      ['昌吉市', 'EARLIER_AMOUNT_DIFFERS', W(1275)],
    ]);
  });

  it('a clawback batch (negative) reduces the total', async () => {
    const db = await testDb();
    // 第三批 of our own: 阜康市 −31, 奇台县 −100; the table of this batch's money alone.
    const clawback = chainNotice({
      issuer: '昌吉回族自治州',
      totalRow: '昌吉州',
      number: '昌州财社〔2022〕30号',
      upstreamNumber: '新财社〔2022〕120号',
      year: 2022,
      batch: '第三批',
      issuedOn: '2022-10-20',
      rows: [
        ['阜康市', -31],
        ['奇台县', -100],
      ],
    });
    await load(db, ADVANCE, seedNoticeText(), clawback);
    const { total, counties } = await figures(db);
    expect(counties['阜康市']).toBe(W(800)); // 831 − 31
    expect(counties['奇台县']).toBe(W(2195)); // 2295 − 100
    expect(counties['昌吉市']).toBe(W(1485));
    expect(total).toBe(W(11307)); // 11438 − 131
  });

  it('a revision of the 提前下达 notice keeps the totals right; filling the chain afresh gives the same', async () => {
    const db = await testDb();
    await load(db, seedNoticeText(), ADVANCE);
    // The same number re-issued with 昌吉市 1300: the 第二批 still says 1485 in force.
    await load(
      db,
      ADVANCE.replace('昌吉市\t1275\t1275', '昌吉市\t1300\t1300').replace(
        '昌吉州\t7828\t7828',
        '昌吉州\t7853\t7853',
      ),
    );
    expect((await figures(db)).counties['昌吉市']).toBe(W(1485));
    expect((await fundYears(db, await region(db, '昌吉市'), 2022))[0]?.checks[0]?.code).toBe(
      'EARLIER_AMOUNT_DIFFERS',
    );
    const chain = () =>
      allRows(db, sql`select * from fund_year_regions order by program_id, region_id`);
    const stored = await chain();
    await runSql(db, sql`delete from fund_year_regions`);
    await fillChainIfEmpty(db);
    expect(await chain()).toEqual(stored);
  });
});
