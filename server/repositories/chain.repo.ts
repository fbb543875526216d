/** Reads and writes of the allocation chain (db/schema/chain.ts). */
import { allRows, firstRow, runSql } from '../db/sql-rows.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { booleanSql, underPath, valuesList } from '../db/dialect.ts';
import type { ChainRow, RegionChainFigures } from '../domain/allocation-chain.ts';
import type { Fen } from '../domain/money.ts';
import type { RegionRow } from './regions.repo.ts';

const ROW_COLUMNS = sql`
  a.region_id as "regionId", g.parent_id as "parentId", d.id as "documentId", d.number as number,
  r.year as year, r.batch as batch, r.issued_on as "issuedOn", r.upstream_number as "upstreamNumber",
  a.annual_total as "annualTotal", a.early_advance as "earlyAdvance",
  a.prior_batches as "priorBatches", a.this_batch as "thisBatch",
  a.is_subtotal as "isSubtotal", a.is_own_use as "isOwnUse"`;

const CURRENT = sql`
  from allocations a
  join documents d on d.current_revision_id = a.revision_id
  join document_revisions r on r.id = a.revision_id
  join regions g on g.id = a.region_id`;

/** Booleans come back as 0/1 from SQLite and as true/false from PostgreSQL. */
type RawRow = Omit<ChainRow, 'isSubtotal' | 'isOwnUse'> & {
  isSubtotal: number | boolean;
  isOwnUse: number | boolean;
};
const asRow = (r: RawRow): ChainRow => ({
  ...r,
  isSubtotal: !!r.isSubtotal,
  isOwnUse: !!r.isOwnUse,
});

/** The fund-years (programs) with current rows for these regions, or chain rows already. */
export async function programsTouching(db: Db, regionIds: number[]): Promise<number[]> {
  return (
    await allRows<{ id: number }>(
      db,
      sql`select d.program_id as id from allocations a
          join documents d on d.current_revision_id = a.revision_id
          where a.region_id in ${valuesList(db, regionIds)}
          union select program_id from fund_year_regions where region_id in ${valuesList(db, regionIds)}`,
    )
  ).map((r) => r.id);
}

/** Current rows of a fund-year for the regions and their children. */
export async function chainRows(
  db: Db,
  programId: number,
  regionIds: number[],
): Promise<ChainRow[]> {
  return (
    await allRows<RawRow>(
      db,
      sql`select ${ROW_COLUMNS} ${CURRENT}
          where d.program_id = ${programId}
            and (a.region_id in ${valuesList(db, regionIds)} or g.parent_id in ${valuesList(db, regionIds)})`,
    )
  ).map(asRow);
}

/** Current rows of a year's fund-years for the regions (and their children when asked). */
export async function yearRows(
  db: Db,
  year: number,
  regionIds: number[],
  programId: number | null,
): Promise<(ChainRow & { programId: number })[]> {
  return (
    await allRows<RawRow & { programId: number }>(
      db,
      sql`select ${ROW_COLUMNS}, d.program_id as "programId" ${CURRENT}
          where r.year = ${year} and a.region_id in ${valuesList(db, regionIds)}
          ${programId === null ? sql`` : sql`and d.program_id = ${programId}`}`,
    )
  ).map((r) => ({ ...asRow(r), programId: r.programId }));
}

export async function replaceChainFigures(
  db: Db,
  programId: number,
  year: number,
  regionIds: number[],
  figures: RegionChainFigures[],
): Promise<void> {
  await runSql(
    db,
    sql`delete from fund_year_regions where program_id = ${programId} and region_id in ${valuesList(db, regionIds)}`,
  );
  for (const f of figures) {
    if (f.received === null && !f.hasOwnNotice) continue;
    await runSql(
      db,
      sql`insert into fund_year_regions
      (program_id, region_id, year, received, passed_down, kept, counted, has_own_notice)
      values (${programId}, ${f.regionId}, ${year}, ${f.received}, ${f.passedDown}, ${f.kept},
              ${f.counted}, ${booleanSql(f.hasOwnNotice)})`,
    );
  }
}

export async function programYear(db: Db, programId: number): Promise<number> {
  return (
    (await firstRow<{ year: number }>(db, sql`select year from programs where id = ${programId}`))
      ?.year ?? 0
  );
}

export interface StoredChainFigures {
  programId: number;
  regionId: number;
  path: string;
  received: number | null;
  passedDown: number;
  kept: number;
  counted: number;
  hasOwnNotice: boolean;
}

type RawFigures = Omit<StoredChainFigures, 'hasOwnNotice'> & { hasOwnNotice: number | boolean };
const asFigures = (f: RawFigures): StoredChainFigures => ({ ...f, hasOwnNotice: !!f.hasOwnNotice });

