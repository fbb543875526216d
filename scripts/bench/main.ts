/**
 * npm run bench [-- --scale small|full] [--json] [--times N] [--no-bundle] [--db file]
 * Full scale is the default; small runs in seconds. Exits 1 when answers differ.
 */
import { formatTable, toJson } from './report.ts';
import { runBench } from './run.ts';
import { SCALES, type ScaleName } from './scale.ts';

const USAGE =
  'npm run bench [-- --scale small|full] [--json] [--times N] [--no-bundle] [--db file]';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const known = ['--scale', '--json', '--times', '--no-bundle', '--db'];
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
const result = await runBench({
  scale: scale as ScaleName,
  times: Number(value('--times') ?? 20),
  bundle: !args.includes('--no-bundle'),
  dbPath: value('--db'),
  // Progress goes to stderr so --json output stays one object.
  log: (line) => console.error(line),
});
console.log(json ? toJson(result) : formatTable(result));
if (result.mismatches.length > 0) process.exitCode = 1;
