/**
 * Notices written to attack the importer (test/fixtures/attack/), unlike the project's own
 * fixtures in province, level, unit, layout and garbling. Every expected figure is worked out
 * by hand below from the fixture's text (元 × 100 = fen; 万元 × 1,000,000; 亿元 × 10^10).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { interpretNotice } from '../../server/importer/interpret-notice.ts';
import { readDocument } from '../../server/importer/readers/read-document.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';

const ATTACK = path.resolve(import.meta.dirname, '../fixtures/attack');

async function read(name: string): Promise<ParsedNotice> {
  return interpretNotice(
    await readDocument(readFileSync(path.join(ATTACK, name)), { fileName: name }),
  );
}

/** [written name, region key, annual total, early advance, prior batches, this batch, subtotal]. */
type Row = [string, string, number | null, number | null, number | null, number, boolean];

const rowsOf = (n: ParsedNotice): Row[] =>
  n.allocations.map((a) => [
    a.writtenName,
    a.regionKey,
    a.annualTotal,
    a.earlyAdvance,
    a.priorBatches,
    a.thisBatch,
    a.isSubtotal,
  ]);

describe('天水市 2023 第三批: a web page saved as text, one cell per line, 元 with separators', () => {
  // Layout: every cell on its own line with blank lines between, the table's title wrapped over
  // two lines with a blank line between (`…补助资金` / `分配表`), 【】 in the number, a 〇 date,
  // a clawback (清水县 −200,000.00 元).
  // Hand arithmetic (元): 已下达 12,345,678.90 + 10,000,000.00 + 5,432,100.00 + 7,654,321.00
  //   + 6,000,000.00 + 4,500,000.00 + 3,210,000.00 = 49,142,099.90;
  // 本次 1,234,567.10 + 2,500,000.50 − 200,000.00 + 345,679.00 + 1,000,000.00 + 500,000.25
  //   + 790,000.00 = 6,170,246.85; 合计 49,142,099.90 + 6,170,246.85 = 55,312,346.75, which is
  //   also the sum of the 全年合计 column (13,580,246.00 + … + 4,000,000.00).
  it('reads every row to the fen, the header, and the program name without its batch', async () => {
    const n = await read('tianshui-2023-batch3-notice.txt');
    expect(n.header.number).toBe('天市财社〔2023〕45号');
    expect(n.header.issuerRegion).toBe('天水市');
    expect(n.header.issuedOn).toBe('2023-09-15');
    expect(n.header.year).toBe(2023);
    expect(n.header.batch).toBe(3);
    expect(n.header.upstreamNumber).toBe('甘财社〔2023〕88号');
    expect(n.header.programName).toBe('困难群众救助补助资金');
    expect(n.allocationTable.unit).toBe('元');
    expect(n.allocationTable.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'priorBatches',
      'thisBatch',
    ]);
    expect(rowsOf(n)).toEqual([
      ['秦州区', '秦州区', 1_358_024_600, null, 1_234_567_890, 123_456_710, false],
      ['麦积区', '麦积区', 1_250_000_050, null, 1_000_000_000, 250_000_050, false],
      ['清水县', '清水县', 523_210_000, null, 543_210_000, -20_000_000, false],
      ['秦安县', '秦安县', 800_000_000, null, 765_432_100, 34_567_900, false],
      ['甘谷县', '甘谷县', 700_000_000, null, 600_000_000, 100_000_000, false],
      ['武山县', '武山县', 500_000_025, null, 450_000_000, 50_000_025, false],
      ['张家川回族自治县', '张家川回族自治县', 400_000_000, null, 321_000_000, 79_000_000, false],
      ['合计', '天水市', 5_531_234_675, null, 4_914_209_990, 617_024_685, true],
    ]);
    expect(n.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });
});

