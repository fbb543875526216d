/**
 * A filled feedback form comes back: the round trip (export, fill as a clerk would, import,
 * submit) stores exactly what was written; every refusal names its cell (or the file) and
 * leaves the database as it was.
 */
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import type { Db } from '../../server/db/connection.ts';
import {
  previewFeedbackWorkbook,
  submitFeedbackWorkbook,
} from '../../server/services/feedback-workbook.service.ts';
import { feedbackWorkbook } from '../../server/services/excel-forms.service.ts';
import ExcelJS from 'exceljs';
import { addFeedbackFormSheet } from '../../server/excel/feedback-form-export.ts';
import { readFeedbackForm, templateProblems } from '../../server/excel/feedback-form-import.ts';
import type { Fen } from '../../server/domain/money.ts';
import { tableCounts, TEST_ACTOR } from '../helpers/db.ts';
import {
  NOTICE,
  NOW,
  XLSX_SKELETON,
  filledForm,
  handmadeZip,
  open,
  seededDb,
  sheetOf,
} from './support.ts';

const TARGET = { region: '昌吉市', year: 2022, month: 10 };
const OPTIONS = { actor: TEST_ACTOR, now: NOW };

/** The stored report of 昌吉市, October 2022, as the tables hold it. */
async function stored(db: Db) {
  return await allRows(
    db,
    sql`select l.spent, l.amount, l.reason, l.measures, l.measures_due_on as "dueOn",
               (select string_agg(d.direction || '=' || d.spent, ',' order by d.direction)
                from spending_line_directions d where d.line_id = l.id) as directions
        from spending_lines l join spending_reports s on s.id = l.report_id
        join regions r on r.id = s.region_id
        where r.name = '昌吉市' and s.year = 2022 and s.month = 10`,
  );
}

