/**
 * 附件4 as counties make it, not only the product's own download: the notice's own layout
 * (title, region, a row `单位：万元` of its own, then the header with `文 号` and a wrapped
 * header), the same moved by a row or by a column, re-saved by LibreOffice; directions listed
 * with 、 under one amount; a due date in words; a line for a fund not in the system refused by
 * its cell while the other lines are still checked. Figures are the seed's: 昌吉市 was allocated
 * 1485 万元 under 昌州财社〔2022〕11号.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import type { Db } from '../../server/db/connection.ts';
import {
  previewFeedbackWorkbook,
  submitFeedbackWorkbook,
} from '../../server/services/feedback-workbook.service.ts';
import { tableCounts, TEST_ACTOR } from '../helpers/db.ts';
import { addAccount } from '../auth/http.ts';
import { NOTICE, NOW, seededDb } from './support.ts';

const TARGET = { region: '昌吉市', year: 2022, month: 10 };
const OPTIONS = { actor: TEST_ACTOR, now: NOW };

/** A line as a clerk types it, columns A–J of the notice's form. */
type Line = (string | number | null)[];
const GOOD_LINE: Line = [
  1,
  '困难群众救助补助资金',
  NOTICE,
  1485,
  800,
  '低保',
  685,
  '53.87%',
  '审批进度慢',
  '加快支出进度，2022年12月底前完成',
];