describe('红河州 2024 第二批: `a | b` rows without outer bars, 州本级, a clawback, one target sheet', () => {
  // Hand arithmetic (万元): 提前 40.00 + 1,234.56 + 987.65 + 765.43 + 1,100.00 + 456.78 + 1500.5
  //   + 1,300.00 = 7,384.92; 此次 10.00 + 210.44 + 12.35 + 34.57 + 0 − 56.78 + 99.5 + 100.00
  //   = 410.08; 合计 7,384.92 + 410.08 = 7,795.00 = 50 + 1,445 + 1,000 + 800 + 1,100 + 400
  //   + 1,600 + 1,400. × 1,000,000 for fen.
  it('the 红河州合计 row is the issuer (no region 红河州 of its own), 州本级 its own use', async () => {
    const n = await read('honghe-2024-batch2-notice.txt');
    expect(n.header.number).toBe('红州财社发〔2024〕12号');
    expect(n.header.issuerRegion).toBe('红河哈尼族彝族自治州');
    // The red head and the title name the same two bureaus in long and short form.
    expect(n.header.issuers).toEqual(['红河哈尼族彝族自治州财政局', '红河哈尼族彝族自治州民政局']);
    expect(n.header.upstreamNumber).toBe('云财社〔2024〕57号');
    // `收支分类科目“2082002-…”` is an expenditure code (2…), and the dash is no part of the name.
    expect(n.header.revenueSubject).toBeNull();
    expect(n.header.expenditureSubject).toEqual({ code: '2082002', name: '流浪乞讨人员救助支出' });
    const P = '红河哈尼族彝族自治州';
    expect(rowsOf(n)).toEqual([
      ['红河州合计', P, 7_795_000_000, 7_384_920_000, null, 410_080_000, true],
      ['州本级', P, 50_000_000, 40_000_000, null, 10_000_000, false],
      ['蒙自市', '蒙自市', 1_445_000_000, 1_234_560_000, null, 210_440_000, false],
      ['个旧市', '个旧市', 1_000_000_000, 987_650_000, null, 12_350_000, false],
      ['开远市', '开远市', 800_000_000, 765_430_000, null, 34_570_000, false],
      ['弥勒市', '弥勒市', 1_100_000_000, 1_100_000_000, null, 0, false],
      ['屏边苗族自治县', '屏边苗族自治县', 400_000_000, 456_780_000, null, -56_780_000, false],
      ['元阳县', '元阳县', 1_600_000_000, 1_500_500_000, null, 99_500_000, false],
      ['红河县', '红河县', 1_400_000_000, 1_300_000_000, null, 100_000_000, false],
    ]);
    expect(n.allocations[1]?.isOwnUse).toBe(true);
    expect(n.regions.map((r) => [r.key, r.parentKey])).toEqual([
      [P, null],
      ['蒙自市', P],
      ['个旧市', P],
      ['开远市', P],
      ['弥勒市', P],
      ['屏边苗族自治县', P],
      ['元阳县', P],
      ['红河县', P],
    ]);
    expect(n.warnings.map((w) => w.code)).not.toContain('ALLOCATION_SUM_MISMATCH');
  });

  it('reads the sheet: 1,445.00 = 1,445.00 + 0, seven indicators, `≥12,500人` as 12500 人', async () => {
    const n = await read('honghe-2024-batch2-notice.txt');
    const [sheet] = n.targetSheets;
    expect(sheet?.regionKey).toBe('蒙自市');
    expect([sheet?.fundTotal, sheet?.centralFunds, sheet?.localFunds]).toEqual([
      1_445_000_000, 1_445_000_000, 0,
    ]);
    expect(sheet?.goals).toHaveLength(3);
    expect(
      sheet?.indicators.map((i) => [i.name, i.level1, i.level2, i.target.kind, i.target.value]),
    ).toEqual([
      ['城乡低保保障人数', 'OUTPUT', 'QUANTITY', 'COMPARISON', 12500],
      ['资金发放准确率', 'OUTPUT', 'QUALITY', 'COMPARISON', 98.5],
      ['资金拨付及时率', 'OUTPUT', 'TIMELINESS', 'COMPARISON', 100],
      ['城市低保月人均补助水平', 'OUTPUT', 'COST', 'COMPARISON', 520],
      ['困难群众基本生活保障水平', 'EFFECT', 'SOCIAL', 'RELATIVE_TO_PREVIOUS_YEAR', null],
      ['救助政策知晓率', 'EFFECT', 'SUSTAINABILITY', 'RELATIVE_TO_PREVIOUS_YEAR', null],
      ['救助对象满意度', 'SATISFACTION', 'SERVICE_SATISFACTION', 'COMPARISON', 90],
    ]);
    expect(n.warnings.map((w) => w.code)).not.toContain('TARGET_UNPARSED');
  });
});

