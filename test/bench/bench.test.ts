/**
 * The benchmark at small scale: it runs end to end (generation through the write paths, a
 * server process, every measurement but the bundle build) and every dashboard query gives the
 * same answer raw, naive and over GraphQL. Timing is not asserted here; `npm run bench` is.
 */
import { describe, expect, it } from 'vitest';
import { DASHBOARD_QUERIES } from '../../scripts/bench/queries.ts';
import { formatTable, toJson } from '../../scripts/bench/report.ts';
import { runBench } from '../../scripts/bench/run.ts';

describe('npm run bench -- --scale small', () => {
  it('measures every dashboard query, and raw, naive and GraphQL answers are equal', async () => {
    const result = await runBench({ scale: 'small', times: 3, bundle: false, log: () => {} });
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
  }, 120_000);
});
