import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { allRows } from '../../server/db/sql-rows.ts';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import type { SpendingLineInput } from '../../server/services/spending-validation.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';

const NOTICE = '昌州财社〔2022〕11号';
const NOW = new Date('2026-11-28T08:00:00Z');
const wan = (text: string): Fen => {
  const value = parseAmount(text);
  if (value === null) throw new Error(`not an amount: ${text}`);
  return value;
};

async function submit(
  db: Db,
  region: string,
  month: number,
  line: Partial<SpendingLineInput>,
  year = 2022,
) {
  return await submitSpendingReport(
    db,
    { region, year, month, lines: [{ documentNumber: NOTICE, spent: wan('0'), ...line }] },
    { actor: TEST_ACTOR, now: NOW },
  );
}

async function current(db: Db) {
  return await allRows(
    db,
    sql`select r.name, c.month, c.amount, c.spent, s.version from spending_current c
        join regions r on r.id = c.region_id join spending_reports s on s.id = c.report_id
        order by r.name, c.month`,
  );
}

describe('filing a monthly report', () => {
  let db: Db;
  beforeEach(async () => {
    db = await testDb();
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
  });

  it('stores the lines with the allocation as the amount, and derives unspent', async () => {
    // 昌吉市 col 2 = 1485 万元; 1485 − 1012.5 = 472.5.
    const result = await submit(db, '昌吉市', 9, { spent: wan('1012.5') });
    expect(result.errors).toEqual([]);
    expect(result.report).toMatchObject({
      regionName: '昌吉市',
      year: 2022,
      month: 9,
      version: 1,
      lines: [
        {
          documentNumber: NOTICE,
          amount: wan('1485'),
          spent: wan('1012.5'),
          unspent: wan('472.5'),
        },
      ],
    });
    expect(await current(db)).toEqual([
      { name: '昌吉市', month: 9, amount: wan('1485'), spent: wan('1012.5'), version: 1 },
    ]);
  });

  it('keeps every version of a resubmission and counts only the latest', async () => {
    await submit(db, '昌吉市', 9, { spent: wan('1000') });
    const second = await submit(db, '昌吉市', 9, { spent: wan('1012.5') });
    expect(second.report?.version).toBe(2);
    expect((await tableCounts(db)).spending_reports).toBe(2);
    expect(await current(db)).toEqual([
      { name: '昌吉市', month: 9, amount: wan('1485'), spent: wan('1012.5'), version: 2 },
    ]);
  });

  it('finds an autonomous county by its short name and a number in other brackets', async () => {
    const result = await submitSpendingReport(
      db,
      {
        region: '木垒县',
        year: 2022,
        month: 3,
        lines: [{ documentNumber: '昌州财社[2022]11号', spent: wan('500') }],
      },
      { actor: TEST_ACTOR, now: NOW },
    );
    expect(result.errors).toEqual([]);
    expect(result.report?.regionName).toBe('木垒哈萨克自治县');
    expect(result.report?.lines[0]?.amount).toBe(wan('2030'));
  });

  it('accepts a direction split that adds up exactly', async () => {
    const result = await submit(db, '阜康市', 6, {
      spent: wan('400.01'),
      directions: [
        { direction: 'SUBSISTENCE_ALLOWANCE', spent: wan('300.005') },
        { direction: 'ORPHAN_SUPPORT', spent: wan('100.005') },
      ],
    });
    expect(result.errors).toEqual([]);
    const rows = await allRows(
      db,
      sql`select direction, spent from spending_direction_current order by direction`,
    );
    expect(rows).toEqual([
      { direction: 'ORPHAN_SUPPORT', spent: wan('100.005') },
      { direction: 'SUBSISTENCE_ALLOWANCE', spent: wan('300.005') },
    ]);
  });

  const refusals: [string, () => ReturnType<typeof submit>, { code: string; field: string }][] = [
    [
      'an unknown region',
      () => submit(db, '乌鲁木齐市', 9, {}),
      { code: 'REGION_NOT_FOUND', field: 'region' },
    ],
    [
      'month 13',
      () => submit(db, '昌吉市', 13, {}),
      { code: 'MONTH_OUT_OF_RANGE', field: 'month' },
    ],
    ['month 0', () => submit(db, '昌吉市', 0, {}), { code: 'MONTH_OUT_OF_RANGE', field: 'month' }],
    [
      'a month not yet come',
      () => submit(db, '昌吉市', 12, {}, 2026),
      { code: 'PERIOD_IN_FUTURE', field: 'month' },
    ],
    [
      'negative spending',
      () => submit(db, '昌吉市', 9, { spent: wan('-1') }),
      { code: 'AMOUNT_NEGATIVE', field: 'lines.0.spent' },
    ],
    [
      'spending above the allocation',
      () => submit(db, '昌吉市', 9, { spent: wan('1485.01') }),
      { code: 'SPENT_EXCEEDS_ALLOCATION', field: 'lines.0.spent' },
    ],
    [
      'a report year other than the fund year',
      () => submit(db, '昌吉市', 3, { spent: wan('1') }, 2023),
      { code: 'FUND_YEAR_MISMATCH', field: 'lines.0.documentNumber' },
    ],
    [
      'an unknown document',
      () => submit(db, '昌吉市', 9, { documentNumber: '昌州财社〔2022〕99号' }),
      { code: 'DOCUMENT_NOT_FOUND', field: 'lines.0.documentNumber' },
    ],
    [
      'the prefecture filing its subtotal',
      () => submit(db, '昌吉州', 9, { spent: wan('1') }),
      { code: 'ALLOCATION_IS_SUBTOTAL', field: 'region' },
    ],
    [
      'a direction split that does not add up',
      () =>
        submit(db, '昌吉市', 9, {
          spent: wan('100'),
          directions: [{ direction: 'TEMPORARY_ASSISTANCE', spent: wan('99.99') }],
        }),
      { code: 'DIRECTIONS_SUM_MISMATCH', field: 'lines.0.directions' },
    ],
    [
      'an inconsistent unspent',
      () => submit(db, '昌吉市', 9, { spent: wan('1000'), unspent: wan('480') }),
      { code: 'UNSPENT_MISMATCH', field: 'lines.0.unspent' },
    ],
    [
      'an inconsistent progress',
      () => submit(db, '昌吉市', 9, { spent: wan('1000'), progress: 0.7 }),
      { code: 'PROGRESS_MISMATCH', field: 'lines.0.progress' },
    ],
    [
      'a stated amount that is not the allocation',
      () => submit(db, '昌吉市', 9, { spent: wan('1000'), amount: wan('1500') }),
      { code: 'AMOUNT_MISMATCH', field: 'lines.0.amount' },
    ],
  ];

  it.each(refusals)(
    'refuses %s with a code and field, writing nothing',
    async (_what, act, expected) => {
      const before = await tableCounts(db);
      const result = await act();
      expect(result.report).toBeNull();
      expect(result.errors).toContainEqual(expect.objectContaining(expected));
      expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
      expect(await tableCounts(db)).toEqual(before);
    },
  );

  it('accepts a progress stated to four decimals', async () => {
    // 1000 / 1485 = 0.673400…
    expect(
      (await submit(db, '昌吉市', 9, { spent: wan('1000'), progress: 0.6734 })).errors,
    ).toEqual([]);
  });

  it('refuses the same fund twice in one report', async () => {
    const result = await submitSpendingReport(
      db,
      {
        region: '昌吉市',
        year: 2022,
        month: 9,
        lines: [
          { documentNumber: NOTICE, spent: wan('1') },
          { documentNumber: NOTICE, spent: wan('2') },
        ],
      },
      { actor: TEST_ACTOR, now: NOW },
    );
    expect(result.errors).toContainEqual(
      expect.objectContaining({ code: 'DOCUMENT_DUPLICATE', field: 'lines.1.documentNumber' }),
    );
  });
});

describe('lines behind the benchmark', () => {
  it('are filed, with a warning for the missing reason and measures', async () => {
    const db = await testDb();
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    // 1012.5 / 1485 = 68.2 % at September, whose benchmark is 9/12 = 75 %: behind.
    const behind = await submit(db, '昌吉市', 9, { spent: wan('1012.5') });
    expect(behind.report?.version).toBe(1);
    expect(behind.warnings.map((w) => [w.code, w.field])).toEqual([
      ['REASON_MISSING', 'lines.0.reason'],
      ['MEASURES_MISSING', 'lines.0.measures'],
    ]);
    // Explained: no warning.
    const explained = await submit(db, '昌吉市', 9, {
      spent: wan('1012.5'),
      reason: '部分乡镇资金拨付滞后',
      measures: '督促按月发放',
      measuresDueOn: '2022-10-31',
    });
    expect(explained.warnings).toEqual([]);
    // Exactly on the benchmark (1113.75 / 1485 = 75 %): not behind.
    expect((await submit(db, '昌吉市', 9, { spent: wan('1113.75') })).warnings).toEqual([]);
  });
});
