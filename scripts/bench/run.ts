/**
 * One benchmark run: generate the data set through the write paths, then measure every
 * dashboard query raw, naive and over HTTP (answers compared exactly), the trivial-query
 * throughput and its p99 under heavy load, the bundle, the database size and the server's
 * peak memory. The server runs twice: with the response cache (the design) and without it
 * (what a query costs right after a write).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { measureBundle } from './bundle.ts';
import { generate, type Generated } from './generate.ts';
import { graphqlData } from './http.ts';
import { measureImportSpeed } from './import-speed.ts';
import { runMonthEnd, type MonthEndFigures, type MonthEndOptions } from './month-end.ts';
import { probeUnderLoad, throughput, timeAsync, timeSync } from './measure.ts';
import { DASHBOARD_QUERIES, HEAVIEST, type DashboardQuery, type Params } from './queries.ts';
import { fundName, prefectureName, provinceName, SCALES, type ScaleName } from './scale.ts';
import { startServer, type BenchServer } from './server-process.ts';

export interface QueryFigures {
  name: string;
  rawMs: number;
  naiveMs: number;
  /** With the response cache: the steady state between two writes. */
  graphqlMs: number;
  /** Without it: the first request after a write. */
  graphqlUncachedMs: number;
  ratio: number;
  /** raw, naive and GraphQL gave the same answer. */
  equal: boolean;
}

export interface BenchResult {
  scale: { name: ScaleName; regions: number; spendingLines: number; notices: number };
  queries: QueryFigures[];
  importLinesPerSec: number;
  importSingleLinesPerSec: number;
  /** The batch path while generating (the database growing from empty). */
  generationLinesPerSec: number;
  noticesPerSec: number;
  trivialRps: number;
  probeP99Ms: number;
  probeP99UncachedMs: number;
  bundleGzipBytes: number | null;
  dbBytes: number;
  peakRssBytes: number;
  /** The month-end run, when asked for (--month-end). */
  monthEnd: MonthEndFigures | null;
  mismatches: string[];
}

export interface BenchOptions {
  scale: ScaleName;
  /** Repetitions per median (≥ 20 for the figures; fewer in the test). */
  times: number;
  bundle: boolean;
  /**
   * Keep the data set here; when the file exists it is measured as it is (with the figures of
   * the run that generated it), so a change can be measured without generating again.
   */
  dbPath?: string;
  /** Also the month-end run (filings while dashboards read), with these settings. */
  monthEnd?: MonthEndOptions;
  log: (line: string) => void;
}

type GenerationFigures = Omit<Generated, 'db'>;

async function generateOrReuse(path: string, options: BenchOptions): Promise<GenerationFigures> {
  const figuresPath = `${path}.generated.json`;
  if (existsSync(path) && existsSync(figuresPath)) {
    options.log(`measuring the existing data set ${path}`);
    return JSON.parse(readFileSync(figuresPath, 'utf8')) as GenerationFigures;
  }
  options.log(`generating (${options.scale}) into ${path}`);
  const { db, ...figures } = await generate(path, SCALES[options.scale], options.log);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  writeFileSync(figuresPath, JSON.stringify(figures));
  return figures;
}

const TRIVIAL = { query: '{ health }' };

function dbBytes(path: string): number {
  const size = (p: string) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  };
  return size(path) + size(`${path}-wal`);
}

async function measureQueries(
  server: BenchServer,
  db: Database.Database,
  params: Params,
  times: number,
  naiveTimes: number,
  mismatches: string[],
): Promise<Omit<QueryFigures, 'graphqlUncachedMs'>[]> {
  const figures = [];
  for (const q of DASHBOARD_QUERIES) {
    const body = { query: q.graphql.query, variables: q.graphql.variables(params) };
    const viaApi = q.fromGraphQL(await graphqlData(server.url, body));
    const raw = q.raw(db, params);
    const naive = q.naive(db, params);
    const equal = isDeepStrictEqual(viaApi, raw) && isDeepStrictEqual(naive, raw);
    if (!equal) mismatches.push(describe(q, viaApi, raw, naive));
    const rawMs = timeSync(() => q.raw(db, params), times);
    figures.push({
      name: q.name,
      rawMs,
      naiveMs: timeSync(() => q.naive(db, params), naiveTimes),
      graphqlMs: await timeAsync(() => graphqlData(server.url, body), times),
      ratio: 0,
      equal,
    });
  }
  return figures;
}

