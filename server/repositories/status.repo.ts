/** What the database holds, for the dashboard's defaults and its sample-data mark. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';

export function latestReportedPeriod(db: Db): { year: number; month: number } | null {
  return (
    db.get<{ year: number; month: number } | undefined>(sql`
      select year, month from spending_current order by year desc, month desc limit 1`) ?? null
  );
}

export function documentYears(db: Db): number[] {
  return db
    .all<{ year: number }>(
      sql`
      select distinct r.year as year from documents d
      join document_revisions r on r.id = d.current_revision_id order by r.year desc`,
    )
    .map((r) => r.year);
}

export function hasSampleData(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`
    select (exists(select 1 from spending_reports where is_sample = 1)
         or exists(select 1 from indicator_results where is_sample = 1)) as n`);
  return row?.n === 1;
}
