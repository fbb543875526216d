/**
 * Notices made for these tests (test/fixtures/notices/), differing from the seed in regions,
 * year, batch, amounts, indicators and garbling. Every expected value is written here by hand
 * from the fixture text; amounts were added up on paper (in 万元, then × 1,000,000 for fen, or
 * 元 × 100).
 *
 * - yili-2023-batch1-notice.txt: 伊犁哈萨克自治州, 2023 第一批, full-width number, Chinese-numeral
 *   date, amounts with decimals / thousands separators / full-width digits / spaces, a clawback
 *   written with U+2212, a 全州合计 row, a 成本指标, level labels slipping up and down a row,
 *   repeated labels, a split 年度/总体目标 header, a sheet lacking one indicator, a fund figure
 *   after a second colon in a merged cell. It reconciles: no warnings.
 * - bayingol-2024-batch3-notice.txt: 巴音郭楞蒙古自治州, 2024 第三批, Markdown `|` tables, split
 *   allocation header with a 已下达 (prior batches) column, 合计 row, 经济效益 and 可持续影响
 *   indicators, abbreviated and alternative labels, the prefecture's sheet titled 巴州, unit on
 *   the same line as 填报单位. It does NOT reconcile, on purpose: the 合计 row's 本次下达 is
 *   360.90 where the counties add up to 360.09, and 轮台县's sheet says 1,330.20 where the
 *   table allocates 1,303.20.
 * - enshi-2025-advance-notice.txt: 恩施土家族苗族自治州 (Hubei), 提前下达 2025, BOM and CRLF,
 *   amounts in 元, one amount column, the 合计 row last, no target sheets, no feedback form,
 *   a county-level city (恩施市) sharing the prefecture's place name.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Level1, Level2 } from '../../server/domain/framework.ts';
import type { DirectionCode } from '../../server/domain/directions.ts';
import type { ParsedTarget } from '../../server/importer/target-value.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { allocations, regionAliases, regions } from '../../server/db/tables.ts';
import { fixtureText, seedNoticeText, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';

type Target = Pick<ParsedTarget, 'kind' | 'op' | 'value' | 'unit' | 'reference'>;

interface ExpectedIndicator {
  name: string;
  level1: Level1;
  level2: Level2;
  target: Target;
}

interface ExpectedRow {
  written: string;
  region: string;
  annualTotal: number;
  earlyAdvance: number | null;
  priorBatches: number | null;
  thisBatch: number;
  isSubtotal: boolean;
}

interface ExpectedSheet {
  written: string;
  region: string;
  fundTotal: number;
  centralFunds: number;
  localFunds: number | null;
  /** Names of the notice's indicators this sheet lacks. */
  lacks: string[];
}

const ALL_DIRECTIONS: DirectionCode[] = [
  'SUBSISTENCE_ALLOWANCE',
  'EXTREME_POVERTY_SUPPORT',
  'TEMPORARY_ASSISTANCE',
  'VAGRANT_ASSISTANCE',
  'ORPHAN_SUPPORT',
];

const qualitative: Target = {
  kind: 'QUALITATIVE',
  op: null,
  value: null,
  unit: null,
  reference: null,
};
const relative = (op: ParsedTarget['op']): Target => ({
  kind: 'RELATIVE_TO_PREVIOUS_YEAR',
  op,
  value: null,
  unit: null,
  reference: null,
});
const percent = (op: ParsedTarget['op'], value: number): Target => ({
  kind: 'COMPARISON',
  op,
  value,
  unit: '%',
  reference: null,
});

/** Rows and sheets, checked the same way for every notice. */
function checkAllocations(notice: ParsedNotice, expected: ExpectedRow[]) {
  expect(
    notice.allocations.map((a) => ({
      written: a.writtenName,
      region: a.regionKey,
      annualTotal: a.annualTotal,
      earlyAdvance: a.earlyAdvance,
      priorBatches: a.priorBatches,
      thisBatch: a.thisBatch,
      isSubtotal: a.isSubtotal,
    })),
  ).toEqual(expected);
}

