/** Starts and stops the benchmark's server process (server-child.ts); stopped by its own PID. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BENCH_PASSWORD, BENCH_USER } from './bench-account.ts';
import { signIn } from './http.ts';

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export interface BenchServer {
  url: string;
  pid: number;
  peakRss: () => Promise<number>;
  stop: () => Promise<void>;
}

function next<T>(child: ChildProcess, pick: (m: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      const value = pick(m);
      if (value === undefined) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(value);
    };
    const onExit = (code: number | null) => reject(new Error(`server exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** A server on `location`: a SQLite file or a postgres:// URL. */
export async function startServer(
  location: string,
  responseCache: boolean,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      DB_LOCATION: location,
      RESPONSE_CACHE: responseCache ? '1' : '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const field = (name: string) => (m: unknown) =>
    typeof m === 'object' && m !== null && name in m
      ? ((m as Record<string, unknown>)[name] as number)
      : undefined;
  const port = await next(child, field('port'));
  const url = `http://127.0.0.1:${port}/graphql`;
  await signIn(url, BENCH_USER, BENCH_PASSWORD);
  return {
    url,
    pid: child.pid ?? 0,
    peakRss: () => {
      // Listen before asking: the reply may come before an awaited listener would be set.
      const reply = next(child, field('peakRss'));
      child.send('memory');
      return reply;
    },
    stop: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => process.kill(child.pid ?? 0, 'SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send('stop');
      }),
  };
}