/** The form exactly as the seed notice prints its 附件4 (rows 1–4), then 合计 and the lines. */
function noticeLayout(lines: Line[], region = '昌吉市'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('附件4');
  ws.getCell('A1').value = '自治区财政资金使用跟踪反馈表';
  ws.mergeCells('A1:J1');
  ws.getCell('A2').value = `地、州、市（单位）名称：${region}`;
  ws.getCell('J3').value = '单位：万元';
  ws.getRow(4).values = [
    '序号',
    '收到的财政专项资金名称',
    '文 号',
    '资金金额',
    '实际支出金额',
    '资金支出方向',
    '未支出金额',
    '实际支出进度',
    '未按计划或预算执行要求\n支出的原因',
    '整改措施及整改时间',
  ];
  const sum = (i: number) => lines.reduce((s, l) => s + (typeof l[i] === 'number' ? l[i] : 0), 0);
  ws.getRow(5).values = ['合计', null, null, sum(3), sum(4), null, sum(3) - sum(4)];
  lines.forEach((line, i) => (ws.getRow(6 + i).values = line));
  ws.getCell(`A${6 + lines.length + 1}`).value =
    '说明：1、地、州、市（单位）根据实际收到财政专项资金情况自行添加行（勿修改表格格式）。';
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

let db: Db;
beforeEach(async () => {
  db = await seededDb();
});

const preview = async (bytes: Buffer, target = TARGET) =>
  previewFeedbackWorkbook(db, bytes, target, OPTIONS);

describe('附件4 in the notice’s own layout', () => {
  it('is read: the header found by its texts, region above it, the month from the page', async () => {
    const result = await preview(await bytesOf(noticeLayout([GOOD_LINE])));
    expect(result.problems).toEqual([]);
    expect(result.lines).toEqual([
      {
        row: 6,
        fundName: '困难群众救助补助资金',
        documentNumber: NOTICE,
        amount: 1_485_000_000,
        spent: 800_000_000,
        directions: [{ direction: 'SUBSISTENCE_ALLOWANCE', spent: 800_000_000 }],
        reason: '审批进度慢',
        measures: '加快支出进度，2022年12月底前完成',
        // 2022年12月底 is the last day of December.
        measuresDueOn: '2022-12-31',
      },
    ]);
  });

  it('files it as the region’s report for the month chosen on the page', async () => {
    const result = await submitFeedbackWorkbook(
      db,
      await bytesOf(noticeLayout([GOOD_LINE])),
      TARGET,
      OPTIONS,
    );
    expect(result.problems).toEqual([]);
    const stored = await allRows(
      db,
      sql`select l.spent, l.measures_due_on as "dueOn" from spending_lines l
          join spending_reports s on s.id = l.report_id where s.month = 10`,
    );
    expect(stored).toEqual([{ spent: 800_000_000, dueOn: '2022-12-31' }]);
  });

  it('is read moved down by a row, every problem named at its moved cell', async () => {
    const workbook = noticeLayout([[1, '困难群众救助补助资金', '昌州财社〔2022〕99号', 100, 50]]);
    workbook.worksheets[0]?.spliceRows(1, 0, []);
    const result = await preview(await bytesOf(workbook));
    // The unknown 文号 is in C7 now (C6 before the move).
    expect(result.problems.map((p) => [p.cell, p.code])).toEqual([['C7', 'DOCUMENT_NOT_FOUND']]);
  });

  it('is read moved right by a column', async () => {
    const workbook = noticeLayout([GOOD_LINE]);
    workbook.worksheets[0]?.spliceColumns(1, 0, []);
    const moved = await preview(await bytesOf(workbook));
    expect(moved.problems).toEqual([]);
    expect(moved.lines[0]).toMatchObject({
      row: 6,
      spent: 800_000_000,
      measuresDueOn: '2022-12-31',
    });
    const wrong = noticeLayout([[1, '困难群众救助补助资金', NOTICE, 1485, 2000]]);
    wrong.worksheets[0]?.spliceColumns(1, 0, []);
    // 实际支出金额 moved from E to F.
    const problems = (await preview(await bytesOf(wrong))).problems;
    expect(problems.map((p) => [p.cell, p.code])).toContainEqual([
      'F6',
      'SPENT_EXCEEDS_ALLOCATION',
    ]);
  });

  it('is read after LibreOffice re-saved it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'county-form-'));
    try {
      writeFileSync(join(dir, 'in.xlsx'), await bytesOf(noticeLayout([GOOD_LINE])));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          join(dir, 'out'),
          join(dir, 'in.xlsx'),
        ],
        { stdio: 'pipe', timeout: 90_000 },
      );
      const resaved = readFileSync(join(dir, 'out', 'in.xlsx'));
      const result = await preview(resaved);
      expect(result.problems).toEqual([]);
      expect(result.lines[0]).toMatchObject({
        amount: 1_485_000_000,
        spent: 800_000_000,
        measuresDueOn: '2022-12-31',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('compares a region and month written above the header with the ones chosen', async () => {
    const workbook = noticeLayout([GOOD_LINE], '阜康市');
    workbook.worksheets[0]!.getCell('F2').value = '报送月份：2022年9月';
    const problems = (await preview(await bytesOf(workbook))).problems;
    expect(problems.map((p) => [p.cell, p.code])).toEqual([
      ['A2', 'REGION_MISMATCH'],
      ['F2', 'PERIOD_MISMATCH'],
    ]);
  });
});

describe('region and month above the header', () => {
  it('reads the month from the title and the county from 填报单位 (a bureau’s name), not from the filing date', async () => {
    const workbook = noticeLayout([GOOD_LINE]);
    const ws = workbook.worksheets[0]!;
    ws.getCell('A1').value = '昌吉市2022年10月财政资金使用跟踪反馈表';
    ws.getCell('A2').value = '填报单位：昌吉市财政局    填报日期：2022年11月3日';
    expect((await preview(await bytesOf(workbook))).problems).toEqual([]);
    const september = await preview(await bytesOf(workbook), { ...TARGET, month: 9 });
    expect(september.problems.map((p) => [p.cell, p.code])).toEqual([['A1', 'PERIOD_MISMATCH']]);
  });

  it('refuses a form that states another unit than 万元, at that cell', async () => {
    const workbook = noticeLayout([GOOD_LINE]);
    workbook.worksheets[0]!.getCell('J3').value = '单位：元';
    expect((await preview(await bytesOf(workbook))).problems.map((p) => [p.cell, p.code])).toEqual([
      ['J3', 'UNIT_NOT_WAN'],
    ]);
  });
});

describe('lines as clerks write them', () => {
  it('asks for the split of directions listed with 、 under one amount, by cell', async () => {
    const line: Line = [...GOOD_LINE];
    line[5] = '低保、特困人员救助供养';
    const result = await preview(await bytesOf(noticeLayout([line])));
    expect(result.problems).toEqual([
      expect.objectContaining({
        cell: 'F6',
        code: 'DIRECTION_SPLIT_NEEDED',
        message: expect.stringContaining('请按方向分别填写金额') as unknown,
      }),
    ]);
    expect(result.lines).toEqual([]);
  });

  it('reads directions listed with 、 when each has its amount', async () => {
    const line: Line = [...GOOD_LINE];
    line[5] = '低保 600、特困人员救助供养 200';
    const result = await preview(await bytesOf(noticeLayout([line])));
    expect(result.problems).toEqual([]);
    expect(result.lines[0]?.directions).toEqual([
      { direction: 'SUBSISTENCE_ALLOWANCE', spent: 600_000_000 },
      { direction: 'EXTREME_POVERTY_SUPPORT', spent: 200_000_000 },
    ]);
  });

  it('reads due dates in words, and leaves a vague one unset', async () => {
    const dated = async (text: string) => {
      const line: Line = [...GOOD_LINE];
      line[9] = text;
      return (await preview(await bytesOf(noticeLayout([line])))).lines[0]?.measuresDueOn;
    };
    expect(await dated('2022年12月底前完成')).toBe('2022-12-31');
    expect(await dated('督促县民政局，2022年11月30日前拨付到位')).toBe('2022-11-30');
    expect(await dated('2023年2月底')).toBe('2023-02-28');
    expect(await dated('加快拨付（整改时间：2022-11-15）')).toBe('2022-11-15');
    expect(await dated('尽快完成')).toBeNull();
  });

  it('refuses a line for a fund not in the system by its cell, and still checks the others', async () => {
    const before = await tableCounts(db);
    const split: Line = [...GOOD_LINE];
    split[0] = 3;
    split[5] = '低保、临时救助';
    const result = await preview(
      await bytesOf(
        noticeLayout([
          [1, '其他资金', '昌州财社〔2022〕99号', 100, 50, null, 50],
          [2, '困难群众救助补助资金', NOTICE, 1485, 2000],
          split,
        ]),
      ),
    );
    expect(result.problems.map((p) => [p.cell, p.code])).toEqual([
      ['F8', 'DIRECTION_SPLIT_NEEDED'],
      ['C6', 'DOCUMENT_NOT_FOUND'],
      ['E7', 'SPENT_EXCEEDS_ALLOCATION'],
    ]);
    const submitted = await submitFeedbackWorkbook(
      db,
      await bytesOf(noticeLayout([[1, '其他资金', '昌州财社〔2022〕99号', 100, 50], GOOD_LINE])),
      TARGET,
      OPTIONS,
    );
    expect(submitted.report).toBeNull();
    expect(submitted.problems.map((p) => [p.cell, p.code])).toEqual([['C6', 'DOCUMENT_NOT_FOUND']]);
    expect({ ...(await tableCounts(db)) }).toEqual(before);
  });
});

describe('who may upload', () => {
  it('refuses another county’s account before parsing the workbook', async () => {
    const account = await addAccount(db, 'fukang.filer', 'COUNTY', '阜康市');
    const fukang = {
      kind: 'account' as const,
      accountId: account.account.id,
      username: 'fukang.filer',
      role: 'COUNTY' as const,
      regionId: account.account.regionId,
      via: 'session' as const,
      mustChangePassword: false,
    };
    // Not a workbook at all: parsing it would answer NOT_XLSX; the role is refused first.
    await expect(
      previewFeedbackWorkbook(db, Buffer.from('not a workbook'), TARGET, {
        actor: fukang,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The summary as JSON text on both engines (PostgreSQL's column is json).
    const [row] = await allRows<{ outcome: string; code: string; summary: string }>(
      db,
      sql`select outcome, code, cast(summary as text) as summary
          from audit_log order by id desc limit 1`,
    );
    expect(row).toMatchObject({ outcome: 'REFUSED', code: 'FORBIDDEN' });
    expect(JSON.parse(row?.summary ?? '')).toMatchObject({ refusedBeforeReading: true });
  });
});
