/**
 * The overview in headless Chromium on the built app, over the sample data (2022, reports
 * Jan–Oct, 奇台县 missing for October): the cards and the table show exactly what the API answers
 * for the same filters, before and after the filters change (and the URL with them); a region
 * without a report reads 未报送, never 0; bars and names drill down to the region view; the page
 * fits one A4 landscape sheet in print. No console errors, nothing requested from outside.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { formatPercent, formatWan } from '../../web/src/lib/format.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { OverviewPage, type TableRow } from './pages/overview-page.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';

type Warning = 'GREEN' | 'YELLOW' | 'RED' | 'NOT_REPORTED';
interface Figures {
  region: { name: string };
  allocated: number;
  spent: number | null;
  unspent: number | null;
  progress: number | null;
  benchmark: number;
  warning: Warning;
  reportedCount: number;
  expectedCount: number;
}
interface Execution extends Figures {
  children: Figures[];
}

const EXECUTION = `
  query OverviewTestExecution($year: Int!, $month: Int!, $region: String, $programId: ID) {
    execution(year: $year, month: $month, region: $region, programId: $programId) {
      ...F
      children { ...F }
    }
  }
  fragment F on Execution {
    region { name } allocated spent unspent progress benchmark warning reportedCount expectedCount
  }
`;

/** What the status light says for each warning level (the shell's StatusLight words). */
const STATUS: Record<Warning, string> = {
  GREEN: '正常',
  YELLOW: '偏慢',
  RED: '滞后',
  NOT_REPORTED: '未报送',
};

function row(f: Figures): TableRow {
  return {
    region: f.region.name,
    allocated: formatWan(f.allocated),
    spent: formatWan(f.spent),
    unspent: formatWan(f.unspent),
    progress: formatPercent(f.progress),
    status: STATUS[f.warning],
  };
}

