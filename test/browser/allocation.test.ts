/**
 * The 资金分配 view on the built app over the sample data (the seed, its 提前下达 notice and
 * the 自治区 notice 新财社〔2022〕71号): the table's figures equal the API's, a prefecture is a
 * link one level down, and the parent link and the browser's Back button come back up.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { formatPercent, formatWan } from '../../web/src/lib/format.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';

interface Figures {
  region: { name: string };
  received: number | null;
  passedDown: number;
  kept: number;
  unallocated: number | null;
  allocationProgress: number | null;
  spent: number | null;
  spendingProgress: number | null;
}
const FIELDS =
  'region { name } received passedDown kept unallocated allocationProgress spent spendingProgress';
const API_QUERY = `query ($region: String) {
  allocationChain(year: 2022, month: 10, region: $region) { ${FIELDS} children { ${FIELDS} } }
}`;

describe('资金分配 view at /allocation', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;

  const ask = async (region: string) => {
    const response = await post<
      { allocationChain: Figures & { children: Figures[] } },
      { region: string }
    >(server, API_QUERY, { region });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.allocationChain;
  };

  const row = (region: string) =>
    browser.page.locator(`[data-testid="allocation-table"] tr[data-region="${region}"]`);
  const cell = (region: string, col: string) =>
    row(region).locator(`[data-col="${col}"]`).innerText();

  async function expectRowAsApi(node: Figures) {
    const name = node.region.name;
    expect(await cell(name, 'received')).toBe(formatWan(node.received));
    expect(await cell(name, 'passedDown')).toBe(formatWan(node.passedDown));
    expect(await cell(name, 'kept')).toBe(formatWan(node.kept));
    expect(await cell(name, 'unallocated')).toBe(formatWan(node.unallocated));
    expect(await cell(name, 'allocationProgress')).toBe(formatPercent(node.allocationProgress));
    expect(await cell(name, 'spent')).toBe(formatWan(node.spent));
    expect(await cell(name, 'spendingProgress')).toBe(formatPercent(node.spendingProgress));
  }

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

  it('shows each level as the API does, drills down and comes back', async () => {
    const top = await ask('新疆维吾尔自治区');
    // By hand: the 自治区 notice gives 昌吉州 11438, which passes it all to its counties.
    const changji = top.children.find((c) => c.region.name === '昌吉回族自治州');
    expect(changji).toMatchObject({
      received: 11438,
      passedDown: 11438,
      kept: 0,
      unallocated: 0,
      allocationProgress: 1,
    });

    await browser.page.goto(
      `${origin}/allocation?region=${encodeURIComponent('新疆维吾尔自治区')}&year=2022&month=10`,
    );
    await row('昌吉回族自治州').waitFor();
    await expectRowAsApi(top);
    for (const child of top.children) await expectRowAsApi(child);
    expect(await cell('昌吉回族自治州', 'days')).toBe('25天');
    expect(
      await browser.page
        .locator('[data-testid="allocation-flow"] [data-region="昌吉回族自治州"]')
        .count(),
    ).toBe(1);
    await browser.page.screenshot({ path: `${ARTIFACTS}/allocation-region.png`, fullPage: true });

    // Drill down to the prefecture: its counties, with their spending.
    await row('昌吉回族自治州').locator('a').click();
    await browser.page.waitForURL(
      (url) =>
        url.pathname === '/allocation' && url.search.includes(encodeURIComponent('昌吉回族自治州')),
    );
    await row('昌吉市').waitFor();
    const prefecture = await ask('昌吉回族自治州');
    expect(prefecture.children).toHaveLength(7);
    await expectRowAsApi(prefecture);
    for (const county of prefecture.children) await expectRowAsApi(county);
    await browser.page.screenshot({
      path: `${ARTIFACTS}/allocation-prefecture.png`,
      fullPage: true,
    });

    // Back with the parent link, then forward and Back with the browser.
    await browser.page.getByRole('link', { name: /新疆维吾尔自治区/ }).click();
    await row('昌吉回族自治州').waitFor();
    expect(await browser.page.locator('.allocation-title').innerText()).toContain(
      '新疆维吾尔自治区',
    );
    await browser.page.goBack();
    await row('昌吉市').waitFor();
    expect(await browser.page.locator('.allocation-title').innerText()).toContain('昌吉回族自治州');

    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);
});
