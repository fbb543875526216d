/**
 * The language switch on the overview: Chinese by default; the header's button turns the
 * navigation, the card titles and the chart text to English and puts lang=en in the URL
 * (figures unchanged); the same button switches back. No console errors, nothing from outside.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { OverviewPage, type CardName } from './pages/overview-page.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';
const CARDS: CardName[] = ['allocated', 'spent', 'unspent', 'progress', 'lagging'];

describe('language switch', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'lingdao', 'LEADER');
    browser = await openBrowser(origin, { width: 1366, height: 768 });
    await signIn(browser.page, origin, 'lingdao');
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('switches the overview to English and back', async () => {
    const overview = new OverviewPage(browser.page);
    await overview.open(origin, 'year=2022&month=10');
    const titles = () => Promise.all(CARDS.map((c) => overview.cardTitle(c)));
    const values = () => Promise.all(CARDS.slice(0, 3).map((c) => overview.cardValue(c)));

    expect(await overview.navLinks()).toEqual([
      '执行概览',
      '地区详情',
      '资金分配',
      '绩效指标对比',
      '月度填报',
      '数据质量',
    ]);
    expect(await titles()).toEqual([
      '全年下达（万元）',
      '累计支出（万元）',
      '未支出（万元）',
      '支出进度',
      '滞后县市',
    ]);
    expect(await browser.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const figures = await values();

    await overview.languageButton().click();
    await browser.page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    await overview.waitForFigures();
    const url = new URL(browser.page.url());
    expect(url.searchParams.get('month')).toBe('10');
    expect(await overview.navLinks()).toEqual([
      'Overview',
      'Region',
      'Allocation',
      'Indicators',
      'Monthly filing',
      'Data quality',
    ]);
    expect(await titles()).toEqual([
      'Annual allocation (万元)',
      'Spent to date (万元)',
      'Unspent (万元)',
      'Spending progress',
      'Counties lagging',
    ]);
    expect(await overview.cardValue('progress')).toMatch(/^\d+\.\d% \/ benchmark \d+\.\d%$/);
    expect(await overview.cardValue('lagging')).toBe('2 lagging 1 not reported');
    expect(await browser.page.locator('#overview-progress-title').innerText()).toBe(
      'Spending progress by region',
    );
    const qitai = (await overview.progressBarLabels()).find((b) => b.region === '奇台县');
    expect(qitai?.label).toBe('Not reported');
    expect(await values()).toEqual(figures);
    expect(await browser.page.locator('html').getAttribute('lang')).toBe('en');
    await browser.page.screenshot({ path: `${ARTIFACTS}/overview-en.png`, fullPage: true });

    await overview.languageButton().click();
    await browser.page.waitForURL((u) => !u.searchParams.has('lang'));
    await overview.waitForFigures();
    expect((await overview.navLinks())[0]).toBe('执行概览');
    expect(await overview.cardTitle('allocated')).toBe('全年下达（万元）');

    expect(browser.consoleErrors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
});
