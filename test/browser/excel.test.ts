/**
 * Excel in and out in headless Chromium. Filing with Excel on /filing, on the sample data (奇台县 has not filed
 * October 2022): the form downloads; a workbook over the allocation is previewed with the problem
 * at its cell and cannot be submitted; a good one is previewed, submitted, and stored. The
 * overview's exports: a card as CSV Excel reads (BOM), the whole overview as a workbook.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { tableCounts } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/graphql.ts';
import { filledForm, open } from '../excel/support.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { FilingPage } from './pages/filing-page.ts';
import { addUser } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';

describe('filing with Excel at /filing', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let filing: FilingPage;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer((db) => addSampleData(db));
    const origin = new URL(server.url).origin;
    await addUser(server.db, 'qitai', 'COUNTY', '奇台县');
    browser = await openBrowser(origin, { width: 1366, height: 900 });
    filing = new FilingPage(browser.page, origin, { 奇台县: 'qitai' }, 'qitai');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('previews an upload with its problems by cell, then files a good one', async () => {
    const page = browser.page;
    await filing.open({ year: 2022, month: 10, region: '奇台县' });
    const upload = page.locator('section.workbook-upload');
    await upload.waitFor();

    const download = page.waitForEvent('download');
    await upload.getByRole('link', { name: '下载空白跟踪反馈表' }).click();
    expect((await download).suggestedFilename()).toBe(
      '附件4 跟踪反馈表 奇台县 2022年10月（空白）.xlsx',
    );

    // 奇台县 col 2 = 2295 万元: 3000 is more than was allocated.
    const over = await filledForm(
      server.db,
      '奇台县',
      10,
      (ws) => void (ws.getCell('E5').value = 3000),
    );
    const before = await tableCounts(server.db);
    await page.locator('input[name="workbook"]').setInputFiles({
      name: 'qitai.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: over,
    });
    const problem = upload.locator('[data-testid="workbook-problems"] li[data-cell="E5"]');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('E5: 实际支出金额 3000 超过资金金额 2295 万元');
    expect(await upload.getByRole('button', { name: '提交此工作簿' }).count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/filing-workbook-problems.png`, fullPage: true });
    expect(await tableCounts(server.db)).toEqual(before);

    // 2000 / 2295 = 87.15 %, ahead of October's 序时进度 (83.3 %).
    const good = await filledForm(
      server.db,
      '奇台县',
      10,
      (ws) => void (ws.getCell('E5').value = 2000),
    );
    await page.locator('input[name="workbook"]').setInputFiles({
      name: 'qitai.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: good,
    });
    await upload.locator('.workbook-ready').waitFor();
    const cells = await upload.locator('table.workbook-lines tbody tr td').allTextContents();
    expect(cells).toEqual([
      '5',
      '昌州财社〔2022〕11号',
      '2,295.00',
      '2,000.00',
      '295.00',
      '87.15%',
    ]);
    await page.screenshot({ path: `${ARTIFACTS}/filing-workbook-preview.png`, fullPage: true });
    await upload.getByRole('button', { name: '提交此工作簿' }).click();
    await page.locator('.filing-success').waitFor();
    expect(await page.locator('.filing-success').textContent()).toContain(
      '奇台县 2022年10月 跟踪反馈表 版本 1',
    );
    expect((await tableCounts(server.db)).spending_reports).toBe(before.spending_reports! + 1);
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('exports an overview card as CSV and the whole overview as a workbook', async () => {
    const page = browser.page;
    await page.goto(`${new URL(server.url).origin}/?year=2022&month=10`);
    const exports = page.getByRole('navigation', { name: '导出' });
    await exports.waitFor();
    const csv = page.waitForEvent('download');
    await exports.locator('[data-card="regions"]').getByRole('button', { name: 'CSV' }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe(
      '执行概览 昌吉回族自治州 2022年10月 各地区执行进度.csv',
    );
    const text = readFileSync(await csvFile.path(), 'utf8');
    expect(text.startsWith('\uFEFF地区,下达资金,实际支出,未支出,支出进度,序时进度,预警\r\n')).toBe(
      true,
    );
    // 昌吉市 col 2 = 1485 and 奇台县 2295 (the seed notice); 奇台县 filed 2000 by workbook above.
    expect(text).toMatch(/\r\n昌吉市,1485,[\d.]+,[\d.]+,[\d.]+%,83.33%,/);
    expect(text).toContain('\r\n奇台县,2295,2000,295,87.15%,83.33%,正常\r\n');

    const xlsx = page.waitForEvent('download');
    await exports.getByRole('link', { name: '整个概览（Excel 工作簿）' }).click();
    const xlsxFile = await xlsx;
    expect(xlsxFile.suggestedFilename()).toBe('执行概览 昌吉回族自治州 2022年10月.xlsx');
    const workbook = await open(readFileSync(await xlsxFile.path()));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概览',
      '各地区执行进度',
      '未支出金额',
      '月度趋势',
    ]);
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('downloads 附件1 and a region’s 附件3 from the region page', async () => {
    const page = browser.page;
    await page.goto(`${new URL(server.url).origin}/region?region=${encodeURIComponent('木垒县')}`);
    // The seed's group (木垒县 also has the 提前下达 notice of the sample data, without sheets).
    const links = page.locator('tbody[data-document="昌州财社〔2022〕11号"] .form-downloads');
    await links.waitFor();
    const download = page.waitForEvent('download');
    await links.getByRole('link', { name: /附件3/ }).click();
    expect((await download).suggestedFilename()).toBe(
      '附件3 区域绩效目标表 木垒哈萨克自治县（昌州财社〔2022〕11号）.xlsx',
    );
    const allocation = page.waitForEvent('download');
    await links.getByRole('link', { name: /附件1/ }).click();
    const workbook = await open(readFileSync(await (await allocation).path()));
    expect(workbook.worksheets[0]?.getCell('B7').value).toBe(11438);

    // Each table has CSV and Excel: the allocation table's workbook comes from the server.
    const group = page.getByRole('group', { name: '导出资金分配（附件1 分配表）' });
    const table = page.waitForEvent('download');
    await group.getByRole('button', { name: 'Excel' }).click();
    const tableFile = await table;
    expect(tableFile.suggestedFilename()).toBe('地区详情 木垒县 资金分配（附件1 分配表）.xlsx');
    const sheet = (await open(readFileSync(await tableFile.path()))).worksheets[0];
    expect(sheet?.getCell('A2').value).toBe('筛选：年度 2022；截至 10 月；地区 木垒县');
    // The sample's 提前下达 notice first (全年 1159, no 提前 column), then the seed:
    // 木垒哈萨克自治县 2030 = 1159 + 871.
    expect([3, 4, 5].map((c) => sheet?.getCell(6, c).value)).toEqual([1159, null, null]);
    expect([3, 4, 5].map((c) => sheet?.getCell(7, c).value)).toEqual([2030, 1159, null]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
