/**
 * Worker threads that answer GraphQL queries off the event loop, so a slow query cannot stall
 * `/health`, sign-in or anyone else's request. Each worker (read-worker.ts) has its own
 * read-only connection; writes stay on the main thread, serialised, one IMMEDIATE transaction
 * each.
 *
 * Two lanes: cheap queries (by their cost, graphql/cost.ts) go to their own worker, so the
 * heaviest queries the limits admit, filling the other workers, never queue in front of them.
 * The time budget is enforced here: at the deadline a running query's worker is terminated
 * (which stops even one long synchronous SQLite read) and replaced, and a query still queued is
 * dropped; both answer REQUEST_TIMEOUT. Memory likewise: each worker's heap has a limit
 * (READ_WORKER_HEAP_MB, memory-settings.ts); a query that needs more stops its worker, which is
 * replaced, and answers QUERY_TOO_LARGE — the other queries and the server go on.
 *
 * node:worker_threads directly rather than a pool package: what is needed is a fixed set of
 * workers, two FIFO lanes and terminate-and-replace at a deadline, about 150 lines.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readWorkerLimits } from '../memory-settings.ts';
import type { ErrorLogger } from './errors.ts';
import type { GraphQLHttpAnswer } from './executor.ts';
import type { ReadTask, ReadWorkerData } from './read-worker.ts';

const ENTRY = fileURLToPath(new URL('./read-worker-entry.mjs', import.meta.url));

export type Lane = 'light' | 'heavy';

/** The answer to a query whose worker ran out of its heap (and was replaced). */
function tooLargeAnswer(limitMb: number | undefined): GraphQLHttpAnswer {
  const error = {
    message: `查询所需内存超过读取线程的上限（${limitMb} MB），已停止。请缩小范围：更少的地区或字段，或分页查询。The query needed more memory than a read worker may use (${limitMb} MB, READ_WORKER_HEAP_MB) and was stopped; ask for less: fewer regions or fields, or a page.`,
    extensions: { code: 'QUERY_TOO_LARGE' },
  };
  return {
    status: 200,
    headers: [['content-type', 'application/json; charset=utf-8']],
    body: JSON.stringify({ data: null, errors: [error] }),
    refusals: [],
    expiresAt: null,
  };
}

/** The heavy lane's nice value (read-worker.ts): below the main thread and the light lane. */
const HEAVY_NICE = 10;

export type PoolResult =
  | { kind: 'answer'; answer: GraphQLHttpAnswer }
  | { kind: 'timeout' }
  | { kind: 'busy' }
  | { kind: 'failed'; message: string };

interface Pending {
  task: ReadTask;
  settle: (result: PoolResult) => void;
  timer: NodeJS.Timeout;
  slot: Slot | null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: Pending | null;
}

interface WorkerMessage {
  ready?: boolean;
  id?: number;
  answer?: GraphQLHttpAnswer;
  error?: string;
  logged?: Parameters<ErrorLogger>[0][];
}

export interface ReadPoolOptions {
  data: ReadWorkerData;
  /** Workers for heavy queries. */
  heavy: number;
  /** Workers for cheap ones. */
  light: number;
  /** Queued requests per lane beyond which a request is refused as busy. */
  maxQueue?: number;
  log: ErrorLogger;
}

class WorkerLane {
  /** Workers terminated at a deadline (and replaced). */
  terminated = 0;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  // Read once: every worker of the lane, replacements included, gets the same limits.
  private readonly limits = readWorkerLimits();

  constructor(
    size: number,
    private readonly options: ReadPoolOptions,
    private readonly nice: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get idle(): number {
    return this.slots.filter((s) => s.ready && !s.current).length;
  }

  run(task: ReadTask, settle: (r: PoolResult) => void): void {
    if (this.queue.length >= (this.options.maxQueue ?? 200)) return settle({ kind: 'busy' });
    const pending: Pending = {
      task,
      settle,
      slot: null,
      timer: setTimeout(() => this.expire(pending), this.options.data.timeoutMs),
    };
    this.queue.push(pending);
    this.dispatch();
  }

  close(): Promise<unknown> {
    this.closed = true;
    for (const p of this.queue.splice(0)) this.finish(p, { kind: 'failed', message: 'closed' });
    return Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, {
      workerData: { ...this.options.data, nice: this.nice },
      resourceLimits: this.limits,
    });
    const slot: Slot = { worker, ready: false, current: null };
    worker.on('message', (m: WorkerMessage) => this.onMessage(slot, m));
    worker.on('error', (e: NodeJS.ErrnoException) =>
      this.onExit(slot, e.message, e.code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    worker.on('exit', (code) => this.onExit(slot, `worker exited with ${code}`));
    // An idle worker must not keep the process alive.
    worker.unref();
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    for (const entry of message.logged ?? []) this.options.log(entry);
    if (message.ready) slot.ready = true;
    const pending = slot.current;
    if (pending && message.id === pending.task.id) {
      slot.current = null;
      this.finish(
        pending,
        message.answer
          ? { kind: 'answer', answer: message.answer }
          : { kind: 'failed', message: message.error ?? 'no answer' },
      );
    }
    this.dispatch();
  }

  /** A worker died or was terminated: replace it, and fail what it was doing. */
  private onExit(slot: Slot, why: string, outOfMemory = false): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closed) return;
    this.options.log({ errorId: 'read-worker', message: `read worker stopped: ${why}` });
    this.slots[at] = this.spawn();
    const pending = slot.current;
    slot.current = null;
    if (!pending) return;
    this.finish(
      pending,
      outOfMemory
        ? { kind: 'answer', answer: tooLargeAnswer(this.limits.maxOldGenerationSizeMb) }
        : { kind: 'failed', message: why },
    );
  }

  private expire(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = pending.slot;
    if (slot && slot.current === pending) {
      slot.current = null;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots[at] = this.spawn();
      this.terminated += 1;
      void slot.worker.terminate();
      this.options.log({
        errorId: 'request-timeout',
        message: `a query ran over ${this.options.data.timeoutMs} ms: its read worker was terminated and replaced`,
      });
    }
    this.finish(pending, { kind: 'timeout' });
  }

  private finish(pending: Pending, result: PoolResult): void {
    clearTimeout(pending.timer);
    pending.settle(result);
    pending.settle = () => {};
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current) continue;
      const pending = this.queue.shift();
      if (!pending) return;
      slot.current = pending;
      pending.slot = slot;
      slot.worker.postMessage(pending.task);
    }
  }
}

export class ReadPool {
  private readonly lanes: Record<Lane, WorkerLane>;
  private nextId = 1;

  constructor(options: ReadPoolOptions) {
    this.lanes = {
      light: new WorkerLane(options.light, options, 0),
      heavy: new WorkerLane(options.heavy, options, HEAVY_NICE),
    };
  }

  run(lane: Lane, task: Omit<ReadTask, 'id'>): Promise<PoolResult> {
    const id = this.nextId++;
    return new Promise((settle) => this.lanes[lane].run({ ...task, id }, settle));
  }

  /** Resolves once every worker has started (tests and the start-up wait for it). */
  async ready(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.lanes.light.idle === 0 || this.lanes.heavy.idle === 0) {
      if (Date.now() > until) throw new Error('read workers did not start');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Workers terminated at a deadline so far. */
  get terminated(): number {
    return this.lanes.light.terminated + this.lanes.heavy.terminated;
  }

  close(): Promise<unknown> {
    return Promise.all([this.lanes.light.close(), this.lanes.heavy.close()]);
  }
}
