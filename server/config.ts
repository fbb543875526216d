/** Settings from the environment, with the defaults the quick start relies on. */
import { resolve } from 'node:path';

export interface Config {
  /** SQLite file; `:memory:` for a throw-away database. */
  dbPath: string;
  port: number;
  /** Import the bundled notice and sample reports into an empty database. */
  sampleData: boolean;
}

function port(value: string | undefined): number {
  const n = Number(value ?? 4000);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`PORT must be a port number (0–65535), got "${value}"`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dbPath:
      env.DB_PATH === ':memory:'
        ? ':memory:'
        : resolve(env.DB_PATH ?? 'data/fund-execution.sqlite'),
    port: port(env.PORT),
    sampleData: env.SAMPLE_DATA !== '0',
  };
}
