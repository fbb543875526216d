/**
 * `npm run backup -- <file>`: an online backup of the database at DB_PATH, safe while the
 * server runs; the copy is checked with integrity_check before the command says it is good.
 * Restore: stop the server, put the backup at DB_PATH (and delete DB_PATH-wal / DB_PATH-shm),
 * start it again.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { closeDb, isPostgresUrl } from '../db/open.ts';
import { backupTo, integrityProblems } from '../db/maintenance.ts';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- <backup-file.sqlite>');
  process.exit(2);
}
const file = resolve(target);
if (existsSync(file)) {
  console.error(`${file} exists; choose a new file name (a backup never overwrites one).`);
  process.exit(2);
}
const config = loadConfig();
if (isPostgresUrl(config.dbPath)) {
  console.error('DATABASE_URL names PostgreSQL: back it up with pg_dump (see README: PostgreSQL).');
  process.exit(2);
}
const db = await openDatabase(config.dbPath);
try {
  const started = Date.now();
  const { pages } = await backupTo(db, file);
  const copy = await openDatabase(file);
  const problems = integrityProblems(copy);
  await closeDb(copy);
  if (problems.length > 0) {
    console.error(`backup ${file} failed its integrity check: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `backed up ${config.dbPath} to ${file} (${pages} pages, ${Date.now() - started} ms); integrity_check ok`,
    );
  }
} finally {
  await closeDb(db);
}
