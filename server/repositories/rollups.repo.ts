/**
 * Keeps the per-region totals (db/schema/rollups.ts) equal to what they sum. Each refresh
 * recomputes the touched rows from the finer tables inside the caller's write transaction, so a
 * total is never out of step with a committed report or notice. Touched keys travel as one
 * JSON parameter: a batch of thousands of reports refreshes in two statements.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';

export interface Period {
  regionId: number;
  year: number;
  month: number;
}

/** Recomputes the monthly spending totals of the given regions' months. */
export function refreshSpendingTotals(db: Db, periods: Period[]): void {
  if (periods.length === 0) return;
  const keys = JSON.stringify(periods.map((p) => [p.year, p.month, p.regionId]));
  const touched = sql`(select value ->> 0 as year, value ->> 1 as month, value ->> 2 as region_id
                       from json_each(${keys}))`;
  db.run(sql`delete from spending_region_totals where (year, month, region_id) in ${touched}`);
  db.run(sql`
    insert into spending_region_totals (year, month, region_id, spent, lines)
    select c.year, c.month, c.region_id, sum(c.spent), count(*)
    from ${touched} p
    join spending_current c on c.year = p.year and c.month = p.month and c.region_id = p.region_id
    join documents d on d.id = c.document_id
    join document_revisions r on r.id = d.current_revision_id and r.year = c.year
    group by c.year, c.month, c.region_id`);
}

/** After a notice's revision changed: every month a report counted one of its lines. */
export function refreshSpendingTotalsOfDocument(db: Db, documentId: number): void {
  const periods = db.all<Period>(sql`
    select distinct region_id as regionId, year, month from spending_current
    where document_id = ${documentId}`);
  refreshSpendingTotals(db, periods);
}

/**
 * Recomputes the yearly allocation totals of the given regions (every year) from the
 * allocation chain (fund_year_regions, refreshed first by services/fund-year-chain.service.ts):
 * the money counted at each region, so a subtree sum counts every yuan once.
 */
export function refreshAllocationTotals(db: Db, regionIds: number[]): void {
  if (regionIds.length === 0) return;
  const ids = sql`(select value from json_each(${JSON.stringify([...new Set(regionIds)])}))`;
  db.run(sql`delete from allocation_region_totals where region_id in ${ids}`);
  db.run(sql`
    insert into allocation_region_totals (year, region_id, allocated, allocations)
    select f.year, f.region_id, sum(f.counted), sum(f.counted <> 0)
    from fund_year_regions f
    where f.region_id in ${ids}
    group by f.year, f.region_id
    having sum(f.counted <> 0) > 0`);
}

export function allocationRegionIds(db: Db, revisionId: number): number[] {
  return db
    .all<{ id: number }>(
      sql`select region_id as id from allocations where revision_id = ${revisionId}`,
    )
    .map((r) => r.id);
}
