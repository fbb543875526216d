/**
 * The aggregate reads behind every execution figure. Each is one GROUP BY over a region
 * subtree (a prefix of the materialised path, which uses the path index: db/dialect.ts), whatever the number
 * of regions; the service folds the per-region rows into the tree.
 */
import { allRows } from '../db/sql-rows.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { underPath, valuesList } from '../db/dialect.ts';
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

/** What a region's whole subtree adds up to, for all funds of a year (db/schema/rollups.ts). */
export interface SubtreeFigures {
  regionId: number;
  allocated: Fen;
  expected: number;
  spent: Fen;
  reported: number;
  reportedAllocated: Fen;
}

const SUBTREE_NUMBERS = sql.raw(`
      t.allocated as allocated, t.expected as expected, t.spent as spent,
      t.reported as reported, t.reported_allocated as "reportedAllocated"`);
const SUBTREE_FIGURES = sql`t.region_id as "regionId", ${SUBTREE_NUMBERS}`;

/** The subtree figures of the given regions for one month (a row per region that has any). */
export async function subtreeFiguresOf(
  db: Db,
  regionIds: readonly number[],
  year: number,
  month: number,
): Promise<SubtreeFigures[]> {
  if (regionIds.length === 0) return [];
  return await allRows<SubtreeFigures>(
    db,
    sql`
    select ${SUBTREE_FIGURES} from execution_subtree_totals t
    where t.year = ${year} and t.month = ${month} and t.region_id in ${valuesList(db, regionIds)}`,
  );
}

/**
 * The subtree figures of every region of a level inside a subtree (the root included at its
 * level) that has money counted in it, by region id. Figures only: a national list of 2,850
 * counties costs more in region columns turned into objects than in the read, and a page
 * shows 20 of them (regions.repo.ts `regionsByIds`).
 */
export async function subtreeFiguresAtLevel(
  db: Db,
  rootPath: string,
  level: string,
  year: number,
  month: number,
): Promise<SubtreeFigures[]> {
  return await allRows<SubtreeFigures>(
    db,
    sql`
    select ${SUBTREE_FIGURES} ${levelRows(db, { rootPath, level, year, month }, sql`true`)}
    order by g.id`,
  );
}

/** A level of a subtree, for one month. */
interface LevelAt {
  rootPath: string;
  level: string;
  year: number;
  month: number;
}

/**
 * The subtree rows (alias t) of a level's regions (alias g) with money counted in them, and
 * `which` of them: from the subtree's regions, as every list of a level reads them.
 */
const levelRows = (db: Db, at: LevelAt, which: SQL) => sql`
    from regions g cross join execution_subtree_totals t
    where t.region_id = g.id and t.year = ${at.year} and t.month = ${at.month} and t.expected > 0
      and g.level = ${at.level} and ${under(db, at.rootPath)} and ${which}`;

/** Which regions of a level a page lists, in which order (services/execution.service.ts). */
export type LevelOrder = { kind: 'lagging'; includeNotReported: boolean } | { kind: 'unspent' };

/**
 * One page of a level's regions by their subtree figures, ordered and counted in SQL, so a
 * national list reads 20 rows, not 2,850: `lagging` — behind the benchmark (spent·12 <
 * allocated·month, exact integers), those that have not reported first, then by progress
 * (spent / allocated, the same double division as the service's); `unspent` — largest first,
 * those without a report last. Ties by region id. The service's `lagging` and `byUnspent` say
 * the same for lists folded in code; a test holds the two to the same answers.
 */
export async function subtreeFiguresPage(
  db: Db,
  at: LevelAt,
  order: LevelOrder,
  window: { offset: number; limit: number },
): Promise<{ totalCount: number; rows: SubtreeFigures[] }> {
  const behind = sql`(t.reported > 0 and t.allocated > 0 and t.spent * 12 < t.allocated * ${at.month})`;
  const which =
    order.kind === 'unspent'
      ? sql`true`
      : order.includeNotReported
        ? sql`(t.reported = 0 or ${behind})`
        : behind;
  const ordering =
    order.kind === 'unspent'
      ? sql`case when t.reported > 0 then t.allocated - t.spent end desc nulls last, g.id`
      : sql`case when t.reported = 0 then -1.0
                 else cast(t.spent as double precision) / t.allocated end, g.id`;
  const rows = await allRows<SubtreeFigures & { totalCount: number }>(
    db,
    sql`
    select ${SUBTREE_FIGURES}, count(*) over () as "totalCount" ${levelRows(db, at, which)}
    order by ${ordering}
    limit ${window.limit} offset ${window.offset}`,
  );
  return {
    totalCount: rows[0]?.totalCount ?? (await countAtLevel(db, at, which)),
    rows: rows.map(({ totalCount: _, ...figures }) => figures),
  };
}

/** The count alone, for a page past the end (the window function counted no row). */
async function countAtLevel(db: Db, at: LevelAt, which: SQL): Promise<number> {
  const rows = await allRows<{ n: number }>(
    db,
    sql`
    select count(*) as n ${levelRows(db, at, which)}`,
  );
  return Number(rows[0]?.n ?? 0);
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
  root: { id: number; path: string },
  filter: FundFilter,
  month: number,
): Promise<{ month: number; amount: Fen; regions: number }[]> {
  const rootPath = root.path;
  if (allFunds(filter)) {
    // The root's own subtree row of each month: what its regions reported.
    return await allRows(
      db,
      sql`
      select t.month as month, t.spent as amount, t.reported as regions
      from execution_subtree_totals t
      where t.region_id = ${root.id} and t.year = ${filter.year} and t.month <= ${month}
        and t.reported > 0`,
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