describe('河南省 2025: 亿元 with four decimals, two 市小计 groups, a 省直管县 after them', () => {
  // Lines one space apart (`pdftotext -raw`), `郑州市本级0.1334` glued, a title wrapped over two
  // lines, an `O` in the date, the date above the title.
  // Hand arithmetic (亿元; × 10,000,000,000 for fen):
  //   郑州市: 本级 0.1334 = 0.1234 + 0.0100; 中牟县 0.2567 = 0.2000 + 0.0567;
  //     巩义市 0.2900 = 0.3000 − 0.0100; 小计 0.6801 = 0.1334 + 0.2567 + 0.2900,
  //     提前 0.6234 = 0.1234 + 0.2000 + 0.3000, 此次 0.0567 = 0.0100 + 0.0567 − 0.0100.
  //   洛阳市: 本级 0.0550; 孟津区 0.1750; 嵩县 0.2533; 小计 0.4833 = 0.0550 + 0.1750 + 0.2533,
  //     提前 0.4200 = 0.0500 + 0.1500 + 0.2200, 此次 0.0633 = 0.0050 + 0.0250 + 0.0333.
  //   兰考县 0.2000 = 0.1800 + 0.0200.
  //   合计 1.3634 = 0.6801 + 0.4833 + 0.2000; 提前 1.2234 = 0.6234 + 0.4200 + 0.1800;
  //   此次 0.1400 = 0.0567 + 0.0633 + 0.0200.
  it('puts 兰考县 under the province once 洛阳市小计 is complete, and reconciles', async () => {
    const n = await read('henan-2025-advance-notice.txt');
    expect(n.header.number).toBe('豫财社〔2025〕33号');
    expect(n.header.issuedOn).toBe('2025-03-05');
    expect(n.header.issuerRegion).toBe('河南省');
    expect(n.header.upstreamNumber).toBe('财社〔2025〕21号');
    expect(n.allocationTable.unit).toBe('亿元');
    expect(rowsOf(n)).toEqual([
      ['合计', '河南省', 13_634_000_000, 12_234_000_000, null, 1_400_000_000, true],
      ['郑州市小计', '郑州市', 6_801_000_000, 6_234_000_000, null, 567_000_000, true],
      ['郑州市本级', '郑州市', 1_334_000_000, 1_234_000_000, null, 100_000_000, false],
      ['中牟县', '中牟县', 2_567_000_000, 2_000_000_000, null, 567_000_000, false],
      ['巩义市', '巩义市', 2_900_000_000, 3_000_000_000, null, -100_000_000, false],
      ['洛阳市小计', '洛阳市', 4_833_000_000, 4_200_000_000, null, 633_000_000, true],
      ['洛阳市本级', '洛阳市', 550_000_000, 500_000_000, null, 50_000_000, false],
      ['孟津区', '孟津区', 1_750_000_000, 1_500_000_000, null, 250_000_000, false],
      ['嵩县', '嵩县', 2_533_000_000, 2_200_000_000, null, 333_000_000, false],
      ['兰考县', '兰考县', 2_000_000_000, 1_800_000_000, null, 200_000_000, false],
    ]);
    expect(n.regions.map((r) => [r.key, r.level, r.parentKey])).toEqual([
      ['河南省', 'province', null],
      ['郑州市', 'prefecture', '河南省'],
      ['中牟县', 'county', '郑州市'],
      ['巩义市', 'county', '郑州市'],
      ['洛阳市', 'prefecture', '河南省'],
      ['孟津区', 'county', '洛阳市'],
      ['嵩县', 'county', '洛阳市'],
      ['兰考县', 'county', '河南省'],
    ]);
    expect(n.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });
});

describe('红河州 as real documents: a web page with merged cells, Chromium PDF, LibreOffice .docx and PDF', () => {
  // Rendered by `node --import tsx scripts/render-document-fixtures.ts --attack` from the
  // .html (which has the .txt's values): every route must give the hand-worked figures above.
  for (const file of ['html', 'chromium.pdf', 'docx', 'libreoffice.pdf']) {
    it(`${file}: the allocations, the sheet and its indicators as in the text`, async () => {
      const text = await read('honghe-2024-batch2-notice.txt');
      const n = await read(`honghe-2024-batch2-notice.${file}`);
      expect(n.header.number).toBe('红州财社发〔2024〕12号');
      expect(n.header.issuerRegion).toBe('红河哈尼族彝族自治州');
      expect(rowsOf(n)).toEqual(rowsOf(text));
      expect(n.regions).toEqual(text.regions);
      const sheet = n.targetSheets[0];
      expect(sheet?.fundTotal).toBe(1_445_000_000);
      expect(
        sheet?.indicators.map((i) => [i.name, i.level1, i.level2, i.target.kind, i.target.value]),
      ).toEqual(
        text.targetSheets[0]?.indicators.map((i) => [
          i.name,
          i.level1,
          i.level2,
          i.target.kind,
          i.target.value,
        ]),
      );
    });
  }
});

describe('天水市 as an .xlsx allocation table on its own (merged title, unit and 其中 header)', () => {
  /** The table of tianshui-2023-batch3-notice.txt as a bureau's workbook: figures are numbers. */
  async function workbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('附件');
    ws.mergeCells('A1:D1');
    ws.getCell('A1').value = '天水市2023年第三批中央财政困难群众救助补助资金分配表';
    ws.mergeCells('A2:D2');
    ws.getCell('A2').value = '单位：元';
    ws.mergeCells('A3:A4');
    ws.getCell('A3').value = '县区';
    ws.mergeCells('B3:B4');
    ws.getCell('B3').value = '全年合计';
    ws.mergeCells('C3:D3');
    ws.getCell('C3').value = '其中：';
    ws.getCell('C4').value = '已下达';
    ws.getCell('D4').value = '本次下达';
    const rows: [string, number, number, number][] = [
      ['秦州区', 12345678.9, 1234567.1, 13580246],
      ['麦积区', 10000000, 2500000.5, 12500000.5],
      ['清水县', 5432100, -200000, 5232100],
      ['秦安县', 7654321, 345679, 8000000],
      ['甘谷县', 6000000, 1000000, 7000000],
      ['武山县', 4500000, 500000.25, 5000000.25],
      ['张家川回族自治县', 3210000, 790000, 4000000],
    ];
    rows.forEach(([name, prior, batch, total], i) => {
      const r = 5 + i;
      ws.getCell(`A${r}`).value = name;
      ws.getCell(`B${r}`).value = { formula: `C${r}+D${r}`, result: total };
      ws.getCell(`C${r}`).value = prior;
      ws.getCell(`D${r}`).value = batch;
      for (const c of 'BCD') ws.getCell(`${c}${r}`).numFmt = '#,##0.00';
    });
    ws.getCell('A12').value = '合计';
    ws.getCell('B12').value = { formula: 'SUM(B5:B11)', result: 55312346.75 };
    ws.getCell('C12').value = { formula: 'SUM(C5:C11)', result: 49142099.9 };
    ws.getCell('D12').value = { formula: 'SUM(D5:D11)', result: 6170246.85 };
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads the figures to the fen, the region from the table title (said in a warning)', async () => {
    const n = interpretNotice(await readDocument(await workbook(), { fileName: 'x.xlsx' }));
    const text = await read('tianshui-2023-batch3-notice.txt');
    expect(rowsOf(n)).toEqual(rowsOf(text));
    expect(n.header.issuerRegion).toBe('天水市');
    expect(n.header.number).toBeNull();
    expect([n.header.year, n.header.batch]).toEqual([2023, 3]);
    expect(n.header.programName).toBe('困难群众救助补助资金');
    expect(n.header.fundSource).toBe('central');
    expect(n.warnings.map((w) => w.code)).toEqual([
      'NUMBER_MISSING',
      'ISSUER_FROM_TABLE_TITLE',
      'NO_TARGET_SHEETS',
    ]);
  });
});

