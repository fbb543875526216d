/**
 * The forms over HTTP and the upload over GraphQL, against the product's own server: downloads
 * carry the Chinese file name (RFC 5987) and open as workbooks; an uploaded form is previewed
 * without writing, then submitted; a refused upload writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { seedNoticeText, tableCounts, TEST_ACTOR } from '../helpers/db.ts';
import { filledForm, open, sheetOf } from './support.ts';

const PREVIEW = `
  mutation ExcelTestPreview($file: String!, $region: String!, $year: Int!, $month: Int!) {
    previewFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {
      lines { row documentNumber amount spent unspent progress directions { direction spent } }
      problems { cell code field message }
      warnings { cell code }
    }
  }`;

const SUBMIT = `
  mutation ExcelTestSubmit($file: String!, $region: String!, $year: Int!, $month: Int!) {
    submitFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {
      report { version region { name } lines { spent } }
      problems { cell code message }
    }
  }`;

interface Preview {
  previewFeedbackWorkbook: {
    lines: { row: number; amount: number; spent: number; unspent: number; progress: number }[];
    problems: { cell: string | null; code: string }[];
  };
}
interface Submitted {
  submitFeedbackWorkbook: {
    report: { version: number; region: { name: string }; lines: { spent: number }[] } | null;
    problems: { cell: string | null; code: string }[];
  };
}

describe('Excel over HTTP', () => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startTestServer((db) =>
      importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR }),
    );
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.close());
  /** Downloads are for signed-in users: the admin's session. */
  const signedIn = () => ({ headers: { cookie: server.cookie ?? '' } });

  it('downloads 附件1 with its Chinese file name', async () => {
    const response = await fetch(
      `${origin}/export/allocation.xlsx?document=${encodeURIComponent('昌州财社〔2022〕11号')}`,
      signedIn(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="allocation.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1] ?? '')).toBe(
      '附件1 2022年困难群众救助补助资金（第二批）分配表（昌州财社〔2022〕11号）.xlsx',
    );
    const ws = sheetOf(await open(Buffer.from(await response.arrayBuffer())));
    expect(ws.getCell('B7').value).toBe(11438);
  });

  it('downloads a blank 附件4 and a target sheet; names what is missing or unknown', async () => {
    const blank = await fetch(
      `${origin}/export/feedback-form.xlsx?region=${encodeURIComponent('奇台县')}&year=2022&month=10&blank=1`,
      signedIn(),
    );
    expect(blank.status).toBe(200);
    expect(sheetOf(await open(Buffer.from(await blank.arrayBuffer()))).getCell('D5').value).toBe(
      2295,
    );
    const sheet = await fetch(
      `${origin}/export/target-sheet.xlsx?document=${encodeURIComponent('昌州财社〔2022〕11号')}&region=${encodeURIComponent('昌吉市')}`,
      signedIn(),
    );
    expect(sheet.status).toBe(200);
    const missing = await fetch(
      `${origin}/export/feedback-form.xlsx?region=x&year=2022`,
      signedIn(),
    );
    expect([missing.status, await missing.text()]).toEqual([
      400,
      'ARGUMENT_MISSING: 缺少参数 month',
    ]);
    const unknown = await fetch(`${origin}/export/allocation.xlsx?document=nope`, signedIn());
    expect(unknown.status).toBe(404);
    expect(
      (await fetch(`${origin}/export/allocation.xlsx`, { ...signedIn(), method: 'POST' })).status,
    ).toBe(405);
  });

  it('previews an uploaded form without writing, then files it', async () => {
    const bytes = await filledForm(
      server.db,
      '呼图壁县',
      10,
      (ws) => void (ws.getCell('E5').value = 1642.5),
    );
    const variables = { file: bytes.toString('base64'), region: '呼图壁县', year: 2022, month: 10 };
    const county = await server.as({ county: '呼图壁县' });
    const before = await tableCounts(server.db);
    const preview = await post<Preview, typeof variables>(county, PREVIEW, variables);
    expect(preview.errors).toBeUndefined();
    // 呼图壁县 col 2 = 1825; 1825 − 1642.5 = 182.5; 1642.5 / 1825 = 0.9.
    expect(preview.data?.previewFeedbackWorkbook).toMatchObject({
      lines: [{ row: 5, amount: 1825, spent: 1642.5, unspent: 182.5, progress: 0.9 }],
      problems: [],
    });
    expect(await tableCounts(server.db)).toEqual(before);
    const submitted = await post<Submitted, typeof variables>(county, SUBMIT, variables);
    expect(submitted.data?.submitFeedbackWorkbook).toEqual({
      report: { version: 1, region: { name: '呼图壁县' }, lines: [{ spent: 1642.5 }] },
      problems: [],
    });
  });

  it('refuses an upload over 1 MB before decoding it, and writes nothing', async () => {
    const county = await server.as({ county: '呼图壁县' });
    const before = await tableCounts(server.db);
    const variables = { file: 'A'.repeat(1_400_000), region: '呼图壁县', year: 2022, month: 10 };
    const submitted = await post<Submitted, typeof variables>(county, SUBMIT, variables);
    expect(submitted.data?.submitFeedbackWorkbook).toEqual({
      report: null,
      problems: [expect.objectContaining({ cell: null, code: 'TOO_LARGE' })],
    });
    expect(await tableCounts(server.db)).toEqual(before);
  });
});
