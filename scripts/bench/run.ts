/**
 * One benchmark run, on one engine or both: generate the data set through the write paths, then
 * measure every dashboard query over HTTP (and, on SQLite, raw and naive SQL; answers compared
 * exactly), the trivial-query throughput and its p99 under heavy load, the database size and the
 * server's peak memory. The server runs twice: with the response cache (the design) and without
 * it (what a query costs right after a write). With both engines, each PostgreSQL answer must be
 * SQLite's answer for the same generated data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { measureBundle } from './bundle.ts';
import { generate, type GenerationFigures } from './generate.ts';
import { graphqlData } from './http.ts';
import { measureImportSpeed } from './import-speed.ts';
import { runMonthEnd, type MonthEndFigures, type MonthEndOptions } from './month-end.ts';
import { probeUnderLoad, throughput, timeAsync, timeSync } from './measure.ts';
import { createDatabase, dropDatabase, testServer } from './pg-server.ts';
import { DASHBOARD_QUERIES, HEAVIEST, type DashboardQuery, type Params } from './queries.ts';
import { fundName, prefectureName, provinceName, SCALES, type ScaleName } from './scale.ts';
import { startServer, type BenchServer } from './server-process.ts';
import {
  ENGINE_LABEL,
  postgresStore,
  sqliteStore,
  type BenchStore,
  type EngineName,
} from './stores.ts';

export interface QueryFigures {
  name: string;
  /** The best raw SQL and the naive one: SQLite only (null on PostgreSQL). */
  rawMs: number | null;
  naiveMs: number | null;
  /** With the response cache: the steady state between two writes. */
  graphqlMs: number;
  /** Without it: the first request after a write. */
  graphqlUncachedMs: number;
  /** GraphQL / raw; null without raw SQL. */
  ratio: number | null;
  /**
   * SQLite: raw, naive and GraphQL gave the same answer. PostgreSQL: its GraphQL answer is
   * SQLite's for the same data (null when SQLite was not run alongside: nothing to compare).
   */
  equal: boolean | null;
}

/** Everything measured on one engine. */
export interface EngineFigures {
  engine: EngineName;
  queries: QueryFigures[];
  importLinesPerSec: number;
  importSingleLinesPerSec: number;
  /** The batch path while generating (the database growing from empty). */
  generationLinesPerSec: number;
  noticesPerSec: number;
  trivialRps: number;
  probeP99Ms: number;
  probeP99UncachedMs: number;
  dbBytes: number;
  peakRssBytes: number;
  /** The month-end run, when asked for (--month-end). */
  monthEnd: MonthEndFigures | null;
}

export interface BenchResult {
  scale: { name: ScaleName; regions: number; spendingLines: number; notices: number };
  /** In the order run: SQLite first when both. */
  engines: EngineFigures[];
  bundleGzipBytes: number | null;
  mismatches: string[];
}

export interface BenchOptions {
  scale: ScaleName;
  /** Which engines, in order (SQLite first when both: PostgreSQL's answers are checked against it). */
  engines: EngineName[];
  /** Repetitions per median (≥ 20 for the figures; fewer in the test). */
  times: number;
  bundle: boolean;
  /**
   * SQLite: keep the data set in this file; when it exists it is measured as it is (with the
   * figures of the run that generated it), so a change can be measured without generating again.
   */
  dbPath?: string;
  /**
   * PostgreSQL: the database to generate into (empty) or to measure as it is (one the benchmark
   * generated); kept. Without it a test server (scripts/pg-test-server.sh) gets a fresh
   * database, dropped at the end.
   */
  databaseUrl?: string;
  /** Also the month-end run (filings while dashboards read), with these settings. */
  monthEnd?: MonthEndOptions;
  log: (line: string) => void;
}

async function generateOrReuse(
  store: BenchStore,
  options: BenchOptions,
): Promise<GenerationFigures> {
  const kept = await store.generatedFigures();
  if (kept) {
    options.log(`measuring the existing data set ${store.label}`);
    return kept;
  }
  options.log(`generating (${options.scale}) into ${store.label}`);
  const { db, ...figures } = await generate(store.location, SCALES[options.scale], options.log);
  await store.finishGeneration(db, figures);
  return figures;
}

const TRIVIAL = { query: '{ health }' };

/** Where two answers first differ, for a mismatch line a person can act on. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}${Array.isArray(a) ? `[${key}]` : `.${key}`}`,
      );
      if (found) return found;
    }
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 200) ?? 'undefined';
  return `${path || '(the answer)'}: ${show(a)} ≠ ${show(b)}`;
}

/** What one engine's run hands the next: its answers, for PostgreSQL's to equal. */
interface Answers {
  before: unknown[];
  /** After the month-end filings; null without a month-end run. */
  afterMonthEnd: unknown[] | null;
}

