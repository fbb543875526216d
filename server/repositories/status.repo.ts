/** What the database holds, for the dashboard's defaults and its sample-data mark. */
import { allRows, firstRow } from '../db/sql-rows.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';

export async function latestReportedPeriod(
  db: Db,
): Promise<{ year: number; month: number } | null> {
  return (
    (await firstRow<{ year: number; month: number } | undefined>(
      db,
      sql`
      select year, month from spending_current order by year desc, month desc limit 1`,
    )) ?? null
  );
}

export async function documentYears(db: Db): Promise<number[]> {
  return (
    await allRows<{ year: number }>(
      db,
      sql`
      select distinct r.year as year from documents d
      join document_revisions r on r.id = d.current_revision_id order by r.year desc`,
    )
  ).map((r) => r.year);
}

export async function hasSampleData(db: Db): Promise<boolean> {
  // A boolean: 0/1 from SQLite, false/true from PostgreSQL.
  const row = await firstRow<{ found: number | boolean }>(
    db,
    sql`
    select (exists(select 1 from spending_reports where is_sample = true)
         or exists(select 1 from indicator_results where is_sample = true)) as found`,
  );
  return !!row?.found;
}
