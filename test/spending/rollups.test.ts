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
import { sqlRun, testDb, TEST_ACTOR } from '../helpers/db.ts';
import { fillSubtreeTotalsIfEmpty } from '../../server/services/subtree-totals.service.ts';
import { chainNotice } from '../chain/chain-notices.ts';

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

type Row = Record<string, number>;

/**
 * Every region's subtree figures summed afresh from the per-region totals, by path prefix (the
 * writes build them bottom-up from children's rows instead): a row per region and month where
 * something under it was allocated or reported, with the allocation in every month of its year.
 */
async function freshSubtreeTotals(db: Db): Promise<Row[]> {
  const q = (text: string) => allRows<Row & { path?: string }>(db, sql.raw(text));
  const regions = (await q('select id, path from regions')) as unknown as {
    id: number;
    path: string;
  }[];
  const allocated = await q('select year, region_id, allocated from allocation_region_totals');
  const spent = await q('select year, month, region_id, spent from spending_region_totals');
  const rows = new Map<string, Row>();
  const rowOf = (year: number, month: number, regionId: number) => {
    const key = `${year}/${month}/${regionId}`;
    const row = rows.get(key) ?? {
      year,
      month,
      region_id: regionId,
      allocated: 0,
      expected: 0,
      spent: 0,
      reported: 0,
      reported_allocated: 0,
    };
    rows.set(key, row);
    return row;
  };
  for (const g of regions) {
    const under = new Set(regions.filter((r) => r.path.startsWith(g.path)).map((r) => r.id));
    for (const a of allocated.filter((a) => under.has(a.region_id!))) {
      for (let month = 1; month <= 12; month++) {
        const row = rowOf(a.year!, month, g.id);
        row.allocated! += a.allocated!;
        row.expected!++;
        const reported = spent.some(
          (s) => s.region_id === a.region_id && s.year === a.year && s.month === month,
        );
        if (reported) row.reported_allocated! += a.allocated!;
      }
    }
    for (const s of spent.filter((s) => under.has(s.region_id!))) {
      const row = rowOf(s.year!, s.month!, g.id);
      row.spent! += s.spent!;
      row.reported!++;
    }
  }
  const key = (r: Row) => [r.year!, r.month!, r.region_id!];
  return [...rows.values()].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
}

async function prefectureRows(db: Db) {
  return await allRows<Row>(
    db,
    sql`select t.month, t.allocated, t.expected, t.spent, t.reported, t.reported_allocated
        from execution_subtree_totals t join regions g on g.id = t.region_id
        where g.name = '金日州' and t.year = 2025 order by t.month`,
  );
}

async function expectInStep(db: Db) {
  const { stored, fresh } = await totals(db);
  expect(stored).toEqual(fresh);
  const subtree = await allRows(
    db,
    sql`select * from execution_subtree_totals order by year, month, region_id`,
  );
  expect(subtree).toEqual(await freshSubtreeTotals(db));
  return { ...stored, subtree: subtree as Row[] };
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
    // The prefecture's row, by hand: 100 万 + (200 万 + 100 元) allocated; January both
    // counties filed (5 + 7 万), February 安阳一县 alone (its batch figure, 8 万, replaced 9 万).
    const prefecture = await prefectureRows(db);
    expect(prefecture.map(({ month, ...figures }) => ({ month, ...figures }))).toEqual([
      ...[1, 2].map((month) => ({
        month,
        allocated: 300_010_000,
        expected: 2,
        spent: month === 1 ? 12_000_000 : 8_000_000,
        reported: month === 1 ? 2 : 1,
        reported_allocated: month === 1 ? 300_010_000 : 100_000_000,
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        month: i + 3,
        allocated: 300_010_000,
        expected: 2,
        spent: 0,
        reported: 0,
        reported_allocated: 0,
      })),
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

  it('count a county-month once when a batch files it twice (the second a correction)', async () => {
    const db = await testDb();
    await importNotice(db, {
      text: noticeText(spec(2025, 100)),
      sourceName: 'a',
      actor: TEST_ACTOR,
    });
    const batch = await submitSpendingReports(
      db,
      [
        report('安阳一县', 3, 4_000_000),
        report('宁阳一县', 3, 1_000_000),
        report('安阳一县', 3, 6_000_000),
      ],
      options,
    );
    expect(batch.errors).toEqual([]);
    await expectInStep(db);
    // March by hand: 安阳一县's correction (6 万) replaces its first figure, plus 宁阳一县's 1 万.
    const march = (await prefectureRows(db)).find((r) => r.month === 3);
    expect(march).toMatchObject({ spent: 7_000_000, reported: 2 });
  });

  it('follow a prefecture placed under the province whose notice came after its own', async () => {
    const db = await testDb();
    const notice = { year: 2025, batch: '第一批', issuedOn: '2025-01-10' };
    const prefecture = chainNotice({
      ...notice,
      issuer: '金日州',
      number: NUMBER,
      upstreamNumber: '财社〔2025〕1号',
      rows: [
        ['安阳一县', 100],
        ['宁阳一县', 200.01],
      ],
    });
    await importNotice(db, { text: prefecture, sourceName: 'a', actor: TEST_ACTOR });
    const batch = await submitSpendingReports(
      db,
      [report('安阳一县', 1, 5_000_000), report('宁阳一县', 1, 7_000_000)],
      options,
    );
    expect(batch.errors).toEqual([]);
    await expectInStep(db);
    // The province passes the prefecture's 300.01 万元 on: 金日州 moves under 金日省.
    const province = chainNotice({
      ...notice,
      issuer: '金日省',
      number: '财社〔2025〕1号',
      upstreamNumber: '财社〔2024〕99号',
      rows: [['金日州', 300.01]],
    });
    await importNotice(db, { text: province, sourceName: 'p', actor: TEST_ACTOR });
    await expectInStep(db);
    const [january] = await allRows<Row>(
      db,
      sql`select t.allocated, t.expected, t.spent, t.reported from execution_subtree_totals t
          join regions g on g.id = t.region_id
          where g.name = '金日省' and t.year = 2025 and t.month = 1`,
    );
    expect(january).toEqual({
      allocated: 300_010_000,
      expected: 2,
      spent: 12_000_000,
      reported: 2,
    });
  });

  it('are filled at start for a database written before they existed', async () => {
    const db = await testDb();
    await addSampleData(db);
    const kept = (await expectInStep(db)).subtree;
    expect(kept.length).toBeGreaterThan(12);
    await sqlRun(db, 'delete from execution_subtree_totals');
    await fillSubtreeTotalsIfEmpty(db);
    expect((await expectInStep(db)).subtree).toEqual(kept);
  });

  it('follow sample data added and removed', async () => {
    const db = await testDb();
    await addSampleData(db);
    expect((await expectInStep(db)).spending.length).toBeGreaterThan(10);
    await removeSampleData(db);
    expect((await expectInStep(db)).spending).toEqual([]);
  });
});
