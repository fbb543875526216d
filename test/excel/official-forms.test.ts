/**
 * The official forms as the product exports them, read back with exceljs. Expected figures and
 * texts are the seed notice's (samples/changji-2022-batch2-notice.txt), copied by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { COLUMNS, NOTES } from '../../server/excel/feedback-form-layout.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import {
  allocationWorkbook,
  feedbackWorkbook,
  targetSheetWorkbook,
} from '../../server/services/excel-forms.service.ts';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { seedNoticeText, TEST_ACTOR } from '../helpers/db.ts';
import { NOTICE, NOW, open, seededDb, sheetOf } from './support.ts';

const fen = (text: string): Fen => parseAmount(text) as Fen;

describe('附件1, the allocation table', () => {
  let db: Db;
  beforeAll(async () => {
    db = await seededDb();
  });

  it('has the seed figures in the notice’s rows and columns, under merged headers', async () => {
    const file = await allocationWorkbook(db, '昌州财社[2022]11号');
    expect(file.filename).toBe(
      '附件1 2022年困难群众救助补助资金（第二批）分配表（昌州财社〔2022〕11号）.xlsx',
    );
    const ws = sheetOf(await open(file.bytes));
    expect(ws.getCell('A2').value).toBe('2022年困难群众救助补助资金（第二批）分配表');
    expect(ws.getCell('A3').value).toBe('单位：万元');
    expect(new Set(ws.model.merges)).toEqual(
      new Set(['A2:D2', 'A3:D3', 'A4:A5', 'B4:B5', 'C4:D4', 'A16:D16']),
    );
    expect([ws.getCell('A4').value, ws.getCell('B4').value, ws.getCell('C4').value]).toEqual([
      '单位名称',
      '中央全年实际下达资金合计',
      '其中：',
    ]);
    expect([ws.getCell('C5').value, ws.getCell('D5').value]).toEqual([
      '年初提前下达资金',
      '此次下达资金',
    ]);
    expect([1, 2, 3, 4].map((c) => ws.getCell(6, c).value)).toEqual([1, 2, 3, 4]);
    // The notice's rows: the prefecture (the 合计 of its counties) first, 阜康市's clawback negative.
    const rows = [7, 8, 9, 10, 11, 12, 13, 14].map((r) =>
      [1, 2, 3, 4].map((c) => ws.getCell(r, c).value),
    );
    expect(rows).toEqual([
      ['昌吉回族自治州', 11438, 7828, 3610],
      ['昌吉市', 1485, 1275, 210],
      ['阜康市', 831, 851, -20],
      ['呼图壁县', 1825, 968, 857],
      ['玛纳斯县', 1271, 855, 416],
      ['奇台县', 2295, 1478, 817],
      ['吉木萨尔县', 1701, 1242, 459],
      ['木垒哈萨克自治县', 2030, 1159, 871],
    ]);
    expect(typeof ws.getCell('B7').value).toBe('number');
    expect(ws.getCell('B7').numFmt).toBe('#,##0');
  });

  it('names an unknown document', async () => {
    await expect(allocationWorkbook(db, '昌州财社〔2099〕1号')).rejects.toMatchObject({
      code: 'DOCUMENT_NOT_FOUND',
    });
  });
});

describe('附件3, a region’s target sheet', () => {
  it('has the region, the funds, the six goals and every indicator with its target', async () => {
    const db = await seededDb();
    const ws = sheetOf(await open((await targetSheetWorkbook(db, NOTICE, '木垒县')).bytes));
    expect(ws.getCell('A2').value).toBe('中央对地方转移支付区域绩效目标表');
    expect(ws.getCell('A3').value).toBe('（2022年木垒哈萨克自治县）');
    expect(ws.getCell('C4').value).toBe('困难群众救助补助资金');
    expect(ws.getCell('C5').value).toBe('自治区民政厅');
    expect([ws.getCell('D7').value, ws.getCell('D8').value]).toEqual([2030, 2030]);
    expect((ws.getCell('C10').value as string).split('\n')).toHaveLength(6);
    // 木垒县's sheet has 16 indicators; the last is the satisfaction one, ≥88%.
    const names = Array.from({ length: 16 }, (_, i) => ws.getCell(12 + i, 4).value);
    expect(names[0]).toBe('低保对象人数');
    expect(names[15]).toBe('救助对象对社会救助实施的满意度');
    expect(ws.getCell(27, 5).value).toBe('≥88%');
    expect(ws.getCell(27, 2).value).toBe('满意度指标');
    expect(ws.model.merges).toContain('A11:A27');
  });
});

describe('附件4, the feedback form', () => {
  it('uses the notice’s own title, column headers and notes', () => {
    const form = parseNotice(seedNoticeText()).feedbackForm;
    expect(form?.title).toBe('自治区财政资金使用跟踪反馈表');
    expect(form?.columns).toEqual(COLUMNS.map((c) => c.header));
    expect(NOTES.join('')).toContain(form?.notes[0]?.replace(/^1、/, '') ?? 'missing');
  });

  it('is filled from the latest report, with formulas for the derived columns and the 合计', async () => {
    const db = await seededDb();
    const filed = await submitSpendingReport(
      db,
      {
        region: '奇台县',
        year: 2022,
        month: 9,
        lines: [
          {
            documentNumber: NOTICE,
            spent: fen('1234.56'),
            directions: [
              { direction: 'SUBSISTENCE_ALLOWANCE', spent: fen('1000') },
              { direction: 'TEMPORARY_ASSISTANCE', spent: fen('234.56') },
            ],
            reason: '部分资金待拨付',
            measures: '加快拨付',
            measuresDueOn: '2022-10-31',
          },
        ],
      },
      { actor: TEST_ACTOR, now: NOW },
    );
    expect(filed.errors).toEqual([]);
    const file = await feedbackWorkbook(
      db,
      { region: '奇台县', year: 2022, month: 9, blank: false },
      NOW,
    );
    const ws = sheetOf(await open(file.bytes));
    expect(ws.getCell('A1').value).toBe('自治区财政资金使用跟踪反馈表');
    expect(ws.getCell('A2').value).toBe('地、州、市（单位）名称：奇台县');
    expect(ws.getCell('I2').value).toBe('单位：万元');
    expect(ws.getCell('A4').value).toBe('合计');
    // 奇台县 col 2 = 2295; 2295 − 1234.56 = 1060.44; 1234.56 / 2295 = 53.79 %.
    expect([
      ws.getCell('A5').value,
      ws.getCell('C5').value,
      ws.getCell('D5').value,
      ws.getCell('E5').value,
    ]).toEqual([1, NOTICE, 2295, 1234.56]);
    expect(ws.getCell('F5').value).toBe('低保 1000；临时救助 234.56');
    expect(ws.getCell('G5').value).toEqual({ formula: 'D5-E5', result: 1060.44 });
    const progress = ws.getCell('H5');
    expect(progress.numFmt).toBe('0.00%');
    expect((progress.value as { result: number }).result).toBeCloseTo(0.537935, 6);
    expect(ws.getCell('E4').value).toEqual({ formula: 'SUM(E5:E5)', result: 1234.56 });
    expect(ws.getCell('I5').value).toBe('部分资金待拨付');
    expect(ws.getCell('J5').value).toBe('加快拨付（整改时间：2022-10-31）');
    expect(ws.getCell('A7').value).toMatch(/^说明：1、/);
  });

  it('is blank for filling in: the funds and amounts, no spending', async () => {
    const db = await seededDb();
    const ws = sheetOf(
      await open(
        (await feedbackWorkbook(db, { region: '阜康市', year: 2022, month: 6, blank: true }, NOW))
          .bytes,
      ),
    );
    expect([
      ws.getCell('B5').value,
      ws.getCell('C5').value,
      ws.getCell('D5').value,
      ws.getCell('E5').value,
    ]).toEqual(['困难群众救助补助资金', NOTICE, 831, null]);
  });
});
