/**
 * The batch write path for monthly reports: the same rows as insertReport + setCurrentReport
 * (spending.repo.ts). On SQLite through better-sqlite3 statements prepared once per connection,
 * because a bulk import stores tens of thousands of reports in one transaction and
 * per-statement query building would cost more than the writes. On PostgreSQL, where every
 * statement is a round trip, through a few set-wise statements per report instead.
 */
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { booleanSql } from '../db/dialect.ts';
import { engineOf } from '../db/engine.ts';
import { allRows, onlyRow, runSql } from '../db/sql-rows.ts';
import { writeTransaction } from '../db/transaction.ts';
import { refreshReportHeads } from './report-heads.repo.ts';
import { refreshSpendingTotals } from './rollups.repo.ts';
import type { NewLine } from './spending.repo.ts';

interface Statements {
  nextVersion: Database.Statement<[number, number, number], { v: number }>;
  report: Database.Statement<[number, number, number, number, string, number, string]>;
  line: Database.Statement<[number, number, number, number, number, ...(string | null)[]]>;
  direction: Database.Statement<[number | bigint, string, number]>;
  clearCurrent: Database.Statement<[number, number, number]>;
  clearDirections: Database.Statement<[number, number, number]>;
  current: Database.Statement<[number, number, number, number | bigint]>;
  currentDirections: Database.Statement<[number, number, number, number | bigint]>;
}

