/**
 * Requests a browser could be tricked into sending, and requests that run too long: a
 * cross-site style POST (a simple content type, no preflight header) carrying the session
 * cookie executes nothing; a GET cannot mutate; a request over its time budget stops with
 * one REQUEST_TIMEOUT error and no partial data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, tableCounts } from '../helpers/db.ts';
import { post, startTestServer, type TestServer, dataStatements } from '../helpers/graphql.ts';
import { importSeed, NOTICE } from '../graphql/support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(importSeed);
});
afterAll(() => server.close());

const MUTATION = `mutation { submitSpendingReport(input: { year: 2022, month: 9, lines: [{ documentNumber: "${NOTICE}", spent: 1 }] }) { report { id } } }`;

describe('CSRF', () => {
  it('a cross-site style POST with the session cookie executes nothing', async () => {
    const county = await server.as({ county: '昌吉市' });
    const before = await tableCounts(server.db);
    const audited = await auditCount(server.db);
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      server.queries.length = 0;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie: county.cookie ?? '' },
        body: JSON.stringify({ query: MUTATION }),
      });
      expect(response.status, contentType).toBe(400);
      expect(await response.text()).toMatch(/CSRF|preflight/i);
      expect(dataStatements(server)).toEqual([]);
    }
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await auditCount(server.db)).toBe(audited);
  });

  it('a GET cannot run a mutation', async () => {
    const county = await server.as({ county: '昌吉市' });
    const before = await tableCounts(server.db);
    const response = await fetch(`${server.url}?query=${encodeURIComponent(MUTATION)}`, {
      headers: { cookie: county.cookie ?? '', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
    expect(await tableCounts(server.db)).toEqual(before);
  });
});

describe('the time budget of a request', () => {
  it('stops a request over it with one REQUEST_TIMEOUT error and no data', async () => {
    const slow = await startTestServer(importSeed, { requestTimeoutMs: 0 });
    try {
      // Any request takes more than 0 ms: the guard stops it at the first field after that.
      const response = await post(slow, '{ regions { name children { name } } }');
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      expect(slow.logged).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it('leaves ordinary requests alone', async () => {
    const response = await post(server, '{ regions { name children { name } } }');
    expect(response.errors).toBeUndefined();
  });
});
