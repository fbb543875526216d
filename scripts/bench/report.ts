/**
 * The benchmark's figures as a table for people (one column group per engine, side by side), or
 * one JSON object for comparing runs.
 */
import type { Latencies, MonthEndFigures } from './month-end.ts';
import type { BenchResult, EngineFigures, QueryFigures } from './run.ts';
import { ENGINE_LABEL } from './stores.ts';

/** The limit a GraphQL answer is held to: 1.3 × raw + 2 ms and 50 ms; 50 ms without raw SQL. */
const limitOf = (q: QueryFigures) => (q.rawMs === null ? 50 : Math.min(50, 1.3 * q.rawMs + 2));

/** GraphQL end to end ≤ 1.3 × raw + 2 ms, and ≤ 50 ms median (only the 50 ms without raw). */
export const queryMeetsTarget = (q: QueryFigures) => q.graphqlMs <= limitOf(q);

/** The same for the first answer after a write (issue 14): the cache cannot hide it. */
export const coldMeetsTarget = (q: QueryFigures) => q.graphqlUncachedMs <= limitOf(q);

export interface Verdict {
  target: string;
  value: string;
  met: boolean;
}

/** The month-end run's targets (issue 14: 5 filings/s, 10 readers, full scale). */
function monthEndTargets(m: MonthEndFigures | null): Verdict[] {
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

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

/** One engine's verdicts. */
function engineTargets(e: EngineFigures): Verdict[] {
  const rule = (q: QueryFigures) =>
    q.rawMs === null ? '≤ 50 ms (no raw SQL of its own)' : '≤ 1.3 × raw + 2 ms and ≤ 50 ms';
  return [
    ...e.queries.map((q) => ({
      target: `${q.name}: GraphQL ${rule(q)}`,
      value: `${q.graphqlMs.toFixed(1)} ms (limit ${limitOf(q).toFixed(1)})`,
      met: queryMeetsTarget(q),
    })),
    ...e.queries.map((q) => ({
      target: `${q.name}: GraphQL cold ${rule(q)}`,
      value: `${q.graphqlUncachedMs.toFixed(1)} ms (limit ${limitOf(q).toFixed(1)})`,
      met: coldMeetsTarget(q),
    })),
    {
      target: 'trivial-query p99 under 10 heavy clients ≤ 50 ms',
      value: `${e.probeP99Ms.toFixed(1)} ms`,
      met: e.probeP99Ms <= 50,
    },
    {
      target: 'import ≥ 300,000 lines/s',
      value: `${Math.round(e.importLinesPerSec).toLocaleString('en')} lines/s`,
      met: e.importLinesPerSec >= 300_000,
    },
    {
      target: 'server peak memory ≤ 512 MB',
      value: mb(e.peakRssBytes),
      met: e.peakRssBytes <= 512 * 1024 * 1024,
    },
    ...monthEndTargets(e.monthEnd),
  ];
}

/** Every verdict: SQLite's as they always read, PostgreSQL's named; the bundle once. */
export function targets(r: BenchResult): Verdict[] {
  const bundle =
    r.bundleGzipBytes === null
      ? []
      : [
          {
            target: 'dashboard initial JS ≤ 250 KB gzip',
            value: `${(r.bundleGzipBytes / 1024).toFixed(1)} KB`,
            met: r.bundleGzipBytes <= 250 * 1024,
          },
        ];
  return [
    ...r.engines.flatMap((e) =>
      engineTargets(e).map((t) =>
        e.engine === 'sqlite' ? t : { ...t, target: `${ENGINE_LABEL[e.engine]} ${t.target}` },
      ),
    ),
    ...bundle,
  ];
}

interface Column {
  head: string;
  width: number;
  cell: (q: QueryFigures) => string;
}

const ms = (n: number | null) => (n === null ? '—' : n.toFixed(1));
const yes = (met: boolean) => (met ? 'yes' : 'NO');

/** An engine's columns of the query table: raw and naive only where there is raw SQL. */
function columns(e: EngineFigures): Column[] {
  const common: Column[] = [
    { head: 'GraphQL', width: 9, cell: (q) => ms(q.graphqlMs) },
    { head: 'GraphQL cold', width: 13, cell: (q) => ms(q.graphqlUncachedMs) },
  ];
  const verdicts: Column[] = [
    { head: 'met', width: 4, cell: (q) => yes(queryMeetsTarget(q)) },
    { head: 'cold met', width: 9, cell: (q) => yes(coldMeetsTarget(q)) },
  ];
  if (e.engine === 'sqlite')
    return [
      { head: 'raw', width: 8, cell: (q) => ms(q.rawMs) },
      { head: 'naive', width: 9, cell: (q) => ms(q.naiveMs) },
      ...common,
      { head: 'ratio', width: 6, cell: (q) => (q.ratio === null ? '—' : q.ratio.toFixed(2)) },
      ...verdicts,
    ];
  return [
    ...common,
    ...verdicts,
    {
      head: '= SQLite',
      width: 9,
      cell: (q) => (q.equal === null ? '—' : yes(q.equal)),
    },
  ];
}

const FIRST = 22;
const GAP = '   |';

function queryTable(r: BenchResult): string[] {
  const groups = r.engines.map((e) => ({ e, cols: columns(e) }));
  const groupWidth = (cols: Column[]) => cols.reduce((n, c) => n + c.width + 2, 0);
  const line = (first: string, cells: (c: Column, e: EngineFigures) => string) =>
    first.padEnd(FIRST) +
    groups
      .map(({ e, cols }) => cols.map((c) => `  ${cells(c, e).padStart(c.width)}`).join(''))
      .join(GAP);
  const lines: string[] = [];
  if (r.engines.length > 1 || r.engines[0]?.engine !== 'sqlite')
    lines.push(
      (
        ''.padEnd(FIRST) +
        groups
          .map(({ e, cols }) => `  ${ENGINE_LABEL[e.engine]}`.padEnd(groupWidth(cols)))
          .join(GAP)
      ).trimEnd(),
    );
  lines.push(line('query (median ms)', (c) => c.head));
  for (const [i, q] of (r.engines[0]?.queries ?? []).entries())
    lines.push(
      line(q.name, (c, e) => {
        const mine = e.queries[i];
        return mine ? c.cell(mine) : '—';
      }),
    );
  return lines;
}

const LABEL = 32;
const VALUE = 36;

/** A figure per engine, side by side under the engines' names. */
function figureLine(r: BenchResult, label: string, value: (e: EngineFigures) => string): string {
  return (
    label.padEnd(LABEL) + r.engines.map((e) => `${value(e)}  `.padEnd(VALUE)).join('')
  ).trimEnd();
}

function latencyText(l: Latencies): string {
  return `${l.p50Ms.toFixed(1)} / ${l.p95Ms.toFixed(1)} / ${l.p99Ms.toFixed(1)} ms (${l.count})`;
}

function monthEndLines(r: BenchResult): string[] {
  const runs = r.engines.filter((e) => e.monthEnd);
  const o = runs[0]?.monthEnd?.options;
  if (!o) return [];
  const each = (value: (m: MonthEndFigures) => string) => (e: EngineFigures) =>
    e.monthEnd ? value(e.monthEnd) : '—';
  return [
    '',
    `month-end: ${o.rate} filings/s over ${o.counties} county accounts, ${o.readers} readers, ${o.durationMs / 1000} s`,
    figureLine(
      r,
      '  dashboard reads p50/p95/p99',
      each((m) => latencyText(m.reads)),
    ),
    figureLine(
      r,
      '  {__typename} p50/p95/p99',
      each((m) => latencyText(m.trivial)),
    ),
    figureLine(
      r,
      '  filings p50/p95/p99',
      each((m) => latencyText(m.filings)),
    ),
    figureLine(
      r,
      '  filings acknowledged/failed',
      each((m) => `${m.filingsAcknowledged} / ${m.filingsFailed}`),
    ),
    ...runs.flatMap((e) =>
      (e.monthEnd?.failures ?? []).map((f) => `    ${ENGINE_LABEL[e.engine]} failed: ${f}`),
    ),
    figureLine(
      r,
      '  server peak RSS',
      each((m) => mb(m.peakRssBytes)),
    ),
  ];
}

export function formatTable(r: BenchResult): string {
  const count = (n: number) => Math.round(n).toLocaleString('en');
  const figure = (label: string, value: (e: EngineFigures) => string) =>
    figureLine(r, label, value);
  const lines = [
    `scale ${r.scale.name}: ${r.scale.regions.toLocaleString('en')} regions, ${r.scale.notices.toLocaleString('en')} notices, ${r.scale.spendingLines.toLocaleString('en')} spending lines`,
    '',
    ...queryTable(r),
    '',
    ...(r.engines.length > 1
      ? [figure('', (e) => ENGINE_LABEL[e.engine])]
      : [`engine: ${ENGINE_LABEL[r.engines[0]?.engine ?? 'sqlite']}`]),
    figure('import (batch path)', (e) => `${count(e.importLinesPerSec)} lines/s`),
    figure('import (one report a call)', (e) => `${count(e.importSingleLinesPerSec)} lines/s`),
    figure('import while generating', (e) => `${count(e.generationLinesPerSec)} lines/s`),
    figure('notices (parse + store)', (e) => `${e.noticesPerSec.toFixed(1)} /s`),
    figure('trivial query (10 clients)', (e) => `${count(e.trivialRps)} req/s`),
    figure('trivial p99, 10 heavy, cached', (e) => `${ms(e.probeP99Ms)} ms`),
    figure('trivial p99, 10 heavy, cold', (e) => `${ms(e.probeP99UncachedMs)} ms`),
    figure('database', (e) => mb(e.dbBytes)),
    figure('server peak RSS', (e) => mb(e.peakRssBytes)),
    'dashboard initial JS'.padEnd(LABEL) +
      (r.bundleGzipBytes === null
        ? 'not measured'
        : `${(r.bundleGzipBytes / 1024).toFixed(1)} KB gzip`),
    ...monthEndLines(r),
    '',
    'targets:',
    ...targets(r).map((t) => `  ${t.met ? 'met    ' : 'NOT MET'} ${t.target}: ${t.value}`),
  ];
  if (r.mismatches.length > 0) lines.push('', 'ANSWERS DIFFER:', ...r.mismatches);
  return lines.join('\n');
}

/** One engine's figures, in the JSON shape the single-engine runs have always had. */
function engineJson(e: EngineFigures) {
  return {
    queries: e.queries.map((q) => ({
      name: q.name,
      rawMs: q.rawMs,
      naiveMs: q.naiveMs,
      graphqlMs: q.graphqlMs,
      ratio: q.ratio,
      graphqlUncachedMs: q.graphqlUncachedMs,
      equal: q.equal,
    })),
    importLinesPerSec: e.importLinesPerSec,
    trivialRps: e.trivialRps,
    probeP99Ms: e.probeP99Ms,
    dbBytes: e.dbBytes,
    peakRssBytes: e.peakRssBytes,
    importSingleLinesPerSec: e.importSingleLinesPerSec,
    generationLinesPerSec: e.generationLinesPerSec,
    noticesPerSec: e.noticesPerSec,
    probeP99UncachedMs: e.probeP99UncachedMs,
    monthEnd: e.monthEnd && {
      readsP50Ms: e.monthEnd.reads.p50Ms,
      readsP99Ms: e.monthEnd.reads.p99Ms,
      trivialP99Ms: e.monthEnd.trivial.p99Ms,
      filingsP99Ms: e.monthEnd.filings.p99Ms,
      filingsAcknowledged: e.monthEnd.filingsAcknowledged,
      filingsFailed: e.monthEnd.filingsFailed,
      peakRssBytes: e.monthEnd.peakRssBytes,
    },
  };
}

/**
 * The first engine's figures at the top level (as single-engine runs always wrote them, `engine`
 * naming it), and every engine's under `engines.sqlite` / `engines.postgres`.
 */
export function toJson(r: BenchResult): string {
  const first = r.engines[0];
  return JSON.stringify({
    scale: { regions: r.scale.regions, spendingLines: r.scale.spendingLines, name: r.scale.name },
    engine: first?.engine ?? null,
    ...(first ? engineJson(first) : {}),
    bundleGzipBytes: r.bundleGzipBytes,
    engines: Object.fromEntries(r.engines.map((e) => [e.engine, engineJson(e)])),
    mismatches: r.mismatches,
  });
}
