/**
 * How much memory each of the server's threads may take (the main thread and every read worker
 * is its own V8 heap). Measured at national scale (README "Memory"): the live data of each
 * thread is 20–40 MB, but V8 by default lets a heap grow to about four times its live size
 * before a full collection, so the three heaps peaked at 120–150 MB each under the month-end
 * load. Capping the growth keeps them near their live size for ~1 % more CPU in collections.
 *
 * Applied in code rather than as `node` flags so that `npm run serve`, `npm start` and the
 * benchmark's server (scripts/bench/server-child.ts) run with the same settings.
 */
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

export interface MemorySettings {
  /**
   * A heap may grow this many percent past what survived the last full collection; 0 leaves
   * it to V8.
   */
  heapGrowthPercent: number;
  /**
   * Each read worker's old generation (MB): a query needing more fails alone (its worker is
   * replaced), instead of the process running out of memory.
   */
  readWorkerHeapMb: number;
}

export const DEFAULT_MEMORY: Readonly<MemorySettings> = Object.freeze({
  heapGrowthPercent: 50,
  readWorkerHeapMb: 256,
});

let current: MemorySettings = { ...DEFAULT_MEMORY };

/**
 * Sets the heap growth for every thread (a V8 flag: process-wide, read at each collection, so
 * it holds for the main thread from now on and for the workers started later) and the read
 * workers' limit. Call before the read workers start.
 */
export function applyMemorySettings(settings: MemorySettings): void {
  setFlagsFromString(`--heap-growing-percent=${settings.heapGrowthPercent}`);
  current = { ...settings };
}

/** A read worker's resource limits (graphql/read-pool.ts). */
export function readWorkerLimits(): ResourceLimits {
  return { maxOldGenerationSizeMb: current.readWorkerHeapMb };
}
