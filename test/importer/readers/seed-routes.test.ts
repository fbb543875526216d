/**
 * The seed notice 昌州财社〔2022〕11号 as it was published (PDF printed by Chromium) and as a
 * Word file (.docx by LibreOffice), read through readDocument and the interpreter, against
 * the seed's text (the route the importer has always read) and against values read by hand
 * from the seed (../shared/seed/changji-2022-batch2-notice.txt, 附件1 and 附件3).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { expandTable, type DocumentModel } from '../../../server/importer/document-model.ts';
import { readDocument } from '../../../server/importer/readers/read-document.ts';
import type { ParsedNotice } from '../../../server/importer/types.ts';
import { comparable, fixture, noticeFrom, noticeFromText } from './support.ts';

/** The bundled copy of the seed (byte-identical to shared/seed/…txt, the PDF and .docx's text). */
const SEED_TEXT = path.resolve(
  import.meta.dirname,
  '../../../samples/changji-2022-batch2-notice.txt',
);
const wan = (n: number) => n * 1_000_000;

/** 附件1 as printed: 单位名称, 中央全年实际下达资金合计, 年初提前下达资金, 此次下达资金 (万元). */
const ALLOCATIONS: [string, number, number, number][] = [
  ['昌吉州', 11438, 7828, 3610],
  ['昌吉市', 1485, 1275, 210],
  ['阜康市', 831, 851, -20],
  ['呼图壁县', 1825, 968, 857],
  ['玛纳斯县', 1271, 855, 416],
  ['奇台县', 2295, 1478, 817],
  ['吉木萨尔县', 1701, 1242, 459],
  ['木垒哈萨克自治县', 2030, 1159, 871],
];

/** 附件3: each sheet's region as its subtitle writes it, indicator count, 下达资金总额. */
const SHEETS: [string, number, number][] = [
  ['昌吉州', 16, 11438],
  ['玛纳斯县', 17, 1271],
  ['呼图壁县', 17, 1825],
  ['昌吉市', 17, 1485],
  ['阜康市', 17, 831],
  ['吉木萨尔县', 17, 1701],
  ['奇台县', 17, 2295],
  ['木垒县', 16, 2030],
];

describe.each(['seed.pdf', 'seed.docx'])('the seed notice as %s', (file) => {
  let notice: ParsedNotice;
  let text: ParsedNotice;
  beforeAll(async () => {
    notice = await noticeFrom(file);
    text = noticeFromText(SEED_TEXT);
  }, 60_000);

  it('reads the document fields the notice prints', () => {
    expect(notice.header.number).toBe('昌州财社〔2022〕11号');
    expect(notice.header.title?.replace(/\s+/g, '')).toBe(
      '关于拨付2022年中央财政困难群众救助补助资金（第二批）的通知',
    );
    expect(notice.header.year).toBe(2022);
    expect(notice.header.batch).toBe(2);
    expect(notice.header.issuedOn).toBe('2022-06-07');
    expect(notice.header.upstreamNumber).toBe('新财社〔2022〕71号');
    expect(notice.header.issuers).toEqual(['昌吉回族自治州财政局', '昌吉回族自治州民政局']);
  });

  it('reads all 8 allocation rows with their three figures to the fen', () => {
    expect(notice.allocationTable.unit).toBe('万元');
    expect(notice.allocationTable.unitStated).toBe(true);
    expect(
      notice.allocations.map((a) => [a.writtenName, a.annualTotal, a.earlyAdvance, a.thisBatch]),
    ).toEqual(
      ALLOCATIONS.map(([name, annual, early, batch]) => [
        name,
        wan(annual),
        wan(early),
        wan(batch),
      ]),
    );
  });

  it('reads the 8 target sheets with their totals and indicator counts', () => {
    expect(
      notice.targetSheets.map((s) => [
        s.writtenRegion,
        s.indicators.length,
        s.fundTotal,
        s.centralFunds,
      ]),
    ).toEqual(SHEETS.map(([region, count, total]) => [region, count, wan(total), wan(total)]));
    for (const sheet of notice.targetSheets) expect(sheet.goals).toHaveLength(6);
  });

  it('reads indicator levels and targets as the sheets print them', () => {
    const manas = notice.targetSheets.find((s) => s.writtenRegion === '玛纳斯县');
    const byName = (name: string) => manas?.indicators.find((i) => i.name === name);
    expect(
      byName('向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金'),
    ).toMatchObject({
      level1: 'OUTPUT',
      level2: 'TIMELINESS',
      target: { kind: 'DEADLINE', text: '收到补助资金后30日内' },
    });
    expect(byName('救助对象对社会救助实施的满意度')).toMatchObject({
      level1: 'SATISFACTION',
      level2: 'SERVICE_SATISFACTION',
      target: { kind: 'COMPARISON', op: 'GTE', value: 88 },
    });
    expect(byName('困难群众生活水平情况')).toMatchObject({ level1: 'EFFECT', level2: 'SOCIAL' });
    expect(byName('城乡低保标准')?.target.kind).toBe('RELATIVE_TO_PREVIOUS_YEAR');
  });

  it('finds every sheet labelled as the framework says: the document needs no level repair', () => {
    // The seed's text garbles the labels (DOMAIN.md); the document itself does not.
    const indicators = notice.targetSheets.flatMap((s) => s.indicators);
    expect(indicators.filter((i) => i.writtenLevel2 !== i.level2)).toEqual([]);
    expect(indicators.filter((i) => i.writtenLevel1 !== i.level1)).toEqual([]);
    // Only the two 16-indicator sheets are reported, for the indicator the others have.
    expect(notice.warnings.map((w) => [w.code, w.regionKey])).toEqual([
      ['INDICATOR_ABSENT', '昌吉回族自治州'],
      ['INDICATOR_ABSENT', '木垒哈萨克自治县'],
    ]);
  });

  it('gives the same notice as the seed text, apart from line numbers and written levels', () => {
    expect(comparable(notice)).toEqual(comparable(text));
  });
});

describe('the seed PDF as a document model', () => {
  let model: DocumentModel;
  beforeAll(async () => {
    model = await readDocument(fixture('seed.pdf'));
  }, 60_000);

  it('rebuilds the allocation table with its merged header cells', () => {
    const table = model.blocks.find(
      (b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text === '昌吉市')),
    );
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.place?.page).toBe(4);
    // 单位名称 and 中央全年实际下达资金合计 span the two header rows; 其中： spans two columns.
    expect(table.rows[0]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['单位名称', 2, 1],
      ['中央全年实际下达资金合计', 2, 1],
      ['其中：', 1, 2],
    ]);
    expect(table.rows[1]?.map((c) => c.text)).toEqual(['年初提前下达资金', '此次下达资金']);
    expect(expandTable(table)[4]?.map((c) => c.text)).toEqual(['昌吉市', '1485', '1275', '210']);
  });

  it('joins the 昌吉州 target sheet, printed over pages 5 and 6, into one table', () => {
    const sheets = model.blocks.filter(
      (b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text === '三级指标')),
    );
    expect(sheets).toHaveLength(8);
    const first = sheets[0];
    if (first?.kind !== 'table') throw new Error('no table');
    const grid = expandTable(first);
    // The label 绩效指标 covers every indicator row, across the page break.
    const label = first.rows.flat().find((c) => c.text === '绩效指标');
    expect(label?.rowSpan).toBe(16 + 1);
    expect(grid.at(-1)?.map((c) => c.text)).toEqual([
      '绩效指标',
      '满意度指标',
      '服务对象满意度指标',
      '救助对象对社会救助实施的满意度',
      '≥88%',
    ]);
  });
});
