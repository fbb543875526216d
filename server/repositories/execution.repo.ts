/**
 * The aggregate reads behind every execution figure. Each is one GROUP BY over a region
 * subtree (a prefix of the materialised path, which uses the path index: db/dialect.ts), whatever the number
 * of regions; the service folds the per-region rows into the tree.
 */
import { allRows } from '../db/sql-rows.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { underPath } from '../db/dialect.ts';
import type { DirectionCode } from '../domain/directions.ts';
import type { Fen } from '../domain/money.ts';

/** Which funds count: those of a year, optionally of one program or one document. */
export interface FundFilter {
  year: number;
  programId?: number | null;
  documentId?: number | null;
}

function fundConditions(filter: FundFilter): SQL {
  const parts = [sql`r.year = ${filter.year}`];
  if (filter.programId != null) parts.push(sql`d.program_id = ${filter.programId}`);
  if (filter.documentId != null) parts.push(sql`d.id = ${filter.documentId}`);
  return sql.join(parts, sql` and `);
}

/** The regions (alias g) of a subtree. */
const under = (db: Db, rootPath: string) => underPath(db, 'g.path', rootPath);

/**
 * All funds of a year: the per-region totals (db/schema/rollups.ts) hold the answer, one row
 * per region instead of one per region and fund. A program or a notice reads the finer tables.
 */
const allFunds = (filter: FundFilter) => filter.programId == null && filter.documentId == null;

/** Allocations of the documents' current revisions, with their document and region. */
const CURRENT_ALLOCATIONS = sql`
    from allocations a
    join documents d on d.current_revision_id = a.revision_id
    join document_revisions r on r.id = a.revision_id
    join regions g on g.id = a.region_id`;

/** The latest versions' figures (a rollup table), with their document's current revision and region. */
const currentFigures = (table: 'spending_current' | 'spending_direction_current') => sql`
    from ${sql.raw(table)} c
    join documents d on d.id = c.document_id
    join document_revisions r on r.id = d.current_revision_id
    join regions g on g.id = c.region_id`;

export interface RegionAmount {
  regionId: number;
  path: string;
  amount: Fen;
}

/** Annual allocation per region with an allocation of its own (subtotal rows excluded). */
export async function allocatedByRegion(
  db: Db,
  rootPath: string,
  filter: FundFilter,
): Promise<RegionAmount[]> {
  if (allFunds(filter)) {
    return await allRows<RegionAmount>(
      db,
      sql`
      select t.region_id as "regionId", g.path as path, t.allocated as amount
      from allocation_region_totals t join regions g on g.id = t.region_id
      where t.year = ${filter.year} and t.allocations > 0 and ${under(db, rootPath)}`,
    );
  }
  if (filter.documentId == null) {
    // One fund-year: the money counted at each region by the chain (fund_year_regions).
    return await allRows<RegionAmount>(
      db,
      sql`
      select f.region_id as "regionId", g.path as path, f.counted as amount
      from fund_year_regions f join regions g on g.id = f.region_id
      where f.year = ${filter.year} and f.program_id = ${filter.programId} and f.counted <> 0
        and ${under(db, rootPath)}`,
    );
  }
  // One notice: its own table, which counts nothing twice (subtotal rows excluded).
  return await allRows<RegionAmount>(
    db,
    sql`
    select a.region_id as "regionId", g.path as path, sum(a.annual_total) as amount
    ${CURRENT_ALLOCATIONS}
    where a.is_subtotal = false and ${under(db, rootPath)} and ${fundConditions(filter)}
    group by a.region_id, g.path`,
  );
}

/** Cumulative spending per region that reported for the month (latest versions only). */
export async function spentByRegion(
  db: Db,
  rootPath: string,
  filter: FundFilter,
  month: number,
): Promise<RegionAmount[]> {
  if (allFunds(filter)) {
    return await allRows<RegionAmount>(
      db,
      sql`
      select t.region_id as "regionId", g.path as path, t.spent as amount
      from spending_region_totals t join regions g on g.id = t.region_id
      where t.year = ${filter.year} and t.month = ${month} and ${under(db, rootPath)}`,
    );
  }
  return await allRows<RegionAmount>(
    db,
    sql`
    select c.region_id as "regionId", g.path as path, sum(c.spent) as amount
    ${currentFigures('spending_current')}
    where c.year = ${filter.year} and c.month = ${month} and ${under(db, rootPath)} and ${fundConditions(filter)}
    group by c.region_id, g.path`,
  );
}

