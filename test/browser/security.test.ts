/**
 * The hardening issue's findings that only a browser shows, in headless Chromium on the built
 * app, served as in production (NODE_ENV=production, with its security headers):
 * - 6: `/login?next=…` leads after sign-in only to a path of this site, whatever the browser's
 *   URL parser makes of tabs, newlines and backslashes;
 * - 7/8: the explorer works under the Content-Security-Policy and loads its schema;
 * - 12: the overview draws a bar for every county, a 30-character name included.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { buildNotice } from '../graphql/notice-builder.ts';
import { importText } from '../graphql/support.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { OverviewPage } from './pages/overview-page.ts';
import { addUser, PASSWORD, signIn } from './sign-in.ts';

/** 30 characters. */
const LONG_NAME = '察布查尔锡伯自治县某某乡镇社会救助服务中心第一流动救助服务站';
const NUMBER = '测财社〔2024〕5号';

let server: TestServer;
let origin: string;
let browser: BrowserSession;
const previousEnv = process.env.NODE_ENV;

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  server = await startTestServer((db) =>
    importText(
      db,
      buildNotice({
        issuer: '测试地区',
        number: NUMBER,
        upstreamNumber: '新财社〔2024〕1号',
        year: 2024,
        batch: '第一批',
        issuedOn: { month: 3, day: 6 },
        counties: [
          { name: LONG_NAME, early: 100, thisBatch: 50 },
          { name: '东山县', early: 200, thisBatch: 50 },
          { name: '西山县', early: 300, thisBatch: 50 },
        ],
      }),
      'long-names',
    ),
  );
  origin = new URL(server.url).origin;
  await addUser(server.db, 'lingdao', 'LEADER');
  await addUser(server.db, 'fenxi', 'ANALYST');
  for (const [county, spent] of [
    [LONG_NAME, 60],
    ['东山县', 100],
  ] as const) {
    const filed = await post(
      await server.as({ county }),
      `mutation { submitSpendingReport(input: { year: 2024, month: 6, lines: [{ documentNumber: "${NUMBER}", spent: ${spent}, reason: "r", measures: "m", measuresDueOn: "2024-07-31" }] }) { errors { code } } }`,
    );
    expect(filed.errors).toBeUndefined();
  }
  browser = await openBrowser(origin);
}, 60_000);
afterEach(() => {
  expect(browser.outside).toEqual([]);
  expect(browser.consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  browser.consoleErrors.length = 0;
});
afterAll(async () => {
  process.env.NODE_ENV = previousEnv;
  await browser.close();
  await server.close();
});

/** Signs in on /login?next=<raw, already encoded> and says where the browser went. */
async function landingAfterSignIn(encodedNext: string): Promise<URL> {
  const { page } = browser;
  await browser.context.clearCookies();
  await page.goto(`${origin}/login?next=${encodedNext}`);
  await page.getByLabel('用户名', { exact: true }).fill('lingdao');
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/login'),
    page.getByRole('button', { name: '登录', exact: true }).click(),
  ]);
  // Let the page finish its requests, so the next navigation aborts none of them.
  await page.waitForLoadState('networkidle');
  return new URL(page.url());
}

describe('next= after sign-in', () => {
  it.each([
    ['tab then slash', '%2F%09%2Fevil.example%2Fx'],
    ['newline then slash', '%2F%0A%2Fevil.example%2Fx'],
    ['tab then backslash', '%2F%09%5Cevil.example%2Fx'],
    ['two slashes', '%2F%2Fevil.example%2Fx'],
    ['slash backslash', '%2F%5Cevil.example%2Fx'],
    ['an absolute URL', 'https%3A%2F%2Fevil.example%2Fx'],
  ])('%s stays on this site', async (_, next) => {
    const landed = await landingAfterSignIn(next);
    expect(landed.origin).toBe(origin);
    expect(landed.pathname).toBe('/');
  });

  it('a path of this site is followed', async () => {
    const landed = await landingAfterSignIn(encodeURIComponent('/indicators?lang=zh'));
    expect(landed.origin).toBe(origin);
    expect(landed.pathname).toBe('/indicators');
  });
});

describe('the explorer under the Content-Security-Policy, in production', () => {
  it('loads and shows the schema', async () => {
    const { page } = browser;
    await browser.context.clearCookies();
    await signIn(page, origin, 'fenxi', '/explorer/');
    const response = await page.goto(`${origin}/explorer/`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer a', { hasText: 'Query' }).first().click();
    expect(await page.locator('.graphiql-doc-explorer').innerText()).toContain('execution');
  }, 90_000);
});

describe('long region names in the overview', () => {
  it('draws a bar for every county, the 30-character one included, its whole name on hover', async () => {
    const { page } = browser;
    await browser.context.clearCookies();
    await signIn(page, origin, 'lingdao', '/');
    const overview = new OverviewPage(page);
    await overview.open(origin, 'year=2024&month=6');
    const panel = page.locator('section', { has: page.locator('#overview-progress-title') });
    const ticks = await panel.locator('text.overview-tick-link').allTextContents();
    expect(ticks).toContain('察布查尔锡伯自治县…');
    expect(await panel.locator('g > title').allTextContents()).toContain(LONG_NAME);
    // Two counties reported: two bars with a width; the third is the hatched "not reported".
    const widths: number[] = [];
    for (const bar of await panel.locator('.recharts-bar-rectangle path').all())
      widths.push((await bar.boundingBox())?.width ?? 0);
    expect(widths.filter((w) => w > 1).length).toBeGreaterThanOrEqual(3);
    // The table keeps the whole name.
    expect((await overview.tableRows()).map((r) => r.region)).toContain(LONG_NAME);
  }, 60_000);
});
