/**
 * The batch write path for monthly reports: the same rows as insertReport + setCurrentReport
 * (spending.repo.ts), through statements prepared once per connection, because a bulk import
 * stores tens of thousands of reports in one transaction and per-statement query building
 * would cost more than the writes.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection.ts';
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
 * refreshes the touched monthly totals once for the batch. Call inside a write transaction.
 */
export async function storeReports(
  db: Db,
  reports: BulkReport[],
): Promise<{ id: number; version: number }[]> {
  const stored = reports.map((report) => storeReport(db, report));
  await refreshSpendingTotals(db, reports);
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
