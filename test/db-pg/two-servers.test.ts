/**
 * Two app server processes (`node --import tsx server/main.ts`) on one PostgreSQL database, as
 * a bureau runs them behind a load balancer: a session made on one is valid on the other (and
 * signing out on one ends it on both), a filing on A is in B's dashboard answer as soon as A has
 * answered, although B had the old answer in its response cache, and wrong passwords spread over
 * both lock the account at the same count as on one server (5, server/auth/login-limiter.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './pg-test-database.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ADMIN_PASSWORD = 'two-servers-admin-password';
const PASSWORD = 'a-long-test-password';

interface AppServer {
  name: string;
  origin: string;
  child: ChildProcess;
  output: string[];
}

/** Starts server/main.ts on a port of its own choosing and resolves once it says where. */
function startServer(name: string, databaseUrl: string, sampleData: boolean): Promise<AppServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SAMPLE_DATA: sampleData ? '1' : '0',
      ADMIN_PASSWORD,
      READ_WORKERS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start in 90 s:\n${output.join('')}`)),
      90_000,
    );
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      const port = /listening on http:\/\/localhost:(\d+)\//.exec(output.join(''))?.[1];
      if (port) {
        clearTimeout(timer);
        resolvePromise({ name, origin: `http://127.0.0.1:${port}`, child, output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening:\n${output.join('')}`));
    });
  });
}

