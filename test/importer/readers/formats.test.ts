/**
 * Each reader keeps a table's shape: Word's gridSpan/vMerge, Excel's merged cells, a web
 * page's rowspan/colspan; titles and unit lines stay paragraphs. Values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  expandTable,
  type DocumentModel,
  type DocumentTable,
} from '../../../server/importer/document-model.ts';
import { interpretNotice } from '../../../server/importer/interpret-notice.ts';
import { readDocument } from '../../../server/importer/readers/read-document.ts';
import { fixture } from './support.ts';

function tables(model: DocumentModel): DocumentTable[] {
  return model.blocks.filter((b): b is DocumentTable => b.kind === 'table');
}

const grid = (table: DocumentTable | undefined) =>
  table ? expandTable(table).map((row) => row.map((c) => (c.origin ? c.text : '^'))) : [];

describe('Word .docx', () => {
  it('reads the seed red head and allocation table with their merged cells', async () => {
    const model = await readDocument(fixture('seed.docx'));
    expect(model.format).toBe('docx');
    const [head, allocation] = tables(model);
    // 文件 spans the two bureaus' rows (w:vMerge restart/continue).
    expect(head?.rows.map((r) => r.map((c) => [c.text, c.rowSpan]))).toEqual([
      [
        ['昌吉回族自治州财政局', 1],
        ['文件', 2],
      ],
      [['昌吉回族自治州民政局', 1]],
    ]);
    expect(grid(allocation).slice(0, 2)).toEqual([
      ['单位名称', '中央全年实际下达资金合计', '其中：', '^'],
      ['^', '^', '年初提前下达资金', '此次下达资金'],
    ]);
    expect(grid(allocation)[5]).toEqual(['阜康市', '831', '851', '-20']);
  });

  it('keeps digits as text (a part holding only `01` is not the number 1)', async () => {
    const notice = interpretNotice(await readDocument(fixture('yili-2023-batch1-notice.docx')));
    expect(notice.header.directFund).toEqual({ code: '01', name: '中央直达资金' });
  });
});

/** An allocation table sent as an attachment, laid out as bureaus do, amounts in 元. */
async function allocationWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件1');
  sheet.addRow(['2024年困难群众救助补助资金分配表']);
  sheet.mergeCells('A1:D1');
  sheet.addRow([null, null, null, '单位：元']);
  sheet.addRow(['地区', '全年合计', '其中：', null]);
  sheet.addRow([null, null, '提前下达', '本次下达']);
  sheet.mergeCells('A3:A4');
  sheet.mergeCells('B3:B4');
  sheet.mergeCells('C3:D3');
  sheet.addRow(['甲县', 1_250_000.5, 1_000_000, 250_000.5]);
  // A formula's stored result carries binary noise, as Excel's arithmetic leaves it.
  sheet.addRow(['乙县', { formula: 'C6+D6', result: 830_000.0000000001 }, 900_000, -70_000]);
  sheet.addRow(['说明：本表由州财政局编制。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('Excel .xlsx', () => {
  it('reads a sheet as a table with merged headers; title, unit and note as paragraphs', async () => {
    const model = await readDocument(await allocationWorkbook());
    expect(model.format).toBe('xlsx');
    expect(
      model.blocks
        .filter((b) => b.kind === 'paragraph')
        .map((b) => b.kind === 'paragraph' && b.text),
    ).toEqual(['2024年困难群众救助补助资金分配表', '单位：元', '说明：本表由州财政局编制。']);
    const [table] = tables(model);
    expect(table?.rows[0]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['地区', 2, 1],
      ['全年合计', 2, 1],
      ['其中：', 1, 2],
    ]);
    expect(grid(table)).toEqual([
      ['地区', '全年合计', '其中：', '^'],
      ['^', '^', '提前下达', '本次下达'],
      ['甲县', '1250000.5', '1000000', '250000.5'],
      ['乙县', '830000', '900000', '-70000'],
    ]);
    expect(table?.rows[2]?.[1]?.place?.label).toBe('附件1!B5');
  });

  it('gives the interpreter the amounts in 元, to the fen', async () => {
    // The interpreter still needs the notice's issuer, number and title in the file: a
    // workbook carrying them above the table (an attachment alone waits for review).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await allocationWorkbook()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('附件1');
    sheet?.spliceRows(
      1,
      0,
      ['昌吉回族自治州财政局'],
      ['昌州财社〔2024〕5号'],
      ['关于下达2024年困难群众救助补助资金的通知'],
    );
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const notice = interpretNotice(await readDocument(bytes));
    expect(notice.allocationTable.unit).toBe('元');
    // 1,250,000.50 元 = 125,000,050 fen; 250,000.50 元 = 25,000,050 fen; −70,000 元 = −7,000,000 fen.
    expect(
      notice.allocations.map((a) => [a.writtenName, a.annualTotal, a.earlyAdvance, a.thisBatch]),
    ).toEqual([
      ['甲县', 125_000_050, 100_000_000, 25_000_050],
      ['乙县', 83_000_000, 90_000_000, -7_000_000],
    ]);
  });
});

describe('web pages', () => {
  it('reads rowspan/colspan, and reads through a page laid out in a table', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title><script>var a='<table>';</script></head>
<body><table width="900"><tr><td><div>昌吉州财政局</div>
<p>关于拨付资金的<br>通知</p>
<table border="1"><caption>2022年资金分配表</caption>
<thead><tr><th rowspan="2">单位名称</th><th colspan="2">其中：</th></tr>
<tr><th>提前</th><th>此次</th></tr></thead>
<tbody><tr><td>昌吉市</td><td>1275</td><td>210</td></tr></tbody>
</table></td></tr></table></body></html>`;
    const model = await readDocument(Buffer.from(page));
    expect(model.format).toBe('html');
    expect(
      model.blocks
        .filter((b) => b.kind === 'paragraph')
        .map((b) => b.kind === 'paragraph' && b.text),
    ).toEqual(['昌吉州财政局', '关于拨付资金的', '通知', '2022年资金分配表']);
    expect(tables(model)).toHaveLength(1);
    expect(grid(tables(model)[0])).toEqual([
      ['单位名称', '其中：', '^'],
      ['^', '提前', '此次'],
      ['昌吉市', '1275', '210'],
    ]);
  });

  it('decodes a page that declares charset=gbk', async () => {
    const model = await readDocument(fixture('enshi-2025-advance-notice.gbk.html'));
    expect(grid(tables(model)[0])[1]).toEqual(['恩施市', '12,345,678.90']);
  });
});

describe('plain text', () => {
  it('decodes GB18030 text that is not valid UTF-8', async () => {
    const bytes = fixture('enshi-2025-advance-notice.gb18030.txt');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const model = await readDocument(bytes);
    expect(model.format).toBe('text');
    expect(model.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: '恩施土家族苗族自治州财政局',
    });
  });
});
