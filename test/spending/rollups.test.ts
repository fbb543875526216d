/**
 * The per-region totals always equal what they sum, whichever write changed the data: a report,
 * a correction, a batch, a revised notice (other amounts, another year), sample data added and
 * removed.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { allRows } from '../../server/db/sql-rows.ts';
import { fen } from '../../server/domain/money.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { addSampleData, removeSampleData } from '../../server/services/sample-data.service.ts';
import { submitSpendingReports } from '../../server/services/spending-batch.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { noticeText, type NoticeSpec } from '../../scripts/bench/notice-text.ts';
import { testDb, TEST_ACTOR } from '../helpers/db.ts';

const NOW = new Date('2026-11-28T08:00:00Z');
const options = { actor: TEST_ACTOR, now: NOW };
const NUMBER = '金日州财社〔2025〕1号';

const spec = (year: number, wan: number): NoticeSpec => ({
  issuer: '金日州',
  number: NUMBER,
  upstreamNumber: '财社〔2025〕1号',
  fund: '社会救助专项资金',
  year,
  batch: '第一批',
  counties: [
    { name: '安阳一县', early: fen(wan * 1_000_000), thisBatch: fen(0) },
    { name: '宁阳一县', early: fen(2 * wan * 1_000_000), thisBatch: fen(10_000) },
  ],
});

/** The totals as stored, and as summed afresh from the tables they come from. */
async function totals(db: Db) {
  const q = (text: string) => allRows(db, sql.raw(text));
  return {
    stored: {
      spending: await q('select * from spending_region_totals order by year, month, region_id'),
      allocation: await q('select * from allocation_region_totals order by year, region_id'),
    },
    fresh: {
      spending: await q(`
        select c.year, c.month, c.region_id, sum(c.spent) as spent, count(*) as lines
        from spending_current c join documents d on d.id = c.document_id
        join document_revisions r on r.id = d.current_revision_id and r.year = c.year
        group by c.year, c.month, c.region_id order by 1, 2, 3`),
      // The money counted at each region by the chain (test/chain checks the chain itself
      // against a fresh computation and against the notices' figures).
      allocation: await q(`
        select year, region_id, sum(counted) as allocated,
               count(case when counted <> 0 then 1 end) as allocations
        from fund_year_regions group by year, region_id
        having count(case when counted <> 0 then 1 end) > 0
        order by 1, 2`),
    },
  };
}

async function expectInStep(db: Db) {
  const { stored, fresh } = await totals(db);
  expect(stored).toEqual(fresh);
  return stored;
}

const report = (region: string, month: number, spent: number) => ({
  region,
  year: 2025,
  month,
  lines: [{ documentNumber: NUMBER, spent: fen(spent) }],
});

describe('region totals', () => {
  it('follow reports, corrections, batches and revised notices', async () => {
    const db = await testDb();
    await importNotice(db, {
      text: noticeText(spec(2025, 100)),
      sourceName: 'a',
      actor: TEST_ACTOR,
    });
    expect((await expectInStep(db)).allocation).toHaveLength(2);

    expect(
      (await submitSpendingReport(db, report('安阳一县', 1, 5_000_000), options)).errors,
    ).toEqual([]);
    expect(
      (await submitSpendingReport(db, report('安阳一县', 2, 9_000_000), options)).errors,
    ).toEqual([]);
    const batch = await submitSpendingReports(
      db,
      [report('宁阳一县', 1, 7_000_000), report('安阳一县', 2, 8_000_000)],
      options,
    );
    expect(batch.errors).toEqual([]);
    const stored = await expectInStep(db);
    expect(stored.spending.map((r) => (r as { spent: number }).spent)).toEqual([
      5_000_000, 7_000_000, 8_000_000,
    ]);

    // Other amounts, then another year: the 2025 reports no longer count.
    await importNotice(db, {
      text: noticeText(spec(2025, 150)),
      sourceName: 'b',
      actor: TEST_ACTOR,
    });
    await expectInStep(db);
    await importNotice(db, {
      text: noticeText(spec(2026, 150)),
      sourceName: 'c',
      actor: TEST_ACTOR,
    });
    const moved = await expectInStep(db);
    expect(moved.spending).toEqual([]);
    expect(moved.allocation.map((r) => (r as { year: number }).year)).toEqual([2026, 2026]);
  });

  it('follow sample data added and removed', async () => {
    const db = await testDb();
    await addSampleData(db);
    expect((await expectInStep(db)).spending.length).toBeGreaterThan(10);
    await removeSampleData(db);
    expect((await expectInStep(db)).spending).toEqual([]);
  });
});