function checkSheets(
  notice: ParsedNotice,
  sheets: ExpectedSheet[],
  indicators: ExpectedIndicator[],
  year: number,
) {
  expect(notice.targetSheets.map((s) => [s.writtenRegion, s.regionKey])).toEqual(
    sheets.map((s) => [s.written, s.region]),
  );
  for (const want of sheets) {
    const sheet = notice.targetSheets.find((s) => s.writtenRegion === want.written);
    const where = want.written;
    expect(sheet?.year, where).toBe(year);
    expect(sheet?.projectName, where).toBe('困难群众救助补助资金');
    expect(
      [sheet?.fundTotal, sheet?.centralFunds, sheet?.localFunds],
      `${where}: total, central, local`,
    ).toEqual([want.fundTotal, want.centralFunds, want.localFunds]);
    const names = indicators.map((i) => i.name).filter((n) => !want.lacks.includes(n));
    expect(
      sheet?.indicators.map((i) => i.name),
      where,
    ).toEqual(names);
    for (const ind of sheet?.indicators ?? []) {
      const expected = indicators.find((i) => i.name === ind.name);
      expect([ind.level1, ind.level2], `${where} ${ind.name}`).toEqual([
        expected?.level1,
        expected?.level2,
      ]);
      expect(
        {
          kind: ind.target.kind,
          op: ind.target.op,
          value: ind.target.value,
          unit: ind.target.unit,
          reference: ind.target.reference,
        },
        `${where} ${ind.name} ${ind.target.text}`,
      ).toEqual(expected?.target);
      expect(ind.target.recognised, `${where} ${ind.name}`).toBe(true);
    }
  }
}

function levelRepairs(notice: ParsedNotice): [string | null, string][] {
  return notice.warnings
    .filter((w) => w.code === 'INDICATOR_LEVEL_REPAIRED')
    .map((w): [string | null, string] => [w.regionKey, /「([^」]+)」/.exec(w.message)?.[1] ?? ''])
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
}

// ---------------------------------------------------------------------------------------------
// 伊犁哈萨克自治州, 2023 第一批

const YILI = '伊犁哈萨克自治州';
const QAPQAL = '察布查尔锡伯自治县';

const YILI_INDICATORS: ExpectedIndicator[] = [
  { name: '低保对象人数', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative },
  { name: '特困人员救助供养人数', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative },
  { name: '临时救助人次', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative },
  { name: '城乡低保标准', level1: 'OUTPUT', level2: 'QUALITY', target: relative('GTE') },
  {
    name: '孤儿基本生活费发放标准',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    target: relative('GTE'),
  },
  {
    name: '资金下达时间',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    target: {
      kind: 'DEADLINE',
      op: 'LTE',
      value: 15,
      unit: '工作日',
      reference: '收到上级资金',
    },
  },
  {
    name: '救助资金按时发放率',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    target: percent('GTE', 95),
  },
  { name: '资金管理费用占比', level1: 'OUTPUT', level2: 'COST', target: percent('LTE', 5) },
  {
    name: '困难群众基本生活保障水平',
    level1: 'EFFECT',
    level2: 'SOCIAL',
    target: relative('GT'),
  },
  { name: '救助政策知晓率', level1: 'EFFECT', level2: 'SOCIAL', target: percent('GTE', 90) },
  {
    name: '救助对象满意度',
    level1: 'SATISFACTION',
    level2: 'SERVICE_SATISFACTION',
    target: percent('GTE', 90),
  },
];

