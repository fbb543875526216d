/**
 * Queries run on read workers (server/graphql/read-pool.ts), each with its own read-only
 * connection to the database file; mutations on the main thread. Finding 1 of the hardening
 * issue: one query froze everyone for 28 s. Here the attack query is refused by its cost shape,
 * the heaviest admitted queries leave /health answering, a query over its budget is stopped by
 * terminating its worker, a client reads its own write at once, and a refused read is audited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { addRegionTree, type RegionTreeNode } from '../../server/services/region-tree.service.ts';
import { auditCount, sqlRow } from '../helpers/db.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { TEST_ENGINE } from '../helpers/engine.ts';
import { fileReport, importSeed, seedLine } from './support.ts';

/** A prefecture-sized tree under the seed's: 1 + 20 + 20 × 20 = 421 regions. */
async function manyRegions(db: Db): Promise<void> {
  await importSeed(db);
  const tree: RegionTreeNode = {
    name: '测试省',
    level: 'province',
    children: Array.from({ length: 20 }, (_, p) => ({
      name: `测试地区${p}`,
      level: 'prefecture' as const,
      children: Array.from({ length: 20 }, (_, c) => ({
        name: `测试地区${p}县${c}`,
        level: 'county' as const,
      })),
    })),
  };
  await addRegionTree(db, [tree]);
}

/** The query: 15 aliases walking down, up and down the tree. */
const ATTACK = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}: regions { children { parent { children { parent { children { parent { children { name code level aliases } } } } } } } }`,
).join(' ')} }`;

/** Heavy but admitted: 8 × every county with its parent chain (cost 8 × 3000 × 16 = 384,000). */
const HEAVY = `{ ${Array.from(
  { length: 8 },
  (_, i) =>
    `h${i}: regions(level: COUNTY) { name code level aliases parent { name code level aliases parent { name } } }`,
).join(' ')} }`;

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fea-workers-'));
  server = await startTestServer(manyRegions, { dbPath: join(dir, 'db.sqlite'), readWorkers: 1 });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const health = () => fetch(`${new URL(server.url).origin}/health`);

describe.skipIf(TEST_ENGINE === 'postgres')(
  'queries on read workers (SQLite only: each worker opens the database file)',
  () => {
    it('refuses the nested-alias query of the issue before it runs', async () => {
      const response = await post(server, ATTACK);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0]?.message).toMatch(
        /Recursive selection children \{ parent \{ children/,
      );
    });

    it('answers the heaviest admitted query on a worker, with /health answering meanwhile', async () => {
      const order: string[] = [];
      const heavy = post(server, HEAVY).then((r) => {
        order.push('heavy');
        return r;
      });
      // Give the heavy query time to reach its worker, then ask for /health.
      await new Promise((r) => setTimeout(r, 20));
      const ok = await health().then((r) => {
        order.push('health');
        return r.status;
      });
      const answer = await heavy;
      expect(ok).toBe(200);
      expect(answer.errors).toBeUndefined();
      // 421 new regions + 1 seed prefecture's 7 counties = 407 counties in all.
      expect((answer.data as Record<string, unknown[]>).h0?.length).toBe(407);
      expect(order).toEqual(['health', 'heavy']);
    });

    it('reads a write acknowledged before it (read after write)', async () => {
      await fileReport(server, '奇台县', 2022, 9, [seedLine(1234.5)]);
      const response = await post(
        server,
        '{ execution(year: 2022, month: 9, region: "奇台县") { spent } }',
      );
      expect(response.data).toEqual({ execution: { spent: 1234.5 } });
    });

    it('audits a refused read answered by a worker', async () => {
      const before = await auditCount(server.db);
      const response = await post(await server.as('LEADER'), '{ auditLog { totalCount } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await auditCount(server.db)).toBe(before + 1);
      const row = await sqlRow(
        server.db,
        'select actor, operation, object, outcome, code from audit_log order by id desc limit 1',
      );
      expect(row).toEqual({
        actor: 'leader',
        operation: 'auditLog',
        object: 'query:auditLog',
        outcome: 'REFUSED',
        code: 'FORBIDDEN',
      });
    });

    it('writes nothing through a worker’s connection (it is read-only)', async () => {
      // A mutation runs on the main thread and works; the workers' connections are query_only.
      const { openReadOnlyDatabase } = await import('../../server/db/connection.ts');
      const reader = openReadOnlyDatabase(join(dir, 'db.sqlite'));
      expect(() => reader.$client.exec("delete from regions where name = '测试省'")).toThrow(
        /readonly|read-only/i,
      );
      reader.$client.close();
    });
  },
);

describe.skipIf(TEST_ENGINE === 'postgres')(
  'the time budget on a worker (SQLite only: read workers)',
  () => {
    it('terminates the worker of a query over its budget, answers REQUEST_TIMEOUT, and replaces it', async () => {
      const slow = await startTestServer(manyRegions, {
        dbPath: join(dir, 'slow.sqlite'),
        readWorkers: 1,
        requestTimeoutMs: 1,
      });
      try {
        const response = await post(slow, HEAVY);
        expect(response.data).toBeNull();
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['REQUEST_TIMEOUT']);
        expect(slow.logged.map((l) => l.errorId)).toContain('request-timeout');
        // /health is answered by the main thread all along.
        expect((await fetch(`${new URL(slow.url).origin}/health`)).status).toBe(200);
      } finally {
        await slow.close();
      }
    });
  },
);
