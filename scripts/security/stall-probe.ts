/**
 * Does a heavy query stall everyone else? Starts the product's server (as `npm start` runs it:
 * read workers, READ_WORKERS) on a benchmark database with the response cache OFF (every
 * request computes), times the heaviest queries the limits admit, then runs `--clients` of the
 * worst one back to back while probing /health, sign-in and a trivial query one after another,
 * and prints latency figures (ms). Not a test: figures for the README.
 *
 *   npm run bench -- --scale small --db /tmp/bench.sqlite        # builds the database once
 *   node --import tsx scripts/security/stall-probe.ts --db /tmp/bench.sqlite [--clients 10]
 *        [--seconds 10] [--workers 2] [--regions 3000]
 *
 * `--regions N` first adds a national-sized region tree (31 provinces, N counties in all) to a
 * copy of the database, so the region-list queries see a realistic tree.
 */
import { fork } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, Kind, parse } from 'graphql';
import { openDatabase } from '../../server/db/connection.ts';
import { operationCost } from '../../server/graphql/cost.ts';
import { DEFAULT_LIMITS } from '../../server/graphql/limits.ts';
import { loadTypeDefs } from '../../server/graphql/server.ts';
import { addRegionTree, type RegionTreeNode } from '../../server/services/region-tree.service.ts';
import { BENCH_PASSWORD, BENCH_USER } from '../bench/bench-account.ts';
import { graphqlRequest } from '../bench/http.ts';
import { median, percentile } from '../bench/measure.ts';
import { startServer } from '../bench/server-process.ts';

const args = process.argv.slice(2);

// Load mode (a child of this script): sends one query back to back on `clients` connections and
// throws the answers away, in a process of its own so that reading megabytes of answers does
// not delay the probes' own clock.
if (args[0] === '--load') {
  const [, url, cookie, count, query] = args;
  const agent = new Agent({ keepAlive: true });
  const once = () =>
    new Promise<void>((resolve) => {
      const req = httpRequest(
        url ?? '',
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', cookie: cookie ?? '' },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            process.send?.('done');
            resolve();
          });
        },
      );
      req.on('error', () => setTimeout(resolve, 100));
      req.end(JSON.stringify({ query }));
    });
  for (let i = 0; i < Number(count); i++)
    void (async () => {
      for (;;) await once();
    })();
  process.on('message', () => process.exit(0));
  // Never outlive the probe (a killed parent would leave it hammering a closed port).
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

