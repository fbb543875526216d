/**
 * Signing in, like a browser and like a script: who gets what without signing in, the session
 * cookie's flags, wrong passwords and their rate limit, one-time passwords, API tokens,
 * disabled accounts, and which pages each role reaches.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInScopes, DatabaseLoginLimiter } from '../../server/auth/login-limiter.ts';
import { accountByUsername } from '../../server/repositories/accounts.repo.ts';
import { auditCount, sqlRow, sqlRows, testDb } from '../helpers/db.ts';
import { post, startTestServer, TEST_NOW, type TestServer } from '../helpers/graphql.ts';
import { importSeed } from '../graphql/support.ts';
import { addAccount, login, originOf, PASSWORD, signedIn } from './http.ts';

const ME = '{ me { username role region { name } mustChangePassword } }';
const EXECUTION = '{ execution(year: 2022, month: 9) { allocated } }';

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startTestServer(importSeed);
  origin = originOf(server);
  await addAccount(server.db, 'zhang.san', 'COUNTY', '昌吉市');
  await addAccount(server.db, 'li.si', 'LEADER');
  await addAccount(server.db, 'wang.wu', 'ANALYST');
});
afterAll(() => server.close());

const get = (path: string, cookie?: string) =>
  fetch(`${origin}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

describe('an anonymous request', () => {
  it('is sent to the sign-in page from every page, with where it was going', async () => {
    for (const path of [
      '/',
      '/region?region=昌吉市',
      '/filing',
      '/audit',
      '/account',
      '/explorer/',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(302);
      // The path as it went over the wire (percent-encoded), as one query parameter.
      const sent = new URL(path, origin);
      expect(response.headers.get('location'), path).toBe(
        `/login?next=${encodeURIComponent(sent.pathname + sent.search)}`,
      );
    }
  });

  it('gets 401 UNAUTHENTICATED from the API, introspection included, and nothing runs', async () => {
    for (const query of [EXECUTION, '{ __schema { types { name } } }', ME]) {
      server.queries.length = 0;
      const response = await post(server.anonymous, query);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(server.queries).toEqual([]);
    }
    expect((await get('/audit/export.csv')).status).toBe(401);
  });

  it('gets the static assets, and no session is even looked up for them', async () => {
    // The build (npm test builds before the tests run; TEST_WEB_ROOT names another one).
    const assets = readdirSync(join(process.env.TEST_WEB_ROOT ?? 'dist/web', 'assets'));
    const script = assets.find((f) => f.endsWith('.js'));
    server.queries.length = 0;
    const response = await get(`/assets/${script}`);
    expect(response.status).toBe(200);
    expect(server.queries).toEqual([]);
    expect((await get('/login')).status).toBe(200);
  });

  it('may reach /health (no data in it)', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie that the API accepts', async () => {
    const answer = await login(server, 'Zhang.San', PASSWORD); // usernames are case-blind
    expect(answer.status).toBe(200);
    expect(answer.setCookie).toMatch(
      /^fea_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/,
    );
    // The sign-in is on the record, as the account's own act.
    expect(
      await sqlRow(
        server.db,
        'select actor, role, via, operation, outcome from audit_log order by id desc limit 1',
      ),
    ).toEqual({
      actor: 'zhang.san',
      role: 'COUNTY',
      via: 'session',
      operation: 'signIn',
      outcome: 'OK',
    });
    const client = { url: server.url, cookie: answer.setCookie?.split(';')[0] };
    const { data } = await post(client, ME);
    expect(data).toEqual({
      me: {
        username: 'zhang.san',
        role: 'COUNTY',
        region: { name: '昌吉市' },
        mustChangePassword: false,
      },
    });
  });

  it('stores a scrypt hash, never the password, and only a hash of the session id', async () => {
    const account = await accountByUsername(server.db, 'zhang.san');
    expect(account?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w+/]{22}==\$[\w+/]{43}=$/);
    expect(account?.passwordHash).not.toContain(PASSWORD);
    const client = await signedIn(server, 'zhang.san');
    const sessionId = client.cookie?.split('=')[1] ?? '';
    const stored = await sqlRows<{ id_hash: string }>(server.db, 'select id_hash from sessions');
    expect(stored.map((s) => s.id_hash)).not.toContain(sessionId);
  });

  it('refuses a wrong password or unknown user alike, and audits the attempt', async () => {
    const before = await auditCount(server.db);
    for (const [username, password] of [
      ['zhang.san', 'wrong-password!'],
      ['nobody', PASSWORD],
    ] as const) {
      const answer = await login(server, username, password);
      expect(answer.status).toBe(401);
      expect(answer.setCookie).toBeNull();
      expect(answer.body.error?.code).toBe('CREDENTIALS_WRONG');
    }
    expect(await auditCount(server.db)).toBe(before + 2);
    const last = await sqlRow(
      server.db,
      'select operation, object, outcome, code from audit_log order by id desc limit 1',
    );
    expect(last).toEqual({
      operation: 'signIn',
      object: 'account:nobody',
      outcome: 'REFUSED',
      code: 'CREDENTIALS_WRONG',
    });
  });

  it('ends the session on sign-out', async () => {
    const client = await signedIn(server, 'li.si');
    expect((await post(client, ME)).data).toBeTruthy();
    const response = await fetch(`${origin}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^fea_session=; .*Max-Age=0/);
    expect((await post(client, ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts only JSON, so a cross-site form cannot sign anyone in', async () => {
    const response = await fetch(`${origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=zhang.san&password=${PASSWORD}`,
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('the rate limit on sign-in', () => {
  it('refuses a sixth attempt within 15 minutes, even with the right password', async () => {
    const limited = await startTestServer(importSeed);
    try {
      await addAccount(limited.db, 'zhao.liu', 'LEADER');
      for (let i = 0; i < 5; i++)
        expect((await login(limited, 'zhao.liu', `guess-${i}-xxxx`)).status).toBe(401);
      const blocked = await login(limited, 'zhao.liu', PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error?.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(blocked.retryAfter)).toBeGreaterThan(800);
      expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(900);
    } finally {
      await limited.close();
    }
  });

  it('counts per account and address, per account at four times that, per address at twenty', async () => {
    const db = await testDb();
    const limiter = new DatabaseLoginLimiter(db, { maxFailures: 5, windowMs: 60_000 });
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++)
      expect(await limiter.reserve(signInScopes('a', '10.0.0.1'), t0 + i)).toBe(0);
    // The same account and address: locked for one window.
    expect(await limiter.reserve(signInScopes('a', '10.0.0.1'), t0 + 10)).toBe(60_000);
    // The same account from another address, another account from the same address: allowed.
    expect(await limiter.reserve(signInScopes('a', '10.0.0.2'), t0 + 10)).toBe(0);
    expect(await limiter.reserve(signInScopes('b', '10.0.0.1'), t0 + 10)).toBe(0);
    // The account over all addresses: 20.
    for (let i = 3; i < 18; i++) await limiter.reserve(signInScopes('a', `10.0.1.${i}`), t0 + 20);
    expect(await limiter.reserve(signInScopes('a', '10.0.9.9'), t0 + 30)).toBeGreaterThan(0);
    // The window passes: the pair is allowed again, and a second lock lasts twice as long.
    expect(await limiter.reserve(signInScopes('c', '10.0.0.1'), t0 + 60_011)).toBe(0);
  });
});

describe('a one-time password', () => {
  it('allows nothing but me and changePassword until it is replaced', async () => {
    const { oneTimePassword } = await addAccount(server.db, 'new.clerk', 'COUNTY', '阜康市', null);
    expect(oneTimePassword).toMatch(/^[a-zA-Z2-9]{16}$/);
    const answer = await login(server, 'new.clerk', oneTimePassword ?? '');
    expect(answer.body.account?.mustChangePassword).toBe(true);
    const client = { url: server.url, cookie: answer.setCookie?.split(';')[0] };
    expect((await post(client, EXECUTION)).errors?.[0]?.extensions?.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    expect((await get('/', client.cookie)).status).toBe(302);
    expect((await post(client, ME)).data).toMatchObject({ me: { mustChangePassword: true } });

    const change = `mutation { changePassword(currentPassword: "${oneTimePassword}", newPassword: "my-own-password-1") }`;
    expect((await post(client, change)).data).toEqual({ changePassword: true });
    expect((await post(client, EXECUTION)).data).toEqual({ execution: { allocated: 11438 } });
    expect((await get('/', client.cookie)).status).toBe(200);
  });
});

const CREATE =
  'mutation { createApiToken(name: "月度导出脚本") { token apiToken { id name prefix } } }';

describe('API tokens', () => {
  it('are created by an analyst, shown once, stored as a hash, and revoked for good', async () => {
    const analyst = await signedIn(server, 'wang.wu');
    const created = (
      await post<
        { createApiToken: { token: string; apiToken: { id: string; prefix: string } } },
        never
      >(analyst, CREATE)
    ).data?.createApiToken;
    expect(created?.token).toMatch(/^fea_[\w-]{43}$/);
    expect(created?.apiToken.prefix).toBe(created?.token.slice(0, 10));
    const stored = await sqlRows<{ token_hash: string }>(
      server.db,
      'select token_hash from api_tokens',
    );
    expect(stored.map((t) => t.token_hash)).not.toContain(created?.token);

    const script = { url: server.url, token: created?.token };
    expect((await post(script, EXECUTION)).data).toEqual({ execution: { allocated: 11438 } });
    expect((await post(script, ME)).data).toMatchObject({ me: { username: 'wang.wu' } });
    const list = await post<
      { myApiTokens: { name: string; lastUsedAt: string | null; revokedAt: string | null }[] },
      never
    >(analyst, '{ myApiTokens { name lastUsedAt revokedAt } }');
    const [listed] = list.data?.myApiTokens ?? [];
    expect(listed).toMatchObject({ name: '月度导出脚本', revokedAt: null });
    // Its use was recorded, at the server's clock.
    expect(listed?.lastUsedAt).toBe(TEST_NOW.toISOString());

    const revoke = `mutation { revokeApiToken(id: "${created?.apiToken.id}") { revokedAt } }`;
    expect((await post(analyst, revoke)).data).toEqual({
      revokeApiToken: { revokedAt: TEST_NOW.toISOString() },
    });
    expect((await post(script, EXECUTION)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are not for leaders or counties, and a wrong token is anonymous', async () => {
    for (const username of ['li.si', 'zhang.san']) {
      const client = await signedIn(server, username);
      expect((await post(client, CREATE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const forged = { url: server.url, token: `fea_${'A'.repeat(43)}` };
    expect((await post(forged, EXECUTION)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('pages by role', () => {
  it('gives the explorer to analysts and admins only', async () => {
    const analyst = await signedIn(server, 'wang.wu');
    const leader = await signedIn(server, 'li.si');
    expect((await get('/explorer/', analyst.cookie)).status).not.toBe(403);
    expect((await get('/explorer/', leader.cookie)).status).toBe(403);
    expect((await get('/', leader.cookie)).status).not.toBe(302);
  });

  it('lets a disabled account in nowhere, its session and tokens included', async () => {
    await addAccount(server.db, 'leaving', 'ANALYST');
    const client = await signedIn(server, 'leaving');
    const token = (await post<{ createApiToken: { token: string } }, never>(client, CREATE)).data
      ?.createApiToken.token;
    const disable =
      'mutation { updateAccount(input: { username: "leaving", disabled: true }) { disabled } }';
    expect((await post(server, disable)).data).toEqual({ updateAccount: { disabled: true } });
    expect((await post(client, ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post({ url: server.url, token }, ME)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await login(server, 'leaving', PASSWORD)).status).toBe(401);
  });
});
