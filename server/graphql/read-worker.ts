/**
 * A read worker (one thread of graphql/read-pool.ts): its own read-only SQLite connection and
 * its own Apollo server, answering one GraphQL query at a time. Each query runs in one read
 * transaction, so it sees one consistent snapshot: every write committed before it began (the
 * main thread commits a write before acknowledging it, so a client reads its own writes).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { inReadSnapshot, openReadOnlyDatabase } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import type { Actor } from '../services/actor.ts';
import type { ErrorLogger } from './errors.ts';
import { executeRequest, type GraphQLHttpRequest } from './executor.ts';
import type { GraphQLLimits } from './limits.ts';
import { createApolloServer } from './server.ts';

export interface ReadWorkerData {
  dbPath: string;
  /**
   * The thread's nice value: heavy-lane workers run at a lower priority, so the main thread
   * (/health, sign-in, writes) and the light lane get the CPU first when a heavy query runs.
   */
  nice?: number;
  thresholds: WarningThresholds;
  limits: GraphQLLimits;
  timeoutMs: number;
}

export interface ReadTask {
  id: number;
  request: GraphQLHttpRequest;
  actor: Actor;
  nowMs: number;
}

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread (graphql/read-pool.ts)');
const data = workerData as ReadWorkerData;
if (data.nice) {
  try {
    // On Linux the nice value is per thread, and pid 0 means the calling thread.
    setPriority(data.nice);
  } catch {
    // Not permitted or not supported: the thread runs at the normal priority.
  }
}
const db = openReadOnlyDatabase(data.dbPath);
// One query at a time per worker, so the errors logged belong to the task running.
let logged: Parameters<ErrorLogger>[0][] = [];
// The pool terminates this worker at the deadline: no per-field time check (request-guards.ts).
const apollo = createApolloServer(
  (entry) => logged.push(entry),
  data.limits,
  data.timeoutMs,
  false,
);
await apollo.start();

port.on('message', (task: ReadTask) => {
  void (async () => {
    logged = [];
    try {
      const answer = await inReadSnapshot(db, () =>
        executeRequest(apollo, db, data.thresholds, task.request, task.actor, new Date(task.nowMs)),
      );
      port.postMessage({ id: task.id, answer, logged });
    } catch (e) {
      port.postMessage({ id: task.id, error: e instanceof Error ? e.stack : String(e), logged });
    }
  })();
});
port.postMessage({ ready: true });