/** Spending per month for months 1..`month`, and how many regions it covers: the trend. */
export async function spentByMonth(
  db: Db,
  rootPath: string,
  filter: FundFilter,
  month: number,
): Promise<{ month: number; amount: Fen; regions: number }[]> {
  if (allFunds(filter)) {
    return await allRows(
      db,
      sql`
      select t.month as month, sum(t.spent) as amount, count(*) as regions
      from spending_region_totals t join regions g on g.id = t.region_id
      where t.year = ${filter.year} and t.month <= ${month} and ${under(db, rootPath)}
      group by t.month`,
    );
  }
  return await allRows(
    db,
    sql`
    select c.month as month, sum(c.spent) as amount, count(distinct c.region_id) as regions
    ${currentFigures('spending_current')}
    where c.year = ${filter.year} and c.month <= ${month} and ${under(db, rootPath)} and ${fundConditions(filter)}
    group by c.month`,
  );
}

export async function spentByDirection(
  db: Db,
  rootPath: string,
  filter: FundFilter,
  month: number,
): Promise<{ direction: DirectionCode; amount: Fen }[]> {
  return await allRows(
    db,
    sql`
    -- From the subtree's regions (SQLite keeps a CROSS JOIN's order): not every direction row
    -- of the month in the country (12 → 4 ms for a province at national scale).
    select c.direction as direction, sum(c.spent) as amount
    from regions g cross join spending_direction_current c
    join documents d on d.id = c.document_id
    join document_revisions r on r.id = d.current_revision_id
    where c.region_id = g.id
      and c.year = ${filter.year} and c.month = ${month} and ${under(db, rootPath)} and ${fundConditions(filter)}
    group by c.direction`,
  );
}

export async function allocatedByProgram(
  db: Db,
  rootPath: string,
  filter: FundFilter,
): Promise<{ programId: number; amount: Fen }[]> {
  if (filter.documentId == null) {
    return await allRows(
      db,
      sql`
      select f.program_id as "programId", sum(f.counted) as amount
      from fund_year_regions f join regions g on g.id = f.region_id
      where f.year = ${filter.year} and ${under(db, rootPath)}
      ${filter.programId == null ? sql`` : sql`and f.program_id = ${filter.programId}`}
      group by f.program_id`,
    );
  }
  return await allRows(
    db,
    sql`
    select d.program_id as "programId", sum(a.annual_total) as amount
    ${CURRENT_ALLOCATIONS}
    where a.is_subtotal = false and ${under(db, rootPath)} and ${fundConditions(filter)}
    group by d.program_id`,
  );
}

export async function spentByProgram(
  db: Db,
  rootPath: string,
  filter: FundFilter,
  month: number,
): Promise<{ programId: number; amount: Fen }[]> {
  return await allRows(
    db,
    sql`
    select d.program_id as "programId", sum(c.spent) as amount
    ${currentFigures('spending_current')}
    where c.year = ${filter.year} and c.month = ${month} and ${under(db, rootPath)} and ${fundConditions(filter)}
    group by d.program_id`,
  );
}

export interface LaggingLine {
  regionId: number;
  reportId: number;
  documentNumber: string;
  amount: Fen;
  spent: Fen;
  reason: string | null;
  measures: string | null;
  measuresDueOn: string | null;
}

/** Current lines whose spending is behind `month`/12 of their amount. */
export async function laggingLines(
  db: Db,
  rootPath: string,
  year: number,
  month: number,
): Promise<LaggingLine[]> {
  return await allRows<LaggingLine>(
    db,
    sql`
    select c.region_id as "regionId", c.report_id as "reportId", d.number as "documentNumber",
           l.amount as amount, l.spent as spent, l.reason as reason, l.measures as measures,
           l.measures_due_on as "measuresDueOn"
    from spending_current c
    join spending_lines l on l.report_id = c.report_id and l.document_id = c.document_id
    join documents d on d.id = c.document_id
    join regions g on g.id = c.region_id
    where c.year = ${year} and c.month = ${month} and ${under(db, rootPath)}
      and c.spent * 12 < c.amount * ${month}
    order by g.path, d.number`,
  );
}