/** The filing time is the clock's, not the data's: two runs of the month-end differ there. */
function withoutFilingTimes(name: string, answer: unknown): unknown {
  if (name !== 'filing status') return answer;
  const a = answer as { regions: Record<string, unknown>[] };
  return { ...a, regions: a.regions.map(({ submittedAt: _, ...rest }) => rest) };
}

async function measureQueries(
  server: BenchServer,
  raw: Database.Database | null,
  reference: Answers | null,
  params: Params,
  times: number,
  naiveTimes: number,
  mismatches: string[],
): Promise<{ figures: Omit<QueryFigures, 'graphqlUncachedMs'>[]; answers: unknown[] }> {
  const figures = [];
  const answers = [];
  for (const [i, q] of DASHBOARD_QUERIES.entries()) {
    const body = { query: q.graphql.query, variables: q.graphql.variables(params) };
    const viaApi = q.fromGraphQL(await graphqlData(server.url, body));
    answers.push(viaApi);
    let equal: boolean | null = null;
    if (raw) {
      const rawAnswer = q.raw(raw, params);
      const naive = q.naive(raw, params);
      equal = isDeepStrictEqual(viaApi, rawAnswer) && isDeepStrictEqual(naive, rawAnswer);
      if (!equal) mismatches.push(describe(q, viaApi, rawAnswer, naive));
    } else if (reference) {
      const difference = firstDifference(viaApi, reference.before[i]);
      equal = difference === null;
      if (difference)
        mismatches.push(`${q.name}: PostgreSQL ≠ SQLite (GraphQL answers) at ${difference}`);
    }
    const rawMs = raw ? timeSync(() => q.raw(raw, params), times) : null;
    figures.push({
      name: q.name,
      rawMs,
      naiveMs: raw ? timeSync(() => q.naive(raw, params), naiveTimes) : null,
      graphqlMs: await timeAsync(() => graphqlData(server.url, body), times),
      ratio: null,
      equal,
    });
  }
  return { figures, answers };
}

function describe(q: DashboardQuery, api: unknown, raw: unknown, naive: unknown): string {
  const head = (v: unknown) => JSON.stringify(v).slice(0, 400);
  return `${q.name}: graphql ${head(api)}\n  raw ${head(raw)}\n  naive ${head(naive)}`;
}

/** The month-end run on a copy, its answers after the filings compared; the copy dropped. */
async function monthEndOn(
  store: BenchStore,
  params: Params,
  options: MonthEndOptions,
  reference: Answers | null,
  mismatches: string[],
  log: (line: string) => void,
): Promise<{ figures: MonthEndFigures; answers: unknown[] }> {
  const label = ENGINE_LABEL[store.engine];
  const copy = await store.copy('month_end');
  try {
    const run = await runMonthEnd(copy.location, params, options, log);
    if (run.readErrors > 0)
      mismatches.push(`${label} month-end: ${run.readErrors} dashboard reads failed`);
    if (store.engine === 'sqlite') {
      // Compared with raw SQL on what the filings left.
      const after = new Database(copy.location, { readonly: true });
      try {
        for (const [i, q] of DASHBOARD_QUERIES.entries())
          if (!isDeepStrictEqual(run.answersAfter[i], q.raw(after, params)))
            mismatches.push(`month-end, after the filings: ${q.name} differs from raw SQL`);
      } finally {
        after.close();
      }
    } else if (reference?.afterMonthEnd) {
      for (const [i, q] of DASHBOARD_QUERIES.entries()) {
        const difference = firstDifference(
          withoutFilingTimes(q.name, run.answersAfter[i]),
          withoutFilingTimes(q.name, reference.afterMonthEnd[i]),
        );
        if (difference)
          mismatches.push(
            `month-end, after the filings: ${q.name}: PostgreSQL ≠ SQLite at ${difference}`,
          );
      }
    }
    return { figures: run.figures, answers: run.answersAfter };
  } finally {
    await copy.drop();
  }
}

