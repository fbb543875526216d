/**
 * Finding 13 of the hardening issue: with a database that cannot be written (a read-only file,
 * a full disk) /health said ok, every write was an INTERNAL_SERVER_ERROR and every sign-in a
 * bare HTTP 500. Now /health answers 503 naming the cause, and writes and sign-ins answer 503
 * with a message naming it; reads go on. (The tests run as root, whom file permissions do not
 * stop, so the read-only file is SQLite's read-only open of it, which refuses writes exactly
 * as a read-only file does; the full disk is SQLite's page limit reached.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../server/auth/cookies.ts';
import { newSecret, secretHash } from '../../server/auth/secrets.ts';
import { openDatabase, type Db } from '../../server/db/connection.ts';
import * as schema from '../../server/db/schema/index.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { createApp } from '../../server/http/app.ts';
import * as accountsRepo from '../../server/repositories/accounts.repo.ts';
import { addAccount, login, PASSWORD } from '../auth/http.ts';
import { post } from '../helpers/graphql.ts';
import { TEST_ENGINE } from '../helpers/engine.ts';
import { importSeed, NOTICE } from '../graphql/support.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fea-unwritable-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A seeded database file with a county account and a live session for it. */
async function seeded(path: string): Promise<string> {
  const db = await openDatabase(path);
  await importSeed(db);
  await addAccount(db, 'qitai', 'COUNTY', '奇台县');
  const sessionId = newSecret();
  const account = await accountsRepo.accountByUsername(db, 'qitai');
  await accountsRepo.insertSession(db, {
    idHash: secretHash(sessionId),
    accountId: account?.id ?? 0,
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  db.$client.close();
  return `${SESSION_COOKIE}=${sessionId}`;
}

async function serve(db: Db): Promise<{ server: Server; url: string }> {
  const server = await createApp(db, { thresholds: DEFAULT_THRESHOLDS, log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

const FILE = `mutation { submitSpendingReport(input: { year: 2022, month: 9, lines: [{ documentNumber: "${NOTICE}", spent: 1 }] }) { report { id } errors { code } } }`;

describe.skipIf(TEST_ENGINE === 'postgres')(
  'a database that cannot be written (SQLite only: a read-only file, a full page limit)',
  () => {
    it('read-only: /health, sign-in and writes say so (503); reads go on', async () => {
      const path = join(dir, 'readonly.sqlite');
      const cookie = await seeded(path);
      const client = new Database(path, { readonly: true });
      const db: Db = drizzle(client, { schema });
      const { server, url } = await serve(db);
      const origin = new URL(url).origin;
      try {
        const health = await fetch(`${origin}/health`);
        expect(health.status).toBe(503);
        expect(await health.json()).toEqual({
          ok: false,
          database: 'unwritable',
          cause: '数据库文件只读。The database file is read-only.',
        });

        const signIn = await login({ url }, 'qitai', PASSWORD);
        expect(signIn.status).toBe(503);
        expect(signIn.body.error?.code).toBe('DATABASE_UNWRITABLE');
        expect(signIn.body.error?.message).toMatch(/read-only/);

        const write = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: FILE }),
        });
        expect(write.status).toBe(503);
        const answer = (await write.json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(answer.errors[0]?.extensions.code).toBe('DATABASE_UNWRITABLE');
        expect(answer.errors[0]?.message).toMatch(/read-only/);

        const read = await post(
          { url, cookie },
          '{ execution(year: 2022, month: 9) { allocated } }',
        );
        expect(read.data).toEqual({ execution: { allocated: 11438 } });
      } finally {
        await new Promise((resolve) => server.close(resolve));
        client.close();
      }
    });

    it('full: /health says so, and a sign-in that cannot be written answers 503 naming it', async () => {
      const path = join(dir, 'full.sqlite');
      await seeded(path);
      const db = await openDatabase(path);
      // The database may not grow beyond its pages, and its free pages are used up: full.
      db.$client.exec('create table filler (x blob)');
      const pages = db.$client.pragma('page_count', { simple: true }) as number;
      db.$client.pragma(`max_page_count = ${pages + 2}`);
      for (const size of [3000, 300, 30])
        expect(() => {
          for (;;) db.$client.prepare(`insert into filler values (randomblob(${size}))`).run();
        }).toThrow(/full/);
      const { server, url } = await serve(db);
      const origin = new URL(url).origin;
      try {
        // At its page limit with no free page: /health says so before any write fails.
        expect((await fetch(`${origin}/health`)).status).toBe(503);
        // Each sign-in writes a session, a count and an audit row into the pages' last free
        // bytes; once none are left it must be a 503 naming the cause, never a 500.
        const statuses: number[] = [];
        let refused: Awaited<ReturnType<typeof login>> | undefined;
        for (let i = 0; i < 40 && !refused; i++) {
          const signIn = await login({ url }, 'qitai', PASSWORD);
          statuses.push(signIn.status);
          if (signIn.status !== 200) refused = signIn;
        }
        expect(statuses.filter((s) => s !== 200)).toEqual([503]);
        expect(statuses.length).toBeLessThan(40);
        expect(refused?.body.error?.code).toBe('DATABASE_UNWRITABLE');
        expect(refused?.body.error?.message).toMatch(/disk is full/);
        const health = await fetch(`${origin}/health`);
        expect(health.status).toBe(503);
        expect(((await health.json()) as { cause: string }).cause).toMatch(/disk is full/);
      } finally {
        await new Promise((resolve) => server.close(resolve));
        db.$client.close();
      }
    });
  },
);