async function main(): Promise<void> {
  const value = (flag: string, fallback: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const source = value('--db', '');
  if (!source || !existsSync(source)) {
    console.error('--db <benchmark database> is required (npm run bench -- --scale small --db …)');
    process.exit(2);
  }
  const clients = Number(value('--clients', '10'));
  const seconds = Number(value('--seconds', '10'));
  const workers = value('--workers', '2');
  const regionCount = Number(value('--regions', '0'));
  const YEAR = 2025;

  const dir = mkdtempSync(join(tmpdir(), 'stall-probe-'));
  const dbPath = join(dir, 'probe.sqlite');
  {
    const original = await openDatabase(source);
    original.$client.pragma('wal_checkpoint(TRUNCATE)');
    original.$client.close();
    copyFileSync(source, dbPath);
  }
  if (regionCount > 0) {
    const db = await openDatabase(dbPath);
    const perProvince = Math.ceil(regionCount / 31);
    const tree: RegionTreeNode[] = [
      {
        name: '探测全国',
        level: 'country',
        children: Array.from({ length: 31 }, (_, p) => ({
          name: `探测省${p}`,
          level: 'province' as const,
          children: Array.from({ length: Math.ceil(perProvince / 9) }, (_, f) => ({
            name: `探测省${p}地区${f}`,
            level: 'prefecture' as const,
            children: Array.from({ length: 9 }, (_, c) => ({
              name: `探测省${p}地区${f}县${c}`,
              level: 'county' as const,
            })),
          })),
        })),
      },
    ];
    console.log(`added ${await addRegionTree(db, tree)} regions`);
    db.$client.close();
  }

  const aliases = (n: number, field: (i: number) => string) =>
    `{ ${Array.from({ length: n }, (_, i) => `q${i}: ${field(i)}`).join(' ')} }`;

  /** The heaviest shapes the limits admit (each near 400,000 by graphql/cost.ts). */
  const CANDIDATES: Record<string, string> = {
    'all counties with their parents ×8': aliases(
      8,
      () =>
        'regions(level: COUNTY) { name code level aliases parent { name code level aliases parent { name } } }',
    ),
    'filing status of 12 months (the filing calendar)': aliases(
      12,
      (i) =>
        `filingStatus(year: ${YEAR}, month: ${i + 1}) { filedCount expectedCount regions { region { name } filed version submittedAt late } }`,
    ),
    'execution tree with trends ×15': aliases(
      15,
      (i) =>
        `execution(year: ${YEAR}, month: ${(i % 12) + 1}) { spent progress children { region { name } spent progress warning trend { month spent progress } children { region { name } spent progress warning } } }`,
    ),
    'lagging counties, 100 a page, ×15': aliases(
      15,
      (i) =>
        `laggingRegions(year: ${YEAR}, month: ${(i % 12) + 1}, first: 100) { totalCount nodes { region { name parent { name } } allocated spent unspent progress benchmark warning previousYear { spent progress } } }`,
    ),
  };

  const schema = buildSchema(loadTypeDefs());
  function costOf(text: string): number {
    const document = parse(text);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operation && operation.kind === Kind.OPERATION_DEFINITION
      ? operationCost(schema, document, operation)
      : 0;
  }

  const process_ = await startServer(dbPath, false, { READ_WORKERS: workers });
  const origin = new URL(process_.url).origin;

  async function timed(run: () => Promise<unknown>): Promise<number> {
    const t = performance.now();
    await run();
    return performance.now() - t;
  }

  const health = () => fetch(`${origin}/health`).then((r) => r.text());
  const signIn = () =>
    fetch(`${origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
    }).then((r) => r.text());
  const trivial = () => graphqlRequest(process_.url, { query: '{ health }' });
  const sessionCookie = async () => {
    const response = await fetch(`${origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
    });
    return response.headers.get('set-cookie')?.split(';')[0] ?? '';
  };

  try {
    console.log(`database ${source} (copy), ${workers} heavy read workers + 1 light, cache off\n`);
    console.log('worst admitted queries (cost limit %d):', DEFAULT_LIMITS.maxCost);
    let worst = { name: '', text: '', ms: 0 };
    for (const [name, text] of Object.entries(CANDIDATES)) {
      const cost = costOf(text);
      const reply = await graphqlRequest(process_.url, { query: text });
      if (reply.errors?.length) {
        console.log(
          `  ${name}: refused or failed: ${JSON.stringify(reply.errors[0]).slice(0, 160)}`,
        );
        continue;
      }
      const samples: number[] = [];
      for (let i = 0; i < 3; i++)
        samples.push(await timed(() => graphqlRequest(process_.url, { query: text })));
      const ms = median(samples);
      console.log(`  ${name.padEnd(50)} cost ${String(cost).padStart(7)}  ${ms.toFixed(1)} ms`);
      if (ms > worst.ms) worst = { name, text, ms };
    }

    const probes = { health, signIn, trivial } as const;
    const idle: Record<string, number[]> = {};
    for (const [name, run] of Object.entries(probes)) {
      idle[name] = [];
      for (let i = 0; i < 20; i++) idle[name].push(await timed(run));
    }

    console.log(
      `\nunder load: ${clients} clients sending "${worst.name}" back to back, ${seconds} s`,
    );
    let heavyDone = 0;
    const cookie = await sessionCookie();
    const load = fork(
      fileURLToPath(import.meta.url),
      ['--load', process_.url, cookie, String(clients), worst.text],
      {
        execArgv: ['--import', 'tsx'],
      },
    );
    load.on('message', () => heavyDone++);
    await new Promise((r) => setTimeout(r, 1000));
    const loaded: Record<string, number[]> = { health: [], signIn: [], trivial: [] };
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until) {
      for (const [name, run] of Object.entries(probes)) loaded[name]?.push(await timed(run));
    }
    const exited = new Promise((r) => load.once('exit', r));
    load.send('stop');
    await exited;

    console.log('\nprobe (ms)        idle p50   idle p99   loaded p50   loaded p99   samples');
    for (const name of Object.keys(probes)) {
      const a = idle[name] ?? [];
      const b = loaded[name] ?? [];
      console.log(
        `${name.padEnd(16)} ${median(a).toFixed(1).padStart(9)} ${percentile(a, 99).toFixed(1).padStart(10)} ${median(b).toFixed(1).padStart(12)} ${percentile(b, 99).toFixed(1).padStart(12)} ${String(b.length).padStart(9)}`,
      );
    }
    console.log(`heavy queries answered meanwhile: ${heavyDone}`);
  } finally {
    await process_.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
