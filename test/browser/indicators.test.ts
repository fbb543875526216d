/**
 * The indicator comparison on the built app over the sample data: the matrix has every
 * indicator and region of the notice with the API's statuses, reads by colour and word, scrolls
 * sideways with the indicator column fixed, and charts a numeric indicator across regions.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { IndicatorsPage } from './pages/indicators-page.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';
const DOC = '昌州财社〔2022〕11号';

interface Comparison {
  indicatorComparison: {
    name: string;
    regions: {
      region: { name: string };
      target: { kind: string; value: number | null };
      result: { value: number | null } | null;
      status: string;
    }[];
  }[];
}

describe('indicator comparison at /indicators', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;
  let view: IndicatorsPage;
  let api: Comparison;

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'lingdao', 'LEADER');
    browser = await openBrowser(origin, { width: 1366, height: 768 });
    await signIn(browser.page, origin, 'lingdao');
    view = new IndicatorsPage(browser.page, origin);
    mkdirSync(ARTIFACTS, { recursive: true });
    const response = await post<Comparison, { doc: string }>(
      server,
      `query ($doc: String!) {
        indicatorComparison(documentNumber: $doc) {
          name
          regions { region { name } target { kind value } result { value } status }
        }
      }`,
      { doc: DOC },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    api = response.data;
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows 17 indicators × 8 regions with the API’s statuses, in colour and word', async () => {
    await view.open(DOC);
    await view.waitForMatrix();

    expect(await view.rows().count()).toBe(17);
    expect(await view.indicatorNames()).toEqual(api.indicatorComparison.map((r) => r.name));
    const regions = await view.regions();
    expect(regions).toHaveLength(8);
    expect(regions[0]).toBe('昌吉回族自治州');

    const expected: Record<string, string> = {};
    for (const row of api.indicatorComparison) {
      for (const region of regions) {
        const cell = row.regions.find((c) => c.region.name === region);
        expected[`${row.name}|${region}`] = cell?.status ?? '';
      }
    }
    expect(await view.statuses()).toEqual(expected);

    // Status in words as well as colour; a sheet without the indicator says so.
    const lagging = '困难群众生活水平情况';
    expect(await view.cell(lagging, '木垒哈萨克自治县').innerText()).toContain('未完成');
    expect(await view.cell(lagging, '木垒哈萨克自治县').innerText()).toContain('有所提升');
    const absent = api.indicatorComparison.find((r) => r.regions.length < 8)?.name ?? '';
    expect(await view.cell(absent, '木垒哈萨克自治县').innerText()).toBe('该地区目标表未设此指标');
    const present = api.indicatorComparison
      .find((r) => r.name === absent)
      ?.regions.find((c) => c.region.name === '昌吉市');
    expect(await view.cell(absent, '昌吉市').innerText()).toContain(`${present?.result?.value}%`);
    expect(await view.page.locator('.ind-levels').first().innerText()).toBe('产出指标 · 数量指标');

    await view.page.screenshot({ path: `${ARTIFACTS}/indicators-1366.png` });

    // Wide: on a narrower screen the table scrolls sideways, the indicator column stays put.
    await view.page.setViewportSize({ width: 1024, height: 768 });
    const firstColumn = view.matrix().locator('tbody tr').first().locator('th');
    const lastColumn = view.matrix().locator('thead th[data-region]').last();
    const before = { first: await firstColumn.boundingBox(), last: await lastColumn.boundingBox() };
    await view.scroller().hover();
    await view.page.mouse.wheel(600, 0);
    await expect
      .poll(async () => (await lastColumn.boundingBox())?.x)
      .toBeLessThan(before.last?.x ?? 0);
    expect((await firstColumn.boundingBox())?.x).toBe(before.first?.x);
    await view.page.screenshot({ path: `${ARTIFACTS}/indicators-1024-scrolled.png` });
    await view.page.setViewportSize({ width: 1366, height: 768 });

    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);

  it('charts the chosen numeric indicator across regions, results against the target', async () => {
    await view.page.setViewportSize({ width: 1920, height: 1080 });
    await view.open(); // no ?doc: the first (newest) notice
    await view.waitForMatrix();
    expect(await view.documentPicker().inputValue()).toBe(DOC);

    const numeric = api.indicatorComparison.filter((r) =>
      r.regions.some((c) => c.target.kind === 'COMPARISON' && c.target.value !== null),
    );
    const first = numeric[0];
    if (!first) throw new Error('no numeric indicator');
    expect(await view.chart().getAttribute('data-indicator')).toBe(first.name);
    const values = (row: Comparison['indicatorComparison'][number]) =>
      row.regions.flatMap((c) => (c.result?.value == null ? [] : [`${c.result.value}%`]));
    await expect.poll(() => view.chartLabels()).toEqual(values(first));
    expect(await view.chart().locator('[role="img"]').getAttribute('aria-label')).toContain(
      '目标值 90%',
    );

    // Picking another in the select, or with the row's button.
    const satisfaction = numeric.at(-1);
    if (!satisfaction) throw new Error('no numeric indicator');
    await view.chartPicker().selectOption({ label: satisfaction.name });
    await expect.poll(() => view.chart().getAttribute('data-indicator')).toBe(satisfaction.name);
    await expect.poll(() => view.chartLabels()).toEqual(values(satisfaction));
    await view.chartButton(first.name).click();
    await expect.poll(() => view.chart().getAttribute('data-indicator')).toBe(first.name);
    expect(await view.chartButton(first.name).getAttribute('aria-pressed')).toBe('true');
    // Non-numeric indicators (应保尽保) have no chart button.
    expect(await view.chartButton('低保对象人数').count()).toBe(0);

    await view.page.screenshot({ path: `${ARTIFACTS}/indicators-1920.png`, fullPage: true });
    await view.chart().screenshot({ path: `${ARTIFACTS}/indicators-chart-1920.png` });

    // A region's column heading leads to its region view; Back returns to the matrix.
    await view.matrix().locator('thead th[data-region="奇台县"] a').click();
    await view.page.locator('[data-testid="region-body"][data-region="奇台县"]').waitFor();
    await view.page.goBack();
    await view.waitForMatrix();
    expect(view.url()).toBe('/indicators');

    await view.page.setViewportSize({ width: 1366, height: 768 });
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);
});
