/**
 * The response cache shares answers that do not depend on who asks, keeps per account what
 * does, and keeps an answer computed from the clock until its content would change: a filing
 * status until the month's deadline passes (23:59:59 China time on the month's last day).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../helpers/engine.ts';
import { login } from '../auth/http.ts';
import { post, startTestServer, type TestServer, dataStatements } from '../helpers/graphql.ts';
import { ExecutionDocument } from './generated/graphql.ts';
import { fileReport, importSeed, seedLine } from './support.ts';

/** SQL run since the last reset, but finding who asks (the session), which precedes the cache. */
const computed = (server: TestServer) => dataStatements(server);

describe('response cache: shared between accounts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed, { responseCache: true });
  });
  afterAll(() => server.close());

  it('computes a dashboard answer once for every account that asks it', async () => {
    const september = { year: 2022, month: 9 };
    // Signed in first: creating the test accounts writes (and would change the data version).
    const others = [];
    for (const who of ['ANALYST', 'ADMIN', { county: '昌吉市' }] as const)
      others.push(await server.as(who));
    const leader = await server.as('LEADER');
    server.queries.length = 0;
    const first = await post(leader, ExecutionDocument, september);
    expect(first.errors).toBeUndefined();
    // The seed allocates 11,438 万元 to the prefecture (see support.ts PREFECTURE_TOTAL).
    expect((first.data?.execution as { allocated?: number } | null)?.allocated).toBe(11438);
    expect(computed(server).length).toBeGreaterThan(0);

    server.queries.length = 0;
    for (const client of others) {
      expect(await post(client, ExecutionDocument, september)).toEqual(first);
    }
    expect(computed(server)).toEqual([]);
  });

  it('keeps a shared answer across sign-in attempts, right or wrong (they change no figures)', async () => {
    const october = { year: 2022, month: 10 };
    const leader = await server.as('LEADER');
    const first = await post(leader, ExecutionDocument, october);
    expect(first.errors).toBeUndefined();
    expect((await login(server, 'nobody', 'wrong-password-123')).status).toBe(401);
    expect((await login(server, 'admin', 'wrong-password-123')).status).toBe(401);
    server.queries.length = 0;
    expect(await post(leader, ExecutionDocument, october)).toEqual(first);
    expect(computed(server)).toEqual([]);
  });

  it('never shares `me`, alone or beside a shared field', async () => {
    const ME = '{ me { username } execution(year: 2022, month: 9) { allocated } }';
    for (let i = 0; i < 2; i++) {
      expect((await post(await server.as('LEADER'), ME)).data).toEqual({
        me: { username: 'leader' },
        execution: { allocated: 11438 },
      });
      expect((await post(await server.as('ANALYST'), ME)).data).toEqual({
        me: { username: 'analyst' },
        execution: { allocated: 11438 },
      });
      expect((await post(await server.as('LEADER'), '{ me { role } }')).data).toEqual({
        me: { role: 'LEADER' },
      });
      expect((await post(await server.as('ANALYST'), '{ me { role } }')).data).toEqual({
        me: { role: 'ANALYST' },
      });
    }
  });
});

describe('response cache: answers that depend on the clock', () => {
  let server: TestServer;
  // October 2022's deadline: 2022-10-31 23:59:59.999 China time = 15:59:59.999 UTC.
  let clock = new Date('2022-10-31T14:00:00Z');
  beforeAll(async () => {
    server = await startTestServer(importSeed, { responseCache: true, now: () => clock });
  });
  afterAll(() => server.close());

  const STATUS = '{ filingStatus(year: 2022, month: 10) { deadline regions { late } } }';
  const lateFlags = async () => {
    const reply = await post(server, STATUS);
    expect(reply.errors).toBeUndefined();
    const status = (
      reply.data as { filingStatus: { deadline: string; regions: { late: boolean }[] } }
    ).filingStatus;
    expect(status.deadline).toBe('2022-10-31');
    return status.regions.map((r) => r.late);
  };

  it('keeps a filing status until the deadline passes, then recomputes it once', async () => {
    // The seed's seven counties, none filed: not late before the deadline.
    expect(await lateFlags()).toEqual(Array(7).fill(false));
    // Minutes later, still before the deadline: the same answer, from the cache.
    clock = new Date('2022-10-31T14:05:00Z');
    server.queries.length = 0;
    expect(await lateFlags()).toEqual(Array(7).fill(false));
    expect(computed(server)).toEqual([]);

    // Past the deadline (00:00:30 on 1 November in China): computed again, all late.
    clock = new Date('2022-10-31T16:00:30Z');
    expect(await lateFlags()).toEqual(Array(7).fill(true));
    expect(computed(server).length).toBeGreaterThan(0);

    // From then on the clock changes nothing: kept until a write, a day later too.
    clock = new Date('2022-11-01T16:00:30Z');
    server.queries.length = 0;
    expect(await lateFlags()).toEqual(Array(7).fill(true));
    expect(computed(server)).toEqual([]);
  });

  it('keeps an indicator comparison (its 30-day target is judged as of today) until midnight UTC', async () => {
    const COMPARISON =
      '{ indicatorComparison(documentNumber: "昌州财社〔2022〕11号") { name regions { status } } }';
    clock = new Date('2022-11-03T10:00:00Z');
    const first = await post(server, COMPARISON);
    expect(first.errors).toBeUndefined();
    clock = new Date('2022-11-03T23:59:00Z');
    server.queries.length = 0;
    expect(await post(server, COMPARISON)).toEqual(first);
    expect(computed(server)).toEqual([]);
    clock = new Date('2022-11-04T00:00:01Z');
    expect(await post(server, COMPARISON)).toEqual(first);
    expect(computed(server).length).toBeGreaterThan(0);
  });

  it('keeps a figure that does not read the clock across minutes', async () => {
    const august = { year: 2022, month: 8 };
    clock = new Date('2022-11-02T10:00:00Z');
    const first = await post(server, ExecutionDocument, august);
    clock = new Date('2022-11-02T10:07:00Z');
    server.queries.length = 0;
    expect(await post(server, ExecutionDocument, august)).toEqual(first);
    expect(computed(server)).toEqual([]);
  });
});