function describe(q: DashboardQuery, api: unknown, raw: unknown, naive: unknown): string {
  const head = (v: unknown) => JSON.stringify(v).slice(0, 400);
  return `${q.name}: graphql ${head(api)}\n  raw ${head(raw)}\n  naive ${head(naive)}`;
}

/**
 * A consistent copy of the data set (SQLite's online backup, the WAL included), for the steps
 * that write: a kept data set (--db) stays as it was, so a second run measures the same.
 */
async function copyOf(path: string, dir: string, name: string): Promise<string> {
  const copy = join(dir, name);
  const source = new Database(path, { readonly: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  return copy;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const scale = SCALES[options.scale];
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'bench-db-'));
  const path = options.dbPath ?? join(dir ?? '', 'bench.sqlite');
  const scratch = mkdtempSync(join(tmpdir(), 'bench-scratch-'));
  const { log } = options;
  try {
    const generated = await generateOrReuse(path, options);
    const db = new Database(path, { readonly: true });
    const params: Params = {
      year: scale.year,
      month: 12,
      province: provinceName(0),
      documentNumber: `${prefectureName(0)}财社〔${scale.year}〕1号`,
    };
    log(`measuring (first fund: ${fundName(0)})`);
    const mismatches: string[] = [];
    const naiveTimes = options.scale === 'full' ? 5 : options.times;
    const heavy = { query: HEAVIEST.graphql.query, variables: HEAVIEST.graphql.variables(params) };

    const cached = await startServer(path, true);
    let measured;
    let trivialRps;
    let probe;
    let peakRss;
    try {
      measured = await measureQueries(cached, db, params, options.times, naiveTimes, mismatches);
      trivialRps = await throughput(cached.url, TRIVIAL, 10, options.times * 100);
      probe = await probeUnderLoad(cached.url, heavy, TRIVIAL, 10, options.times * 10);
      peakRss = await cached.peakRss();
    } finally {
      await cached.stop();
    }
    const uncached = await startServer(path, false);
    const uncachedMs: number[] = [];
    let probeUncached;
    try {
      for (const q of DASHBOARD_QUERIES) {
        const body = { query: q.graphql.query, variables: q.graphql.variables(params) };
        uncachedMs.push(await timeAsync(() => graphqlData(uncached.url, body), options.times));
      }
      probeUncached = await probeUnderLoad(uncached.url, heavy, TRIVIAL, 10, options.times * 10);
      peakRss = Math.max(peakRss, await uncached.peakRss());
    } finally {
      await uncached.stop();
    }
    db.close();
    const size = dbBytes(path);
    let monthEnd: MonthEndFigures | null = null;
    if (options.monthEnd) {
      const copy = await copyOf(path, scratch, 'month-end.sqlite');
      monthEnd = await runMonthEnd(copy, params, options.monthEnd, mismatches, log);
      rmSync(copy, { force: true });
    }
    // It files a month again: on a copy, which the answers above never see.
    log('measuring import speed (every county files December again, on a copy)');
    const speed = await measureImportSpeed(
      await copyOf(path, scratch, 'import.sqlite'),
      scale.year,
    );
    return {
      scale: {
        name: options.scale,
        regions: generated.regions,
        spendingLines: generated.spendingLines,
        notices: generated.notices,
      },
      queries: measured.map((m, i) => ({
        ...m,
        graphqlUncachedMs: uncachedMs[i] ?? 0,
        ratio: m.graphqlMs / m.rawMs,
      })),
      importLinesPerSec: speed.batchLinesPerSec,
      importSingleLinesPerSec: speed.singleLinesPerSec,
      generationLinesPerSec: generated.batchLines / (generated.batchMs / 1000),
      noticesPerSec: generated.notices / (generated.noticeMs / 1000),
      trivialRps,
      probeP99Ms: probe.p99,
      probeP99UncachedMs: probeUncached.p99,
      bundleGzipBytes: options.bundle ? measureBundle().gzipBytes : null,
      dbBytes: size,
      peakRssBytes: peakRss,
      monthEnd,
      mismatches,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
