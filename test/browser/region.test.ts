/**
 * The region view on the built app over the sample data, in headless Chromium with only
 * localhost reachable: its figures equal the API's, a resubmitted month shows both versions, a
 * clawback is marked, and drilling down (to a parent, to a child, to the overview) comes back
 * with the browser's Back button to the same view and URL.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { formatPercent } from '../../web/src/lib/format.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { parseAmount, RegionPage } from './pages/region-page.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';
const PREFECTURE = '昌吉回族自治州';
const DOC = '昌州财社〔2022〕11号';

const API_QUERY = `
  query ($region: String!) {
    execution(year: 2022, month: 10, region: $region) {
      allocated spent unspent progress warning
      children { region { name } allocated spent warning }
    }
    spendingReports(region: $region, year: 2022, first: 100) {
      nodes { month version isLatest versions { version } lines { spent reason } }
    }
    regionIndicators(region: $region, documentNumber: "${DOC}") { indicator { name } status }
  }
`;

interface ApiAnswer {
  execution: {
    allocated: number;
    spent: number | null;
    unspent: number | null;
    progress: number | null;
    warning: string;
    children: {
      region: { name: string };
      allocated: number;
      spent: number | null;
      warning: string;
    }[];
  };
  spendingReports: {
    nodes: {
      month: number;
      version: number;
      isLatest: boolean;
      versions: { version: number }[];
      lines: { spent: number; reason: string | null }[];
    }[];
  };
  regionIndicators: { indicator: { name: string }; status: string }[];
}

describe('region view at /region', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;
  let view: RegionPage;

  const ask = async (region: string): Promise<ApiAnswer> => {
    const response = await post<ApiAnswer, { region: string }>(server, API_QUERY, { region });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data;
  };

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'lingdao', 'LEADER');
    browser = await openBrowser(origin, { width: 1366, height: 768 });
    await signIn(browser.page, origin, 'lingdao');
    view = new RegionPage(browser.page, origin);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows 昌吉市 as the API does: execution, allocation, versions, reasons, indicators', async () => {
    const api = await ask('昌吉市');
    await view.open({ region: '昌吉市', year: '2022', month: '10' });
    await view.waitFor('昌吉市');

    expect(await view.title()).toBe('昌吉市');
    expect(parseAmount(await view.figure('allocated'))).toBe(api.execution.allocated);
    expect(api.execution.allocated).toBe(1485);
    expect(parseAmount(await view.figure('spent'))).toBe(api.execution.spent);
    expect(parseAmount(await view.figure('unspent'))).toBe(api.execution.unspent);
    expect(await view.figure('progress')).toBe(formatPercent(api.execution.progress));
    expect(await view.cards().innerText()).toContain('正常'); // GREEN, in words

    const allocation = view.allocationRow('昌吉市', DOC);
    expect(parseAmount(await allocation.locator('[data-figure="annualTotal"]').innerText())).toBe(
      1485,
    );
    expect(parseAmount(await allocation.locator('[data-figure="thisBatch"]').innerText())).toBe(
      210,
    );

    // Month 9 was resubmitted: the latest version shows, the earlier one behind the toggle.
    const month9 = api.spendingReports.nodes.find((r) => r.month === 9 && r.isLatest);
    expect(month9?.versions).toHaveLength(2);
    await expect.poll(() => view.reportRows(9).count()).toBe(1);
    expect(await view.versionsToggle(9).innerText()).toContain('共2版');
    await view.versionsToggle(9).click();
    await expect.poll(() => view.reportRows(9).count()).toBe(month9?.versions.length);
    expect(await view.reportRows(9).nth(1).innerText()).toContain('已被第2版替代');
    // One row per month reported (10 months).
    const months = new Set(api.spendingReports.nodes.map((r) => r.month));
    expect(await view.page.locator('[data-testid="region-reports"] tbody tr').count()).toBe(
      api.spendingReports.nodes.length,
    );
    expect(months.size).toBe(10);

    // The reason the first version of month 9 gave stays visible, marked as an earlier version.
    const reasons = api.spendingReports.nodes
      .flatMap((r) => r.lines.map((l) => l.reason))
      .filter(Boolean);
    expect(await view.reasons().count()).toBe(reasons.length);
    expect(await view.reasons().first().innerText()).toContain(reasons[0] ?? '');

    // Indicators with their status lights, as regionIndicators says.
    const rows = view.indicatorRows();
    await expect.poll(() => rows.count()).toBe(api.regionIndicators.length);
    const shown = await Promise.all((await rows.all()).map((tr) => tr.getAttribute('data-status')));
    expect(shown).toEqual(api.regionIndicators.map((c) => c.status));
    expect(await view.directions().count()).toBe(5);

    await view.page.screenshot({ path: `${ARTIFACTS}/region-county-1366.png` });
    await view.page.screenshot({ path: `${ARTIFACTS}/region-county-full.png`, fullPage: true });
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);

  it('drills up to the prefecture, down to a county, to the overview, and Back restores each view', async () => {
    await view.open({ region: '昌吉市', year: '2022', month: '10' });
    await view.waitFor('昌吉市');
    const county = view.url();
    expect(county).toBe('/region?region=昌吉市&year=2022&month=10');

    // Up to the parent.
    await view.parentLink().click();
    await view.waitFor(PREFECTURE);
    expect(view.url()).toBe(`/region?year=2022&month=10&region=${PREFECTURE}`);
    expect(await view.title()).toBe(PREFECTURE);

    const api = await ask(PREFECTURE);
    expect(await view.childRows().count()).toBe(api.execution.children.length);
    for (const child of api.execution.children) {
      const row = view.page.locator(
        `[data-testid="region-children"] tr[data-region="${child.region.name}"]`,
      );
      const cells = await row.locator('td').allInnerTexts();
      expect(parseAmount(cells[0] ?? '')).toBe(child.allocated);
      expect(parseAmount(cells[1] ?? '')).toBe(child.spent); // 奇台县: "—", not 0
    }
    expect(parseAmount(await view.figure('allocated'))).toBe(11438);

    // Back: the county again, same URL.
    await view.page.goBack();
    await view.waitFor('昌吉市');
    expect(view.url()).toBe(county);
    expect(await view.title()).toBe('昌吉市');

    // Forward to the prefecture, then down to a county and back.
    await view.page.goForward();
    await view.waitFor(PREFECTURE);
    const prefecture = view.url();
    await view.childLink('木垒哈萨克自治县').click();
    await view.waitFor('木垒哈萨克自治县');
    expect(view.url()).toBe(`/region?year=2022&month=10&region=木垒哈萨克自治县`);
    expect(await view.cards().innerText()).toContain('滞后'); // RED, in words
    await view.page.goBack();
    await view.waitFor(PREFECTURE);
    expect(view.url()).toBe(prefecture);
    await view.page.screenshot({ path: `${ARTIFACTS}/region-prefecture-1366.png`, fullPage: true });

    // Back to the overview keeps year and month; Back returns to the region view.
    await view.backToOverview().click();
    await expect.poll(() => view.url()).toBe('/?year=2022&month=10');
    await view.page.goBack();
    await view.waitFor(PREFECTURE);
    expect(view.url()).toBe(prefecture);

    // The picker moves to another region.
    await view.picker().selectOption('奇台县');
    await view.waitFor('奇台县');
    expect(view.url()).toBe(`/region?year=2022&month=10&region=奇台县`);
    expect(await view.figure('spent')).toBe('—'); // not reported for October
    expect(await view.cards().innerText()).toContain('未报送');

    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);

  it('marks 阜康市’s clawback in red with a note, and reads in English at 1920×1080', async () => {
    await view.page.setViewportSize({ width: 1920, height: 1080 });
    await view.open({ region: '阜康市', year: '2022', month: '10' });
    await view.waitFor('阜康市');
    const batch = view.allocationRow('阜康市', DOC).locator('[data-figure="thisBatch"]');
    expect(await batch.innerText()).toContain('-20.00');
    expect(await batch.innerText()).toContain('收回 20.00 万元');
    expect(await batch.getAttribute('class')).toContain('negative');
    // Red as the shared style's --red (#b91c1c).
    type Styles = { getComputedStyle: (el: unknown) => { color: string } };
    const colour = await batch.evaluate(
      (el) => (globalThis as unknown as Styles).getComputedStyle(el).color,
    );
    expect(colour).toBe('rgb(185, 28, 28)');
    expect(await view.clawbackNote().innerText()).toContain('上级收回');
    await view.page.screenshot({ path: `${ARTIFACTS}/region-clawback-1920.png` });

    // The prefecture's allocation lists its counties, the clawback among them.
    await view.parentLink().click();
    await view.waitFor(PREFECTURE);
    expect(await view.allocationRow('阜康市', DOC).getAttribute('class')).toBeNull();
    expect(await view.allocationRow('阜康市', DOC).locator('.region-clawback').count()).toBe(1);

    // An alias finds the region; an unknown name says so.
    await view.open({ region: '木垒县', year: '2022', month: '10' });
    await view.waitFor('木垒哈萨克自治县');
    expect(await view.title()).toBe('木垒哈萨克自治县');
    await view.open({ region: '乌鲁木齐市', year: '2022', month: '10' });
    expect(await view.page.getByRole('alert').innerText()).toContain('未找到地区「乌鲁木齐市」');

    await view.open({ region: '玛纳斯县', year: '2022', month: '10', lang: 'en' });
    await view.waitFor('玛纳斯县');
    expect(await view.cards().innerText()).toContain('Annual allocation');
    expect(await view.cards().innerText()).toContain('Behind'); // YELLOW
    expect(await view.page.locator('#region-reasons').innerText()).toBe(
      'Reasons for lagging and corrective measures',
    );
    await view.page.screenshot({ path: `${ARTIFACTS}/region-en-1920.png`, fullPage: true });
    await view.page.setViewportSize({ width: 1366, height: 768 });

    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);
});
