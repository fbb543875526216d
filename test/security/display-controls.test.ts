/**
 * Finding 15 of the hardening issue: a right-to-left override in a region name reached page
 * text and download file names (`吉木萨尔\u202Elmth.exe县` shows as `吉木萨尔exe.html县`). Now
 * display controls are removed at the edges: the importer's (region names and every other text
 * of a notice), every GraphQL request's text (account names, filing text), and file names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition } from '../../server/http/export-handler.ts';
import { hasControlCharacters } from '../../server/importer/edge.ts';
import { sqlRows } from '../helpers/db.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { buildNotice } from '../graphql/notice-builder.ts';
import { importText } from '../graphql/support.ts';

const RLO = '\u202E';
const SPOOFED = `吉木萨尔${RLO}lmth.exe县`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((db) =>
    importText(
      db,
      buildNotice({
        issuer: '测试地区',
        number: '测财社〔2024〕7号',
        upstreamNumber: '新财社〔2024〕1号',
        year: 2024,
        batch: '第一批',
        issuedOn: { month: 5, day: 6 },
        counties: [
          { name: SPOOFED, early: 10, thisBatch: 5 },
          { name: '东山县', early: 20, thisBatch: 5 },
        ],
      }),
      'spoofed',
    ),
  );
});
afterAll(() => server.close());

const stored = async (text: string) =>
  (await sqlRows<Record<string, string>>(server.db, text)).flatMap((row) => Object.values(row));

describe('display controls are removed at the edges', () => {
  it('from region names in an imported notice', async () => {
    const names = await stored('select name from regions');
    expect(names).toContain('吉木萨尔lmth.exe县');
    expect(names.some(hasControlCharacters)).toBe(false);
    expect(
      (await stored('select raw_text from document_revisions')).some(hasControlCharacters),
    ).toBe(false);
  });

  it('from an account name sent through the API', async () => {
    const response = await post(
      server,
      `mutation { createAccount(input: { username: "spoof", displayName: "张${RLO}三\u0007", role: LEADER }) { account { displayName } } }`,
    );
    expect(response.data).toEqual({ createAccount: { account: { displayName: '张三' } } });
  });

  it('from filing text', async () => {
    const county = await server.as({ county: '东山县' });
    const response = await post<
      { submitSpendingReport: { report: { lines: { reason: string }[] } } },
      never
    >(
      county,
      `mutation { submitSpendingReport(input: { year: 2024, month: 6, lines: [{ documentNumber: "测财社〔2024〕7号", spent: 1, reason: "原因${RLO}exe.txt" }] }) { report { lines { reason } } } }`,
    );
    expect(response.data?.submitSpendingReport.report.lines[0]?.reason).toBe('原因exe.txt');
  });

  it('from download file names', () => {
    expect(contentDisposition(`${SPOOFED}.xlsx`, 'x.xlsx')).not.toMatch(/%E2%80%AE/);
  });
});