describe('黔东南州 2023 第四批: number only in the body in 【】, `cell |` per line, 项目完成指标 labels', () => {
  // Hand arithmetic (万元): 312.40 + 98.15 − 12.30 + 45.75 = 444.00 = 合计; one column
  // (此次下达) and a text column (备注) that is no amount. The title abbreviates the issuer
  // (黔东南州财政局), the signature writes it in full; the sheet's title names no year (the
  // year is in the general title above it, `2023年区域绩效目标表` / `（2023年度）`).
  it('reads the allocations, the issuer by its full name, and the sheet in the notice year', async () => {
    const n = await read('qiandongnan-2023-batch4-notice.txt');
    const P = '黔东南苗族侗族自治州';
    expect(n.header.number).toBe('黔东南财社〔2023〕66号');
    expect(n.header.issuedOn).toBe('2023-11-17');
    expect(n.header.batch).toBe(4);
    expect(n.header.upstreamNumber).toBe('黔财社〔2023〕140号');
    expect(n.header.issuerRegion).toBe(P);
    expect(rowsOf(n)).toEqual([
      ['凯里市', '凯里市', 312_400_000, null, null, 312_400_000, false],
      ['黄平县', '黄平县', 98_150_000, null, null, 98_150_000, false],
      ['施秉县', '施秉县', -12_300_000, null, null, -12_300_000, false],
      ['镇远县', '镇远县', 45_750_000, null, null, 45_750_000, false],
      ['合计', P, 444_000_000, null, null, 444_000_000, true],
    ]);
    const [sheet] = n.targetSheets;
    expect([sheet?.regionKey, sheet?.year, sheet?.fundTotal, sheet?.centralFunds]).toEqual([
      '凯里市',
      2023,
      312_400_000,
      312_400_000,
    ]);
    expect(
      sheet?.indicators.map((i) => [i.name, i.level1, i.level2, i.target.kind, i.target.value]),
    ).toEqual([
      ['低保对象人数', 'OUTPUT', 'QUANTITY', 'COMPARISON', 8000],
      ['资金发放准确率', 'OUTPUT', 'QUALITY', 'COMPARISON', 100],
      ['资金下达时间', 'OUTPUT', 'TIMELINESS', 'DEADLINE', 15],
      ['农村低保月人均补助', 'OUTPUT', 'COST', 'COMPARISON', 300],
      ['困难群众生活水平', 'EFFECT', 'SOCIAL', 'RELATIVE_TO_PREVIOUS_YEAR', null],
      ['社会救助体系', 'EFFECT', 'SUSTAINABILITY', 'QUALITATIVE', null],
      ['受助群众满意度', 'SATISFACTION', 'SERVICE_SATISFACTION', 'COMPARISON', 95],
    ]);
  });
});

