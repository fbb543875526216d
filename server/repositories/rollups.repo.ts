/**
 * Keeps the per-region totals (db/schema/rollups.ts) equal to what they sum. Each refresh
 * recomputes the touched rows from the finer tables inside the caller's write transaction, so a
 * total is never out of step with a committed report or notice. Touched keys travel as one
 * parameter (db/dialect.ts): a batch of thousands of reports refreshes in two statements.
 */
import { allRows, runSql } from '../db/sql-rows.ts';
import { sql } from 'drizzle-orm';
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
  const touched = integerRows(
    db,
    ['year', 'month', 'region_id'],
    periods.map((p) => [p.year, p.month, p.regionId]),
  );
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
}

export async function allocationRegionIds(db: Db, revisionId: number): Promise<number[]> {
  return (
    await allRows<{ id: number }>(
      db,
      sql`select region_id as id from allocations where revision_id = ${revisionId}`,
    )
  ).map((r) => r.id);
}
