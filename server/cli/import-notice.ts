/**
 * `npm run import -- <file> [--json]`: imports a notice into the database at DB_PATH and
 * prints what was read. Exits 1, writing nothing, when the file is not such a notice.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { systemActor } from '../services/actor.ts';
import { InputError } from '../services/errors.ts';
import { importNotice } from '../services/import-notice.service.ts';
import { formatImportSummary } from './format-summary.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length !== 1) {
  console.error('usage: npm run import -- <notice.txt> [--json]');
  process.exit(2);
}
const file = files[0] ?? '';

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}

const config = loadConfig();
const db = openDatabase(config.dbPath);
try {
  const summary = importNotice(db, {
    text,
    sourceName: basename(file),
    actor: systemActor('cli'),
  });
  console.log(
    json ? JSON.stringify(summary, null, 2) : formatImportSummary(summary, config.dbPath),
  );
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  const message = `${file} was not imported: ${e.message}. Nothing was written.`;
  console.error(json ? JSON.stringify({ error: { code: e.code, message } }) : message);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
