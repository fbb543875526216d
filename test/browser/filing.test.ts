/**
 * The monthly filing view in headless Chromium, against the real server on the sample data
 * (奇台县 has not filed October 2022; 昌吉市 has, on track): a report filed through the form
 * changes the execution figures and the overview; a lagging line without a reason is refused
 * on the page and nothing is stored; a direction split that does not add up is caught; unspent
 * and progress follow the typing; the server's field errors land next to their fields.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAmount } from '../../server/domain/money.ts';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { FilingPage } from './pages/filing-page.ts';
import { addUser } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

interface ExecutionAnswer {
  execution: {
    spent: number | null;
    children: { region: { name: string }; spent: number | null; warning: string }[];
  };
}

const EXECUTION = `
  query FilingTestExecution($year: Int!, $month: Int!) {
    execution(year: $year, month: $month) {
      spent
      children { region { name } spent warning }
    }
  }`;

const VERSIONS = `
  query FilingTestVersions($region: String!, $year: Int!, $month: Int!) {
    spendingReports(region: $region, year: $year, month: $month) { totalCount }
  }`;

/** An API amount in fen, so differences are exact. */
const fen = (wan: number | null | undefined): number => {
  const value = parseAmount(String(wan));
  if (value === null) throw new Error(`not an amount: ${wan}`);
  return value;
};

