/**
 * Finding 3 of the hardening issue: 15 wrong passwords sent at once all got 401 (the count was
 * taken after the hash); changePassword took unlimited guesses; the limiter lived in memory
 * (a restart reset it); 20 failures from one address locked out everyone behind it. Now the
 * count is taken before the hash, in the database, per account and per account + address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { addAccount, login, PASSWORD, signedIn } from '../auth/http.ts';
import { importSeed } from '../graphql/support.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fea-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Signs in from another loopback address (the server sees it as the client's address). */
function loginFrom(
  server: TestServer,
  localAddress: string,
  username: string,
  password: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/auth/login', server.url),
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ username, password }));
  });
}

describe('sign-in limits', () => {
  it('15 wrong passwords at once: at most 5 are checked (401), the rest get 429', async () => {
    const server = await startTestServer(importSeed);
    try {
      await addAccount(server.db, 'target', 'LEADER');
      const answers = await Promise.all(
        Array.from({ length: 15 }, (_, i) => login(server, 'target', `wrong-password-${i}`)),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('survive a restart (kept in the database)', async () => {
    const dbPath = join(dir, 'restart.sqlite');
    const first = await startTestServer(importSeed, { dbPath });
    await addAccount(first.db, 'restarted', 'LEADER');
    for (let i = 0; i < 5; i++)
      expect((await login(first, 'restarted', `nope-${i}-xxxx`)).status).toBe(401);
    await first.close();
    const second = await startTestServer(undefined, { dbPath });
    try {
      const answer = await login(second, 'restarted', PASSWORD);
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('one address cannot lock out the right password from another', async () => {
    const server = await startTestServer(importSeed);
    try {
      await addAccount(server.db, 'shared', 'LEADER');
      for (let i = 0; i < 6; i++) await loginFrom(server, '127.0.0.2', 'shared', `guess-${i}-xxxx`);
      expect(await loginFrom(server, '127.0.0.2', 'shared', PASSWORD)).toBe(429);
      expect(await loginFrom(server, '127.0.0.3', 'shared', PASSWORD)).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('limits guesses at the current password in changePassword', async () => {
    const server = await startTestServer(importSeed);
    try {
      await addAccount(server.db, 'changer', 'LEADER');
      const client = await signedIn(server, 'changer');
      const attempt = (current: string) =>
        post(
          client,
          `mutation { changePassword(currentPassword: "${current}", newPassword: "new-password-123") }`,
        );
      for (let i = 0; i < 5; i++)
        expect((await attempt(`wrong-${i}-xxxxxx`)).errors?.[0]?.extensions?.code).toBe(
          'PASSWORD_WRONG',
        );
      const refused = await attempt(PASSWORD);
      expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await server.close();
    }
  });
});
