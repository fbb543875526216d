/**
 * npm run bench [-- --scale small|full] [--json] [--times N] [--no-bundle] [--db file]
 *   [--engine sqlite|postgres|both] [--database-url postgres://…]
 *   [--month-end [--rate N] [--readers N] [--duration S]]
 * Full scale and SQLite are the defaults; small runs in seconds. Exits 1 when answers differ.
 */
import { isPostgresUrl } from '../../server/db/engine.ts';
import { formatTable, toJson } from './report.ts';
import { MONTH_END_DEFAULTS } from './month-end.ts';
import { runBench } from './run.ts';
import { SCALES, type ScaleName } from './scale.ts';
import type { EngineName } from './stores.ts';

const USAGE =
  'npm run bench [-- --scale small|full] [--json] [--times N] [--no-bundle] [--db file]\n' +
  '  [--engine sqlite|postgres|both (sqlite)] [--database-url postgres://… (else a test server)]\n' +
  '  [--month-end [--rate filings/s (5)] [--readers N (10)] [--duration seconds (60)]]';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const known = [
  '--scale',
  '--json',
  '--times',
  '--no-bundle',
  '--db',
  '--month-end',
  '--rate',
  '--readers',
  '--duration',
  '--engine',
  '--database-url',
];
const unknown = args.filter((a) => a.startsWith('-') && !known.includes(a));
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = value('--scale') ?? 'full';
if (!(scale in SCALES)) {
  console.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  process.exit(2);
}
const json = args.includes('--json');
const ENGINES: Record<string, EngineName[]> = {
  sqlite: ['sqlite'],
  postgres: ['postgres'],
  // SQLite first: PostgreSQL's answers are checked against its.
  both: ['sqlite', 'postgres'],
};
const engines = ENGINES[value('--engine') ?? 'sqlite'];
if (!engines) {
  console.error(`--engine must be one of ${Object.keys(ENGINES).join(', ')}`);
  process.exit(2);
}
const databaseUrl = value('--database-url');
if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
  console.error('--database-url must be a postgres:// URL');
  process.exit(2);
}
// A data set given for an engine that is not measured would be silently ignored.
if (databaseUrl !== undefined && !engines.includes('postgres')) {
  console.error('--database-url is for --engine postgres or both');
  process.exit(2);
}
if (value('--db') !== undefined && !engines.includes('sqlite')) {
  console.error('--db is for --engine sqlite or both (PostgreSQL: --database-url)');
  process.exit(2);
}
/** A positive number given with `flag`, or the default; anything else stops the run. */
function positive(flag: string, fallback: number): number {
  const text = value(flag);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`${flag} must be a positive number, got "${text}"`);
    process.exit(2);
  }
  return n;
}
const monthEnd = args.includes('--month-end')
  ? {
      ...MONTH_END_DEFAULTS,
      rate: positive('--rate', MONTH_END_DEFAULTS.rate),
      readers: Math.round(positive('--readers', MONTH_END_DEFAULTS.readers)),
      durationMs: positive('--duration', MONTH_END_DEFAULTS.durationMs / 1000) * 1000,
    }
  : undefined;
const result = await runBench({
  scale: scale as ScaleName,
  times: Number(value('--times') ?? 20),
  bundle: !args.includes('--no-bundle'),
  engines,
  dbPath: value('--db'),
  databaseUrl,
  monthEnd,
  // Progress goes to stderr so --json output stays one object; seconds since the start.
  log: (line) => console.error(`[${(performance.now() / 1000).toFixed(0)} s] ${line}`),
});
console.log(json ? toJson(result) : formatTable(result));
if (result.mismatches.length > 0) process.exitCode = 1;
