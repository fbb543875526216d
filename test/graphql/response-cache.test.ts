/**
 * Query answers are cached until the next write: the same query again runs no SQL, a filed
 * report is seen at once, mutations are never cached, and a query with other variables is a
 * different answer; answers never cross accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../server/graphql/response-cache.ts';
import {
  execute,
  post,
  startTestServer,
  type TestServer,
  dataStatements,
} from '../helpers/graphql.ts';
import { ExecutionDocument } from './generated/graphql.ts';
import { fileReport, importSeed, seedLine } from './support.ts';

describe('response cache', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed, { responseCache: true });
  });
  afterAll(() => server.close());

  it('answers a repeated query without SQL and a changed one after a write', async () => {
    const september = { year: 2022, month: 9 };
    const first = await execute(server, ExecutionDocument, september);
    expect(first.execution?.spent).toBeNull();
    server.queries.length = 0;
    expect(await execute(server, ExecutionDocument, september)).toEqual(first);
    // Nothing but finding who asks (the session), which comes before the cache.
    expect(dataStatements(server)).toEqual([]);

    await fileReport(server, '奇台县', 2022, 9, [seedLine(1000)]);
    await fileReport(server, '奇台县', 2022, 9, [seedLine(1200)]);
    // The same mutation again is filed again, not answered from the cache.
    const again = await fileReport(server, '奇台县', 2022, 9, [seedLine(1200)]);
    expect(again.version).toBe(3);
    const after = await execute(server, ExecutionDocument, september);
    expect(after.execution?.spent).toBe(1200);
    expect(after.execution?.children.find((c) => c.region.name === '奇台县')?.spent).toBe(1200);

    const august = await execute(server, ExecutionDocument, { year: 2022, month: 8 });
    expect(august.execution?.spent).toBeNull();
  });

  it('never gives one account’s answer to another', async () => {
    const ME = '{ me { username role } }';
    const AUDIT = '{ auditLog(first: 1) { totalCount } }';
    const county = await server.as({ county: '昌吉市' });
    for (let i = 0; i < 2; i++) {
      expect((await post(server, ME)).data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
      expect((await post(county, ME)).data).toEqual({
        me: { username: '昌吉市-filer', role: 'COUNTY' },
      });
      expect((await post(server, AUDIT)).errors).toBeUndefined();
      expect((await post(county, AUDIT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets a request wait for the same answer being computed, then forgets it', async () => {
    const cache = new ResponseCache(
      () => 'v1',
      () => new Date(0),
    );
    expect(await cache.waitFor('k')).toBeUndefined();
    const finish = cache.begin('k');
    const waiting = cache.waitFor('k');
    expect(waiting).toBeDefined();
    const answer = { headers: [], body: '{"data":{}}' };
    finish(answer);
    expect(await waiting).toBe(answer);
    expect(await cache.waitFor('k')).toBeUndefined();
  });

  it('counts two bytes a character against its byte budget, evicting the least recent', () => {
    // Each answer is 3,000 characters, so it takes at least 6,000 bytes: one fits in 10,000,
    // two do not (counted a byte a character, as before, both would have fitted).
    const cache = new ResponseCache(
      () => 'v1',
      () => new Date(0),
      { maxEntries: 500, maxBytes: 10_000 },
    );
    const answer = (c: string) => ({
      headers: [] as [string, string][],
      body: `{"data":{"regions":"${c.repeat(3000 - 23)}"}}`,
    });
    const ask = (query: string) => ({ query });
    const a = ask('{ regions { name } }');
    const b = ask('{ regions { code } }');
    const keyA = cache.keyOf('POST', a, 'admin') ?? '';
    const keyB = cache.keyOf('POST', b, 'admin') ?? '';
    expect(answer('a').body).toHaveLength(3000);
    expect(cache.store(keyA, a, 200, answer('a'))).toBe(true);
    expect(cache.get(keyA)?.body).toBe(answer('a').body);
    expect(cache.store(keyB, b, 200, answer('b'))).toBe(true);
    expect(cache.get(keyA)).toBeUndefined();
    expect(cache.get(keyB)?.body).toBe(answer('b').body);
  });

  it('answers but never caches a request over 64 KB (query and variables), so never parses it', () => {
    const cache = new ResponseCache(
      () => 'v1',
      () => new Date(0),
    );
    const small = {
      query: 'query($n: String!) { region(name: $n) { id } }',
      variables: { n: 'x' },
    };
    expect(cache.keyOf('POST', small, 'admin')).not.toBeNull();
    const bigVariable = { ...small, variables: { n: 'x'.repeat(64 * 1024) } };
    expect(cache.keyOf('POST', bigVariable, 'admin')).toBeNull();
    // 2.4 MB of aliases: not cached, so not parsed by the cache either (that took 1.5 s).
    expect(cache.keyOf('POST', { query: `{ ${'a '.repeat(1_200_000)}}` }, 'admin')).toBeNull();
  });
});