/** The stored chain figures of every region under a path, for a year (and a program). */
export async function chainFiguresUnder(
  db: Db,
  rootPath: string,
  year: number,
  programId: number | null,
): Promise<StoredChainFigures[]> {
  const rows = await allRows<RawFigures>(
    db,
    sql`
    select f.program_id as "programId", f.region_id as "regionId", g.path as path,
           f.received as received, f.passed_down as "passedDown", f.kept as kept,
           f.counted as counted, f.has_own_notice as "hasOwnNotice"
    from fund_year_regions f join regions g on g.id = f.region_id
    where f.year = ${year} and ${underPath(db, 'g.path', rootPath)}
    ${programId === null ? sql`` : sql`and f.program_id = ${programId}`}`,
  );
  return rows.map(asFigures);
}

/** Every program that has allocations: to fill the chain of a database made before it. */
export async function programsWithAllocations(db: Db): Promise<number[]> {
  return (
    await allRows<{ id: number }>(
      db,
      sql`select distinct d.program_id as id from documents d where d.current_revision_id is not null`,
    )
  ).map((r) => r.id);
}

export async function regionsOfProgram(db: Db, programId: number): Promise<number[]> {
  return (
    await allRows<{ id: number }>(
      db,
      sql`select distinct g.id as id ${CURRENT} where d.program_id = ${programId}
          union select g.parent_id ${CURRENT} where d.program_id = ${programId} and g.parent_id is not null`,
    )
  ).map((r) => r.id);
}

/** Whether money is counted at the region itself (its 本级 or 未分配, or a county's allocation). */
export async function hasCountedMoney(db: Db, regionId: number): Promise<boolean> {
  return !!(await firstRow(
    db,
    sql`select 1 from allocation_region_totals where region_id = ${regionId} and allocations > 0 limit 1`,
  ));
}

export interface ChainTotals {
  regionId: number;
  /** Null when no fund-year has an upstream notice imported for the region. */
  received: number | null;
  passedDown: number;
  kept: number;
  hasOwnNotice: boolean;
}

/**
 * The stored chain figures of these regions for a year (and a program), summed over the
 * fund-years in the statement: one row per region with any, instead of one per fund-year (40
 * rows a region at national scale, which cost more to hand over than to sum).
 */
export async function chainTotalsOf(
  db: Db,
  regionIds: number[],
  year: number,
  programId: number | null,
): Promise<ChainTotals[]> {
  const rows = await allRows<Omit<ChainTotals, 'hasOwnNotice'> & { hasOwnNotice: number }>(
    db,
    sql`
    select f.region_id as "regionId", sum(f.received) as received,
           sum(f.passed_down) as "passedDown", sum(f.kept) as kept,
           max(case when f.has_own_notice = true then 1 else 0 end) as "hasOwnNotice"
    from fund_year_regions f
    where f.year = ${year} and f.region_id in ${valuesList(db, regionIds)}
    ${
      // By the table's key (program, region): every program, else it scans the whole table.
      programId === null
        ? sql`and f.program_id in (select id from programs)`
        : sql`and f.program_id = ${programId}`
    }
    group by f.region_id`,
  );
  return rows.map((r) => ({ ...r, hasOwnNotice: r.hasOwnNotice === 1 }));
}

/**
 * The current rows of a year naming these regions as recipients or as their own 本级 (not
 * their 合计 rows), with their program. From the regions to their rows: SQLite keeps a CROSS
 * JOIN's order, so it looks up the few regions first instead of every allocation of the year
 * (88 → 14 ms at national scale); a current revision belongs to its own document.
 */
export async function ownRowsOf(
  db: Db,
  year: number,
  regionIds: number[],
  programId: number | null,
): Promise<(ChainRow & { programId: number })[]> {
  return (
    await allRows<RawRow & { programId: number }>(
      db,
      sql`select ${ROW_COLUMNS}, d.program_id as "programId"
          from regions g cross join allocations a cross join document_revisions r
          cross join documents d
          where a.region_id = g.id and r.id = a.revision_id
            and d.id = r.document_id and d.current_revision_id = r.id
            and r.year = ${year} and a.is_subtotal = false
            and g.id in (select id from regions where id in ${valuesList(db, regionIds)})
          ${programId === null ? sql`` : sql`and d.program_id = ${programId}`}`,
    )
  ).map((r) => ({ ...asRow(r), programId: r.programId }));
}

/** What one notice allocates to a region's children together (the region's own notice). */
export interface ChildrenOfNotice {
  parentId: number;
  documentId: number;
  number: string;
  batch: number | null;
  issuedOn: string | null;
  upstreamNumber: string | null;
  thisBatch: Fen;
  annualTotal: Fen;
}

