/**
 * Filing and the dashboard agree with the counting rule for a county with two notices in a
 * year (昌吉市: 提前下达 1275, then 第二批 with 全年 1485). A report line's 资金金额 is the
 * fund-year's total as of the notice it names (that notice's 全年 column), and its spending is
 * the fund-year's: one line per fund-year, so nothing is counted twice.
 */
import type { Db } from '../../server/db/connection.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { fen } from '../../server/domain/money.ts';
import { execution } from '../../server/services/execution.service.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';

const ADVANCE = readFileSync(
  new URL('../../samples/changji-2022-advance-notice.txt', import.meta.url),
  'utf8',
);
const SEED = '昌州财社〔2022〕11号';
const EARLY = '昌州财社〔2021〕98号';
const W = (wan: number) => fen(wan * 1_000_000);
const options = { actor: TEST_ACTOR, now: new Date('2026-11-28T08:00:00Z') };

async function setUp() {
  const db = await testDb();
  for (const text of [ADVANCE, seedNoticeText()])
    await importNotice(db, { text, sourceName: 'n', actor: TEST_ACTOR });
  return db;
}

const county = (db: Db, month: number) =>
  execution(db, { year: 2022, month, region: '昌吉市' }, DEFAULT_THRESHOLDS);

describe('a county with two notices in a year', () => {
  it('files one line per fund-year; the dashboard reads it against the allocation in force', async () => {
    const db = await setUp();
    // March: only the 提前下达 notice had arrived; its 全年 is 1275.
    const march = await submitSpendingReport(
      db,
      {
        region: '昌吉市',
        year: 2022,
        month: 3,
        lines: [{ documentNumber: EARLY, amount: W(1275), spent: W(300) }],
      },
      options,
    );
    expect(march.errors).toEqual([]);
    // October: the 第二批 line, 资金金额 1485 (its 全年), spending 1000 of the fund-year.
    const october = await submitSpendingReport(
      db,
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        lines: [{ documentNumber: SEED, amount: W(1485), spent: W(1000) }],
      },
      options,
    );
    expect(october.errors).toEqual([]);

    const oct = await county(db, 10);
    expect(oct.allocated).toBe(W(1485));
    expect(oct.spent).toBe(W(1000));
    expect(oct.progress).toBeCloseTo(1000 / 1485, 12);
    expect((await county(db, 3)).spent).toBe(W(300));
    // The prefecture: 11438 allocated (not 11438 + 7828), 1000 spent in October.
    const prefecture = await execution(
      db,
      { year: 2022, month: 10, region: '昌吉回族自治州' },
      DEFAULT_THRESHOLDS,
    );
    expect(prefecture.allocated).toBe(W(11438));
    expect(prefecture.spent).toBe(W(1000));
  });

  it('refuses a line per notice of one fund-year, writing nothing', async () => {
    const db = await setUp();
    const before = await tableCounts(db);
    const both = await submitSpendingReport(
      db,
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        lines: [
          { documentNumber: EARLY, spent: W(500) },
          { documentNumber: SEED, spent: W(500) },
        ],
      },
      options,
    );
    expect(both.errors.map((e) => [e.code, e.field])).toEqual([
      ['FUND_YEAR_DUPLICATE', 'lines.1.documentNumber'],
    ]);
    expect(both.errors[0]?.message).toContain(EARLY);
    expect(await tableCounts(db)).toEqual(before);
  });

  it("checks a line's 资金金额 against the named notice's 全年", async () => {
    const db = await setUp();
    const wrong = await submitSpendingReport(
      db,
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        lines: [{ documentNumber: SEED, amount: W(210), spent: W(100) }],
      },
      options,
    );
    expect(wrong.errors.map((e) => e.code)).toEqual(['AMOUNT_MISMATCH']);
    expect(wrong.errors[0]?.message).toContain('1485');
  });
});
