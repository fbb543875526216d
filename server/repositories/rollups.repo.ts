/**
 * Keeps the per-region totals (db/schema/rollups.ts) equal to what they sum. Each refresh
 * recomputes the touched rows from the finer tables inside the caller's write transaction, so a
 * total is never out of step with a committed report or notice. Touched keys travel as one
 * parameter (db/dialect.ts): a batch of thousands of reports refreshes in two statements.
 */
import { allRows, runSql } from '../db/sql-rows.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { integerRows, valuesList } from '../db/dialect.ts';

export interface Period {
  regionId: number;
  year: number;
  month: number;
}

/** Recomputes the monthly spending totals of the given regions' months. */
export async function refreshSpendingTotals(db: Db, periods: Period[]): Promise<void> {
  if (periods.length === 0) return;
  // Once each: a batch may file a county's month twice (the second a correction), and a month
  // listed twice would join its current lines twice — spent and lines doubled.
  const distinct = [
    ...new Map(periods.map((p) => [`${p.year}/${p.month}/${p.regionId}`, p])).values(),
  ];
  await refreshRegionSpending(db, distinct);
  await refreshSubtreeTotals(db, distinct);
}

/** Periods as one parameter of (year, month, region_id) rows (db/dialect.ts `integerRows`). */
export const periodKeys = (db: Db, periods: readonly Period[]): SQL =>
  integerRows(
    db,
    ['year', 'month', 'region_id'],
    periods.map((p) => [p.year, p.month, p.regionId]),
  );

async function refreshRegionSpending(db: Db, periods: Period[]): Promise<void> {
  const touched = periodKeys(db, periods);
  await runSql(
    db,
    sql`delete from spending_region_totals where (year, month, region_id) in ${touched}`,
  );
  await runSql(
    db,
    sql`
    insert into spending_region_totals (year, month, region_id, spent, lines)
    select c.year, c.month, c.region_id, sum(c.spent), count(*)
    from ${touched} p
    join spending_current c on c.year = p.year and c.month = p.month and c.region_id = p.region_id
    join documents d on d.id = c.document_id
    join document_revisions r on r.id = d.current_revision_id and r.year = c.year
    group by c.year, c.month, c.region_id`,
  );
}

/** After a notice's revision changed: every month a report counted one of its lines. */
export async function refreshSpendingTotalsOfDocument(db: Db, documentId: number): Promise<void> {
  const periods = await allRows<Period>(
    db,
    sql`
    select distinct region_id as "regionId", year, month from spending_current
    where document_id = ${documentId}`,
  );
  await refreshSpendingTotals(db, periods);
}

/**
 * Recomputes the yearly allocation totals of the given regions (every year) from the
 * allocation chain (fund_year_regions, refreshed first by services/fund-year-chain.service.ts):
 * the money counted at each region, so a subtree sum counts every yuan once.
 */
export async function refreshAllocationTotals(db: Db, regionIds: number[]): Promise<void> {
  if (regionIds.length === 0) return;
  const ids = valuesList(db, regionIds);
  // Every month of every year the regions had or now have money in moves with the allocation.
  const before = await allocationYears(db, ids);
  await runSql(db, sql`delete from allocation_region_totals where region_id in ${ids}`);
  await runSql(
    db,
    sql`
    insert into allocation_region_totals (year, region_id, allocated, allocations)
    select f.year, f.region_id, sum(f.counted), count(case when f.counted <> 0 then 1 end)
    from fund_year_regions f
    where f.region_id in ${ids}
    group by f.year, f.region_id
    having count(case when f.counted <> 0 then 1 end) > 0`,
  );
  const years = [...new Set([...before, ...(await allocationYears(db, ids))])];
  await refreshSubtreeTotals(
    db,
    regionIds.flatMap((regionId) => years.flatMap((year) => wholeYear(regionId, year))),
  );
}

async function allocationYears(db: Db, ids: SQL): Promise<number[]> {
  const rows = await allRows<{ year: number }>(
    db,
    sql`select distinct year from allocation_region_totals where region_id in ${ids}`,
  );
  return rows.map((r) => r.year);
}

const wholeYear = (regionId: number, year: number): Period[] =>
  Array.from({ length: 12 }, (_, i) => ({ regionId, year, month: i + 1 }));

export async function allocationRegionIds(db: Db, revisionId: number): Promise<number[]> {
  return (
    await allRows<{ id: number }>(
      db,
      sql`select region_id as id from allocations where revision_id = ${revisionId}`,
    )
  ).map((r) => r.id);
}

