/**
 * Keeps spending_report_heads (db/schema/report-heads.ts) equal to what it summarises: each
 * refresh recomputes the touched region-months from spending_reports inside the caller's write
 * transaction. Touched keys travel as one parameter (db/dialect.ts), so a batch of thousands of
 * reports refreshes in two statements.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { valuesList } from '../db/dialect.ts';
import { runSql } from '../db/sql-rows.ts';
import { periodKeys, type Period } from './rollups.repo.ts';

/** Recomputes the heads of the given regions' months (none left: the row goes). */
export async function refreshReportHeads(db: Db, periods: Period[]): Promise<void> {
  if (periods.length === 0) return;
  const touched = periodKeys(db, periods);
  await runSql(
    db,
    sql`delete from spending_report_heads where (year, month, region_id) in ${touched}`,
  );
  await runSql(
    db,
    sql`
    insert into spending_report_heads
      (year, month, region_id, report_id, version, submitted_at, first_submitted_at)
    select s.year, s.month, s.region_id, s.id, s.version, s.created_at, h.first_submitted_at
    from (
      select v.year, v.month, v.region_id, max(v.version) as version,
             min(v.created_at) as first_submitted_at
      from ${touched} p
      join spending_reports v on v.year = p.year and v.month = p.month and v.region_id = p.region_id
      group by v.year, v.month, v.region_id
    ) h
    join spending_reports s on s.region_id = h.region_id and s.year = h.year
      and s.month = h.month and s.version = h.version`,
  );
}

/** Drops the heads naming these reports, before the reports themselves are deleted. */
export async function dropReportHeadsOf(db: Db, reportIds: number[]): Promise<void> {
  if (reportIds.length === 0) return;
  await runSql(
    db,
    sql`delete from spending_report_heads where report_id in ${valuesList(db, reportIds)}`,
  );
}
