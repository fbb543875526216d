/**
 * The benchmark at small scale: it runs end to end (generation through the write paths, a
 * server process, every measurement but the bundle build) and every dashboard query gives the
 * same answer raw, naive and over GraphQL. Timing is not asserted here; `npm run bench` is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../helpers/engine.ts';
import { DASHBOARD_QUERIES } from '../../scripts/bench/queries.ts';
import { formatTable, toJson } from '../../scripts/bench/report.ts';
import { runBench } from '../../scripts/bench/run.ts';

describe.skipIf(TEST_ENGINE === 'postgres')(
  'npm run bench -- --scale small (SQLite: the benchmark has no --engine yet)',
  () => {
    it('measures every dashboard query, and raw, naive and GraphQL answers are equal', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
      const dbPath = join(dir, 'kept.sqlite');
      // A short month-end run: 4 counties filing 5/s for 3 s while 3 leaders read.
      const monthEnd = { rate: 5, readers: 3, counties: 4, durationMs: 3000 };
      let result;
      let reports;
      try {
        result = await runBench({
          scale: 'small',
          times: 3,
          bundle: false,
          dbPath,
          monthEnd,
          log: () => {},
        });
        // The kept data set is as generated: the month-end filings and the import-speed step
        // (every county files December again) wrote to copies. 24 counties × 12 months, one skips
        // December: 287 reports, each its first version.
        const kept = new Database(dbPath, { readonly: true });
        reports = kept
          .prepare('select count(*) as n, max(version) as v from spending_reports')
          .get() as { n: number; v: number };
        kept.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      expect(reports).toEqual({ n: 24 * 12 - 1, v: 1 });
      expect(result.mismatches).toEqual([]);
      expect(result.queries.map((q) => [q.name, q.equal])).toEqual(
        DASHBOARD_QUERIES.map((q) => [q.name, true]),
      );
      expect(result.scale.regions).toBe(1 + 2 + 5 + 24);
      // 24 counties × 12 months (one skips December) × 4 fund-years: one line each, naming
      // the latest notice (the fund in two batches has one line, not two).
      expect(result.scale.spendingLines).toBe((24 * 12 - 1) * 4);
      // 4 funds + 1 second batch = 5 batches, each one notice per province (2) and prefecture (5).
      expect(result.scale.notices).toBe(5 * (2 + 5));
      expect(result.queries.map((q) => q.name)).toContain('allocation chain');
      for (const q of result.queries) expect(q.graphqlMs).toBeGreaterThan(0);
      expect(result.peakRssBytes).toBeGreaterThan(0);
      const json = JSON.parse(toJson(result)) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(
        expect.arrayContaining([
          'scale',
          'queries',
          'importLinesPerSec',
          'trivialRps',
          'probeP99Ms',
          'bundleGzipBytes',
          'dbBytes',
          'peakRssBytes',
        ]),
      );
      expect(formatTable(result)).toContain('lagging list');

      // The month-end run: sane figures, not timing targets. 5/s for 3 s: 15 filings.
      const m = json.monthEnd as Record<string, number>;
      expect(Object.keys(m).sort()).toEqual(
        [
          'filingsAcknowledged',
          'filingsFailed',
          'filingsP99Ms',
          'peakRssBytes',
          'readsP50Ms',
          'readsP99Ms',
          'trivialP99Ms',
        ].sort(),
      );
      expect(m.filingsFailed).toBe(0);
      expect(m.filingsAcknowledged).toBe(15);
      for (const name of ['readsP50Ms', 'readsP99Ms', 'trivialP99Ms', 'filingsP99Ms'] as const) {
        expect(Number.isFinite(m[name]) && (m[name] ?? 0) > 0, name).toBe(true);
      }
      expect(m.readsP99Ms).toBeGreaterThanOrEqual(m.readsP50Ms ?? 0);
      expect(m.peakRssBytes).toBeGreaterThan(0);
      expect(result.monthEnd?.reads.count).toBeGreaterThan(0);
      expect(formatTable(result)).toContain(
        `filings acknowledged/failed   ${m.filingsAcknowledged} / 0`,
      );
    }, 120_000);
  },
);
