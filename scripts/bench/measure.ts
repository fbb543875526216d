/** Timing: medians of repeated runs, throughput, and latency of a probe under load. */
import { graphqlRequest, type GraphQLBody } from './http.ts';

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function timeSync(run: () => unknown, times: number): number {
  run(); // warm: statements prepared, pages cached
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export async function timeAsync(run: () => Promise<unknown>, times: number): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

async function ok(url: string, body: GraphQLBody): Promise<void> {
  const reply = await graphqlRequest(url, body);
  if (reply.status !== 200 || reply.errors?.length) {
    throw new Error(`load request failed: ${JSON.stringify(reply.errors).slice(0, 300)}`);
  }
}

/** Requests per second with `clients` sending back to back for `ms`. */
export async function throughput(
  url: string,
  body: GraphQLBody,
  clients: number,
  ms: number,
): Promise<number> {
  let done = 0;
  const until = performance.now() + ms;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        await ok(url, body);
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

/**
 * p99 latency of `probe`, sent one after another, while `clients` send `heavy` back to back:
 * how long one slow synchronous query makes everyone else wait.
 */
export async function probeUnderLoad(
  url: string,
  heavy: GraphQLBody,
  probe: GraphQLBody,
  clients: number,
  probes: number,
): Promise<{ p99: number; median: number; heavyDone: number }> {
  let stop = false;
  let heavyDone = 0;
  const load = Array.from({ length: clients }, async () => {
    while (!stop) {
      await ok(url, heavy);
      heavyDone++;
    }
  });
  const samples: number[] = [];
  try {
    for (let i = 0; i < probes; i++) {
      const t = performance.now();
      await ok(url, probe);
      samples.push(performance.now() - t);
    }
  } finally {
    stop = true;
    await Promise.all(load);
  }
  return { p99: percentile(samples, 99), median: median(samples), heavyDone };
}