// 附件1 in 万元: 全年 = 年初提前 + 本次, and 全州合计 = the sum of the five (worked on paper):
//   全年 1234.56 + 2345.67 + 876.40 + 1502.03 + 1998.88 = 7957.54
//   提前 1000.00 + 2100.50 + 900.15 + 1320.80 + 1700.09 = 7021.54
//   本次  234.56 +  245.17 − 23.75 +  181.23 +  298.79 =  936.00
const YILI_ROWS: ExpectedRow[] = [
  {
    written: '全州合计',
    region: YILI,
    annualTotal: 7_957_540_000,
    earlyAdvance: 7_021_540_000,
    priorBatches: null,
    thisBatch: 936_000_000,
    isSubtotal: true,
  },
  {
    written: '伊宁市',
    region: '伊宁市',
    annualTotal: 1_234_560_000,
    earlyAdvance: 1_000_000_000,
    priorBatches: null,
    thisBatch: 234_560_000,
    isSubtotal: false,
  },
  {
    written: '伊宁县',
    region: '伊宁县',
    annualTotal: 2_345_670_000,
    earlyAdvance: 2_100_500_000,
    priorBatches: null,
    thisBatch: 245_170_000,
    isSubtotal: false,
  },
  {
    written: QAPQAL,
    region: QAPQAL,
    annualTotal: 876_400_000,
    earlyAdvance: 900_150_000,
    priorBatches: null,
    thisBatch: -23_750_000,
    isSubtotal: false,
  },
  {
    written: '霍城县',
    region: '霍城县',
    annualTotal: 1_502_030_000,
    earlyAdvance: 1_320_800_000,
    priorBatches: null,
    thisBatch: 181_230_000,
    isSubtotal: false,
  },
  {
    written: '新源县',
    region: '新源县',
    annualTotal: 1_998_880_000,
    earlyAdvance: 1_700_090_000,
    priorBatches: null,
    thisBatch: 298_790_000,
    isSubtotal: false,
  },
];

const yiliSheet = (written: string, region: string, fen: number, lacks: string[] = []) => ({
  written,
  region,
  fundTotal: fen,
  centralFunds: fen,
  localFunds: null,
  lacks,
});

const YILI_SHEETS: ExpectedSheet[] = [
  yiliSheet('伊犁州', YILI, 7_957_540_000),
  yiliSheet('伊宁市', '伊宁市', 1_234_560_000),
  yiliSheet('伊宁县', '伊宁县', 2_345_670_000),
  yiliSheet('察布查尔县', QAPQAL, 876_400_000),
  yiliSheet('霍城县', '霍城县', 1_502_030_000, ['救助政策知晓率']),
  yiliSheet('新源县', '新源县', 1_998_880_000),
];

