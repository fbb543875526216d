/**
 * The project's own notices (test/fixtures/notices/*.txt) rendered as documents by
 * scripts/render-document-fixtures.ts: a web page with real tables (merged cells), that page
 * printed by Chromium, converted to .docx by LibreOffice, and the .docx exported to PDF by
 * LibreOffice (whose rows break across pages). Each route must give the notice its text gives.
 * And a notice made by hand for these tests (哈密, in the web page's comment), whose values
 * below were worked out on paper.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { expandTable, type DocumentTable } from '../../../server/importer/document-model.ts';
import { readDocument } from '../../../server/importer/readers/read-document.ts';
import { comparable, fixture, NOTICES, noticeFrom, noticeFromText } from './support.ts';

const NOTICE_NAMES = [
  'yili-2023-batch1-notice',
  'bayingol-2024-batch3-notice',
  'enshi-2025-advance-notice',
];
const ROUTES = ['html', 'docx', 'chromium.pdf', 'libreoffice.pdf'];

describe.each(NOTICE_NAMES)('%s rendered as a document', (name) => {
  const text = noticeFromText(path.join(NOTICES, `${name}.txt`));
  it.each(ROUTES)(
    'as .%s reads as its text does',
    async (route) => {
      const notice = await noticeFrom(`${name}.${route}`);
      expect(comparable(notice)).toEqual(comparable(text));
    },
    30_000,
  );
});

describe('a table printed without lines', () => {
  it('reads the enshi allocation table from the columns its text lines up in', async () => {
    const text = noticeFromText(path.join(NOTICES, 'enshi-2025-advance-notice.txt'));
    const notice = await noticeFrom('enshi-2025-advance-notice.borderless.pdf');
    expect(comparable(notice)).toEqual(comparable(text));
    // 恩施市 12,345,678.90 元 = 1,234,567,890 fen.
    expect(notice.allocations[0]).toMatchObject({
      writtenName: '恩施市',
      thisBatch: 1_234_567_890,
    });
  }, 30_000);
});

describe('an allocation table printed without lines, its header centred over two rows', () => {
  it('rebuilds the 伊犁 table: header cells on lines of their own, full-width figures apart', async () => {
    const model = await readDocument(fixture('yili-2023-batch1-notice.borderless.pdf'));
    const table = model.blocks.find(
      (b): b is DocumentTable => b.kind === 'table' && b.rows.some((r) => r[0]?.text === '伊宁市'),
    );
    const grid = table
      ? expandTable(table).map((row) => row.map((c) => (c.origin ? c.text : '^')))
      : [];
    // As 附件1 prints it (test/fixtures/notices/yili-2023-batch1-notice.txt).
    expect(grid).toEqual([
      ['单位名称', '2023年全年下达资金', '其中：', ''],
      ['', '', '年初提前下达', '本次下达'],
      ['全州合计', '7,957.54', '7,021.54', '936.00'],
      ['伊宁市', '1,234.56', '1,000.00', '234.56'],
      ['伊宁县', '2,345.67', '2,100.5', '245.17'],
      ['察布查尔锡伯自治县', '876.4', '900.15', '−23.75'],
      ['霍城县', '１，５０２．０３', '１，３２０．８０', '１８１．２３'],
      ['新源县', '1 998.88', '1 700.09', '298.79'],
    ]);
  }, 30_000);
});

describe('the enshi notice in Chinese legacy encodings', () => {
  const text = noticeFromText(path.join(NOTICES, 'enshi-2025-advance-notice.txt'));
  it.each(['enshi-2025-advance-notice.gb18030.txt', 'enshi-2025-advance-notice.gbk.html'])(
    '%s decodes and reads as the UTF-8 text does',
    async (file) => {
      expect(comparable(await noticeFrom(file))).toEqual(comparable(text));
    },
  );
});

/** 哈市财社〔2023〕27号 (made up): 万元 → fen, worked out by hand. */
const HAMI_ROWS: [string, number, number, number][] = [
  // 哈密市 = 伊州区 + 巴里坤 + 伊吾县: 1820.50 + 1010.28 + 626.00 = 3456.78;
  // 1500.25 + 700.75 + 640.00 = 2841.00; 320.25 + 309.53 − 14.00 = 615.78.
  ['哈密市', 3_456_780_000, 2_841_000_000, 615_780_000],
  ['伊州区', 1_820_500_000, 1_500_250_000, 320_250_000],
  ['巴里坤哈萨克自治县', 1_010_280_000, 700_750_000, 309_530_000],
  // A clawback: 640.00 − 14.00 = 626.00.
  ['伊吾县', 626_000_000, 640_000_000, -14_000_000],
];

describe.each(ROUTES)('the hand-made 哈密 notice as .%s', (route) => {
  it('reads its header, allocation table, and target sheet', async () => {
    const notice = await noticeFrom(`hami-2023-batch2-notice.${route}`);
    expect(notice.header).toMatchObject({
      number: '哈市财社〔2023〕27号',
      year: 2023,
      batch: 2,
      issuedOn: '2023-07-12',
      upstreamNumber: '新财社〔2023〕52号',
      issuers: ['哈密市财政局', '哈密市民政局'],
    });
    expect(notice.allocationTable.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'earlyAdvance',
      'thisBatch',
    ]);
    expect(
      notice.allocations.map((a) => [a.writtenName, a.annualTotal, a.earlyAdvance, a.thisBatch]),
    ).toEqual(HAMI_ROWS);
    expect(notice.warnings.filter((w) => w.code.startsWith('ALLOCATION'))).toEqual([]);
    const [sheet] = notice.targetSheets;
    expect(notice.targetSheets).toHaveLength(1);
    expect(sheet?.regionKey).toBe('伊州区');
    expect([sheet?.fundTotal, sheet?.centralFunds]).toEqual([1_820_500_000, 1_820_500_000]);
    expect(sheet?.goals).toHaveLength(2);
    expect(
      sheet?.indicators.map((i) => [i.name, i.level1, i.level2, i.target.text.replace(/\s+/g, '')]),
    ).toEqual([
      ['低保对象人数', 'OUTPUT', 'QUANTITY', '应保尽保'],
      ['临时救助人次', 'OUTPUT', 'QUANTITY', '应救尽救'],
      ['城乡低保标准', 'OUTPUT', 'QUALITY', '不低于上年'],
      ['资金下达时间', 'OUTPUT', 'TIMELINESS', '收到补助资金后30日内'],
      ['困难群众生活水平情况', 'EFFECT', 'SOCIAL', '有所提升'],
      ['救助对象满意度', 'SATISFACTION', 'SERVICE_SATISFACTION', '≥90%'],
    ]);
  }, 30_000);
});