describe('response cache: a filing invalidates only its year', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed, { responseCache: true });
  });
  afterAll(() => server.close());

  const FIGURES = 'query Figures($year: Int!) { execution(year: $year, month: 9) { spent } }';
  const spent = async (year: number) => {
    const reply = await post(server, FIGURES, { year });
    expect(reply.errors).toBeUndefined();
    return (reply.data as { execution: { spent: number | null } | null }).execution?.spent;
  };

  it('keeps the answers about another year and recomputes those about the filed one', async () => {
    // Nothing filed yet: no spending in either year.
    expect(await spent(2022)).toBeNull();
    const other = await spent(2021);
    const regions = await post(server, '{ regions(level: COUNTY) { name } }');

    await fileReport(server, '奇台县', 2022, 9, [seedLine(1000)]);

    // The filed year: computed again, with the filing (1,000 万元 in 奇台县).
    server.queries.length = 0;
    expect(await spent(2022)).toBe(1000);
    expect(computed(server).length).toBeGreaterThan(0);
    // Another year: the same answer, no SQL.
    server.queries.length = 0;
    expect(await spent(2021)).toBe(other);
    expect(computed(server)).toEqual([]);
    // Reads no spending at all (regions): the same answer, no SQL.
    server.queries.length = 0;
    expect(await post(server, '{ regions(level: COUNTY) { name } }')).toEqual(regions);
    expect(computed(server)).toEqual([]);
    // Not plainly about one year (documents): computed again, to be safe.
    await post(server, '{ documents { totalCount } }');
    await fileReport(server, '奇台县', 2022, 9, [seedLine(1100)]);
    server.queries.length = 0;
    await post(server, '{ documents { totalCount } }');
    expect(computed(server).length).toBeGreaterThan(0);
  });

  it('recomputes a year-scoped answer after a write that does not say what it changed', async () => {
    const before = await spent(2021);
    // A notice import is an undeclared write: it may change any year's figures.
    await importSeed(server.db);
    server.queries.length = 0;
    expect(await spent(2021)).toBe(before);
    expect(computed(server).length).toBeGreaterThan(0);
  });
});

describe.skipIf(TEST_ENGINE === 'postgres')(
  'response cache: the clock horizon of an answer computed on a read worker (SQLite only: read workers)',
  () => {
    let dir: string;
    let server: TestServer;
    let clock = new Date('2022-10-31T14:00:00Z');
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'fea-cache-workers-'));
      server = await startTestServer(importSeed, {
        dbPath: join(dir, 'db.sqlite'),
        readWorkers: 1,
        waitForWorkers: true,
        responseCache: true,
        now: () => clock,
      });
    });
    afterAll(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('comes back from the worker: past the deadline the status is computed again', async () => {
      const STATUS = '{ filingStatus(year: 2022, month: 10) { regions { late } } }';
      const late = async () =>
        (
          (await post(server, STATUS)).data as { filingStatus: { regions: { late: boolean }[] } }
        ).filingStatus.regions.map((r) => r.late);
      expect(await late()).toEqual(Array(7).fill(false));
      clock = new Date('2022-10-31T16:00:30Z');
      expect(await late()).toEqual(Array(7).fill(true));
    });
  },
);
