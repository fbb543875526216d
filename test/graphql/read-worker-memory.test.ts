/**
 * A read worker's heap has a limit (READ_WORKER_HEAP_MB, server/memory-settings.ts): a query
 * that needs more stops its own worker only. Here counties with 100,000-character names make an
 * admitted query (8 aliases of every county's name: within the cost limit) need ~100 MB at once
 * — the names are two-byte strings, 60 counties × 100,000 characters × 2 bytes × 8 aliases in
 * the JSON answer — against a 64 MB heap that already holds the schema and Apollo (~20 MB). The
 * query answers QUERY_TOO_LARGE naming the limit; the worker is replaced, and the next query is
 * answered. (The seeding takes a few seconds: region names this long are slow to check.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { applyMemorySettings, DEFAULT_MEMORY } from '../../server/memory-settings.ts';
import { addRegionTree } from '../../server/services/region-tree.service.ts';
import { TEST_ENGINE } from '../helpers/engine.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';

const LONG = 100_000;

/** 1 province, 4 prefectures, 60 counties whose names are 100,000 characters long. */
async function longNames(db: Db): Promise<void> {
  await addRegionTree(db, [
    {
      name: '测试省',
      level: 'province',
      children: Array.from({ length: 4 }, (_, p) => ({
        name: `测试州${p}`,
        level: 'prefecture' as const,
        children: Array.from({ length: 15 }, (_, c) => ({
          name: `${'长'.repeat(LONG - 8)}县${String(p * 15 + c).padStart(6, '0')}`,
          level: 'county' as const,
        })),
      })),
    },
  ]);
}

const HEAVY = `{ ${Array.from(
  { length: 8 },
  (_, i) => `h${i}: regions(level: COUNTY) { name level parent { name } }`,
).join(' ')} }`;

let dir: string;
let server: TestServer;

describe.skipIf(TEST_ENGINE === 'postgres')(
  'the read workers’ heap limit (SQLite only: read workers)',
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'fea-worker-heap-'));
      applyMemorySettings({ ...DEFAULT_MEMORY, readWorkerHeapMb: 64 });
      server = await startTestServer(longNames, {
        dbPath: join(dir, 'db.sqlite'),
        readWorkers: 1,
      });
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      applyMemorySettings(DEFAULT_MEMORY);
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers QUERY_TOO_LARGE for a query over the limit, replaces the worker, and serves the next query', async () => {
      const response = await post(server, HEAVY);
      expect(response.data).toBeNull();
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_LARGE']);
      expect(response.errors?.[0]?.message).toContain('(64 MB, READ_WORKER_HEAP_MB)');
      expect(server.logged.map((l) => l.message)).toContainEqual(
        expect.stringMatching(/^read worker stopped: .*memory limit/),
      );
      // The server goes on: /health on the main thread, and a query on the new worker.
      expect((await fetch(`${new URL(server.url).origin}/health`)).status).toBe(200);
      const one = await post(server, '{ regions(level: PROVINCE) { name } }');
      expect(one.errors).toBeUndefined();
      expect(one.data).toEqual({ regions: [{ name: '测试省' }] });
    });
  },
);
