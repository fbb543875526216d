/**
 * The benchmark at small scale: it runs end to end (generation through the write paths, a
 * server process, every measurement but the bundle build) and every dashboard query gives the
 * same answer raw, naive and over GraphQL; on both engines, PostgreSQL's answers are SQLite's.
 * Timing is not asserted here; `npm run bench` is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../helpers/engine.ts';
import { DASHBOARD_QUERIES } from '../../scripts/bench/queries.ts';
import { formatTable, toJson } from '../../scripts/bench/report.ts';
import { runBench, type BenchResult } from '../../scripts/bench/run.ts';
import { postgresStore } from '../../scripts/bench/stores.ts';
import { createTestDatabase, SKIP_REASON, TEST_DATABASE_URL } from '../db-pg/pg-test-database.ts';

// A short month-end run: 4 counties filing 5/s for 3 s while 3 leaders read.
const MONTH_END = { rate: 5, readers: 3, counties: 4, durationMs: 3000 };

/** 24 counties × 12 months, one skips December: 287 reports, each its first version. */
const AS_GENERATED = { n: 24 * 12 - 1, v: 1 };

const MONTH_END_KEYS = [
  'filingsAcknowledged',
  'filingsFailed',
  'filingsP99Ms',
  'peakRssBytes',
  'readsP50Ms',
  'readsP99Ms',
  'trivialP99Ms',
].sort();

/** The month-end figures in --json: sane, not timing targets. 5/s for 3 s: 15 filings. */
function expectSaneMonthEnd(m: Record<string, number>) {
  expect(Object.keys(m).sort()).toEqual(MONTH_END_KEYS);
  expect(m.filingsFailed).toBe(0);
  expect(m.filingsAcknowledged).toBe(15);
  for (const name of ['readsP50Ms', 'readsP99Ms', 'trivialP99Ms', 'filingsP99Ms'] as const) {
    expect(Number.isFinite(m[name]) && (m[name] ?? 0) > 0, name).toBe(true);
  }
  expect(m.readsP99Ms).toBeGreaterThanOrEqual(m.readsP50Ms ?? 0);
  expect(m.peakRssBytes).toBeGreaterThan(0);
}

/** The data set's size, worked out from the small scale (scripts/bench/scale.ts). */
function expectSmallScale(result: BenchResult) {
  expect(result.scale.regions).toBe(1 + 2 + 5 + 24);
  // 24 counties × 12 months (one skips December) × 4 fund-years: one line each, naming
  // the latest notice (the fund in two batches has one line, not two).
  expect(result.scale.spendingLines).toBe((24 * 12 - 1) * 4);
  // 4 funds + 1 second batch = 5 batches, each one notice per province (2) and prefecture (5).
  expect(result.scale.notices).toBe(5 * (2 + 5));
}

// On SQLite's run only; the PostgreSQL run (npm run test:pg) measures both engines below.
describe.skipIf(TEST_ENGINE === 'postgres')('npm run bench -- --scale small', () => {
  it('measures every dashboard query, and raw, naive and GraphQL answers are equal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
    const dbPath = join(dir, 'kept.sqlite');
    let result;
    let reports;
    try {
      result = await runBench({
        scale: 'small',
        engines: ['sqlite'],
        times: 3,
        bundle: false,
        dbPath,
        monthEnd: MONTH_END,
        log: () => {},
      });
      // The kept data set is as generated: the month-end filings and the import-speed step
      // (every county files December again) wrote to copies.
      const kept = new Database(dbPath, { readonly: true });
      reports = kept
        .prepare('select count(*) as n, max(version) as v from spending_reports')
        .get() as { n: number; v: number };
      kept.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(reports).toEqual(AS_GENERATED);
    expect(result.mismatches).toEqual([]);
    const [sqlite] = result.engines;
    expect(result.engines.map((e) => e.engine)).toEqual(['sqlite']);
    expect(sqlite?.queries.map((q) => [q.name, q.equal])).toEqual(
      DASHBOARD_QUERIES.map((q) => [q.name, true]),
    );
    expectSmallScale(result);
    expect(sqlite?.queries.map((q) => q.name)).toContain('allocation chain');
    for (const q of sqlite?.queries ?? []) expect(q.graphqlMs).toBeGreaterThan(0);
    expect(sqlite?.peakRssBytes).toBeGreaterThan(0);
    const json = JSON.parse(toJson(result)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'scale',
        'engine',
        'queries',
        'importLinesPerSec',
        'trivialRps',
        'probeP99Ms',
        'bundleGzipBytes',
        'dbBytes',
        'peakRssBytes',
        'engines',
      ]),
    );
    expect(json.engine).toBe('sqlite');
    expect(formatTable(result)).toContain('lagging list');

    const m = json.monthEnd as Record<string, number>;
    expectSaneMonthEnd(m);
    expect(sqlite?.monthEnd?.reads.count).toBeGreaterThan(0);
    expect(formatTable(result)).toContain(
      `filings acknowledged/failed   ${m.filingsAcknowledged} / 0`,
    );
  }, 120_000);
});

