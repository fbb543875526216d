/**
 * The product's HTTP server on the benchmark database (DB_LOCATION: a SQLite file or a
 * postgres:// URL, as `npm start` takes DB_PATH or DATABASE_URL), in a process of its own so its
 * memory is its own: started by server-process.ts, says its port, answers "memory" with its
 * peak RSS.
 */
import '../../server/production-mode.ts';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { memorySettings } from '../../server/config.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { createApp } from '../../server/http/app.ts';
import { applyMemorySettings } from '../../server/memory-settings.ts';
import { accountByUsername } from '../../server/repositories/accounts.repo.ts';
import { createAccount } from '../../server/services/accounts.service.ts';
import { systemActor } from '../../server/services/actor.ts';
import { BENCH_PASSWORD, BENCH_USER } from './bench-account.ts';

/** Peak resident set (VmHWM) in bytes; maxRSS where /proc is missing. */
function peakRss(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

// As `npm start` does (main.ts): the same heap settings, from the same variables.
applyMemorySettings(memorySettings());
const db = await openDb(process.env.DB_LOCATION ?? '');
// The analyst the measurements sign in as (a kept data set may predate accounts).
if (!(await accountByUsername(db, BENCH_USER)))
  await createAccount(
    db,
    { actor: systemActor('bench'), now: new Date() },
    { username: BENCH_USER, role: 'ANALYST', password: BENCH_PASSWORD },
  );
const server = await createApp(db, {
  thresholds: DEFAULT_THRESHOLDS,
  responseCache: process.env.RESPONSE_CACHE !== '0',
  // As `npm start` runs it (READ_WORKERS, default 1): queries on worker threads.
  readWorkers: Number(process.env.READ_WORKERS ?? 1),
  log: (entry) => console.error(`server error ${entry.errorId}: ${entry.message}`),
});
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ peakRss: peakRss() });
  if (message === 'stop')
    server.close(() => {
      void closeDb(db).finally(() => process.exit(0));
    });
});