/**
 * The current rows of a year naming the children of these regions as recipients, summed per
 * region and notice: a prefecture's notices as its ~90 counties' rows add up, one row each
 * instead of thousands to hand over. Summed per revision first, without the joins (every
 * revision of the children, then kept if current and of the year): a province's prefectures,
 * 4,982 rows, 17 ms as rows, 6–13 ms summed after the joins, 2.5–6.7 ms summed before.
 */
export async function childrenByNotice(
  db: Db,
  year: number,
  regionIds: number[],
  programId: number | null,
): Promise<ChildrenOfNotice[]> {
  return await allRows<ChildrenOfNotice>(
    db,
    sql`with s as materialized (
          select g.parent_id as parent_id, a.revision_id as revision_id,
                 sum(a.this_batch) as this_batch, sum(a.annual_total) as annual_total
          from regions g cross join allocations a
          where a.region_id = g.id and a.is_subtotal = false and a.is_own_use = false
            and g.id in (select id from regions where parent_id in ${valuesList(db, regionIds)})
          group by g.parent_id, a.revision_id)
        select s.parent_id as "parentId", d.id as "documentId", d.number as number,
          r.batch as batch, r.issued_on as "issuedOn", r.upstream_number as "upstreamNumber",
          s.this_batch as "thisBatch", s.annual_total as "annualTotal"
        from s cross join document_revisions r cross join documents d
        where r.id = s.revision_id and d.id = r.document_id and d.current_revision_id = r.id
          and r.year = ${year}
          ${programId === null ? sql`` : sql`and d.program_id = ${programId}`}`,
  );
}

/** The regions among these that pass money on (not counties); one statement, even for none. */
export async function regionsPassingOn(db: Db, regionIds: number[]): Promise<RegionRow[]> {
  return await allRows<RegionRow>(
    db,
    sql`
    select id, name, level, parent_id as "parentId", path, depth, code, created_at as "createdAt"
    from regions where id in ${valuesList(db, regionIds)} and level <> 'county'`,
  );
}

export interface ReceiptRow {
  documentId: number;
  regionId: number;
  receivedOn: string;
}

/** The receipt dates bureaus recorded for these regions; one statement, even for none. */
export async function receiptsOf(db: Db, regionIds: number[]): Promise<ReceiptRow[]> {
  return await allRows<ReceiptRow>(
    db,
    sql`
    select document_id as "documentId", region_id as "regionId", received_on as "receivedOn"
    from fund_receipts where region_id in ${valuesList(db, regionIds)}`,
  );
}

export async function saveReceipt(db: Db, row: ReceiptRow & { recordedBy: string }): Promise<void> {
  // The time from here, in the text SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') and the
  // PostgreSQL default both write: one statement for both engines.
  const now = new Date().toISOString();
  await runSql(
    db,
    sql`insert into fund_receipts (document_id, region_id, received_on, recorded_by)
    values (${row.documentId}, ${row.regionId}, ${row.receivedOn}, ${row.recordedBy})
    on conflict (document_id, region_id) do update
    set received_on = excluded.received_on, recorded_by = excluded.recorded_by,
        created_at = ${now}`,
  );
}

/** Whether the document's current revision allocates to the region as a recipient. */
export async function receiptRowOf(
  db: Db,
  documentId: number,
  regionId: number,
): Promise<{ issuedOn: string | null } | undefined> {
  return await firstRow<{ issuedOn: string | null }>(
    db,
    sql`
    select r.issued_on as "issuedOn" from allocations a
    join documents d on d.current_revision_id = a.revision_id
    join document_revisions r on r.id = a.revision_id
    where d.id = ${documentId} and a.region_id = ${regionId}
      and a.is_subtotal = false and a.is_own_use = false`,
  );
}

/** Every current receipt row of a year (a region's row in a notice it did not issue). */
export async function receiptRowsOfYear(
  db: Db,
  year: number,
): Promise<(ChainRow & { programId: number })[]> {
  return (
    await allRows<RawRow & { programId: number }>(
      db,
      sql`select ${ROW_COLUMNS}, d.program_id as "programId" ${CURRENT}
          where r.year = ${year} and a.is_subtotal = false and a.is_own_use = false`,
    )
  ).map((r) => ({ ...asRow(r), programId: r.programId }));
}

/** Rows of the chain table: 0 on a database whose notices predate it. */
export async function chainRowCount(db: Db): Promise<number> {
  return (
    (await firstRow<{ n: number }>(db, sql`select count(*) as n from fund_year_regions`))?.n ?? 0
  );
}
