/**
 * A form the product exports opens in LibreOffice: converted to PDF headless, its text holds the
 * notice's title, headers and figures. (LibreOffice and poppler-utils are installed by .ci/run;
 * the rendered pages are in docs/screenshots/.) A private profile keeps parallel runs apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allocationWorkbook, feedbackWorkbook } from '../../server/services/excel-forms.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { NOTICE, NOW, seededDb } from './support.ts';
import { TEST_ACTOR } from '../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'excel-libreoffice-'));

/** Converts the workbooks to PDF and returns each one's text (layout kept). */
function pdfText(files: Record<string, Buffer>): Record<string, string> {
  for (const [name, bytes] of Object.entries(files))
    writeFileSync(join(dir, `${name}.xlsx`), bytes);
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...Object.keys(files).map((name) => join(dir, `${name}.xlsx`)),
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return Object.fromEntries(
    Object.keys(files).map((name) => {
      execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), join(dir, `${name}.txt`)]);
      return [name, readFileSync(join(dir, `${name}.txt`), 'utf8')];
    }),
  );
}

describe('exported forms in LibreOffice', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders 附件1 and a filled 附件4 with their titles and figures', async () => {
    const db = await seededDb();
    const filed = await submitSpendingReport(
      db,
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        lines: [
          { documentNumber: NOTICE, spent: parseAmount('1237.86') as Fen, reason: '年底集中发放' },
        ],
      },
      { actor: TEST_ACTOR, now: NOW },
    );
    expect(filed.errors).toEqual([]);
    const text = pdfText({
      allocation: (await allocationWorkbook(db, NOTICE)).bytes,
      feedback: (
        await feedbackWorkbook(db, { region: '昌吉市', year: 2022, month: 10, blank: false }, NOW)
      ).bytes,
    });
    const allocation = text.allocation ?? '';
    expect(allocation).toContain('2022年困难群众救助补助资金（第二批）分配表');
    expect(allocation).toContain('单位：万元');
    // The seed's rows as the notice prints them (thousands grouped by the cell format).
    expect(allocation).toMatch(/昌吉回族自治州\s+11,438\s+7,828\s+3,610/);
    expect(allocation).toMatch(/阜康市\s+831\s+851\s+-20/);
    const feedback = text.feedback ?? '';
    expect(feedback).toContain('自治区财政资金使用跟踪反馈表');
    expect(feedback).toContain('地、州、市（单位）名称：昌吉市');
    // 1485 − 1237.86 = 247.14; 1237.86 / 1485 = 83.36 %: the formulas' results, as percentages.
    expect(feedback).toMatch(/合计\s+1,485\.00\s+1,237\.86\s+247\.14\s+83\.36%/);
    expect(feedback).toContain('说明：1、');
  }, 90_000);
});