describe('own notice: 伊州财社〔2023〕8号 (伊犁, 2023 第一批)', () => {
  let notice: ParsedNotice;
  beforeAll(() => {
    notice = parseNotice(fixtureText('yili-2023-batch1-notice.txt'));
  });

  it('reads the document particulars (full-width number, Chinese-numeral date)', () => {
    expect(notice.header).toMatchObject({
      number: '伊州财社〔2023〕8号',
      title: '关于下达2023年中央财政困难群众救助补助资金（第一批）的通知',
      issuers: ['伊犁哈萨克自治州财政局', '伊犁哈萨克自治州民政局'],
      issuerRegion: YILI,
      issuedOn: '2023-03-15',
      year: 2023,
      batch: 1,
      upstreamNumber: '新财社〔2023〕15号',
      programName: '困难群众救助补助资金',
      fundSource: 'central',
      directFund: { code: '01', name: '中央直达资金' },
      revenueSubject: { code: '1100248', name: '社会保障和就业共同财政事权转移支付收入' },
      expenditureSubject: { code: '208', name: '社会保障和就业支出' },
      spendingDirections: ALL_DIRECTIONS,
    });
    expect(notice.header.policyReferences.map((r) => r.number)).toEqual([
      '新财社〔2023〕15号',
      '财社〔2017〕58号',
    ]);
    expect(notice.amountUnit).toBe('万元');
  });

  it('reads every allocation row exactly (decimals, separators, full-width digits, −)', () => {
    checkAllocations(notice, YILI_ROWS);
  });

  it('builds the region tree: 伊犁州 over five counties, 察布查尔县 = 察布查尔锡伯自治县', () => {
    expect(notice.regions.map((r) => [r.name, r.level, r.parentKey])).toEqual([
      [YILI, 'prefecture', null],
      ['伊宁市', 'county', YILI],
      ['伊宁县', 'county', YILI],
      [QAPQAL, 'county', YILI],
      ['霍城县', 'county', YILI],
      ['新源县', 'county', YILI],
    ]);
    expect(notice.regions.find((r) => r.name === YILI)?.aliases).toEqual(['伊犁州']);
    expect(notice.regions.find((r) => r.name === QAPQAL)?.aliases).toEqual(['察布查尔县']);
    expect(notice.regions.find((r) => r.name === '伊宁县')?.aliases).toEqual([]);
  });

  it('reads 6 sheets, their indicators (11, 霍城县 10) and every indicator’s levels', () => {
    checkSheets(notice, YILI_SHEETS, YILI_INDICATORS, 2023);
    expect(notice.targetSheets.map((s) => s.indicators.length)).toEqual([11, 11, 11, 11, 10, 11]);
  });

  it('splits the （1）…（4） goals', () => {
    for (const sheet of notice.targetSheets) {
      expect(sheet.goals, sheet.writtenRegion).toEqual([
        '保障城乡低保对象基本生活，做到应保尽保。',
        '做好特困人员救助供养工作，落实供养标准。',
        '及时实施临时救助，发挥兜底作用。',
        '保障孤儿和事实无人抚养儿童基本生活。',
      ]);
      expect(sheet.attributes).toEqual({
        自治区主管部门: '自治区民政厅',
        地级财政部门: '伊犁州财政局',
        地级主管部门: '伊犁州民政局',
      });
    }
  });

  it('keeps the slipped labels as written and repairs them by the other sheets', () => {
    const ind = (region: string, name: string) =>
      notice.targetSheets
        .find((s) => s.regionKey === region)
        ?.indicators.find((i) => i.name === name);
    // 伊宁县: 成本指标 one row early, on 救助资金按时发放率.
    expect(ind('伊宁县', '救助资金按时发放率')?.writtenLevel2).toBe('COST');
    // 察布查尔县: 成本指标 one row late, on the first social indicator; no 社会效益 label.
    expect(ind(QAPQAL, '资金管理费用占比')?.writtenLevel2).toBe('TIMELINESS');
    expect(ind(QAPQAL, '困难群众基本生活保障水平')?.writtenLevel2).toBe('COST');
    // 霍城县: 时效指标 on the 效益指标 row.
    expect(ind('霍城县', '资金下达时间')?.writtenLevel2).toBe('TIMELINESS');
    expect(levelRepairs(notice)).toEqual(
      (
        [
          ['伊宁县', '救助资金按时发放率'],
          [QAPQAL, '资金管理费用占比'],
          [QAPQAL, '困难群众基本生活保障水平'],
          [QAPQAL, '救助政策知晓率'],
        ] as [string, string][]
      ).sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );
  });

  it('reconciles: no warnings; 霍城县 noted as lacking 救助政策知晓率', () => {
    expect(notice.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
    const absent = notice.warnings.filter((w) => w.code === 'INDICATOR_ABSENT');
    expect(absent.map((w) => w.regionKey)).toEqual(['霍城县']);
    expect(absent[0]?.message).toContain('救助政策知晓率');
    expect(absent[0]?.message).toContain('5/6');
    expect(notice.feedbackForm).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// 巴音郭楞蒙古自治州, 2024 第三批

const BAYINGOL = '巴音郭楞蒙古自治州';
const YANQI = '焉耆回族自治县';

const BAYINGOL_INDICATORS: ExpectedIndicator[] = [
  { name: '城乡低保对象人数', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative },
  { name: '特困人员救助供养人数', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative },
  {
    name: '低保标准动态调整机制落实率',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    target: percent('GTE', 85),
  },
  {
    name: '资金拨付时限',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    target: { kind: 'DEADLINE', op: 'LTE', value: null, unit: 'date', reference: '2024-10-31' },
  },
  { name: '救助资金闲置率', level1: 'EFFECT', level2: 'ECONOMIC', target: relative('LTE') },
  { name: '资金结转结余率', level1: 'EFFECT', level2: 'ECONOMIC', target: percent('LTE', 10) },
  { name: '困难群众基本生活', level1: 'EFFECT', level2: 'SOCIAL', target: qualitative },
  { name: '社会救助政策知晓率', level1: 'EFFECT', level2: 'SOCIAL', target: percent('GTE', 80) },
  { name: '社会救助长效机制', level1: 'EFFECT', level2: 'SUSTAINABILITY', target: qualitative },
  {
    name: '困难群众满意度',
    level1: 'SATISFACTION',
    level2: 'SERVICE_SATISFACTION',
    target: percent('GTE', 90),
  },
];

// 附件1 in 万元: 全年 = 年初提前 + 已下达第一、二批 + 本次. The counties add up to
//   全年 2990.84 + 1320.35 + 1878.00 + 1303.20 + 794.00 = 8286.39
//   提前 2310.40 + 1105.60 + 1480.00 + 1020.33 + 640.50 = 6556.83
//   已下 512.35 + 230.25 + 301.72 + 205.10 + 120.05 = 1369.47
//   本次 168.09 − 15.50 + 96.28 + 77.77 + 33.45 = 360.09, but 合计 writes 360.90.
const BAYINGOL_ROWS: ExpectedRow[] = [
  {
    written: '合计',
    region: BAYINGOL,
    annualTotal: 8_286_390_000,
    earlyAdvance: 6_556_830_000,
    priorBatches: 1_369_470_000,
    thisBatch: 360_900_000,
    isSubtotal: true,
  },
  {
    written: '库尔勒市',
    region: '库尔勒市',
    annualTotal: 2_990_840_000,
    earlyAdvance: 2_310_400_000,
    priorBatches: 512_350_000,
    thisBatch: 168_090_000,
    isSubtotal: false,
  },
  {
    written: YANQI,
    region: YANQI,
    annualTotal: 1_320_350_000,
    earlyAdvance: 1_105_600_000,
    priorBatches: 230_250_000,
    thisBatch: -15_500_000,
    isSubtotal: false,
  },
  {
    written: '和静县',
    region: '和静县',
    annualTotal: 1_878_000_000,
    earlyAdvance: 1_480_000_000,
    priorBatches: 301_720_000,
    thisBatch: 96_280_000,
    isSubtotal: false,
  },
  {
    written: '轮台县',
    region: '轮台县',
    annualTotal: 1_303_200_000,
    earlyAdvance: 1_020_330_000,
    priorBatches: 205_100_000,
    thisBatch: 77_770_000,
    isSubtotal: false,
  },
  {
    written: '博湖县',
    region: '博湖县',
    annualTotal: 794_000_000,
    earlyAdvance: 640_500_000,
    priorBatches: 120_050_000,
    thisBatch: 33_450_000,
    isSubtotal: false,
  },
];

const BAYINGOL_SHEETS: ExpectedSheet[] = [
  {
    written: '巴州',
    region: BAYINGOL,
    fundTotal: 8_286_390_000,
    centralFunds: 8_286_390_000,
    localFunds: null,
    lacks: [],
  },
  {
    written: '库尔勒市',
    region: '库尔勒市',
    fundTotal: 2_990_840_000,
    centralFunds: 2_990_840_000,
    localFunds: null,
    lacks: [],
  },
  {
    written: '焉耆县',
    region: YANQI,
    fundTotal: 1_320_350_000,
    centralFunds: 1_320_350_000,
    localFunds: null,
    lacks: [],
  },
  {
    written: '和静县',
    region: '和静县',
    fundTotal: 1_878_000_000,
    centralFunds: 1_878_000_000,
    localFunds: null,
    lacks: [],
  },
  {
    // Written 1,330.20; the table allocates 1,303.20.
    written: '轮台县',
    region: '轮台县',
    fundTotal: 1_330_200_000,
    centralFunds: 1_330_200_000,
    localFunds: null,
    lacks: [],
  },
  {
    written: '博湖县',
    region: '博湖县',
    fundTotal: 794_000_000,
    centralFunds: 794_000_000,
    localFunds: 0,
    lacks: [],
  },
];

describe('own notice: 巴州财社〔2024〕45号 (巴音郭楞, 2024 第三批, Markdown tables)', () => {
  let notice: ParsedNotice;
  beforeAll(() => {
    notice = parseNotice(fixtureText('bayingol-2024-batch3-notice.txt'));
  });

  it('reads the document particulars', () => {
    expect(notice.header).toMatchObject({
      number: '巴州财社〔2024〕45号',
      title: '关于下达2024年中央财政困难群众救助补助资金（第三批）的通知',
      issuers: ['巴音郭楞蒙古自治州财政局', '巴音郭楞蒙古自治州民政局'],
      issuerRegion: BAYINGOL,
      issuedOn: '2024-09-20',
      year: 2024,
      batch: 3,
      upstreamNumber: '新财社〔2024〕88号',
      programName: '困难群众救助补助资金',
      directFund: { code: '01', name: '中央直达资金' },
      revenueSubject: { code: '1100248', name: '社会保障和就业共同财政事权转移支付收入' },
      expenditureSubject: { code: '208', name: '社会保障和就业支出' },
      spendingDirections: ALL_DIRECTIONS,
      policyReferences: [
        {
          title: '关于下达2024年中央财政困难群众救助补助资金（第三批）的通知',
          number: '新财社〔2024〕88号',
        },
      ],
    });
  });

  it('reads every allocation row of the Markdown table, prior batches included', () => {
    checkAllocations(notice, BAYINGOL_ROWS);
  });

  it('builds the region tree; 焉耆县 and 巴州 resolve to the full names', () => {
    expect(notice.regions.map((r) => [r.name, r.level, r.parentKey])).toEqual([
      [BAYINGOL, 'prefecture', null],
      ['库尔勒市', 'county', BAYINGOL],
      [YANQI, 'county', BAYINGOL],
      ['和静县', 'county', BAYINGOL],
      ['轮台县', 'county', BAYINGOL],
      ['博湖县', 'county', BAYINGOL],
    ]);
    expect(notice.regions.find((r) => r.name === BAYINGOL)?.aliases).toContain('巴州');
    expect(notice.regions.find((r) => r.name === YANQI)?.aliases).toEqual(['焉耆县']);
  });

  it('reads 6 sheets of 10 indicators and every indicator’s levels', () => {
    checkSheets(notice, BAYINGOL_SHEETS, BAYINGOL_INDICATORS, 2024);
    for (const sheet of notice.targetSheets) {
      expect(sheet.goals, sheet.writtenRegion).toEqual([
        '保障困难群众基本生活，做到应保尽保、应养尽养。',
        '规范临时救助，及时化解群众急难。',
        '健全分层分类社会救助体系。',
      ]);
      expect(sheet.attributes).toEqual({
        自治区主管部门: '自治区民政厅',
        自治州主管部门: '巴州民政局',
      });
    }
  });

  it('repairs 救助资金闲置率 where 经济效益 slipped a row (库尔勒市, 和静县)', () => {
    expect(levelRepairs(notice)).toEqual([
      ['和静县', '救助资金闲置率'],
      ['库尔勒市', '救助资金闲置率'],
    ]);
  });

  it('reports the deliberate breaches, and only those', () => {
    const warnings = notice.warnings.filter((w) => w.severity === 'warning');
    expect(warnings.map((w) => [w.code, w.regionKey])).toEqual([
      ['ALLOCATION_ROW_MISMATCH', BAYINGOL],
      ['ALLOCATION_SUM_MISMATCH', BAYINGOL],
      ['SHEET_TOTAL_MISMATCH', '轮台县'],
    ]);
    // 合计: 6556.83 + 1369.47 + 360.90 = 8287.20; 8286.39 − 8287.20 = −0.81.
    expect(warnings[0]?.message).toContain('8286.39');
    expect(warnings[0]?.message).toContain('8287.2');
    expect(warnings[0]?.message).toContain('相差 -0.81 万元');
    // 本次下达: stated 360.90, counties 360.09: 0.81.
    expect(warnings[1]?.message).toContain('此次下达 360.9 ');
    expect(warnings[1]?.message).toContain('360.09');
    expect(warnings[1]?.message).toContain('5 个地区');
    expect(warnings[1]?.message).toContain('相差 0.81 万元');
    // 轮台县: 1330.20 − 1303.20 = 27.
    expect(warnings[2]?.message).toContain('1330.2');
    expect(warnings[2]?.message).toContain('1303.2');
    expect(warnings[2]?.message).toContain('相差 27 万元');
  });

  it('reads the Markdown feedback form, its unit beside 填报单位', () => {
    expect(notice.feedbackForm).toEqual({
      title: '2024年财政资金使用跟踪反馈表',
      unit: '万元',
      columns: [
        '序号',
        '资金名称',
        '文号',
        '下达金额',
        '实际支出金额',
        '支出方向',
        '未支出金额',
        '支出进度',
        '未支出原因',
        '整改措施及时限',
      ],
      notes: ['1. 实际支出金额以国库集中支付数据为准。', '2. 请于每月5日前报送。'],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 恩施土家族苗族自治州, 2025 提前下达

const ENSHI = '恩施土家族苗族自治州';

describe('own notice: 恩施州财社发〔2024〕97号 (恩施, 2025 提前下达, 元, CRLF)', () => {
  let notice: ParsedNotice;
  beforeAll(() => {
    notice = parseNotice(fixtureText('enshi-2025-advance-notice.txt'));
  });

  it('reads the document particulars: the budget year is the title’s, batch 0', () => {
    expect(notice.header).toMatchObject({
      number: '恩施州财社发〔2024〕97号',
      title: '关于提前下达2025年中央财政困难群众救助补助资金预算的通知',
      issuers: ['恩施土家族苗族自治州财政局', '恩施土家族苗族自治州民政局'],
      issuerRegion: ENSHI,
      issuedOn: '2024-12-06',
      year: 2025,
      batch: 0,
      upstreamNumber: '鄂财社发〔2024〕120号',
      programName: '困难群众救助补助资金',
      fundSource: 'central',
      directFund: null,
      revenueSubject: { code: '1100248', name: '社会保障和就业共同财政事权转移支付收入' },
      expenditureSubject: null,
      spendingDirections: [
        'SUBSISTENCE_ALLOWANCE',
        'EXTREME_POVERTY_SUPPORT',
        'TEMPORARY_ASSISTANCE',
      ],
    });
  });

  it('reads the one-column table in 元 (fen = 元 × 100), 合计 last', () => {
    expect(notice.amountUnit).toBe('元');
    // 12,345,678.90 + 23,456,789.12 + 9,876,543.21 + 8,000,000.00 + 7,654,321.00
    //   = 61,333,332.23 元
    const row = (written: string, region: string, fen: number, isSubtotal = false) => ({
      written,
      region,
      annualTotal: fen,
      earlyAdvance: null,
      priorBatches: null,
      thisBatch: fen,
      isSubtotal,
    });
    checkAllocations(notice, [
      row('恩施市', '恩施市', 1_234_567_890),
      row('利川市', '利川市', 2_345_678_912),
      row('建始县', '建始县', 987_654_321),
      row('来凤县', '来凤县', 800_000_000),
      row('鹤峰县', '鹤峰县', 765_432_100),
      row('合计', ENSHI, 6_133_333_223, true),
    ]);
  });

  it('makes 恩施州 the parent, and 恩施市 one of its counties (not the prefecture)', () => {
    expect(notice.regions.map((r) => [r.name, r.level, r.parentKey])).toEqual([
      [ENSHI, 'prefecture', null],
      ['恩施市', 'county', ENSHI],
      ['利川市', 'county', ENSHI],
      ['建始县', 'county', ENSHI],
      ['来凤县', 'county', ENSHI],
      ['鹤峰县', 'county', ENSHI],
    ]);
    expect(notice.regions[0]?.aliases).toEqual(['恩施州']);
  });

  it('has no sheets, no feedback form and nothing to warn about', () => {
    expect(notice.targetSheets).toEqual([]);
    expect(notice.feedbackForm).toBeNull();
    // Only the note that the notice holds no target sheets (said in its summary).
    expect(notice.warnings.map((w) => [w.severity, w.code])).toEqual([
      ['info', 'NO_TARGET_SHEETS'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('own notices stored', () => {
  it('imports the seed and all three notices into one database, keeping them apart', async () => {
    const db = await testDb();
    const run = (text: string, sourceName: string) =>
      importNotice(db, { text, sourceName, actor: TEST_ACTOR });
    expect((await run(seedNoticeText(), 'seed')).outcome).toBe('created');
    const yili = await run(fixtureText('yili-2023-batch1-notice.txt'), 'yili');
    const bayingol = await run(fixtureText('bayingol-2024-batch3-notice.txt'), 'bayingol');
    const enshi = await run(fixtureText('enshi-2025-advance-notice.txt'), 'enshi');
    expect([yili.outcome, bayingol.outcome, enshi.outcome]).toEqual([
      'created',
      'created',
      'created',
    ]);
    expect(
      yili.allocations.map((a) => [a.region, a.annualTotal, a.earlyAdvance, a.thisBatch]),
    ).toEqual([
      [YILI, '7957.54', '7021.54', '936'],
      ['伊宁市', '1234.56', '1000', '234.56'],
      ['伊宁县', '2345.67', '2100.5', '245.17'],
      [QAPQAL, '876.4', '900.15', '-23.75'],
      ['霍城县', '1502.03', '1320.8', '181.23'],
      ['新源县', '1998.88', '1700.09', '298.79'],
    ]);
    expect(bayingol.warnings.filter((w) => w.severity === 'warning')).toHaveLength(3);
    expect(enshi.sheets).toEqual([]);

    // 8 + 6 + 6 + 6 regions: four prefectures, none merged with another's counties.
    const all = await db.select().from(regions);
    expect(all).toHaveLength(26);
    const roots = all.filter((r) => r.parentId === null).map((r) => r.name);
    expect(roots.sort()).toEqual(['昌吉回族自治州', YILI, BAYINGOL, ENSHI].sort());
    const parentOf = (name: string) =>
      all.find((r) => r.id === all.find((c) => c.name === name)?.parentId)?.name;
    expect(parentOf('伊宁县')).toBe(YILI);
    expect(parentOf(QAPQAL)).toBe(YILI);
    expect(parentOf(YANQI)).toBe(BAYINGOL);
    expect(parentOf('恩施市')).toBe(ENSHI);
    const aliases = async (name: string) =>
      (
        await db
          .select({ alias: regionAliases.alias })
          .from(regionAliases)
          .innerJoin(regions, eq(regions.id, regionAliases.regionId))
          .where(eq(regions.name, name))
      )
        .map((r) => r.alias)
        .sort();
    expect(await aliases(QAPQAL)).toEqual(['察布查尔县']);
    expect(await aliases(YANQI)).toEqual(['焉耆县']);
    expect(await aliases(BAYINGOL)).toContain('巴州');

    // Exact sums in the database: 伊犁's counties' 全年 add up to the 全州合计 row in fen.
    const yiliId = all.find((r) => r.name === YILI)?.id;
    const yiliRows = (
      await db
        .select({
          total: allocations.annualTotal,
          sub: allocations.isSubtotal,
          region: allocations.regionId,
        })
        .from(allocations)
    ).filter((a) => all.find((r) => r.id === a.region)?.parentId === yiliId);
    expect(yiliRows).toHaveLength(5);
    expect(yiliRows.reduce((sum, a) => sum + a.total, 0)).toBe(7_957_540_000);

    // Indicator catalogue: 17 (seed) + 8 new in 伊犁 + 9 new in 巴州; 低保对象人数, 临时救助人次,
    // 城乡低保标准 and 特困人员救助供养人数 are shared by name.
    expect(await tableCounts(db)).toMatchObject({
      documents: 4,
      document_revisions: 4,
      indicators: 34,
      target_sheets: 8 + 6 + 6,
      allocations: 8 + 6 + 6 + 6,
      // 134 (seed) + 5 × 11 + 10 (伊犁) + 6 × 10 (巴州)
      sheet_indicators: 134 + 65 + 60,
    });
  });
});