describe('importing a filled 附件4', () => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb();
  });

  it('round trip: what the clerk wrote is what is stored, to the fen', async () => {
    const bytes = await filledForm(db, '昌吉市', 10, (ws) => {
      ws.getCell('E5').value = 1200.5;
      ws.getCell('F5').value = '低保 1000.5；临时救助 200';
      ws.getCell('I5').value = '年底集中发放';
      ws.getCell('J5').value = '按月拨付（整改时间：2022年11月30日）';
    });
    const preview = await previewFeedbackWorkbook(db, bytes, TARGET, OPTIONS);
    expect(preview.problems).toEqual([]);
    expect(preview.lines).toHaveLength(1);
    const before = await tableCounts(db);
    const result = await submitFeedbackWorkbook(db, bytes, TARGET, OPTIONS);
    expect(result.problems).toEqual([]);
    expect(result.report?.version).toBe(1);
    expect((await tableCounts(db)).spending_reports).toBe(before.spending_reports! + 1);
    // 1200.5 万元 = 1,200,500,000 分; 1485 万元 is 昌吉市's col 2 in the notice.
    expect(await stored(db)).toEqual([
      {
        spent: 1_200_500_000,
        amount: 1_485_000_000,
        reason: '年底集中发放',
        measures: '按月拨付',
        dueOn: '2022-11-30',
        directions: expect.stringMatching(/SUBSISTENCE_ALLOWANCE=1000500000/) as unknown,
      },
    ]);
    expect(String(((await stored(db))[0] as { directions: string }).directions)).toContain(
      'TEMPORARY_ASSISTANCE=200000000',
    );

    // Exported again, the form carries the stored figures back.
    const again = sheetOf(
      await open((await feedbackWorkbook(db, { ...TARGET, blank: false }, NOW)).bytes),
    );
    expect([again.getCell('E5').value, again.getCell('F5').value]).toEqual([
      1200.5,
      '低保 1000.5；临时救助 200',
    ]);
  });

  it('reads text as Excel or WPS re-save it: rich text, thousands separators, typed derived values', async () => {
    const bytes = await filledForm(db, '昌吉市', 10, (ws) => {
      ws.getCell('E5').value = { richText: [{ text: '1,2' }, { text: '00.50' }] };
      ws.getCell('G5').value = 284.5; // 1485 − 1200.5, typed over the formula
      ws.getCell('H5').value = '80.84%'; // 1200.5 / 1485 = 80.84 %
      ws.getCell('E4').value = 1200.5;
      ws.getCell('I5').value = '年底集中发放';
    });
    const preview = await previewFeedbackWorkbook(db, bytes, TARGET, OPTIONS);
    expect(preview.problems).toEqual([]);
    expect(preview.lines[0]?.spent).toBe(1_200_500_000);
  });

  describe('refuses, naming the cell, and writes nothing', () => {
    const refused = async (bytes: Buffer) => {
      const before = await tableCounts(db);
      const result = await submitFeedbackWorkbook(db, bytes, TARGET, OPTIONS);
      expect(result.report).toBeNull();
      expect(await tableCounts(db)).toEqual(before);
      return result.problems;
    };
    const form = (fill: Parameters<typeof filledForm>[3]) => filledForm(db, '昌吉市', 10, fill);

    it('spending above the allocation: E5', async () => {
      const problems = await refused(await form((ws) => void (ws.getCell('E5').value = 1620)));
      expect(problems).toEqual([
        expect.objectContaining({
          cell: 'E5',
          code: 'SPENT_EXCEEDS_ALLOCATION',
          message: expect.stringMatching(/1620.*1485/) as unknown,
        }),
      ]);
    });

    it('an unknown 文号: C5', async () => {
      const problems = await refused(
        await form((ws) => {
          ws.getCell('C5').value = '昌州财社〔2099〕1号';
          ws.getCell('E5').value = 100;
        }),
      );
      expect(problems).toEqual([
        expect.objectContaining({ cell: 'C5', code: 'DOCUMENT_NOT_FOUND' }),
      ]);
    });

    it('未支出金额 and 实际支出进度 that disagree with 资金金额 and 实际支出金额: G5, H5', async () => {
      const problems = await refused(
        await form((ws) => {
          ws.getCell('E5').value = 1200;
          ws.getCell('G5').value = 300; // should be 285
          ws.getCell('H5').value = 0.5; // should be 80.81 %
        }),
      );
      expect(problems.map((p) => [p.cell, p.code])).toEqual([
        ['G5', 'UNSPENT_MISMATCH'],
        ['H5', 'PROGRESS_MISMATCH'],
      ]);
      expect(problems[0]?.message).toContain('= 285');
    });

    it('a 合计 that is not the sum of the lines: E4', async () => {
      const problems = await refused(
        await form((ws) => {
          ws.getCell('E5').value = 1200;
          ws.getCell('E4').value = 1300;
        }),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          cell: 'E4',
          code: 'TOTAL_MISMATCH',
          message: expect.stringContaining('1300') as unknown,
        }),
      ]);
    });

    it('an amount finer than 0.01 万元: E5', async () => {
      const problems = await refused(await form((ws) => void (ws.getCell('E5').value = 1200.123)));
      expect(problems).toEqual([expect.objectContaining({ cell: 'E5', code: 'AMOUNT_PRECISION' })]);
    });

    it('another region’s or month’s form: A2, F2', async () => {
      const other = await filledForm(db, '阜康市', 9, (ws) => void (ws.getCell('E5').value = 100));
      const problems = await refused(other);
      expect(problems.map((p) => [p.cell, p.code])).toEqual(
        expect.arrayContaining([
          ['A2', 'REGION_MISMATCH'],
          ['F2', 'PERIOD_MISMATCH'],
        ]),
      );
    });

    it('an altered template: the header cell and the text it should have', async () => {
      const problems = await refused(await form((ws) => void (ws.getCell('C3').value = '文件号')));
      expect(problems).toEqual([
        expect.objectContaining({
          cell: 'C3',
          code: 'TEMPLATE_MISMATCH',
          message: expect.stringContaining('C3 应为「文号」，实为「文件号」') as unknown,
        }),
      ]);
    });

    it('a workbook that is not this form at all', async () => {
      const problems = await refused(
        await form((ws) => {
          ws.spliceColumns(2, 1);
        }),
      );
      expect(problems).toContainEqual(
        expect.objectContaining({
          cell: 'B3',
          code: 'TEMPLATE_MISMATCH',
          message: expect.stringContaining(
            '应为「收到的财政专项资金名称」，实为「文号」',
          ) as unknown,
        }),
      );
    });

    it('a file that is not xlsx (a CSV, an old .xls)', async () => {
      expect(await refused(Buffer.from('序号,文号,实际支出金额\n1,x,1\n'))).toEqual([
        expect.objectContaining({ cell: null, code: 'NOT_XLSX' }),
      ]);
      const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
      expect((await refused(ole2))[0]?.code).toBe('NOT_XLSX');
    });

    it('a corrupt workbook (cut short)', async () => {
      const bytes = await form((ws) => void (ws.getCell('E5').value = 100));
      expect((await refused(bytes.subarray(0, bytes.length / 2)))[0]).toMatchObject({
        cell: null,
        code: 'CORRUPT',
      });
    });

    it('a huge file', async () => {
      const huge = Buffer.alloc(5_000_000);
      huge.writeUInt32LE(0x04034b50, 0);
      expect((await refused(huge))[0]).toMatchObject({ code: 'TOO_LARGE' });
    });

    it('a zip bomb, honest or lying about its size', async () => {
      const bomb = Buffer.alloc(9_000_000, 0x20);
      const honest = handmadeZip([
        ...XLSX_SKELETON,
        { name: 'xl/worksheets/sheet1.xml', data: bomb },
      ]);
      expect(honest.length).toBeLessThan(100_000);
      expect((await refused(honest))[0]).toMatchObject({ code: 'ZIP_BOMB' });
      const lying = handmadeZip([
        ...XLSX_SKELETON,
        {
          name: 'xl/worksheets/sheet1.xml',
          data: Buffer.alloc(9_000_000, 0x20),
          declaredSize: 40_000,
        },
      ]);
      expect((await refused(lying))[0]).toMatchObject({ code: 'CORRUPT' });
    });

    it('a part no spreadsheet has', async () => {
      const odd = handmadeZip([...XLSX_SKELETON, { name: 'payload.exe', data: Buffer.from('MZ') }]);
      expect((await refused(odd))[0]).toMatchObject({ code: 'UNEXPECTED_PART' });
    });
  });

  it('the preview of a good form writes nothing either', async () => {
    const bytes = await filledForm(db, '昌吉市', 10, (ws) => void (ws.getCell('E5').value = 1485));
    const before = await tableCounts(db);
    expect((await previewFeedbackWorkbook(db, bytes, TARGET, OPTIONS)).problems).toEqual([]);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('warns (without refusing) about a lagging line that gives no reason', async () => {
    const bytes = await filledForm(db, '昌吉市', 10, (ws) => void (ws.getCell('E5').value = 100));
    const preview = await previewFeedbackWorkbook(db, bytes, TARGET, OPTIONS);
    expect(preview.problems).toEqual([]);
    expect(preview.warnings.map((w) => [w.cell, w.code])).toContainEqual(['I5', 'REASON_MISSING']);
    expect(NOTICE).toBe(preview.lines[0]?.documentNumber);
  });

  it('keeps an allocation’s six decimals in 资金金额, while 实际支出金额 takes at most two', () => {
    // A notice may allocate 1485.123456 万元 (exact to the fen); the clerk types 1000.5.
    const workbook = new ExcelJS.Workbook();
    const ws = addFeedbackFormSheet(workbook, {
      regionName: '昌吉市',
      year: 2022,
      month: 10,
      lines: [
        {
          fundName: '困难群众救助补助资金',
          documentNumber: NOTICE,
          amount: 1_485_123_456 as Fen,
          spent: null,
          directions: [],
          reason: null,
          measures: null,
          measuresDueOn: null,
        },
      ],
    });
    ws.getCell('E5').value = 1000.5;
    ws.getCell('G5').value = 484.623456;
    expect(templateProblems(ws)).toEqual([]);
    const read = readFeedbackForm(ws);
    expect(read.problems).toEqual([]);
    expect([read.lines[0]?.amount, read.lines[0]?.spent]).toEqual([1_485_123_456, 1_000_500_000]);
    ws.getCell('E5').value = 1000.123;
    ws.getCell('G5').value = null;
    expect(readFeedbackForm(ws).problems).toEqual([
      expect.objectContaining({ cell: 'E5', code: 'AMOUNT_PRECISION' }),
    ]);
  });
});