/** Stops a server by its own PID (SIGTERM: it closes its pool) and waits for it to exit. */
async function stopServer(server: AppServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function login(server: AppServer, username: string, password: string) {
  const response = await fetch(`${server.origin}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await response.arrayBuffer();
  return { status: response.status, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

async function graphql<T>(
  server: AppServer,
  cookie: string | undefined,
  query: string,
): Promise<{ status: number; data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const ME = '{ me { username role } }';
const OCTOBER = `{ filingStatus(year: 2022, month: 10) {
  filedCount expectedCount regions { region { name } filed } } }`;
interface October {
  filingStatus: {
    filedCount: number;
    expectedCount: number;
    regions: { region: { name: string }; filed: boolean }[];
  };
}
const QITAI_VERSION = `{ filingStatus(year: 2022, month: 10) {
  filedCount expectedCount regions { region { name } filed version } } }`;
const versionOfQitai = (answer: { data?: October }) =>
  (
    answer.data?.filingStatus.regions.find((r) => r.region.name === '奇台县') as
      { version?: number } | undefined
  )?.version;
const filedIn = (answer: { data?: October }) =>
  answer.data?.filingStatus.regions.filter((r) => r.filed).map((r) => r.region.name);

describe.skipIf(!TEST_DATABASE_URL)(`two app servers on one PostgreSQL${SKIP_REASON}`, () => {
  let database: TestDatabase;
  let a: AppServer | undefined;
  let b: AppServer | undefined;
  let admin: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A migrates and fills the empty database (the seed notice and the sample reports); B
    // starts on what A made.
    a = await startServer('A', database.url, true);
    b = await startServer('B', database.url, false);
    admin = (await login(a, 'admin', ADMIN_PASSWORD)).cookie;
  }, 200_000);
  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    await database?.drop();
  }, 30_000);

  const servers = () => {
    if (!a || !b) throw new Error('the servers did not start');
    return { a, b };
  };

  it('B knows a session made on A, and signing out on B ends it on A', async () => {
    const { a, b } = servers();
    expect(admin).toMatch(/=/);
    expect((await graphql(b, admin, ME)).data).toEqual({
      me: { username: 'admin', role: 'ADMIN' },
    });
    const other = (await login(a, 'admin', ADMIN_PASSWORD)).cookie;
    expect((await graphql(b, other, ME)).data).toEqual({
      me: { username: 'admin', role: 'ADMIN' },
    });
    const out = await fetch(`${b.origin}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(other ? { cookie: other } : {}) },
      body: '{}',
    });
    expect(out.status).toBeLessThan(300);
    expect((await graphql<{ me: unknown }>(a, other, ME)).data?.me ?? null).toBeNull();
    // The first session is untouched.
    expect((await graphql(a, admin, ME)).data).toEqual({
      me: { username: 'admin', role: 'ADMIN' },
    });
  });

  it('a filing on A is in the answer B gives right after, though B had cached the old one', async () => {
    const { a, b } = servers();
    // The sample data files months 1–10 for the seven counties of the seed notice, less
    // 奇台县's October (server/services/sample-data.service.ts): 6 of 7 filed.
    const before = await graphql<October>(b, admin, OCTOBER);
    expect(before.data?.filingStatus).toMatchObject({ filedCount: 6, expectedCount: 7 });
    expect(filedIn(before)).not.toContain('奇台县');
    // Asked again: now B answers from its response cache.
    expect((await graphql<October>(b, admin, OCTOBER)).data).toEqual(before.data);

    const created = await graphql(
      a,
      admin,
      `mutation { createAccount(input: { username: "qitai", role: COUNTY, region: "奇台县", password: "${PASSWORD}" }) { account { username } } }`,
    );
    expect(created.data).toEqual({ createAccount: { account: { username: 'qitai' } } });
    const county = (await login(a, 'qitai', PASSWORD)).cookie;
    const filed = await graphql<{
      submitSpendingReport: { errors: unknown[]; report: { version: number } | null };
    }>(
      a,
      county,
      `
        mutation {
          submitSpendingReport(
            input: {
              region: "奇台县"
              year: 2022
              month: 10
              lines: [{ documentNumber: "昌州财社〔2022〕11号", spent: "100" }]
            }
          ) {
            errors {
              code
              field
            }
            report {
              version
            }
          }
        }
      `,
    );
    expect(filed.data?.submitSpendingReport).toEqual({ errors: [], report: { version: 1 } });

    const after = await graphql<October>(b, admin, OCTOBER);
    expect(after.data?.filingStatus).toMatchObject({ filedCount: 7, expectedCount: 7 });
    expect(filedIn(after)).toContain('奇台县');
    // And A, which made the write, agrees.
    expect((await graphql<October>(a, admin, OCTOBER)).data).toEqual(after.data);

    // Nine resubmissions, each asked of B (its answer cached just before) as soon as A has
    // answered: B learns of A's commit by a notification, so this is where a late one would show.
    for (let version = 2; version <= 10; version++) {
      expect(versionOfQitai(await graphql<October>(b, admin, QITAI_VERSION))).toBe(version - 1);
      const again = await graphql<{
        submitSpendingReport: { report: { version: number } | null };
      }>(
        a,
        county,
        `mutation { submitSpendingReport(input: { region: "奇台县", year: 2022, month: 10,
          lines: [{ documentNumber: "昌州财社〔2022〕11号", spent: "${100 + version}" }] }) {
          report { version } } }`,
      );
      expect(again.data?.submitSpendingReport.report?.version).toBe(version);
      const seen = await graphql<October>(b, admin, QITAI_VERSION);
      expect(versionOfQitai(seen), `B after version ${version}`).toBe(version);
    }
  });

  it('wrong passwords spread over A and B lock the account at 5, as on one server', async () => {
    const { a, b } = servers();
    const created = await graphql(
      a,
      admin,
      `mutation { createAccount(input: { username: "guessed", role: LEADER, password: "${PASSWORD}" }) { account { username } } }`,
    );
    expect(created.data).toEqual({ createAccount: { account: { username: 'guessed' } } });
    // Three on A, two on B: five failures, each refused as a wrong password.
    for (const [server, i] of [
      [a, 1],
      [b, 2],
      [a, 3],
      [b, 4],
      [a, 5],
    ] as const)
      expect(
        (await login(server, 'guessed', `wrong-${i}-xxxx`)).status,
        `${server.name} #${i}`,
      ).toBe(401);
    // The sixth attempt, even with the right password, is refused on either server.
    expect((await login(b, 'guessed', PASSWORD)).status).toBe(429);
    expect((await login(a, 'guessed', PASSWORD)).status).toBe(429);
  });
});
