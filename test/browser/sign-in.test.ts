/**
 * Signing in as a user does, in headless Chromium: a page asked for without a session leads
 * to the sign-in page and back to that page afterwards; a wrong password is said so; a
 * one-time password must be replaced first; an admin reaches the audit trail and sees the
 * refused attempt there; signing out ends it. No console errors, nothing from outside.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { startTestServer, type TestServer } from '../helpers/graphql.ts';
import { addAccount } from '../auth/http.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { addUser, PASSWORD } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';

describe('signing in', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;
  let oneTime: string;

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'guanli', 'ADMIN');
    oneTime =
      (await addAccount(server.db, 'xin.ren', 'COUNTY', '昌吉市', null)).oneTimePassword ?? '';
    browser = await openBrowser(origin, { width: 1366, height: 768 });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterEach(() => {
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const field = (label: string) => browser.page.getByLabel(label, { exact: true });

  it('leads from a page to the sign-in page, says a password is wrong, then goes back there', async () => {
    const { page } = browser;
    await page.goto(`${origin}/region?region=昌吉市`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.screenshot({ path: `${ARTIFACTS}/sign-in.png` });
    await field('用户名').fill('guanli');
    await field('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('用户名或密码不正确。');
    // The browser logs the refused sign-in's 401 itself: that one, and nothing else.
    expect(browser.consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    browser.consoleErrors.length = 0;

    await field('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/region');
    expect(new URL(page.url()).searchParams.get('region')).toBe('昌吉市');
    await page.locator('.app-user').waitFor();
    expect(await page.locator('.app-user').innerText()).toContain('管理员');
  }, 60_000);

  it('shows the admin the refused sign-in in the audit trail', async () => {
    const { page } = browser;
    await page.goto(`${origin}/audit`);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const refused = table.locator('tr.audit-refused', { hasText: 'signIn' }).first();
    expect(await refused.innerText()).toContain('account:guanli');
    expect(await refused.innerText()).toContain('CREDENTIALS_WRONG');
    await page.screenshot({ path: `${ARTIFACTS}/audit.png`, fullPage: true });
  }, 60_000);

  it('signs out, and the pages are closed again', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto(`${origin}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
  }, 60_000);

  it('makes a one-time password be replaced before anything else', async () => {
    const { page } = browser;
    await page.goto(`${origin}/login?next=%2Ffiling`);
    await field('用户名').fill('xin.ren');
    await field('密码').fill(oneTime);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await field('新密码').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/sign-in-change-password.png` });
    await field('新密码').fill('my-own-password');
    await field('再次输入新密码').fill('my-own-password');
    await page.getByRole('button', { name: '保存并继续' }).click();
    await page.waitForURL((url) => url.pathname === '/filing');
    await page.locator('.filing-own-county').waitFor();
    expect(await page.locator('.filing-own-county').innerText()).toContain('昌吉市');
  }, 60_000);
});
