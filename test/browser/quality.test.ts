/**
 * The data-quality view on the built app over the sample data: no reconciliation breaches,
 * said plainly, and the import notes counted as the API counts them, by kind, with the notice
 * one click away in the indicator comparison.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { openBrowser, type BrowserSession } from './chromium.ts';
import { QualityPage } from './pages/quality-page.ts';
import { addUser, signIn } from './sign-in.ts';

const ARTIFACTS = 'test-artifacts';
const DOC = '昌州财社〔2022〕11号';

interface Findings {
  document: {
    warnings: { code: string }[];
    notes: { code: string; severity: string }[];
  };
}

describe('data quality at /quality', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;
  let view: QualityPage;

  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
    await addUser(server.db, 'lingdao', 'LEADER');
    browser = await openBrowser(origin, { width: 1366, height: 768 });
    await signIn(browser.page, origin, 'lingdao');
    view = new QualityPage(browser.page, origin);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('says there are no breaches and counts the notes as the API does', async () => {
    const response = await post<Findings, { doc: string }>(
      server,
      `query ($doc: String!) {
        document(number: $doc) { warnings { code } notes { code severity } }
      }`,
      { doc: DOC },
    );
    const api = response.data?.document;
    if (!api) throw new Error(JSON.stringify(response.errors));

    await view.open();
    expect(await view.figure(DOC, 'breaches')).toBe(api.warnings.length);
    expect(api.warnings).toHaveLength(0);
    expect(await view.verdict(DOC).innerText()).toContain('未发现核对不符');
    expect(await view.figure(DOC, 'notes')).toBe(api.notes.length);
    expect(api.notes.every((n) => n.severity === 'INFO')).toBe(true);

    const byCode: Record<string, number> = {};
    for (const n of api.notes) byCode[n.code] = (byCode[n.code] ?? 0) + 1;
    expect(await view.countsByCode(DOC)).toEqual(byCode);

    // The notes themselves are collapsed until asked for.
    expect(await view.noteRows(DOC).first().isVisible()).toBe(false);
    await view.page.screenshot({ path: `${ARTIFACTS}/quality-1366.png` });
    await view.notesToggle(DOC).click();
    await expect.poll(() => view.noteRows(DOC).count()).toBe(api.notes.length);
    expect(await view.noteRows(DOC).first().isVisible()).toBe(true);
    expect(await view.noteRows(DOC).first().innerText()).toContain('昌吉回族自治州');
    await view.page.screenshot({ path: `${ARTIFACTS}/quality-notes-full.png`, fullPage: true });

    // The batches of the sample's fund-year: the 自治区 notice names 7828 of 提前下达 money for
    // 昌吉州 whose notice is not imported; the counties' 提前下达 (column 3) agrees.
    const checks = view.page.locator('[data-testid="fund-year-checks"] li');
    await expect.poll(() => checks.count()).toBe(1);
    expect(await checks.first().getAttribute('data-region')).toBe('昌吉回族自治州');
    expect(await checks.first().innerText()).toContain('7828');

    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);

  it('opens the notice in the indicator comparison, and Back returns', async () => {
    await view.open();
    await view.openInIndicators(DOC).click();
    await view.page.locator('[data-testid="indicator-matrix"] tbody tr').first().waitFor();
    expect(view.url()).toBe(`/indicators?doc=${DOC}`);
    await view.page.goBack();
    await view.document(DOC).waitFor();
    expect(view.url()).toBe('/quality');

    await view.page.setViewportSize({ width: 1920, height: 1080 });
    await view.page.goto(`${origin}/quality?lang=en`);
    await view.document(DOC).waitFor();
    expect(await view.verdict(DOC).innerText()).toContain('No reconciliation breaches');
    await view.page.screenshot({ path: `${ARTIFACTS}/quality-en-1920.png` });
    await view.page.setViewportSize({ width: 1366, height: 768 });

    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 60_000);
});
