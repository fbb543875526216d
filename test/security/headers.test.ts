/**
 * Findings 7 and 8 of the hardening issue: no Content-Security-Policy, no frame-ancestors /
 * X-Frame-Options, no Referrer-Policy, and /graphql without X-Content-Type-Options; and
 * introspection refused under NODE_ENV=production, which left the explorer without a schema.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { importSeed, NOTICE } from '../graphql/support.ts';

let server: TestServer;
let origin: string;
const previousEnv = process.env.NODE_ENV;
beforeAll(async () => {
  // Apollo decides its production defaults when the server is built.
  process.env.NODE_ENV = 'production';
  server = await startTestServer(importSeed);
  origin = new URL(server.url).origin;
});
afterAll(async () => {
  process.env.NODE_ENV = previousEnv;
  await server.close();
});

const EXPECTED = {
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
};

describe('security headers on every response', () => {
  it.each([
    ['the health check', '/health', 'GET'],
    ['a page (redirect to sign-in)', '/region', 'GET'],
    ['the sign-in page', '/login', 'GET'],
    ['/graphql', '/graphql', 'POST'],
    ['an export', `/export/allocation.xlsx?document=${encodeURIComponent(NOTICE)}`, 'GET'],
    ['a missing file', '/nothing-here.txt', 'GET'],
  ])('%s', async (_, path, method) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        cookie: server.cookie ?? '',
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      },
      body: method === 'POST' ? JSON.stringify({ query: '{ health }' }) : undefined,
    });
    for (const [name, value] of Object.entries(EXPECTED))
      expect(response.headers.get(name), name).toBe(value);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('introspection under NODE_ENV=production', () => {
  const introspection = getIntrospectionQuery({
    inputValueDeprecation: true,
    schemaDescription: true,
  });

  it('answers an analyst and an admin (the explorer loads its schema)', async () => {
    for (const client of [await server.as('ANALYST'), server]) {
      const response = await post<{ __schema: { queryType: { name: string } } }, never>(
        client,
        introspection,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.__schema.queryType.name).toBe('Query');
    }
  });

  it('refuses a leader (the explorer is not theirs)', async () => {
    const response = await post(await server.as('LEADER'), '{ __schema { queryType { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
