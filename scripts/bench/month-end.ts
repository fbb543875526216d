/**
 * The month-end run: county accounts file December again through the GraphQL mutation at a
 * fixed rate while leaders loop over every dashboard query and one client polls `{__typename}`
 * — the last days of a month, when the dashboards are watched and the counties file. Runs on a
 * copy of the data set (the filings write), so a kept data set measures the same twice. Either
 * engine: the copy is a SQLite file or a PostgreSQL database.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { engineOf } from '../../server/db/engine.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { allRows } from '../../server/db/sql-rows.ts';
import { createAccount } from '../../server/services/accounts.service.ts';
import { systemActor } from '../../server/services/actor.ts';
import { graphqlData, graphqlRequest, sessionOf } from './http.ts';
import { percentile } from './measure.ts';
import { DASHBOARD_QUERIES, type Params } from './queries.ts';
import { startServer } from './server-process.ts';

export interface MonthEndOptions {
  /** Filings started per second (open loop: one does not wait for the one before). */
  rate: number;
  readers: number;
  /** County accounts filing, round robin. */
  counties: number;
  durationMs: number;
}

export const MONTH_END_DEFAULTS: MonthEndOptions = {
  rate: 5,
  readers: 10,
  counties: 20,
  durationMs: 60_000,
};

export interface Latencies {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  count: number;
}

export interface MonthEndFigures {
  options: MonthEndOptions;
  reads: Latencies;
  trivial: Latencies;
  filings: Latencies;
  filingsAcknowledged: number;
  filingsFailed: number;
  /** The first few failures, as the client saw them. */
  failures: string[];
  peakRssBytes: number;
}

/** The figures, and every dashboard answer after the filings (DASHBOARD_QUERIES' order). */
export interface MonthEndRun {
  figures: MonthEndFigures;
  answersAfter: unknown[];
  /** Dashboard reads that failed during the run. */
  readErrors: number;
}

const PASSWORD = 'bench-month-end-password';
const TRIVIAL = { query: '{ __typename }' };
const SUBMIT = `mutation BenchFile($input: SpendingReportInput!) {
  submitSpendingReport(input: $input) { report { id } errors { field message } }
}`;

const latencies = (samples: number[]): Latencies => ({
  p50Ms: percentile(samples, 50),
  p95Ms: percentile(samples, 95),
  p99Ms: percentile(samples, 99),
  count: samples.length,
});

interface Filing {
  region: string;
  input: Record<string, unknown>;
}

/** Each county's current December report (lines and directions), as a filing's input. */
async function decemberFilings(db: Db, year: number, limit: number): Promise<Filing[]> {
  // Quoted: PostgreSQL folds an unquoted alias to lower case.
  const lines = await allRows<{ region: string; lineId: number; number: string; spent: number }>(
    db,
    sql`select g.name as region, l.id as "lineId", d.number as number, l.spent as spent
        from spending_current c
        join spending_lines l on l.report_id = c.report_id and l.document_id = c.document_id
        join documents d on d.id = c.document_id join regions g on g.id = c.region_id
        where c.year = ${year} and c.month = 12 order by c.region_id, l.line_no`,
  );
  const directions = (lineId: number) =>
    allRows<{ direction: string; spent: number }>(
      db,
      sql`select direction, spent from spending_line_directions where line_id = ${lineId}`,
    );
  // The form takes 万元 to 2 decimals (100 yuan = 10,000 fen): the figures rounded down to that.
  const wan = (fen: number) => Math.floor(fen / 10_000) / 100;
  const byRegion = new Map<string, Record<string, unknown>[]>();
  for (const line of lines) {
    if (!byRegion.has(line.region) && byRegion.size >= limit) continue;
    const split = (await directions(line.lineId)).map((x) => ({
      direction: x.direction,
      spent: wan(Number(x.spent)),
    }));
    // Rounded, the directions still add up to the line (in hundredths, exact as integers).
    const spent =
      split.length > 0 ? split.reduce((n, x) => n + Math.round(x.spent * 100), 0) / 100 : null;
    const entry = byRegion.get(line.region) ?? [];
    entry.push({
      documentNumber: line.number,
      spent: spent ?? wan(Number(line.spent)),
      ...(split.length > 0 ? { directions: split } : {}),
    });
    byRegion.set(line.region, entry);
  }
  return [...byRegion].map(([region, lines]) => ({
    region,
    input: { year, month: 12, lines },
  }));
}

