/**
 * The batch write path files what the one-report path files: the same rows, the same current
 * figures, the same versions; one refused report refuses the whole batch.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { allRows } from '../../server/db/sql-rows.ts';
import { fen } from '../../server/domain/money.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { submitSpendingReports } from '../../server/services/spending-batch.service.ts';
import type { SpendingReportInput } from '../../server/services/spending-validation.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';

const NOW = new Date('2026-11-28T08:00:00Z');
const options = { actor: TEST_ACTOR, now: NOW };

const report = (region: string, month: number, spent: number): SpendingReportInput => ({
  region,
  year: 2022,
  month,
  lines: [
    {
      documentNumber: '昌州财社[2022]11号',
      spent: fen(spent),
      directions: [{ direction: 'SUBSISTENCE_ALLOWANCE', spent: fen(spent) }],
    },
  ],
});

const INPUTS = [
  report('昌吉市', 8, 400_000_000),
  report('木垒县', 8, 900_000_000),
  // A correction of the first: a second version, which becomes the current figures.
  report('昌吉市', 8, 500_000_000),
];

async function seeded(): Promise<Db> {
  const db = await testDb();
  await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
  return db;
}

/** Everything the write stored, without ids and timestamps. */
async function stored(db: Db) {
  const q = (text: string) => allRows(db, sql.raw(text));
  return {
    reports: await q(
      'select region_id, year, month, version, submitted_by from spending_reports order by id',
    ),
    lines: await q(
      'select document_id, line_no, amount, spent, reason from spending_lines order by id',
    ),
    directions: await q(
      'select direction, spent from spending_line_directions order by line_id, direction',
    ),
    current: await q(
      `select c.year, c.month, c.region_id, c.document_id, c.amount, c.spent, s.version
       from spending_current c join spending_reports s on s.id = c.report_id
       order by c.region_id, c.month`,
    ),
    currentDirections: await q(
      'select * from spending_direction_current order by region_id, month, document_id, direction',
    ),
  };
}

describe('submitSpendingReports', () => {
  it('stores exactly what one report at a time stores', async () => {
    const one = await seeded();
    for (const input of INPUTS)
      expect((await submitSpendingReport(one, input, options)).errors).toEqual([]);
    const batch = await seeded();
    expect(await submitSpendingReports(batch, INPUTS, options)).toEqual({
      stored: 3,
      lines: 3,
      errors: [],
    });
    expect(await stored(batch)).toEqual(await stored(one));
    expect((await stored(batch)).current).toHaveLength(2);
  });

  it('writes nothing when one report is refused, and names it', async () => {
    const db = await seeded();
    const before = await tableCounts(db);
    const result = await submitSpendingReports(
      db,
      [report('昌吉市', 8, 1), report('昌吉市', 9, 99_999_000_000), report('无此县', 9, 1)],
      options,
    );
    expect(result.errors.map((e) => [e.code, e.field])).toEqual([
      ['SPENT_EXCEEDS_ALLOCATION', 'reports.1.lines.0.spent'],
      ['REGION_NOT_FOUND', 'reports.2.region'],
    ]);
    expect(await tableCounts(db)).toEqual(before);
  });
});