const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Db): Statements {
  const client = db.$client;
  const known = prepared.get(client);
  if (known) return known;
  const made: Statements = {
    nextVersion: client.prepare(
      `select coalesce(max(version), 0) + 1 as v from spending_reports
       where region_id = ? and year = ? and month = ?`,
    ),
    report: client.prepare(
      `insert into spending_reports (region_id, year, month, version, submitted_by, is_sample, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    line: client.prepare(
      `insert into spending_lines (report_id, document_id, line_no, amount, spent, reason, measures, measures_due_on)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    direction: client.prepare(
      'insert into spending_line_directions (line_id, direction, spent) values (?, ?, ?)',
    ),
    clearCurrent: client.prepare(
      'delete from spending_current where year = ? and month = ? and region_id = ?',
    ),
    clearDirections: client.prepare(
      'delete from spending_direction_current where year = ? and month = ? and region_id = ?',
    ),
    current: client.prepare(
      `insert into spending_current (year, month, region_id, document_id, report_id, amount, spent)
       select ?, ?, ?, document_id, report_id, amount, spent from spending_lines where report_id = ?`,
    ),
    currentDirections: client.prepare(
      `insert into spending_direction_current (year, month, region_id, document_id, direction, spent)
       select ?, ?, ?, l.document_id, d.direction, d.spent
       from spending_line_directions d join spending_lines l on l.id = d.line_id
       where l.report_id = ?`,
    ),
  };
  prepared.set(client, made);
  return made;
}

export interface BulkReport {
  regionId: number;
  year: number;
  month: number;
  submittedBy: string;
  isSample: boolean;
  createdAt: string;
  lines: NewLine[];
}

/**
 * Stores each report as a new version of its region's month, makes it the current figures and
 * refreshes the touched monthly totals and report heads once for the batch. Call inside a
 * write transaction.
 *
 * On PostgreSQL the outer handle is the pool, whose statements would run on other connections
 * than the caller's transaction: writeTransaction maps it onto that transaction (a savepoint
 * on its connection), so the reports commit or roll back with it whichever handle was passed.
 */
export async function storeReports(
  db: Db,
  reports: BulkReport[],
): Promise<{ id: number; version: number }[]> {
  if (engineOf(db) === 'postgres') {
    return await writeTransaction(db, async (tx) => {
      const stored: { id: number; version: number }[] = [];
      for (const report of reports) stored.push(await storeReportSetWise(tx, report));
      await refreshSpendingTotals(tx, reports);
      await refreshReportHeads(tx, reports);
      return stored;
    });
  }
  const stored = reports.map((report) => storeReport(db, report));
  await refreshSpendingTotals(db, reports);
  await refreshReportHeads(db, reports);
  return stored;
}

/**
 * One report in at most seven statements whatever its number of lines: the report with its version,
 * its lines, their directions, then the current figures replaced (the deletes and inserts
 * of setCurrentReport). Writes the rows storeReport writes, in SQL either engine accepts.
 */
async function storeReportSetWise(
  db: Db,
  report: BulkReport,
): Promise<{ id: number; version: number }> {
  const { regionId, year, month } = report;
  const stored = onlyRow(
    await allRows<{ id: number; version: number }>(
      db,
      sql`insert into spending_reports (region_id, year, month, version, submitted_by, is_sample, created_at)
      select ${regionId}, ${year}, ${month}, coalesce(max(version), 0) + 1, ${report.submittedBy},
             ${booleanSql(report.isSample)}, ${report.createdAt}
      from spending_reports where region_id = ${regionId} and year = ${year} and month = ${month}
      returning id, version`,
    ),
  );
  if (report.lines.length > 0) {
    const lineIds = await allRows<{ id: number; lineNo: number }>(
      db,
      sql`insert into spending_lines
      (report_id, document_id, line_no, amount, spent, reason, measures, measures_due_on)
      values ${sql.join(
        report.lines.map(
          (l, i) => sql`(${stored.id}, ${l.documentId}, ${i + 1}, ${l.amount}, ${l.spent},
                         ${l.reason}, ${l.measures}, ${l.measuresDueOn})`,
        ),
        sql`, `,
      )}
      returning id, line_no as "lineNo"`,
    );
    // RETURNING's order is not promised: each line's id is found by its number.
    const idOfLine = new Map(lineIds.map((r) => [r.lineNo, r.id]));
    const directions = report.lines.flatMap((l, i) =>
      l.directions.map((d) => sql`(${idOfLine.get(i + 1)}, ${d.direction}, ${d.spent})`),
    );
    if (directions.length > 0) {
      await runSql(
        db,
        sql`insert into spending_line_directions (line_id, direction, spent)
        values ${sql.join(directions, sql`, `)}`,
      );
    }
  }
  const period = sql`year = ${year} and month = ${month} and region_id = ${regionId}`;
  await runSql(db, sql`delete from spending_current where ${period}`);
  await runSql(db, sql`delete from spending_direction_current where ${period}`);
  await runSql(
    db,
    sql`insert into spending_current (year, month, region_id, document_id, report_id, amount, spent)
    select ${year}, ${month}, ${regionId}, document_id, report_id, amount, spent
    from spending_lines where report_id = ${stored.id}`,
  );
  await runSql(
    db,
    sql`insert into spending_direction_current (year, month, region_id, document_id, direction, spent)
    select ${year}, ${month}, ${regionId}, l.document_id, d.direction, d.spent
    from spending_line_directions d join spending_lines l on l.id = d.line_id
    where l.report_id = ${stored.id}`,
  );
  return stored;
}

function storeReport(db: Db, report: BulkReport): { id: number; version: number } {
  const s = statements(db);
  const { regionId, year, month } = report;
  const version = s.nextVersion.get(regionId, year, month)?.v ?? 1;
  const id = Number(
    s.report.run(
      regionId,
      year,
      month,
      version,
      report.submittedBy,
      report.isSample ? 1 : 0,
      report.createdAt,
    ).lastInsertRowid,
  );
  report.lines.forEach((line, i) => {
    const lineId = s.line.run(
      id,
      line.documentId,
      i + 1,
      line.amount,
      line.spent,
      line.reason,
      line.measures,
      line.measuresDueOn,
    ).lastInsertRowid;
    for (const d of line.directions) s.direction.run(lineId, d.direction, d.spent);
  });
  s.clearCurrent.run(year, month, regionId);
  s.clearDirections.run(year, month, regionId);
  s.current.run(year, month, regionId, id);
  s.currentDirections.run(year, month, regionId, id);
  return { id, version };
}
