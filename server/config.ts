/** Settings from the environment, with the defaults the quick start relies on. */
import { resolve } from 'node:path';
import { isPostgresUrl } from './db/engine.ts';
import { DEFAULT_THRESHOLDS, type WarningThresholds } from './domain/execution-figures.ts';
import { DEFAULT_MEMORY, type MemorySettings } from './memory-settings.ts';

export interface Config {
  /** SQLite file; `:memory:` for a throw-away database. */
  dbPath: string;
  port: number;
  /**
   * The address to listen on: `127.0.0.1` (the default) serves this machine only; `0.0.0.0`
   * (or `::`) every network the machine is on, which an intranet deployment sets deliberately.
   */
  host: string;
  /** Worker threads answering queries (graphql/read-pool.ts); 0: all on the main thread. */
  readWorkers: number;
  /** Import the bundled notice and sample reports into an empty database. */
  sampleData: boolean;
  /** progress / benchmark below `red` is RED, below `yellow` YELLOW. */
  thresholds: WarningThresholds;
  /** The first admin's password on an empty database; unset: a one-time password is printed. */
  adminPassword: string | undefined;
  /** Mark the session cookie Secure: set when the product is served over HTTPS. */
  secureCookies: boolean;
  /** Cache query answers until the next write (RESPONSE_CACHE=0 turns it off). */
  responseCache: boolean;
  /** Heap growth and the read workers' heap limit (memory-settings.ts). */
  memory: MemorySettings;
}

function fraction(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 2)
    throw new Error(`${name} must be a ratio such as 0.6, got "${value}"`);
  return n;
}

function port(value: string | undefined): number {
  const n = Number(value ?? 4000);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`PORT must be a port number (0–65535), got "${value}"`);
  }
  return n;
}

function workers(value: string | undefined): number {
  const n = Number(value ?? 1);
  if (!Number.isInteger(n) || n < 0 || n > 16)
    throw new Error(`READ_WORKERS must be a whole number 0–16, got "${value}"`);
  return n;
}

function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number ${min}–${max}, got "${value}"`);
  return n;
}

/** HEAP_GROWTH_PERCENT and READ_WORKER_HEAP_MB (the bench's server reads them here too). */
export function memorySettings(env: NodeJS.ProcessEnv = process.env): MemorySettings {
  return {
    // 0: V8's own growth (up to 4× the live data on a machine this size).
    heapGrowthPercent: wholeNumber(
      'HEAP_GROWTH_PERCENT',
      env.HEAP_GROWTH_PERCENT,
      DEFAULT_MEMORY.heapGrowthPercent,
      0,
      300,
    ),
    // Below ~64 MB a worker cannot even load the schema, and would be replaced endlessly.
    readWorkerHeapMb: wholeNumber(
      'READ_WORKER_HEAP_MB',
      env.READ_WORKER_HEAP_MB,
      DEFAULT_MEMORY.readWorkerHeapMb,
      64,
      4096,
    ),
  };
}

/** DATABASE_URL (postgres://…) chooses PostgreSQL; else the SQLite file at DB_PATH. */
function databaseLocation(env: NodeJS.ProcessEnv): string {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!isPostgresUrl(url))
      throw new Error(
        'DATABASE_URL must be a postgres:// URL (leave it unset for SQLite at DB_PATH)',
      );
    return url;
  }
  return env.DB_PATH === ':memory:'
    ? ':memory:'
    : resolve(env.DB_PATH ?? 'data/fund-execution.sqlite');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dbPath: databaseLocation(env),
    port: port(env.PORT),
    host: env.HOST?.trim() || '127.0.0.1',
    readWorkers: workers(env.READ_WORKERS),
    sampleData: env.SAMPLE_DATA !== '0',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    secureCookies: env.COOKIE_SECURE === '1',
    responseCache: env.RESPONSE_CACHE !== '0',
    memory: memorySettings(env),
    thresholds: {
      red: fraction('WARNING_RED', env.WARNING_RED, DEFAULT_THRESHOLDS.red),
      yellow: fraction('WARNING_YELLOW', env.WARNING_YELLOW, DEFAULT_THRESHOLDS.yellow),
    },
  };
}
