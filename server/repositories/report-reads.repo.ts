/** Reads of spending reports, their lines and versions, batched by id for the loaders. */
import { allRows } from '../db/sql-rows.ts';
import { and, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { underPath } from '../db/dialect.ts';
import {
  documents,
  programs,
  regions,
  spendingLineDirections,
  spendingLines,
  spendingReports,
} from '../db/tables.ts';

export type SpendingReportRow = typeof spendingReports.$inferSelect;
export type SpendingLineRow = typeof spendingLines.$inferSelect & {
  documentNumber: string;
  fundName: string;
};
export type LineDirectionRow = typeof spendingLineDirections.$inferSelect;

export async function reportsByIds(db: Db, keys: readonly number[]): Promise<SpendingReportRow[]> {
  return keys.length
    ? await db
        .select()
        .from(spendingReports)
        .where(inArray(spendingReports.id, [...keys]))
    : [];
}

export async function linesByReportIds(
  db: Db,
  keys: readonly number[],
): Promise<SpendingLineRow[]> {
  if (keys.length === 0) return [];
  return (
    await db
      .select({ line: spendingLines, documentNumber: documents.number, fundName: programs.name })
      .from(spendingLines)
      .innerJoin(documents, eq(documents.id, spendingLines.documentId))
      .innerJoin(programs, eq(programs.id, documents.programId))
      .where(inArray(spendingLines.reportId, [...keys]))
      .orderBy(spendingLines.reportId, spendingLines.lineNo)
  ).map((r) => ({ ...r.line, documentNumber: r.documentNumber, fundName: r.fundName }));
}

export async function directionsByLineIds(
  db: Db,
  keys: readonly number[],
): Promise<LineDirectionRow[]> {
  return keys.length
    ? await db
        .select()
        .from(spendingLineDirections)
        .where(inArray(spendingLineDirections.lineId, [...keys]))
    : [];
}

/** Every version of the region-months of the given reports, newest first. */
export async function versionsOfReports(
  db: Db,
  keys: readonly number[],
): Promise<(SpendingReportRow & { ofReportId: number })[]> {
  if (keys.length === 0) return [];
  // is_sample comes back as 0/1 from SQLite, as true/false from PostgreSQL.
  type Raw = Omit<SpendingReportRow, 'isSample'> & {
    ofReportId: number;
    isSample: number | boolean;
  };
  const rows = await allRows<Raw>(
    db,
    sql`
    select v.id, v.region_id as "regionId", v.year, v.month, v.version, v.submitted_by as "submittedBy",
           v.is_sample as "isSample", v.created_at as "createdAt", s.id as "ofReportId"
    from spending_reports s
    join spending_reports v on v.region_id = s.region_id and v.year = s.year and v.month = s.month
    where s.id in (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )})
    order by v.version desc`,
  );
  return rows.map((r) => ({ ...r, isSample: !!r.isSample }));
}

export interface ReportFilter {
  rootPath: string | null;
  year: number | null;
  month: number | null;
  latestOnly: boolean;
}

/** A page of reports, newest first, keyed by id. */
export async function pageReports(
  db: Db,
  filter: ReportFilter,
  page: { limit: number; beforeId: number | null },
) {
  const conditions: (SQL | undefined)[] = [
    filter.rootPath === null ? undefined : underPath(db, regions.path, filter.rootPath),
    filter.year === null ? undefined : eq(spendingReports.year, filter.year),
    filter.month === null ? undefined : eq(spendingReports.month, filter.month),
    filter.latestOnly
      ? sql`not exists (select 1 from spending_reports n where n.region_id = ${spendingReports.regionId}
              and n.year = ${spendingReports.year} and n.month = ${spendingReports.month}
              and n.version > ${spendingReports.version})`
      : undefined,
  ];
  const where = and(...conditions);
  const rows = (
    await db
      .select({ report: spendingReports })
      .from(spendingReports)
      .innerJoin(regions, eq(regions.id, spendingReports.regionId))
      .where(and(where, page.beforeId === null ? undefined : lt(spendingReports.id, page.beforeId)))
      .orderBy(desc(spendingReports.id))
      .limit(page.limit + 1)
  ).map((r) => r.report);
  const total =
    (
      await db
        .select({ n: count() })
        .from(spendingReports)
        .innerJoin(regions, eq(regions.id, spendingReports.regionId))
        .where(where)
    )[0]?.n ?? 0;
  return { rows, total };
}
