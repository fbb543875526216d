/**
 * The account page in headless Chromium: an admin creates a county clerk's account and sees
 * its one-time password once, an analyst creates an API token that then answers the API, and
 * revokes it. No console errors, nothing from outside.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accountByUsername } from '../../server/repositories/accounts.repo.ts';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';

describe('the account page', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'guanli', 'ADMIN');
    await addUser(server.db, 'fenxi', 'ANALYST');
    browser = await openBrowser(origin, { width: 1366, height: 900 });
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

  it('lets an admin create a county account and shows its one-time password once', async () => {
    const { page } = browser;
    await signIn(page, origin, 'guanli', '/account');
    const form = page.getByRole('form', { name: '新建账户' });
    await form.getByLabel('用户名').fill('hutubi.clerk');
    await form.getByLabel('显示名').fill('呼图壁县填报员');
    await form.getByLabel('角色').selectOption('COUNTY');
    await form.getByLabel('所属地区').fill('呼图壁县');
    await form.getByRole('button', { name: '新建账户' }).click();
    const shown = page.getByTestId('one-time-password');
    await shown.waitFor();
    const password = /：(\w{16})$/.exec(await shown.innerText())?.[1];
    expect(password).toMatch(/^\w{16}$/);
    const stored = await accountByUsername(server.db, 'hutubi.clerk');
    expect(stored).toMatchObject({
      role: 'COUNTY',
      regionName: '呼图壁县',
      mustChangePassword: true,
    });
    await expect
      .poll(() => page.locator('table.data').last().innerText())
      .toContain('hutubi.clerk');
    await page.screenshot({ path: `${ARTIFACTS}/account-admin.png`, fullPage: true });
  }, 60_000);

  it('lets an analyst create an API token that answers the API, then revoke it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, origin, 'fenxi', '/account');
    await page.getByLabel('用途').fill('月度导出脚本');
    await page.getByRole('button', { name: '创建令牌' }).click();
    const token = await page.getByTestId('new-token').innerText();
    expect(token).toMatch(/^fea_[\w-]{43}$/);
    const script = { url: server.url, token };
    expect((await post(script, '{ me { username } }')).data).toEqual({ me: { username: 'fenxi' } });

    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.locator('table.data').innerText()).toContain('已撤销');
    expect((await post(script, '{ me { username } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  }, 60_000);
});