async function measureEngine(
  store: BenchStore,
  options: BenchOptions,
  reference: Answers | null,
  mismatches: string[],
): Promise<{ figures: EngineFigures; answers: Answers; generated: GenerationFigures }> {
  const scale = SCALES[options.scale];
  const { log } = options;
  const label = ENGINE_LABEL[store.engine];
  const generated = await generateOrReuse(store, options);
  const params: Params = {
    year: scale.year,
    month: 12,
    province: provinceName(0),
    documentNumber: `${prefectureName(0)}财社〔${scale.year}〕1号`,
  };
  log(`${label}: measuring (first fund: ${fundName(0)})`);
  const naiveTimes = options.scale === 'full' ? 5 : options.times;
  const heavy = { query: HEAVIEST.graphql.query, variables: HEAVIEST.graphql.variables(params) };
  // Raw and naive SQL are SQLite's (better-sqlite3 on the file, read-only).
  const raw = store.engine === 'sqlite' ? new Database(store.location, { readonly: true }) : null;

  let measured;
  let trivialRps;
  let probe;
  let peakRss;
  const uncachedMs: number[] = [];
  let probeUncached;
  try {
    const cached = await startServer(store.location, true);
    try {
      measured = await measureQueries(
        cached,
        raw,
        reference,
        params,
        options.times,
        naiveTimes,
        mismatches,
      );
      trivialRps = await throughput(cached.url, TRIVIAL, 10, options.times * 100);
      probe = await probeUnderLoad(cached.url, heavy, TRIVIAL, 10, options.times * 10);
      peakRss = await cached.peakRss();
    } finally {
      await cached.stop();
    }
    const uncached = await startServer(store.location, false);
    try {
      const bodies = DASHBOARD_QUERIES.map((q) => ({
        query: q.graphql.query,
        variables: q.graphql.variables(params),
      }));
      // A running server has compiled its request path long before a write: 20 rounds of
      // every query first, so the query timed first does not pay for the fresh process's
      // warm-up (measured over HTTP: the overview 3.8 ms timed first, 2.1 ms timed last; 3.2
      // after 3 rounds, 2.3 after 30).
      for (let round = 0; round < 20; round++)
        for (const body of bodies) await graphqlData(uncached.url, body);
      for (const body of bodies)
        uncachedMs.push(await timeAsync(() => graphqlData(uncached.url, body), options.times));
      probeUncached = await probeUnderLoad(uncached.url, heavy, TRIVIAL, 10, options.times * 10);
      peakRss = Math.max(peakRss, await uncached.peakRss());
    } finally {
      await uncached.stop();
    }
  } finally {
    raw?.close();
  }
  const dbBytes = await store.bytes();
  let monthEnd: { figures: MonthEndFigures; answers: unknown[] } | null = null;
  if (options.monthEnd)
    monthEnd = await monthEndOn(store, params, options.monthEnd, reference, mismatches, log);
  // It files a month again: on a copy, which the answers above never see.
  log(`${label}: measuring import speed (every county files December again, on a copy)`);
  const importCopy = await store.copy('import');
  let speed;
  try {
    speed = await measureImportSpeed(importCopy.location, scale.year);
  } finally {
    await importCopy.drop();
  }
  return {
    generated,
    answers: { before: measured.answers, afterMonthEnd: monthEnd?.answers ?? null },
    figures: {
      engine: store.engine,
      queries: measured.figures.map((m, i) => ({
        ...m,
        graphqlUncachedMs: uncachedMs[i] ?? 0,
        ratio: m.rawMs === null ? null : m.graphqlMs / m.rawMs,
      })),
      importLinesPerSec: speed.batchLinesPerSec,
      importSingleLinesPerSec: speed.singleLinesPerSec,
      generationLinesPerSec: generated.batchLines / (generated.batchMs / 1000),
      noticesPerSec: generated.notices / (generated.noticeMs / 1000),
      trivialRps,
      probeP99Ms: probe.p99,
      probeP99UncachedMs: probeUncached.p99,
      dbBytes,
      peakRssBytes: peakRss,
      monthEnd: monthEnd?.figures ?? null,
    },
  };
}

/** The engine's data set, and what to undo at the end (temporary files, databases, a server). */
async function storeFor(
  engine: EngineName,
  options: BenchOptions,
  scratch: string,
  cleanups: (() => Promise<void> | void)[],
): Promise<BenchStore> {
  if (engine === 'sqlite') {
    if (options.dbPath) return sqliteStore(options.dbPath, scratch);
    return sqliteStore(join(scratch, 'bench.sqlite'), scratch);
  }
  if (options.databaseUrl) return postgresStore(options.databaseUrl);
  const server = testServer(options.log);
  cleanups.push(server.stop);
  const url = await createDatabase(server.url, 'bench');
  cleanups.push(() => dropDatabase(url));
  return postgresStore(url);
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-scratch-'));
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(scratch, { recursive: true })];
  const mismatches: string[] = [];
  const engines: EngineFigures[] = [];
  let scale: BenchResult['scale'] | null = null;
  let reference: Answers | null = null;
  try {
    for (const engine of options.engines) {
      const store = await storeFor(engine, options, scratch, cleanups);
      const run = await measureEngine(store, options, reference, mismatches);
      if (engine === 'sqlite') reference = run.answers;
      engines.push(run.figures);
      const g = run.generated;
      const size = { regions: g.regions, spendingLines: g.spendingLines, notices: g.notices };
      if (scale) {
        const first = {
          regions: scale.regions,
          spendingLines: scale.spendingLines,
          notices: scale.notices,
        };
        if (!isDeepStrictEqual(size, first))
          mismatches.push(
            `the data sets differ: ${JSON.stringify(first)}, ${ENGINE_LABEL[engine]} ${JSON.stringify(size)}`,
          );
      }
      scale ??= { name: options.scale, ...size };
    }
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        options.log(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  if (!scale) throw new Error('no engine to measure');
  return {
    scale,
    engines,
    bundleGzipBytes: options.bundle ? measureBundle().gzipBytes : null,
    mismatches,
  };
}