describe(`npm run bench -- --scale small --engine both${SKIP_REASON}`, () => {
  it.skipIf(!TEST_DATABASE_URL)(
    'generates the same data set into PostgreSQL, and every answer there is SQLite’s',
    async () => {
      // The PostgreSQL data set kept in a database of its own, as --database-url keeps it.
      const database = await createTestDatabase();
      let result;
      let reports;
      let figures;
      try {
        result = await runBench({
          scale: 'small',
          engines: ['sqlite', 'postgres'],
          times: 3,
          bundle: false,
          databaseUrl: database.url,
          monthEnd: MONTH_END,
          log: () => {},
        });
        // As generated: the month-end filings and the import-speed step wrote to copies
        // (CREATE DATABASE … TEMPLATE), dropped after.
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const row = (
            await client.query<{ n: string; v: number }>(
              'select count(*) as n, max(version) as v from spending_reports',
            )
          ).rows[0];
          reports = { n: Number(row?.n), v: row?.v };
        } finally {
          await client.end();
        }
        // A later run finds it generated, with its figures: it measures it as it is.
        figures = await postgresStore(database.url).generatedFigures();
      } finally {
        await database.drop();
      }
      expect(result.mismatches).toEqual([]);
      expect(reports).toEqual(AS_GENERATED);
      expect(figures?.spendingLines).toBe((24 * 12 - 1) * 4);
      expectSmallScale(result);
      expect(result.engines.map((e) => e.engine)).toEqual(['sqlite', 'postgres']);
      const [sqlite, postgres] = result.engines;
      // SQLite: raw = naive = GraphQL; PostgreSQL: its GraphQL answer = SQLite's, query by query.
      expect(sqlite?.queries.map((q) => [q.name, q.equal])).toEqual(
        DASHBOARD_QUERIES.map((q) => [q.name, true]),
      );
      expect(postgres?.queries.map((q) => [q.name, q.equal])).toEqual(
        DASHBOARD_QUERIES.map((q) => [q.name, true]),
      );
      // Raw and naive SQL are SQLite's only.
      for (const q of postgres?.queries ?? []) {
        expect([q.rawMs, q.naiveMs, q.ratio]).toEqual([null, null, null]);
        expect(q.graphqlMs).toBeGreaterThan(0);
        expect(q.graphqlUncachedMs).toBeGreaterThan(0);
      }
      expect(postgres?.dbBytes).toBeGreaterThan(0);
      expect(postgres?.importLinesPerSec).toBeGreaterThan(0);

      const json = JSON.parse(toJson(result)) as {
        engine: string;
        engines: Record<string, { queries: unknown[]; monthEnd: Record<string, number> }>;
      };
      expect(json.engine).toBe('sqlite');
      expect(Object.keys(json.engines)).toEqual(['sqlite', 'postgres']);
      expectSaneMonthEnd(json.engines.sqlite?.monthEnd ?? {});
      expectSaneMonthEnd(json.engines.postgres?.monthEnd ?? {});
      expect(json.engines.postgres?.queries).toHaveLength(DASHBOARD_QUERIES.length);

      // Side by side: one row per query, SQLite's columns then PostgreSQL's.
      const table = formatTable(result);
      expect(table).toMatch(/SQLite\s+\|\s+PostgreSQL/);
      expect(table).toMatch(/filings acknowledged\/failed\s+15 \/ 0\s+15 \/ 0/);
      expect(table).toContain('PostgreSQL overview: GraphQL ≤ 50 ms');
    },
    300_000,
  );
});