describe('monthly filing at /filing', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;
  let filing: FilingPage;
  /** Bodies of every submitSpendingReport request the page sent. */
  const submissions: string[] = [];

  const execution = async (month: number) => {
    const response = await post<ExecutionAnswer, { year: number; month: number }>(
      server,
      EXECUTION,
      { year: 2022, month },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.execution;
  };
  const versionCount = async (region: string, month: number) => {
    const response = await post<
      { spendingReports: { totalCount: number } },
      { region: string; year: number; month: number }
    >(server, VERSIONS, { region, year: 2022, month });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.spendingReports.totalCount;
  };

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    const accounts: Record<string, string> = {
      昌吉市: 'changji',
      呼图壁县: 'hutubi',
      奇台县: 'qitai',
      木垒哈萨克自治县: 'mulei',
    };
    for (const [county, username] of Object.entries(accounts))
      await addUser(server.db, username, 'COUNTY', county);
    await addUser(server.db, 'lingdao', 'LEADER');
    browser = await openBrowser(origin, LAPTOP);
    filing = new FilingPage(browser.page, origin, accounts, 'lingdao');
    browser.page.on('request', (r) => {
      const body = r.postData();
      if (r.url().endsWith('/graphql') && body?.includes('submitSpendingReport'))
        submissions.push(body);
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterEach(async () => {
    await browser.page.setViewportSize(LAPTOP);
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('computes unspent and progress live, exactly, as the clerk types', async () => {
    await filing.open({ year: 2022, month: 10, region: '昌吉市' });
    await filing.form.waitFor();
    expect(await filing.versionNote.innerText()).toMatch(/版本 1，提交于 .+再次提交将生成版本 2/);
    await filing.page
      .locator('.filing-form')
      .screenshot({ path: `${ARTIFACTS}/filing-form-prefilled.png` });
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-form-1366.png`, fullPage: true });

    await filing.type(filing.spent(), '1');
    expect(await filing.unspent().innerText()).toBe('1,484.00');
    expect(await filing.progress().innerText()).toBe('0.1%');
    await filing.type(filing.spent(), '1012.5');
    // 1485 − 1012.5 = 472.50; 1012.5 / 1485 = 68.18…% → 68.2%
    expect(await filing.unspent().innerText()).toBe('472.50');
    expect(await filing.progress().innerText()).toBe('68.2%');
    // Below the benchmark 10/12 = 83.3 %: the reason is asked for before any submit.
    expect(await filing.page.locator('.filing-hint').innerText()).toContain('须填写原因');
    await filing.type(filing.spent(), '1485');
    expect(await filing.unspent().innerText()).toBe('0.00');
    expect(await filing.progress().innerText()).toBe('100.0%');
    // 0.1 + 0.2 style drift cannot happen: 1484.99 + 0.01 leaves exactly 0.01.
    await filing.type(filing.spent(), '1484.99');
    expect(await filing.unspent().innerText()).toBe('0.01');

    for (const [text, message] of [
      ['12a', '不是数字'],
      ['1.234', '最多 2 位小数'],
      ['-5', '不能为负数'],
      ['1485.01', '超过资金金额 1,485.00 万元'],
    ] as const) {
      await filing.type(filing.spent(), text);
      expect(await filing.isInvalid(filing.spent())).toBe(true);
      expect(await filing.errorOf(filing.spent())).toContain(message);
    }
    expect(submissions).toEqual([]);
  }, 60_000);

  it('refuses a lagging line without a reason, with the message next to the reason', async () => {
    await filing.open({ year: 2022, month: 10, region: '昌吉市' });
    await filing.form.waitFor();
    const before = await versionCount('昌吉市', 10);
    await filing.type(filing.spent(), '600');
    await filing.direction('SUBSISTENCE_ALLOWANCE').fill('');
    for (const code of [
      'EXTREME_POVERTY_SUPPORT',
      'TEMPORARY_ASSISTANCE',
      'VAGRANT_ASSISTANCE',
      'ORPHAN_SUPPORT',
    ] as const)
      await filing.direction(code).fill('');
    await filing.reason().fill('');
    await filing.measures().fill('');
    await filing.submit();

    expect(await filing.isInvalid(filing.reason())).toBe(true);
    // 600 / 1485 = 40.4 % against 10/12 = 83.3 %
    expect(await filing.errorOf(filing.reason())).toBe(
      '支出进度 40.4% 低于序时进度 83.3%，须填写未按计划支出的原因',
    );
    expect(await filing.errorOf(filing.measures())).toContain('须填写整改措施');
    expect(await filing.errorOf(filing.dueDate())).toContain('须填写整改时间');
    expect(await filing.summary.innerText()).toContain('尚未提交');
    // Focus went to the first field to correct.
    expect(await filing.page.locator(':focus').getAttribute('name')).toBe('lines.0.reason');
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-form-errors.png`, fullPage: true });

    expect(submissions).toEqual([]);
    expect(await versionCount('昌吉市', 10)).toBe(before);

    // Giving the reason, the measures and the date clears the errors.
    await filing.reason().fill('乡镇审核认定尚未完成');
    await filing.measures().fill('督促乡镇按月发放');
    await filing.dueDate().fill('2022-11-30');
    expect(await filing.errorOf(filing.reason())).toBeNull();
    expect(await filing.page.locator('.field-error').count()).toBe(0);
  }, 60_000);

  it('catches a direction split that does not add up, saying by how much', async () => {
    await filing.open({ year: 2022, month: 10, region: '昌吉市' });
    await filing.form.waitFor();
    await filing.type(filing.spent(), '1300');
    await filing.type(filing.direction('SUBSISTENCE_ALLOWANCE'), '800');
    await filing.type(filing.direction('EXTREME_POVERTY_SUPPORT'), '200');
    await filing.type(filing.direction('TEMPORARY_ASSISTANCE'), '150');
    await filing.type(filing.direction('VAGRANT_ASSISTANCE'), '40');
    await filing.type(filing.direction('ORPHAN_SUPPORT'), '99.5');
    // 800 + 200 + 150 + 40 + 99.5 = 1289.5, 10.5 short of 1300
    expect(await filing.splitError().innerText()).toBe(
      '各方向合计 1,289.50 万元，比实际支出 1,300.00 万元少 10.50 万元',
    );
    expect(await filing.isInvalid(filing.direction('ORPHAN_SUPPORT'))).toBe(true);
    expect(await filing.errorOf(filing.direction('ORPHAN_SUPPORT'))).toContain('少 10.50 万元');
    await filing.submit();
    expect(submissions).toEqual([]);

    await filing.type(filing.direction('ORPHAN_SUPPORT'), '110');
    expect(await filing.splitError().count()).toBe(0);
    expect(await filing.page.locator('td[data-cell="split"]').innerText()).toContain(
      '各方向合计 1,300.00，与实际支出一致',
    );
  }, 60_000);

  it('shows the server’s field errors next to the matching field', async () => {
    // The client checks what it can; what only the server knows (here a stand-in answer)
    // comes back as payload errors with field paths, shown where they belong.
    await filing.page.route(`${origin}/graphql`, async (route) => {
      if (!route.request().postData()?.includes('submitSpendingReport')) return route.fallback();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            submitSpendingReport: {
              report: null,
              errors: [
                { code: 'AMOUNT_MISMATCH', field: 'lines.0.amount', message: '资金金额与分配不符' },
                {
                  code: 'DIRECTION_NOT_ALLOWED',
                  field: 'lines.0.directions.1.direction',
                  message: '该资金不用于临时救助',
                },
                { code: 'PERIOD_IN_FUTURE', field: 'month', message: '该月尚未到来' },
              ],
            },
          },
        }),
      });
    });
    try {
      await filing.open({ year: 2022, month: 10, region: '呼图壁县' });
      await filing.form.waitFor();
      await filing.type(filing.spent(), '1600');
      for (const code of [
        'SUBSISTENCE_ALLOWANCE',
        'EXTREME_POVERTY_SUPPORT',
        'TEMPORARY_ASSISTANCE',
        'VAGRANT_ASSISTANCE',
        'ORPHAN_SUPPORT',
      ] as const)
        await filing.direction(code).fill('');
      await filing.type(filing.direction('SUBSISTENCE_ALLOWANCE'), '1500');
      await filing.type(filing.direction('TEMPORARY_ASSISTANCE'), '100');
      await filing.submit();
      await filing.summary.waitFor();
      expect(await filing.summary.innerText()).toContain('服务器未接受报表');
      expect(await filing.summary.innerText()).toContain('该月尚未到来');
      expect(await filing.page.locator('td[data-cell="amount"] .field-error').innerText()).toBe(
        '资金金额与分配不符',
      );
      // Index 1 of the directions sent is TEMPORARY_ASSISTANCE (only filled ones are sent).
      expect(await filing.errorOf(filing.direction('TEMPORARY_ASSISTANCE'))).toBe(
        '该资金不用于临时救助',
      );
      // Editing the field clears the server's error on it.
      await filing.type(filing.direction('TEMPORARY_ASSISTANCE'), '100');
      expect(await filing.errorOf(filing.direction('TEMPORARY_ASSISTANCE'))).toBeNull();
    } finally {
      await filing.page.unroute(`${origin}/graphql`);
      submissions.length = 0;
    }
  }, 60_000);

  it('files 奇台县 for October 2022 through the form, and the overview changes by that amount', async () => {
    const before = await execution(10);
    expect(before.children.find((c) => c.region.name === '奇台县')?.warning).toBe('NOT_REPORTED');

    // A leader sees who has not filed, and may look at a county, but gets no form.
    await filing.open({ year: 2022, month: 10 });
    expect(await filing.page.locator('.filing-prompt').innerText()).toContain('请先选择填报的县市');
    expect(await filing.monthRow('奇台县').innerText()).toContain('逾期未报');
    await filing.chooseCounty('奇台县');
    expect(filing.page.url()).toContain('region=%E5%A5%87%E5%8F%B0%E5%8E%BF');
    expect(await filing.versionNote.innerText()).toContain('本月尚未报送');
    expect(await filing.form.count()).toBe(0);

    // 奇台县's own clerk signs in and gets the form for 奇台县, whatever the URL says.
    await filing.open({ year: 2022, month: 10, region: '奇台县' });
    await filing.form.waitFor();
    expect(await filing.page.locator('.filing-own-county').innerText()).toContain('奇台县');
    expect(await filing.versionNote.innerText()).toContain('本月尚未报送');
    expect(await filing.spent().inputValue()).toBe('');

    // 1923.45 / 2295 = 83.8 %, above the benchmark 83.3 %: no reason needed.
    await filing.type(filing.spent(), '1923.45');
    await filing.type(filing.direction('SUBSISTENCE_ALLOWANCE'), '1200');
    await filing.type(filing.direction('EXTREME_POVERTY_SUPPORT'), '345.45');
    await filing.type(filing.direction('TEMPORARY_ASSISTANCE'), '200');
    await filing.type(filing.direction('VAGRANT_ASSISTANCE'), '78');
    await filing.type(filing.direction('ORPHAN_SUPPORT'), '100');
    expect(await filing.unspent().innerText()).toBe('371.55');
    expect(await filing.progress().innerText()).toBe('83.8%');
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-form-valid.png`, fullPage: true });
    await filing.submit();

    await filing.confirmation.waitFor();
    expect(await filing.confirmation.innerText()).toContain(
      '已提交：奇台县 2022年10月 跟踪反馈表 版本 1',
    );
    await expect
      .poll(() => filing.versionNote.innerText())
      .toMatch(/已有报表：版本 1，提交于 .+再次提交将生成版本 2/);
    expect(await filing.spent().inputValue()).toBe('1923.45');
    await expect.poll(() => filing.monthRow('奇台县').innerText()).toContain('逾期报送');
    expect(await filing.monthRow('奇台县').innerText()).toContain('版本 1');
    expect(await filing.gridCellText('奇台县', 10)).toEqual({
      shown: '迟报',
      label: '奇台县 2022年10月：逾期报送，版本 1',
    });
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-success.png`, fullPage: true });
    expect(submissions).toHaveLength(1);

    // The API: the prefecture's October spending grew by exactly the amount filed.
    const after = await execution(10);
    expect(fen(after.spent) - fen(before.spent)).toBe(fen(1923.45));
    const qitai = after.children.find((c) => c.region.name === '奇台县');
    expect(qitai?.warning).not.toBe('NOT_REPORTED');
    expect(qitai?.spent).toBe(1923.45);

    // The overview shows the county's new figure.
    await filing.page.goto(`${origin}/?year=2022&month=10`);
    await expect
      .poll(() => filing.page.locator('main').innerText(), { timeout: 15_000 })
      .toContain('1,923.45');
    await filing.page.screenshot({
      path: `${ARTIFACTS}/filing-overview-after.png`,
      fullPage: true,
    });
  }, 90_000);

  it('speaks English when the language is switched', async () => {
    await filing.open({ year: 2022, month: 10, region: '昌吉市', lang: 'en' });
    await filing.form.waitFor();
    expect(await filing.page.locator('.filing-title').innerText()).toContain('Monthly filing');
    expect(await filing.form.locator('thead').innerText()).toContain('Actual spending');
    expect(await filing.versionNote.innerText()).toContain('submitting creates version 2');
    await filing.type(filing.spent(), '12a');
    expect(await filing.errorOf(filing.spent())).toBe(
      'Not a number; enter an amount such as 1012.5',
    );
    expect(await filing.monthTable.innerText()).toContain('7 of 7 counties filed');
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-form-en.png`, fullPage: true });
  }, 60_000);

  it('shows the filing calendar for the month and the year, readable on a projector too', async () => {
    await filing.open({ year: 2022, month: 9, region: '昌吉市' });
    await filing.form.waitFor();
    const row = filing.monthRow('昌吉市');
    expect(await row.innerText()).toContain('版本 2');
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await filing.monthTable.innerText()).toContain('截止日期 2022-09-30');
    expect(await filing.monthTable.innerText()).toContain('已报送 7 / 7 个县市');
    // 奇台县 has no October report in the sample; November and December were never filed.
    expect(await filing.gridCellText('木垒哈萨克自治县', 11)).toEqual({
      shown: '未报',
      label: '木垒哈萨克自治县 2022年11月：逾期未报',
    });
    await filing.showCalendar();
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-calendar-1366.png` });

    // For a leader, a grid cell opens that county's filing for that month.
    await filing.open({ year: 2022, month: 9 });
    await filing.gridCell('玛纳斯县', 6).getByRole('link').click();
    await filing.page.locator('#filing-form-title', { hasText: '玛纳斯县 · 2022年6月' }).waitFor();
    expect(new URL(filing.page.url()).searchParams.get('month')).toBe('6');

    await filing.page.setViewportSize(PROJECTOR);
    await filing.open({ year: 2022, month: 10, region: '木垒哈萨克自治县' });
    await filing.form.waitFor();
    expect(await filing.progress().innerText()).toMatch(/%$/);
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-form-1920.png` });
    await filing.showCalendar();
    await filing.page.screenshot({ path: `${ARTIFACTS}/filing-calendar-1920.png` });
  }, 60_000);
});
