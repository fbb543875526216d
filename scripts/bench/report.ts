/** The benchmark's figures as a table for people, or one JSON object for comparing runs. */
import type { Latencies } from './month-end.ts';
import type { BenchResult, QueryFigures } from './run.ts';

/** GraphQL end to end ≤ 1.3 × raw + 2 ms, and ≤ 50 ms median. */
export const queryMeetsTarget = (q: QueryFigures) =>
  q.graphqlMs <= 1.3 * q.rawMs + 2 && q.graphqlMs <= 50;

/** The same for the first answer after a write (issue 14): the cache cannot hide it. */
export const coldMeetsTarget = (q: QueryFigures) =>
  q.graphqlUncachedMs <= 1.3 * q.rawMs + 2 && q.graphqlUncachedMs <= 50;

/** The month-end run's targets (issue 14: 5 filings/s, 10 readers, full scale). */
function monthEndTargets(r: BenchResult): { target: string; value: string; met: boolean }[] {
  const m = r.monthEnd;
  if (!m) return [];
  const within = (name: string, value: number, limit: number) => ({
    target: `month-end ${name} ≤ ${limit} ms`,
    value: `${value.toFixed(1)} ms`,
    met: value <= limit,
  });
  return [
    within('reads p50', m.reads.p50Ms, 30),
    within('reads p99', m.reads.p99Ms, 100),
    within('{__typename} p99', m.trivial.p99Ms, 50),
    within('filings p99', m.filings.p99Ms, 250),
    {
      target: 'month-end filings failed = 0',
      value: `${m.filingsFailed} of ${m.filingsAcknowledged + m.filingsFailed}`,
      met: m.filingsFailed === 0,
    },
    {
      target: 'month-end server peak RSS ≤ 512 MB',
      value: `${(m.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
      met: m.peakRssBytes <= 512 * 1024 * 1024,
    },
  ];
}

export function targets(r: BenchResult): { target: string; value: string; met: boolean }[] {
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  return [
    ...r.queries.map((q) => ({
      target: `${q.name}: GraphQL ≤ 1.3 × raw + 2 ms and ≤ 50 ms`,
      value: `${q.graphqlMs.toFixed(1)} ms (limit ${Math.min(50, 1.3 * q.rawMs + 2).toFixed(1)})`,
      met: queryMeetsTarget(q),
    })),
    ...r.queries.map((q) => ({
      target: `${q.name}: GraphQL cold ≤ 1.3 × raw + 2 ms and ≤ 50 ms`,
      value: `${q.graphqlUncachedMs.toFixed(1)} ms (limit ${Math.min(50, 1.3 * q.rawMs + 2).toFixed(1)})`,
      met: coldMeetsTarget(q),
    })),
    {
      target: 'trivial-query p99 under 10 heavy clients ≤ 50 ms',
      value: `${r.probeP99Ms.toFixed(1)} ms`,
      met: r.probeP99Ms <= 50,
    },
    {
      target: 'import ≥ 300,000 lines/s',
      value: `${Math.round(r.importLinesPerSec).toLocaleString('en')} lines/s`,
      met: r.importLinesPerSec >= 300_000,
    },
    ...(r.bundleGzipBytes === null
      ? []
      : [
          {
            target: 'dashboard initial JS ≤ 250 KB gzip',
            value: `${(r.bundleGzipBytes / 1024).toFixed(1)} KB`,
            met: r.bundleGzipBytes <= 250 * 1024,
          },
        ]),
    {
      target: 'server peak memory ≤ 512 MB',
      value: mb(r.peakRssBytes),
      met: r.peakRssBytes <= 512 * 1024 * 1024,
    },
    ...monthEndTargets(r),
  ];
}

function row(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join('  ');
}

function monthEndLines(r: BenchResult): string[] {
  const m = r.monthEnd;
  if (!m) return [];
  const ms = (l: Latencies) =>
    `${l.p50Ms.toFixed(1)} / ${l.p95Ms.toFixed(1)} / ${l.p99Ms.toFixed(1)} ms (${l.count})`;
  const o = m.options;
  return [
    '',
    `month-end: ${o.rate} filings/s over ${o.counties} county accounts, ${o.readers} readers, ${o.durationMs / 1000} s`,
    `  dashboard reads p50/p95/p99   ${ms(m.reads)}`,
    `  {__typename} p50/p95/p99      ${ms(m.trivial)}`,
    `  filings p50/p95/p99           ${ms(m.filings)}`,
    `  filings acknowledged/failed   ${m.filingsAcknowledged} / ${m.filingsFailed}`,
    ...m.failures.map((f) => `    failed: ${f}`),
    `  server peak RSS               ${(m.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
  ];
}

export function formatTable(r: BenchResult): string {
  const ms = (n: number) => n.toFixed(1);
  const widths = [22, 8, 9, 11, 13, 6, 4, 9];
  const lines = [
    `scale ${r.scale.name}: ${r.scale.regions.toLocaleString('en')} regions, ${r.scale.notices.toLocaleString('en')} notices, ${r.scale.spendingLines.toLocaleString('en')} spending lines`,
    '',
    row(
      ['query (median ms)', 'raw', 'naive', 'GraphQL', 'GraphQL cold', 'ratio', 'met', 'cold met'],
      widths,
    ),
    ...r.queries.map((q) =>
      row(
        [
          q.name,
          ms(q.rawMs),
          ms(q.naiveMs),
          ms(q.graphqlMs),
          ms(q.graphqlUncachedMs),
          q.ratio.toFixed(2),
          queryMeetsTarget(q) ? 'yes' : 'NO',
          coldMeetsTarget(q) ? 'yes' : 'NO',
        ],
        widths,
      ),
    ),
    '',
    `import (batch path)         ${Math.round(r.importLinesPerSec).toLocaleString('en')} lines/s (a month filed again)`,
    `import (one report a call)  ${Math.round(r.importSingleLinesPerSec).toLocaleString('en')} lines/s`,
    `import while generating     ${Math.round(r.generationLinesPerSec).toLocaleString('en')} lines/s (batch path)`,
    `notices (parse + store)     ${r.noticesPerSec.toFixed(1)} /s`,
    `trivial query               ${Math.round(r.trivialRps).toLocaleString('en')} req/s (10 clients)`,
    `trivial p99, 10 heavy       ${ms(r.probeP99Ms)} ms cached, ${ms(r.probeP99UncachedMs)} ms cold`,
    `dashboard initial JS        ${r.bundleGzipBytes === null ? 'not measured' : `${(r.bundleGzipBytes / 1024).toFixed(1)} KB gzip`}`,
    `database                    ${(r.dbBytes / 1024 / 1024).toFixed(0)} MB`,
    `server peak RSS             ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
    ...monthEndLines(r),
    '',
    'targets:',
    ...targets(r).map((t) => `  ${t.met ? 'met    ' : 'NOT MET'} ${t.target}: ${t.value}`),
  ];
  if (r.mismatches.length > 0) lines.push('', 'ANSWERS DIFFER:', ...r.mismatches);
  return lines.join('\n');
}

export function toJson(r: BenchResult): string {
  return JSON.stringify({
    scale: { regions: r.scale.regions, spendingLines: r.scale.spendingLines, name: r.scale.name },
    queries: r.queries.map((q) => ({
      name: q.name,
      rawMs: q.rawMs,
      naiveMs: q.naiveMs,
      graphqlMs: q.graphqlMs,
      ratio: q.ratio,
      graphqlUncachedMs: q.graphqlUncachedMs,
      equal: q.equal,
    })),
    importLinesPerSec: r.importLinesPerSec,
    trivialRps: r.trivialRps,
    probeP99Ms: r.probeP99Ms,
    bundleGzipBytes: r.bundleGzipBytes,
    dbBytes: r.dbBytes,
    peakRssBytes: r.peakRssBytes,
    importSingleLinesPerSec: r.importSingleLinesPerSec,
    generationLinesPerSec: r.generationLinesPerSec,
    noticesPerSec: r.noticesPerSec,
    probeP99UncachedMs: r.probeP99UncachedMs,
    monthEnd: r.monthEnd && {
      readsP50Ms: r.monthEnd.reads.p50Ms,
      readsP99Ms: r.monthEnd.reads.p99Ms,
      trivialP99Ms: r.monthEnd.trivial.p99Ms,
      filingsP99Ms: r.monthEnd.filings.p99Ms,
      filingsAcknowledged: r.monthEnd.filingsAcknowledged,
      filingsFailed: r.monthEnd.filingsFailed,
      peakRssBytes: r.monthEnd.peakRssBytes,
    },
    mismatches: r.mismatches,
  });
}
