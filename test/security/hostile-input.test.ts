/**
 * Findings 11 and 14 of the hardening issue: variables nested 100,000 deep answered HTTP 500
 * text/plain (a RangeError in the cache key); previewFeedbackWorkbook parsed an 846 KB
 * workbook for 2.7 s before refusing a LEADER. Now deep or malformed JSON is a 400 with a
 * message on every JSON route, and an upload is refused by role before its bytes are read.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkWorkbookBytes } from '../../server/excel/workbook-safety.ts';
import type * as Safety from '../../server/excel/workbook-safety.ts';
import { auditCount } from '../helpers/db.ts';
import { post, requestHeaders, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { importSeed } from '../graphql/support.ts';

// Records whether an upload's bytes were read at all (the first step of reading a workbook).
vi.mock('../../server/excel/workbook-safety.ts', async (original) => {
  const actual = await original<typeof Safety>();
  return { ...actual, checkWorkbookBytes: vi.fn(actual.checkWorkbookBytes) };
});

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startTestServer(importSeed, { responseCache: true });
  origin = new URL(server.url).origin;
});
afterAll(() => server.close());

const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;

describe('hostile JSON', () => {
  it('variables 100,000 deep: 400 with a message, never 500', async () => {
    const body = `{"query":"query($v: [Int]) { health }","variables":{"v":${deep(100_000)}}}`;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: requestHeaders(server),
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const json = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(json.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0]?.message).toMatch(/nested deeper than 64 levels/);
    expect(server.logged).toEqual([]);
  });

  it('deep variables in a GET query string: 400', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ health }')}&variables=${encodeURIComponent(`{"v":${deep(2000)}}`)}`;
    const response = await fetch(url, { headers: requestHeaders(server) });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/variables: .*nested deeper/);
  });

  it('malformed JSON: 400 with a message', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: requestHeaders(server),
      body: '{"query": "{ health }"',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not valid JSON/);
  });

  it('deep JSON to the sign-in and the table export: 400, never 500', async () => {
    const login = await fetch(`${origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"username":"a","password":"b","x":${deep(5000)}}`,
    });
    expect(login.status).toBe(400);
    const table = await fetch(`${origin}/export/table.xlsx`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.cookie ?? '' },
      body: `{"title":${deep(100_000)}}`,
    });
    expect(table.status).toBe(400);
    expect(await table.text()).toMatch(/nested deeper/);
  });
});

describe('an upload is refused by role before it is parsed', () => {
  it('a LEADER gets FORBIDDEN for a file that is not even a workbook, and it is audited', async () => {
    // Bytes that would fail as a file (NOT_XLSX) if they were read at all.
    const file = Buffer.alloc(800_000, 7).toString('base64');
    const before = await auditCount(server.db);
    const response = await post(
      await server.as('LEADER'),
      `mutation($file: String!) { previewFeedbackWorkbook(file: $file, region: "奇台县", year: 2022, month: 9) { problems { code } } }`,
      { file },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount(server.db)).toBe(before + 1);
    expect(vi.mocked(checkWorkbookBytes)).not.toHaveBeenCalled();
    // The county of the region gets its bytes read (and refused as not a workbook).
    const county = await post(
      await server.as({ county: '奇台县' }),
      `mutation($file: String!) { previewFeedbackWorkbook(file: $file, region: "奇台县", year: 2022, month: 9) { problems { code } } }`,
      { file },
    );
    expect(county.errors).toBeUndefined();
    expect(vi.mocked(checkWorkbookBytes)).toHaveBeenCalledTimes(1);
  });
});
