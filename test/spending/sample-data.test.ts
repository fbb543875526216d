import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import { addSampleData, removeSampleData } from '../../server/services/sample-data.service.ts';
import { tableCounts, testDb } from '../helpers/db.ts';

describe('sample data', () => {
  it('imports the notice and flags 2022 reports with the intended spread', async () => {
    const db = await testDb();
    const added = await addSampleData(db);
    // 7 counties × months 1–10, less 奇台县's month 10, plus 昌吉市's second version of month 9.
    expect(added).toMatchObject({ documentNumber: '昌州财社〔2022〕11号', reports: 70 });
    const q = (text: string) => allRows(db, sql.raw(text));
    expect(await q('select count(*) as n from spending_reports where is_sample = false')).toEqual([
      { n: 0 },
    ]);
    expect(
      await q(`select count(*) as n from spending_current c join regions r on r.id = c.region_id
         where r.name = '奇台县' and c.month = 10`),
    ).toEqual([{ n: 0 }]);
    expect(
      await q(`select s.version from spending_reports s join regions r on r.id = s.region_id
         where r.name = '昌吉市' and s.month = 9 order by s.version`),
    ).toEqual([{ version: 1 }, { version: 2 }]);
    // 木垒 lags badly: below 60 % of the benchmark (10/12) in month 10, with a reason given.
    const mulei = (
      await q(`select c.spent, c.amount, l.reason from spending_current c
       join regions r on r.id = c.region_id join spending_lines l on l.report_id = c.report_id
       where r.name = '木垒哈萨克自治县' and c.month = 10`)
    )[0] as {
      spent: number;
      amount: number;
      reason: string;
    };
    expect(mulei.spent / mulei.amount).toBeLessThan(0.6 * (10 / 12));
    expect(mulei.reason).toMatch(/\S/);
    // Every line's direction split adds up to its spending.
    expect(
      await q(`select l.id from spending_lines l join spending_line_directions d on d.line_id = l.id
         group by l.id having sum(d.spent) != l.spent`),
    ).toEqual([]);
  });

  it('is added once, and removed in one step leaving the notice', async () => {
    const db = await testDb();
    await addSampleData(db);
    expect((await addSampleData(db)).reports).toBe(0);
    const removed = await removeSampleData(db);
    expect(removed.reports).toBe(70);
    const counts = await tableCounts(db);
    expect(counts).toMatchObject({
      spending_reports: 0,
      spending_lines: 0,
      spending_line_directions: 0,
      spending_current: 0,
      spending_direction_current: 0,
      indicator_results: 0,
      // The seed, its 提前下达 notice (8 rows) and the 自治区 notice (合计 and 昌吉州).
      documents: 3,
      allocations: 18,
    });
  });
});

describe('sample filing dates', () => {
  it('files each month in its last week, except 玛纳斯县 in August', async () => {
    const db = await testDb();
    await addSampleData(db);
    const rows = await allRows<{ name: string; month: number; version: number; at: string }>(
      db,
      sql`select r.name, s.month, s.version, s.created_at as at from spending_reports s
          join regions r on r.id = s.region_id order by s.id`,
    );
    const late = rows.filter((r) => r.version === 1 && Number(r.at.slice(5, 7)) !== r.month);
    expect(late.map((r) => [r.name, r.month])).toEqual([['玛纳斯县', 8]]);
    expect(rows.every((r) => r.at.startsWith('2022-'))).toBe(true);
  });
});