describe('红河州 printed without table lines (LibreOffice, the name column narrow)', () => {
  // The first rendering of the .html lost its borders in LibreOffice: `红河州合计` stands 1.5
  // characters from `7,795.00`, and `屏边苗族自治县` wraps (`屏边苗族自` above its figures,
  // `治县` below). Before the fix the first was one cell `红河州合计7,795.00` (refused) and the
  // row of the second vanished from the table (only the sum check noticed).
  it('reads every allocation row as the text does', async () => {
    const text = await read('honghe-2024-batch2-notice.txt');
    const n = await read('honghe-2024-batch2-notice.borderless.libreoffice.pdf');
    expect(rowsOf(n)).toEqual(rowsOf(text));
    expect(n.warnings.map((w) => w.code)).not.toContain('ALLOCATION_SUM_MISMATCH');
    // Its target sheet, every cell wrapped, is not read: said, not silent.
    expect(n.warnings.map((w) => w.code)).toContain('SHEET_WITHOUT_INDICATORS');
  });
});

describe('河南省 as real documents: merged 其中 header, Chromium PDF, LibreOffice .docx and PDF', () => {
  // The .html holds the .txt's table with real merged cells; its figures are those worked out
  // by hand for the .txt above (亿元, two 市小计 groups, 兰考县 under the province).
  for (const file of ['html', 'chromium.pdf', 'docx', 'libreoffice.pdf']) {
    it(`${file}: the same rows, tree and unit as the text`, async () => {
      const text = await read('henan-2025-advance-notice.txt');
      const n = await read(`henan-2025-advance-notice.${file}`);
      expect(n.header.number).toBe('豫财社〔2025〕33号');
      expect(n.allocationTable.unit).toBe('亿元');
      expect(rowsOf(n)).toEqual(rowsOf(text));
      expect(n.regions).toEqual(text.regions);
      expect(n.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
    });
  }
});

describe('酒泉市 2022: the money only in the prose (134.39 万元 to 肃州区), no table', () => {
  it('is refused saying the allocation is in the text only, quoting it', async () => {
    const error = await read('jiuquan-2022-body-only-notice.txt').catch((e: unknown) => e as Error);
    expect((error as Error).name).toBe('NoticeFormatError');
    expect((error as Error).message).toContain('allocates its money in the text only');
    expect((error as Error).message).toContain('下达你区2022年困难群众救助补助资金134.39万元');
  });
});

describe('红河州: regions without a sheet are named once each, by region', () => {
  it('the issuer (its 合计 and 州本级 rows) once, under its own name, and each county once', async () => {
    const n = await read('honghe-2024-batch2-notice.txt');
    expect(n.warnings.filter((w) => w.code === 'SHEET_MISSING').map((w) => w.message)).toEqual([
      '红河哈尼族彝族自治州 在分配表中，但没有绩效目标表',
      '个旧市 在分配表中，但没有绩效目标表',
      '开远市 在分配表中，但没有绩效目标表',
      '弥勒市 在分配表中，但没有绩效目标表',
      '屏边苗族自治县 在分配表中，但没有绩效目标表',
      '元阳县 在分配表中，但没有绩效目标表',
      '红河县 在分配表中，但没有绩效目标表',
    ]);
  });
});

describe('天水市 re-posted as one line: three figure columns, each name glued to its figures', () => {
  // Hand arithmetic (元): 全年 13,580,246.00 + 12,500,000.50 + 5,232,100.00 = 31,312,346.50;
  // 已下达 12,345,678.90 + 10,000,000.00 + 5,432,100.00 = 27,777,778.90;
  // 本次 1,234,567.10 + 2,500,000.50 − 200,000.00 = 3,534,567.60.
  it('reads the rows to the fen (no number of its own: asked for)', async () => {
    const n = await read('tianshui-2023-one-line-notice.txt');
    expect(n.header.number).toBeNull();
    expect(n.header.upstreamNumber).toBe('甘财社〔2023〕88号');
    expect(n.allocationTable.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'priorBatches',
      'thisBatch',
    ]);
    expect(rowsOf(n)).toEqual([
      ['秦州区', '秦州区', 1_358_024_600, null, 1_234_567_890, 123_456_710, false],
      ['麦积区', '麦积区', 1_250_000_050, null, 1_000_000_000, 250_000_050, false],
      ['清水县', '清水县', 523_210_000, null, 543_210_000, -20_000_000, false],
      ['合计', '天水市', 3_131_234_650, null, 2_777_777_890, 353_456_760, true],
    ]);
    expect(n.warnings.map((w) => w.code)).toEqual(['NUMBER_MISSING', 'NO_TARGET_SHEETS']);
  });
});