/** The filing counties' and the readers' accounts, written into the copy before it is served. */
async function createAccounts(db: Db, filings: Filing[], readers: number): Promise<void> {
  const context = { actor: systemActor('bench-month-end'), now: new Date() };
  for (const [i, filing] of filings.entries())
    await createAccount(db, context, {
      username: `bench.county.${i}`,
      role: 'COUNTY',
      region: filing.region,
      password: PASSWORD,
    });
  for (let i = 0; i < readers; i++)
    await createAccount(db, context, {
      username: `bench.leader.${i}`,
      role: 'LEADER',
      password: PASSWORD,
    });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the month-end load against a server on `location` (a copy: it is written to), then asks
 * every dashboard query once more: the caller compares those answers (with raw SQL on SQLite,
 * with SQLite's answers on PostgreSQL).
 */
export async function runMonthEnd(
  location: string,
  params: Params,
  options: MonthEndOptions,
  log: (line: string) => void,
): Promise<MonthEndRun> {
  const db = await openDb(location);
  let filings: Filing[];
  try {
    filings = await decemberFilings(db, params.year, options.counties);
    if (filings.length === 0) throw new Error('month-end: no December reports to file again');
    await createAccounts(db, filings, options.readers);
    if (engineOf(db) === 'sqlite') db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await closeDb(db);
  }
  log(
    `month-end: ${filings.length} counties filing ${options.rate}/s, ${options.readers} readers, ${options.durationMs / 1000} s`,
  );
  const server = await startServer(location, true);
  try {
    const countySessions: string[] = [];
    for (let i = 0; i < filings.length; i++)
      countySessions.push(await sessionOf(server.url, `bench.county.${i}`, PASSWORD));
    const readerSessions: string[] = [];
    for (let i = 0; i < options.readers; i++)
      readerSessions.push(await sessionOf(server.url, `bench.leader.${i}`, PASSWORD));

    const reads: number[] = [];
    const trivial: number[] = [];
    const filed: number[] = [];
    const failures: string[] = [];
    let acknowledged = 0;
    let failed = 0;
    let readErrors = 0;
    const until = performance.now() + options.durationMs;
    const running = () => performance.now() < until;

    const readers = readerSessions.map(async (cookie, r) => {
      for (let i = r; running(); i++) {
        const q = DASHBOARD_QUERIES[i % DASHBOARD_QUERIES.length];
        if (!q) continue;
        const t = performance.now();
        const reply = await graphqlRequest(
          server.url,
          { query: q.graphql.query, variables: q.graphql.variables(params) },
          cookie,
        );
        reads.push(performance.now() - t);
        if (reply.status !== 200 || reply.errors?.length) readErrors++;
      }
    });
    const poller = (async () => {
      while (running()) {
        const t = performance.now();
        await graphqlRequest(server.url, TRIVIAL);
        trivial.push(performance.now() - t);
      }
    })();
    const fileOne = async (n: number) => {
      const at = n % filings.length;
      const filing = filings[at];
      const cookie = countySessions[at];
      if (!filing || !cookie) return;
      const t = performance.now();
      try {
        const reply = await graphqlRequest(
          server.url,
          { query: SUBMIT, variables: { input: filing.input } },
          cookie,
        );
        filed.push(performance.now() - t);
        const payload = (reply.data as { submitSpendingReport?: { report: unknown } } | null)
          ?.submitSpendingReport;
        if (reply.status === 200 && !reply.errors?.length && payload?.report) acknowledged++;
        else {
          failed++;
          failures.push(`HTTP ${reply.status}: ${JSON.stringify(reply).slice(0, 300)}`);
        }
      } catch (e) {
        filed.push(performance.now() - t);
        failed++;
        failures.push(e instanceof Error ? e.message : String(e));
      }
    };
    const filers: Promise<void>[] = [];
    const start = performance.now();
    // rate × duration filings, each at its time (late only if the machine is).
    const total = Math.round((options.rate * options.durationMs) / 1000);
    for (let n = 0; n < total; n++) {
      const due = start + (n * 1000) / options.rate;
      if (due > performance.now()) await sleep(due - performance.now());
      filers.push(fileOne(n));
    }
    await Promise.all([...readers, poller, ...filers]);
    const peakRssBytes = await server.peakRss();

    // The answers after the filings, for the caller to compare.
    const answersAfter: unknown[] = [];
    for (const q of DASHBOARD_QUERIES) {
      const body = { query: q.graphql.query, variables: q.graphql.variables(params) };
      answersAfter.push(q.fromGraphQL(await graphqlData(server.url, body)));
    }
    return {
      figures: {
        options,
        reads: latencies(reads),
        trivial: latencies(trivial),
        filings: latencies(filed),
        filingsAcknowledged: acknowledged,
        filingsFailed: failed,
        failures: failures.slice(0, 5),
        peakRssBytes,
      },
      answersAfter,
      readErrors,
    };
  } finally {
    await server.stop();
  }
}
