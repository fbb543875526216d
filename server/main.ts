/**
 * `npm start`: opens (and migrates) the database at DB_PATH, fills an empty one with the
 * bundled notice and flagged sample data unless SAMPLE_DATA=0, creates the first administrator
 * when there are no accounts, and serves on PORT.
 */
import './production-mode.ts';
import { loadConfig } from './config.ts';
import { closeDb, describeLocation, isPostgresUrl, openDb } from './db/open.ts';
import { integrityProblems } from './db/maintenance.ts';
import { applyMemorySettings } from './memory-settings.ts';
import { writeProblem } from './db/writable.ts';
import { createApp } from './http/app.ts';
import { countDocuments } from './repositories/documents.repo.ts';
import { ensureFirstAdmin } from './services/accounts.service.ts';
import { systemActor } from './services/actor.ts';
import { addSampleData } from './services/sample-data.service.ts';

const config = loadConfig();
applyMemorySettings(config.memory);
const db = await openDb(config.dbPath);
const where = describeLocation(config.dbPath);
const problems = integrityProblems(db);
if (problems.length > 0) {
  console.error(`database ${where} failed its integrity check; restore a backup (see README):`);
  for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
  process.exit(1);
}
const onPostgres = isPostgresUrl(config.dbPath);
console.log(
  onPostgres
    ? `database ${where} (PostgreSQL: the server keeps its own files whole)`
    : `database ${where} (integrity check ok)`,
);
const unwritable = writeProblem(db);
if (unwritable)
  console.error(
    `database ${where} cannot be written: ${unwritable}\n  Reads are served; writes and sign-ins answer 503 and /health reports it until this is fixed.`,
  );

if (!unwritable && config.sampleData && (await countDocuments(db)) === 0) {
  const added = await addSampleData(db);
  console.log(
    `empty database: imported ${added.documentNumber} and ${added.reports} sample reports, ${added.indicatorResults} sample indicator results (remove with: npm run sample -- remove)`,
  );
}

const firstAdmin = unwritable
  ? null
  : await ensureFirstAdmin(
      db,
      { actor: systemActor('first-start'), now: new Date() },
      config.adminPassword,
    );
if (firstAdmin?.oneTimePassword) {
  console.log(
    [
      '',
      '  No accounts yet: created the administrator account.',
      `    username: ${firstAdmin.username}`,
      `    one-time password: ${firstAdmin.oneTimePassword}`,
      '  It is shown only this once; sign in and choose your own password.',
      '',
    ].join('\n'),
  );
} else if (firstAdmin) {
  console.log(`No accounts yet: created ${firstAdmin.username} with ADMIN_PASSWORD.`);
}

const server = await createApp(db, {
  thresholds: config.thresholds,
  secureCookies: config.secureCookies,
  responseCache: config.responseCache,
  readWorkers: config.readWorkers,
  waitForWorkers: false,
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const reach =
    config.host === '127.0.0.1' || config.host === 'localhost'
      ? 'this machine only; HOST=0.0.0.0 serves the network'
      : `every address of HOST=${config.host}`;
  console.log(
    `listening on http://localhost:${port}/  (GraphQL API: /graphql, explorer: /explorer/; ${reach}; ${onPostgres ? 'PostgreSQL: reads on the pool, no read workers' : `${config.readWorkers} read workers`})`,
  );
});

function shutdown(signal: string): void {
  console.log(`${signal}: closing`);
  server.close(() => {
    void closeDb(db).finally(() => process.exit(0));
  });
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
