/**
 * Import speed on the full data set, as a bulk import of a month's forms would see it: every
 * county files December again (a correction: new versions, the same figures) through the batch
 * path, a few hundred reports a transaction, and a sample through the one-report path.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { allRows } from '../../server/db/sql-rows.ts';
import { fen, type Fen } from '../../server/domain/money.ts';
import { submitSpendingReports } from '../../server/services/spending-batch.service.ts';
import type { SpendingReportInput } from '../../server/services/spending-validation.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { BENCH_NOW } from './generate.ts';
import { systemActor } from '../../server/services/actor.ts';

export interface ImportSpeed {
  batchLinesPerSec: number;
  singleLinesPerSec: number;
  lines: number;
}

/** Each county's latest report of the month, as inputs to file again. */
async function latestReports(db: Db, year: number, month: number): Promise<SpendingReportInput[]> {
  const rows = await allRows<{ region: string; number: string; spent: Fen }>(
    db,
    sql`select g.name as region, d.number as number, l.spent as spent
        from spending_current c join spending_lines l on l.report_id = c.report_id and l.document_id = c.document_id
        join documents d on d.id = c.document_id join regions g on g.id = c.region_id
        where c.year = ${year} and c.month = ${month} order by c.region_id, l.line_no`,
  );
  const reports = new Map<string, SpendingReportInput>();
  for (const row of rows) {
    const report = reports.get(row.region) ?? { region: row.region, year, month, lines: [] };
    report.lines.push({ documentNumber: row.number, spent: fen(row.spent) });
    reports.set(row.region, report);
  }
  return [...reports.values()];
}

/** On `location` (a copy: it is written to), a SQLite file or a postgres:// URL. */
export async function measureImportSpeed(location: string, year: number): Promise<ImportSpeed> {
  const db = await openDb(location);
  try {
    const inputs = await latestReports(db, year, 12);
    const options = { actor: systemActor('bench-import'), now: BENCH_NOW };
    const single = inputs.slice(0, 20);
    let t = performance.now();
    for (const input of single) await submitSpendingReport(db, input, options);
    const singleMs = performance.now() - t;
    const rest = inputs.slice(single.length);
    let lines = 0;
    t = performance.now();
    for (let from = 0; from < rest.length; from += 600) {
      const result = await submitSpendingReports(db, rest.slice(from, from + 600), options);
      if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      lines += result.lines;
    }
    const batchMs = performance.now() - t;
    const singleLines = single.reduce((n, r) => n + r.lines.length, 0);
    return {
      batchLinesPerSec: lines / (batchMs / 1000),
      singleLinesPerSec: singleLines / (singleMs / 1000),
      lines,
    };
  } finally {
    await closeDb(db);
  }
}
