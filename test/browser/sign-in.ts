/**
 * Browser tests sign in as a user does: accounts with a real password (scrypt, as the
 * product stores it), typed into the sign-in page.
 */
import type { Page } from 'playwright-core';
import type { Db } from '../../server/db/connection.ts';
import { createAccount } from '../../server/services/accounts.service.ts';
import { TEST_ACTOR } from '../helpers/db.ts';

export const PASSWORD = 'browser-test-password';

export async function addUser(
  db: Db,
  username: string,
  role: 'ADMIN' | 'LEADER' | 'ANALYST' | 'COUNTY',
  region?: string,
): Promise<void> {
  await createAccount(
    db,
    { actor: TEST_ACTOR, now: new Date() },
    { username, role, region: region ?? null, password: PASSWORD },
  );
}

/** Types the credentials into /login and waits until the page it leads to has loaded. */
export async function signIn(
  page: Page,
  origin: string,
  username: string,
  next = '/',
  password = PASSWORD,
): Promise<void> {
  await page.goto(`${origin}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname === new URL(next, origin).pathname),
    page.getByRole('button', { name: '登录', exact: true }).click(),
  ]);
}
