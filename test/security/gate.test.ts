/**
 * Findings 4, 9 and 10 of the hardening issue: one gate every route passes (server/http/gate.ts).
 * - A session on a one-time password got every workbook and the audit CSV: here every route of
 *   ROUTES is walked with such a session, and only sign-out, `me`/`changePassword` on /graphql
 *   and the public routes let it through.
 * - The CSRF rule was skipped for cached answers (`text/plain; application/json` got 400 fresh
 *   and 200 once cached): here the same request is refused both times.
 * - Refused reads (auditLog, accounts, the audit CSV) by a COUNTY, LEADER or ANALYST left no
 *   audit row: here each leaves exactly one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../server/http/gate.ts';
import { auditCount, sqlRow } from '../helpers/db.ts';
import {
  post,
  requestHeaders,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/graphql.ts';
import { addAccount, login, originOf } from '../auth/http.ts';
import { importSeed, NOTICE } from '../graphql/support.ts';

let server: TestServer;
let origin: string;
let oneTime: Client;
beforeAll(async () => {
  server = await startTestServer(importSeed, { responseCache: true });
  origin = originOf(server);
  const { oneTimePassword } = await addAccount(server.db, 'otp.admin', 'ADMIN', undefined, null);
  const answer = await login(server, 'otp.admin', oneTimePassword ?? '');
  expect(answer.body.account?.mustChangePassword).toBe(true);
  oneTime = { url: server.url, cookie: answer.setCookie?.split(';')[0] };
});
afterAll(() => server.close());

/** A request to `path` as the route's own method, with the cookie; JSON bodies for POST. */
function send(path: string, method: string, cookie: string | undefined, body?: unknown) {
  return fetch(`${origin}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(method === 'POST'
        ? { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }
        : {}),
    },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });
}

/** What each route lets a one-time-password session do: the status it answers. */
const EXPECTED_FOR_ONE_TIME: Record<string, number[]> = {
  health: [200],
  signIn: [400], // an empty body: a sign-in form error, not a refusal of the session
  signOut: [200], // lets anyone sign out
  graphql: [403], // `{ health }`: refused, PASSWORD_CHANGE_REQUIRED (only `me` and changePassword)
  exportTable: [403],
  exportWorkbook: [403],
  exportAudit: [403],
  asset: [404],
  signInPage: [200, 404], // served (404 only when the web build is missing)
  explorer: [302], // pages send the account to /login to change its password
  page: [302],
  static: [404],
};

describe('every route with a one-time-password session', () => {
  it('lists every route the app serves, each with an expectation', () => {
    expect(ROUTES.map((r) => r.name).sort()).toEqual(Object.keys(EXPECTED_FOR_ONE_TIME).sort());
  });

  it.each(ROUTES.filter((r) => r.name !== 'signOut').map((r) => [r.name, r] as const))(
    '%s',
    async (name, route) => {
      const before = await auditCount(server.db);
      const body = name === 'graphql' ? { query: '{ health }' } : {};
      const response = await send(route.example, route.method, oneTime.cookie, body);
      expect(EXPECTED_FOR_ONE_TIME[name]).toContain(response.status);
      if (response.status === 302)
        expect(response.headers.get('location')).toMatch(/^\/login\?next=/);
      // Refusals of a signed-in account are audited; nothing else writes a row.
      const refused = route.access === 'password-changed' ? 1 : 0;
      if (name !== 'graphql') expect((await auditCount(server.db)) - before).toBe(refused);
    },
  );

  it('lets `me` through on /graphql, and nothing else', async () => {
    expect((await post(oneTime, '{ me { username } }')).data).toEqual({
      me: { username: 'otp.admin' },
    });
    expect((await post(oneTime, '{ auditLog { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
  });

  it('downloads no workbook and no audit CSV', async () => {
    for (const path of [
      `/export/allocation.xlsx?document=${encodeURIComponent(NOTICE)}`,
      '/export/overview.xlsx?year=2022&month=9',
      '/audit/export.csv',
    ]) {
      const response = await send(path, 'GET', oneTime.cookie);
      expect(response.status, path).toBe(403);
      expect(await response.text(), path).toMatch(/PASSWORD_CHANGE_REQUIRED/);
    }
  });
});

describe('the CSRF rule, cached or not', () => {
  it('refuses `text/plain; application/json` on a fresh and on a cached query alike', async () => {
    const query = JSON.stringify({ query: '{ regions { name } }' });
    // Cached by a proper request first.
    expect((await post(server, '{ regions { name } }')).data).toBeTruthy();
    for (let i = 0; i < 2; i++) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; application/json', cookie: server.cookie ?? '' },
        body: query,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/);
    }
  });
});

describe('refused reads leave an audit row', () => {
  const lastRow = async () =>
    await sqlRow(
      server.db,
      'select actor, role, operation, outcome, code from audit_log order by id desc limit 1',
    );

  it.each([['COUNTY'], ['LEADER'], ['ANALYST']] as const)('by a %s', async (role) => {
    const client =
      role === 'COUNTY' ? await server.as({ county: '昌吉市' }) : await server.as(role);
    for (const query of ['{ auditLog { totalCount } }', '{ accounts { username } }']) {
      const before = await auditCount(server.db);
      const response = await post(client, query);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await auditCount(server.db)).toBe(before + 1);
      expect(await lastRow()).toMatchObject({ role, outcome: 'REFUSED', code: 'FORBIDDEN' });
    }
    const before = await auditCount(server.db);
    const csv = await fetch(`${origin}/audit/export.csv`, { headers: requestHeaders(client) });
    expect(csv.status).toBe(403);
    expect(await auditCount(server.db)).toBe(before + 1);
    expect(await lastRow()).toMatchObject({ role, operation: 'exportAudit', outcome: 'REFUSED' });
  });
});
