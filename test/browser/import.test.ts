/**
 * The review page in headless Chromium: an admin reaches 导入指标文件 from the navigation,
 * uploads the seed notice, sees what was read, corrects a column's role (the table is read
 * again), confirms, and the overview then shows the notice's figures.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sqlRows } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { ImportPage } from './pages/import-page.ts';
import { OverviewPage } from './pages/overview-page.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';
/** The seed notice as the bureau published it: a PDF. */
const SEED_FILE = 'test/fixtures/documents/seed.pdf';

describe('the import page', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer();
    origin = new URL(server.url).origin;
    await addUser(server.db, 'guanli', 'ADMIN');
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

  it('reads the seed, takes a column role correction, imports it, and the overview shows the figures', async () => {
    const { page } = browser;
    await signIn(page, origin, 'guanli', '/account');
    await page.getByRole('navigation').getByRole('link', { name: '导入指标文件' }).click();
    await page.waitForURL(`${origin}/import`);
    const review = new ImportPage(page);
    await review.upload(SEED_FILE);
    expect(await review.documentNumber()).toBe('昌州财社〔2022〕11号');
    // 附件1 read by hand: 昌吉市 1485 = 1275 + 210.
    expect((await review.allocations())[1]).toEqual({
      region: '昌吉市',
      total: '1,485.00',
      advance: '1,275.00',
      batch: '210.00',
    });
    expect(await review.columnRole(3).inputValue()).toBe('earlyAdvance');

    await review.setColumnRole(3, 'thisBatch');
    await review.setColumnRole(4, 'earlyAdvance');
    expect((await review.allocations())[1]).toMatchObject({
      advance: '210.00',
      batch: '1,275.00',
    });
    await page.screenshot({ path: `${ARTIFACTS}/import-review.png`, fullPage: true });

    const result = await review.confirm();
    expect(result).toContain('已导入 昌州财社〔2022〕11号（第 1 版，新文件）');
    const notes = await sqlRows(
      server.db,
      "select message from import_warnings where code = 'REVIEW_CORRECTION' order by id",
    );
    // The column's header is quoted in the note when the reader found one.
    expect(notes).toEqual([
      {
        message: expect.stringMatching(
          /^审核更正：分配表第 3 列(「.+」)?用途为 thisBatch$/,
        ) as unknown,
      },
      {
        message: expect.stringMatching(
          /^审核更正：分配表第 4 列(「.+」)?用途为 earlyAdvance$/,
        ) as unknown,
      },
    ]);
    await page.screenshot({ path: `${ARTIFACTS}/import-done.png`, fullPage: true });

    await page.getByRole('link', { name: '查看执行概览' }).click();
    const overview = new OverviewPage(page);
    await overview.waitForFigures();
    const rows = await overview.tableRows();
    expect(rows.map((r) => [r.region, r.allocated])).toContainEqual(['昌吉市', '1,485.00']);
    expect((await overview.totalRow())?.allocated).toBe('11,438.00');
    await page.screenshot({ path: `${ARTIFACTS}/import-overview.png`, fullPage: true });
  }, 60_000);

  it('is served at /import itself, in English too, and shows a refusal before anything is stored', async () => {
    const { page } = browser;
    await page.goto(`${origin}/import?lang=en`);
    await page.getByRole('heading', { name: 'Import a notice' }).waitFor();
    await page.getByLabel('or paste the text').fill('各县：请报送。');
    await page.getByRole('button', { name: 'Read', exact: true }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('「粘贴的文本」不是可导入的指标文件');
    expect(await page.getByRole('button', { name: 'Confirm import' }).count()).toBe(0);
  });
});