/**
 * Recomputes the subtree totals (db/schema/rollups.ts) of the given regions and every ancestor
 * of theirs, for the given months, after their per-region totals changed: level by level from
 * the deepest up, each row its own totals plus its children's rows, so a filing rewrites one
 * row per level of its county's path. Set-based per level: a batch of a whole country's
 * reports is one statement pair per level.
 */
export async function refreshSubtreeTotals(db: Db, periods: Period[]): Promise<void> {
  if (periods.length === 0) return;
  const paths = await regionPaths(db, [...new Set(periods.map((p) => p.regionId))]);
  const byDepth = new Map<number, Map<string, readonly number[]>>();
  for (const p of periods) {
    const ancestors = paths.get(p.regionId) ?? [p.regionId];
    ancestors.forEach((regionId, depth) => {
      const level = byDepth.get(depth) ?? new Map<string, readonly number[]>();
      level.set(`${p.year}/${p.month}/${regionId}`, [p.year, p.month, regionId]);
      byDepth.set(depth, level);
    });
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => b - a)) {
    const keys = integerRows(db, ['year', 'month', 'region_id'], [...byDepth.get(depth)!.values()]);
    await runSql(
      db,
      sql`delete from execution_subtree_totals where (year, month, region_id) in ${keys}`,
    );
    await runSql(db, refreshSubtreeRows(keys));
  }
}

/**
 * The keys' rows: own per-region totals plus the children's subtree rows (already current).
 * The keys' children are found first (a materialised CTE, on both engines): left to plan the
 * whole join, PostgreSQL matched the keys with every row of their months before the children
 * (80 ms for 96 keys at national scale) and SQLite scanned the month per key.
 */
const refreshSubtreeRows = (keys: SQL) => sql`
    with children as materialized (
      select k.year as year, k.month as month, k.region_id as region_id, c.id as child
      from ${keys} k cross join regions c
      where c.parent_id = k.region_id
    )
    insert into execution_subtree_totals
      (year, month, region_id, allocated, expected, spent, reported, reported_allocated)
    select year, month, region_id, sum(allocated), sum(expected), sum(spent), sum(reported),
           sum(reported_allocated)
    from (
      select k.year as year, k.month as month, k.region_id as region_id,
             coalesce(a.allocated, 0) as allocated,
             case when a.region_id is null then 0 else 1 end as expected,
             coalesce(s.spent, 0) as spent,
             case when s.region_id is null then 0 else 1 end as reported,
             case when s.region_id is null then 0 else coalesce(a.allocated, 0) end
               as reported_allocated
      from ${keys} k
      left join allocation_region_totals a on a.year = k.year and a.region_id = k.region_id
      left join spending_region_totals s
        on s.year = k.year and s.month = k.month and s.region_id = k.region_id
      union all
      select ch.year, ch.month, ch.region_id, t.allocated, t.expected, t.spent, t.reported,
             t.reported_allocated
      from children ch cross join execution_subtree_totals t
      where t.year = ch.year and t.month = ch.month and t.region_id = ch.child
    ) own_and_children
    group by year, month, region_id
    having sum(expected) > 0 or sum(reported) > 0`;

/** Each region's path as ids from the root down to itself (`/1/5/9/` → [1, 5, 9]). */
async function regionPaths(db: Db, ids: number[]): Promise<Map<number, number[]>> {
  const rows = await allRows<{ id: number; path: string }>(
    db,
    sql`select id, path from regions where id in ${valuesList(db, ids)}`,
  );
  return new Map(rows.map((r) => [r.id, r.path.split('/').filter(Boolean).map(Number)]));
}

/** The months a region's subtree has totals for. */
export async function subtreePeriodsOf(db: Db, regionId: number): Promise<Period[]> {
  return await allRows<Period>(
    db,
    sql`
    select region_id as "regionId", year, month from execution_subtree_totals
    where region_id = ${regionId}`,
  );
}

/**
 * Every region and month with a per-region total, when no subtree total exists yet (a database
 * whose per-region totals predate them: migration 0006 adds the table empty); else nothing.
 */
export async function periodsWithoutSubtreeTotals(db: Db): Promise<Period[]> {
  const filled = await allRows(db, sql`select 1 from execution_subtree_totals limit 1`);
  if (filled.length > 0) return [];
  return await allRows<Period>(
    db,
    sql`
    select region_id as "regionId", year, month from spending_region_totals
    union
    select a.region_id, a.year, m.month from allocation_region_totals a
    cross join ${integerRows(db, ['month'], MONTHS)} m`,
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => [i + 1]);