describe('overview', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;
  let overview: OverviewPage;

  async function apiExecution(vars: {
    year: number;
    month: number;
    region?: string;
    programId?: string;
  }): Promise<Execution> {
    const response = await post<{ execution: Execution | null }, typeof vars>(
      server,
      EXECUTION,
      vars,
    );
    expect(response.errors).toBeUndefined();
    const execution = response.data?.execution;
    if (!execution) throw new Error(`no execution for ${JSON.stringify(vars)}`);
    return execution;
  }

  /** Cards and table against the API's answer, formatted as the page formats it. */
  async function expectPageToShow(e: Execution): Promise<void> {
    expect(await overview.heading().innerText()).toContain(e.region.name);
    expect(await overview.cardValue('allocated')).toBe(formatWan(e.allocated));
    expect(await overview.cardValue('spent')).toBe(formatWan(e.spent));
    expect(await overview.cardValue('unspent')).toBe(formatWan(e.unspent));
    expect(await overview.cardValue('progress')).toBe(
      `${formatPercent(e.progress)} / 序时 ${formatPercent(e.benchmark)}`,
    );
    expect(await overview.cardSub('spent')).toBe(
      `已报送 ${e.reportedCount}/${e.expectedCount} 个县市`,
    );
    const rows = e.children.length > 0 ? e.children : [e];
    const lagging = rows.filter((c) => c.warning === 'RED' || c.warning === 'YELLOW').length;
    const missing = rows.filter((c) => c.warning === 'NOT_REPORTED').length;
    expect(await overview.cardValue('lagging')).toBe(
      `${lagging} 个县市滞后${missing > 0 ? ` ${missing} 个未报送` : ''}`,
    );
    expect(await overview.tableRows()).toEqual(rows.map(row));
    if (e.children.length > 0) expect(await overview.totalRow()).toEqual(row(e));
    // The bars say the same as the table.
    const bars = Object.fromEntries(
      (await overview.progressBarLabels()).map((b) => [b.region, b.label]),
    );
    expect(bars).toEqual(
      Object.fromEntries(
        rows.map((c) => [
          c.region.name,
          c.progress === null ? '未报送' : formatPercent(c.progress),
        ]),
      ),
    );
  }

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'lingdao', 'LEADER');
    browser = await openBrowser(origin, { width: 1366, height: 768 });
    await signIn(browser.page, origin, 'lingdao');
    overview = new OverviewPage(browser.page);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterEach(() => {
    expect(browser.consoleErrors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows the API’s figures for the latest month, then for the month and program chosen', async () => {
    await overview.open(origin);
    const october = await apiExecution({ year: 2022, month: 10 });
    expect(october.region.name).toBe('昌吉回族自治州');
    expect(october.children).toHaveLength(7);
    await expectPageToShow(october);
    await browser.page.screenshot({ path: `${ARTIFACTS}/overview-1366.png`, fullPage: true });

    await overview.chooseMonth(9);
    expect(new URL(browser.page.url()).searchParams.get('month')).toBe('9');
    const september = await apiExecution({ year: 2022, month: 9 });
    expect(september.spent).not.toBe(october.spent);
    await expectPageToShow(september);

    await overview.chooseProgram('困难群众救助补助资金');
    const programId = new URL(browser.page.url()).searchParams.get('program');
    expect(programId).toBeTruthy();
    await expectPageToShow(
      await apiExecution({ year: 2022, month: 9, programId: programId ?? '' }),
    );
  });

  it('shows 奇台县 as 未报送 for October, never as zero, and its figures for September', async () => {
    await overview.open(origin, 'year=2022&month=10');
    const qitai = (await overview.tableRows()).find((r) => r.region === '奇台县');
    expect(qitai).toEqual({
      region: '奇台县',
      allocated: '2,295.00',
      spent: '—',
      unspent: '—',
      progress: '—',
      status: '未报送',
    });
    const progress = await overview.progressBarLabels();
    expect(progress.find((b) => b.region === '奇台县')?.label).toBe('未报送');
    // Drawn last, after every county that reported.
    expect(progress.at(-1)?.region).toBe('奇台县');
    const unspent = await overview.unspentBarLabels();
    expect(unspent.find((b) => b.region === '奇台县')?.label).toBe('未报送');
    expect(await overview.cardValue('lagging')).toBe('2 个县市滞后 1 个未报送');
    expect(await overview.cardSub('unspent')).toBe('含未报送县市下达额 2,295.00');

    await overview.chooseMonth(9);
    const september = (await overview.tableRows()).find((r) => r.region === '奇台县');
    expect(september?.status).not.toBe('未报送');
    expect(september?.spent).toMatch(/^[\d,]+\.\d\d$/);
  });

  it('shows a region given in the URL (by alias), and its own figures when it has no children', async () => {
    await overview.open(origin, 'year=2022&month=10&region=木垒县');
    const mulei = await apiExecution({ year: 2022, month: 10, region: '木垒县' });
    expect(mulei.region.name).toBe('木垒哈萨克自治县');
    await expectPageToShow(mulei);
    expect(await overview.totalRow()).toBeUndefined();
  });

  it('drills down to the region view from a bar, a bar’s name and the table, and back', async () => {
    await overview.open(origin, 'year=2022&month=10');
    const drill = async (click: () => Promise<void>, region: string) => {
      await click();
      await browser.page.waitForURL((url) => url.pathname === '/region');
      const url = new URL(browser.page.url());
      expect(url.searchParams.get('region')).toBe(region);
      expect(url.searchParams.get('month')).toBe('10');
      await browser.page.goBack();
      await overview.waitForFigures();
      expect(new URL(browser.page.url()).pathname).toBe('/');
    };
    await drill(() => overview.clickProgressBar('木垒哈萨克自治县'), '木垒哈萨克自治县');
    await drill(() => overview.clickProgressBar('奇台县'), '奇台县');
    await drill(() => overview.clickProgressBarRegion('呼图壁县'), '呼图壁县');
    await drill(() => overview.clickTableRegion('玛纳斯县'), '玛纳斯县');
  });

  it('says so when nothing was allocated for the year', async () => {
    await browser.page.goto(`${origin}/?year=2021&month=10`);
    await expect
      .poll(() => browser.page.locator('.overview .state').textContent())
      .toBe('2021年昌吉回族自治州没有分配数据');
    expect(await overview.card('allocated').count()).toBe(0);
  });

  it('reads on a 1920×1080 projector', async () => {
    await browser.page.setViewportSize({ width: 1920, height: 1080 });
    await overview.open(origin, 'year=2022&month=10');
    // The three charts stand side by side.
    const panels = await browser.page.locator('.overview-chart-panel').all();
    const tops = await Promise.all(
      panels.map(async (p) => Math.round((await p.boundingBox())?.y ?? -1)),
    );
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    await browser.page.screenshot({ path: `${ARTIFACTS}/overview-1920.png`, fullPage: true });
    await browser.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('prints on one A4 landscape page, without the filters', async () => {
    await overview.open(origin, 'year=2022&month=10');
    const pdf = await browser.page.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(`${ARTIFACTS}/overview-print.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);

    // The same print layout on screen, at the A4 landscape size (297 × 210 mm at 96 dpi).
    await browser.page.setViewportSize({ width: 1123, height: 794 });
    await browser.page.emulateMedia({ media: 'print' });
    expect(await overview.monthSelect().isVisible()).toBe(false);
    expect(await overview.card('lagging').isVisible()).toBe(true);
    const table = await overview.page.locator('.overview-table').boundingBox();
    expect(table && table.y + table.height).toBeLessThan(794);
    await browser.page.screenshot({ path: `${ARTIFACTS}/overview-print.png` });
    await browser.page.emulateMedia({ media: null });
    await browser.page.setViewportSize({ width: 1366, height: 768 });
  });
});
