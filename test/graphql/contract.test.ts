/**
 * The public contract (web/operations/contract, vendored from /work/shared/contract) run
 * unchanged over HTTP against the seed notice and reports the tests file themselves. Every
 * expected figure is read off the seed by hand or computed here from the figures we submit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, startTestServer, type TestServer } from '../helpers/graphql.ts';
import {
  DocumentDocument,
  ExecutionDocument,
  IndicatorComparisonDocument,
  RecordIndicatorResultDocument,
  SpendingReportListDocument,
  SubmitSpendingReportDocument,
  type IndicatorResultInput,
  type IndicatorStatus,
} from './generated/graphql.ts';
import {
  importSeed,
  NOTICE,
  PREFECTURE,
  PREFECTURE_TOTAL,
  SEED_COUNTIES,
  wanDiff,
  wanSum,
} from './support.ts';

const here = dirname(fileURLToPath(import.meta.url));
const VENDORED = resolve(here, '../../web/operations/contract');
const SHARED = '/work/shared/contract';

// --- The seed, read by hand -------------------------------------------------------------

/** 附件1: region, col 2, col 3, col 4 (万元), in the table's order. */
const ALLOCATIONS: [string, number, number, number][] = [
  [PREFECTURE, 11438, 7828, 3610],
  ['昌吉市', 1485, 1275, 210],
  ['阜康市', 831, 851, -20],
  ['呼图壁县', 1825, 968, 857],
  ['玛纳斯县', 1271, 855, 416],
  ['奇台县', 2295, 1478, 817],
  ['吉木萨尔县', 1701, 1242, 459],
  ['木垒哈萨克自治县', 2030, 1159, 871],
];

/** 附件3: the sheets in the notice's order, with their fund totals and indicator counts. */
const SHEETS: [string, number, number][] = [
  [PREFECTURE, 11438, 16],
  ['玛纳斯县', 1271, 17],
  ['呼图壁县', 1825, 17],
  ['昌吉市', 1485, 17],
  ['阜康市', 831, 17],
  ['吉木萨尔县', 1701, 17],
  ['奇台县', 2295, 17],
  ['木垒哈萨克自治县', 2030, 16],
];

const GOALS = [
  '规范城乡低保政策实施，合理确定保障标准，使低保对象基本生活得到有效保障。',
  '统筹城乡特困人员救助供养工作，合理确定保障标准。',
  '规范实施临时救助政策，实现及时高效、救急解难。',
  '为生活无着流浪乞讨人员提供临时食宿、疾病救治、协助返回等救助，并妥善安置返乡受助人员。',
  '规范实施农村留守儿童关爱服务和困境儿童保障相关政策，使农村留守儿童和困境儿童得到更加精准化的专业服务和基本生活保障。',
  '引导地方提高孤儿生活保障水平，孤儿生活保障政策规范高效实施，使孤儿、艾滋病病毒感染儿童和事实无人抚养儿童生活基本得到保障。',
];

type Level1 = 'OUTPUT' | 'EFFECT' | 'SATISFACTION';
type Kind = 'COMPARISON' | 'RELATIVE_TO_PREVIOUS_YEAR' | 'DEADLINE' | 'QUALITATIVE';

interface ExpectedIndicator {
  name: string;
  level1: Level1;
  level2: string;
  target: {
    text: string;
    kind: Kind;
    op: string | null;
    value: number | null;
    unit: string | null;
  };
}

const qualitative = (text: string) =>
  ({ text, kind: 'QUALITATIVE', op: null, value: null, unit: null }) as const;
const atLeast = (n: number) =>
  ({ text: `≥${n}%`, kind: 'COMPARISON', op: 'GTE', value: n, unit: '%' }) as const;
const notBelowLastYear = {
  text: '不低于上年',
  kind: 'RELATIVE_TO_PREVIOUS_YEAR',
  op: 'GTE',
  value: null,
  unit: null,
} as const;

const ORPHANS_COVERED =
  '孤儿、艾滋病病毒感染儿童、生活困难家庭中的和纳入特困人员救助供养范围的事实无人抚养儿童纳入保障范围率';
const CHECKING_MECHANISM = '建立社会救助家庭居民经济状况核对机制的县(市、区)比例';
const DISBURSE = '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金';
const LIVING_STANDARD = '困难群众生活水平情况';
const RESCUED =
  '为自愿前来救助站或由公安等部门护送至救助站的传销解救人员、打拐解救人员、家暴受害者等提供临时救助服务率';

/** The 17 indicators as the full sheets (玛纳斯县 …) list them; levels by the framework. */
const INDICATORS: ExpectedIndicator[] = [
  { name: '低保对象人数', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative('应保尽保') },
  { name: '临时救助人次', level1: 'OUTPUT', level2: 'QUANTITY', target: qualitative('应救尽救') },
  {
    name: '求助的流浪乞讨人员救助率',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    target: qualitative('应救尽救'),
  },
  { name: ORPHANS_COVERED, level1: 'OUTPUT', level2: 'QUANTITY', target: atLeast(90) },
  {
    name: '农村留守儿童、困境儿童纳入监测范围率',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    target: atLeast(85),
  },
  { name: '城乡低保标准', level1: 'OUTPUT', level2: 'QUALITY', target: notBelowLastYear },
  {
    name: '城乡特困人员救助供养标准',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    target: notBelowLastYear,
  },
  { name: '临时救助水平', level1: 'OUTPUT', level2: 'QUALITY', target: notBelowLastYear },
  { name: CHECKING_MECHANISM, level1: 'OUTPUT', level2: 'QUALITY', target: atLeast(92) },
  {
    name: '孤儿、艾滋病病毒感染儿童、事实无人抚养儿童认定准确率',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    target: notBelowLastYear,
  },
  {
    name: DISBURSE,
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    target: { text: '收到补助资金后30日内', kind: 'DEADLINE', op: 'LTE', value: 30, unit: '日' },
  },
  {
    name: '困难群众基本生活救助和孤儿基本生活费按时发放率',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    target: atLeast(90),
  },
  {
    name: '受助人员救助情况当日录入全国救助管理信息系统率',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    target: atLeast(95),
  },
  {
    name: LIVING_STANDARD,
    level1: 'EFFECT',
    level2: 'SOCIAL',
    target: {
      text: '有所提升',
      kind: 'RELATIVE_TO_PREVIOUS_YEAR',
      op: 'GT',
      value: null,
      unit: null,
    },
  },
  {
    name: '帮助查明身份滞留流浪乞讨人员返乡情况',
    level1: 'EFFECT',
    level2: 'SOCIAL',
    target: qualitative('及时送返'),
  },
  { name: RESCUED, level1: 'EFFECT', level2: 'SOCIAL', target: atLeast(95) },
  {
    name: '救助对象对社会救助实施的满意度',
    level1: 'SATISFACTION',
    level2: 'SERVICE_SATISFACTION',
    target: atLeast(88),
  },
];

/** A sheet's indicators as it writes them: 昌吉州 and 木垒县 lack the rescue indicator;
 * 玛纳斯县 and 奇台县 write full-width brackets; 奇台县 writes `≥ 90%` with a space. */
function indicatorsOfSheet(region: string): ExpectedIndicator[] {
  return INDICATORS.filter(
    (i) => i.name !== RESCUED || (region !== PREFECTURE && region !== '木垒哈萨克自治县'),
  ).map((i) => ({
    ...i,
    name:
      i.name === CHECKING_MECHANISM && (region === '玛纳斯县' || region === '奇台县')
        ? '建立社会救助家庭居民经济状况核对机制的县（市、区）比例'
        : i.name,
    target:
      region === '奇台县' && i.target.kind === 'COMPARISON'
        ? { ...i.target, text: i.target.text.replace('≥', '≥ ') }
        : i.target,
  }));
}

/** The same indicator name, whichever width its brackets are written in. */
const sameName = (a: string, b: string) => {
  const plain = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
  return plain(a) === plain(b);
};

// --- The contract's documents are the vendored files, unchanged -------------------------

describe('the contract documents', () => {
  const files = readdirSync(VENDORED).filter((f) => f.endsWith('.graphql'));

  it('are the four vendored operations, and the generated documents are exactly them', () => {
    expect(files.sort()).toEqual([
      'document.graphql',
      'execution.graphql',
      'indicator-comparison.graphql',
      'submit-spending-report.graphql',
    ]);
    const generated: Record<string, { toString(): string }> = {
      'document.graphql': DocumentDocument,
      'execution.graphql': ExecutionDocument,
      'indicator-comparison.graphql': IndicatorComparisonDocument,
      'submit-spending-report.graphql': SubmitSpendingReportDocument,
    };
    for (const file of files) {
      const source = readFileSync(join(VENDORED, file), 'utf8');
      expect(print(parse(generated[file]?.toString() ?? '')), file).toBe(print(parse(source)));
    }
  });

  it.skipIf(!existsSync(SHARED))(
    'are byte-identical to the shared contract in /work/shared/contract',
    () => {
      const shared = readdirSync(SHARED).filter((f) => f.endsWith('.graphql'));
      expect(files.sort()).toEqual(shared.sort());
      for (const file of shared) {
        const ours = readFileSync(join(VENDORED, file));
        const theirs = readFileSync(join(SHARED, file));
        expect(ours.equals(theirs), `${file} differs from ${SHARED}/${file}`).toBe(true);
      }
    },
  );
});

// --- Document ---------------------------------------------------------------------------

describe('contract: Document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed);
  });
  afterAll(() => server.close());

  const load = async (number = NOTICE) => {
    const { document } = await execute(server, DocumentDocument, { number });
    if (!document) throw new Error(`no document ${number}`);
    return document;
  };

  it('gives the notice particulars as its header writes them', async () => {
    const document = await load();
    expect(document).toMatchObject({
      number: NOTICE,
      title: '关于拨付2022年中央财政困难群众救助补助资金（第二批）的通知',
      year: 2022,
      batch: 2,
      issuedOn: '2022-06-07',
      upstreamNumber: '新财社〔2022〕71号',
    });
  });

  it('finds the notice by its number in any bracket style', async () => {
    for (const written of ['昌州财社[2022]11号', '昌州财社(2022)11号', ' 昌州财社【2022】11 号 ']) {
      expect((await load(written)).number, written).toBe(NOTICE);
    }
    const { document } = await execute(server, DocumentDocument, {
      number: '昌州财社〔2022〕12号',
    });
    expect(document).toBeNull();
  });

  it('gives the eight rows of the allocation table with their figures', async () => {
    const document = await load();
    expect(
      document.allocations.map((a) => [a.region.name, a.annualTotal, a.earlyAdvance, a.thisBatch]),
    ).toEqual(ALLOCATIONS);
    const [prefecture, ...counties] = document.allocations;
    expect(prefecture?.region).toEqual({ name: PREFECTURE, level: 'PREFECTURE', parent: null });
    for (const county of counties) {
      expect(county.region.level, county.region.name).toBe('COUNTY');
      expect(county.region.parent, county.region.name).toEqual({ name: PREFECTURE });
    }
  });

  it('gives the eight target sheets with funds, goals and 16 or 17 indicators', async () => {
    const document = await load();
    expect(
      document.targetSheets.map((s) => [s.region.name, s.fundTotal, s.indicators.length]),
    ).toEqual(SHEETS);
    for (const sheet of document.targetSheets) {
      expect(sheet.centralFunds, sheet.region.name).toBe(sheet.fundTotal);
      // 地方资金 is blank on every sheet.
      expect(sheet.localFunds, sheet.region.name).toBeNull();
      expect(sheet.goals, sheet.region.name).toEqual(GOALS);
    }
  });

  it('gives every indicator its framework levels and its parsed target', async () => {
    const document = await load();
    for (const sheet of document.targetSheets) {
      expect(sheet.indicators, sheet.region.name).toEqual(indicatorsOfSheet(sheet.region.name));
    }
  });

  it('has no reconciliation warnings: the seed balances', async () => {
    expect((await load()).warnings).toEqual([]);
  });
});

// --- SubmitSpendingReport ---------------------------------------------------------------

describe('contract: SubmitSpendingReport', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed);
  });
  afterAll(() => server.close());

  // The contract's example variables, verbatim.
  const example = {
    input: {
      region: '昌吉市',
      year: 2022,
      month: 9,
      lines: [
        { documentNumber: '昌州财社〔2022〕11号', spent: 1012.5, reason: null, measures: null },
      ],
    },
  };

  it('files the example form as version 1 with the allocation as its amount', async () => {
    const { submitSpendingReport } = await execute(
      await server.as({ county: example.input.region ?? '' }),
      SubmitSpendingReportDocument,
      example,
    );
    expect(submitSpendingReport.errors).toEqual([]);
    const report = submitSpendingReport.report;
    expect(report).toMatchObject({
      region: { name: '昌吉市' },
      year: 2022,
      month: 9,
      version: 1,
    });
    expect(report?.id).toMatch(/^\d+$/);
    // 昌吉市 col 2 = 1485; 1485 − 1012.5 = 472.5.
    expect(report?.lines).toHaveLength(1);
    const line = report?.lines[0];
    expect(line).toMatchObject({ documentNumber: NOTICE, amount: 1485, spent: 1012.5 });
    expect(line?.unspent).toBe(472.5);
    expect(line?.progress).toBeCloseTo(1012.5 / 1485, 12);
  });

  it('files a resubmission as version 2, keeps version 1, and counts the latest', async () => {
    const corrected = {
      input: { ...example.input, lines: [{ documentNumber: NOTICE, spent: '1100.25' }] },
    };
    const { submitSpendingReport } = await execute(
      await server.as({ county: '昌吉市' }),
      SubmitSpendingReportDocument,
      corrected,
    );
    expect(submitSpendingReport.errors).toEqual([]);
    expect(submitSpendingReport.report?.version).toBe(2);
    expect(submitSpendingReport.report?.lines[0]).toMatchObject({
      amount: 1485,
      spent: 1100.25,
      unspent: wanDiff(1485, 1100.25),
    });

    const { spendingReports } = await execute(server, SpendingReportListDocument, {
      region: '昌吉市',
      year: 2022,
      month: 9,
    });
    expect(spendingReports.nodes.map((r) => [r.version, r.isLatest, r.lines[0]?.spent])).toEqual([
      [2, true, 1100.25],
      [1, false, 1012.5],
    ]);

    const { execution } = await execute(server, ExecutionDocument, {
      year: 2022,
      month: 9,
      region: '昌吉市',
    });
    expect(execution).toMatchObject({ spent: 1100.25, unspent: wanDiff(1485, 1100.25) });
  });
});

// --- Execution --------------------------------------------------------------------------

describe('contract: Execution', () => {
  let server: TestServer;
  /**
   * Our September 2022 reports (万元): benchmark 9/12 = 0.75, so progress / benchmark below
   * 0.6 (progress < 0.45) is RED and below 0.8 (progress < 0.6) YELLOW. 木垒 files nothing.
   */
  const SEPTEMBER: Record<string, { spent: number; warning: string }> = {
    昌吉市: { spent: 1012.5, warning: 'GREEN' }, // 0.6818
    阜康市: { spent: 415.5, warning: 'YELLOW' }, // 0.5
    呼图壁县: { spent: 365, warning: 'RED' }, // 0.2
    玛纳斯县: { spent: 762.6, warning: 'GREEN' }, // exactly 0.6 = 0.8 of the benchmark
    奇台县: { spent: 1032.75, warning: 'YELLOW' }, // exactly 0.45 = 0.6 of the benchmark
    吉木萨尔县: { spent: 765.44, warning: 'RED' }, // 0.44999…, just below 0.45
  };
  const allocationOf = new Map(SEED_COUNTIES);

  beforeAll(async () => {
    server = await startTestServer(importSeed);
    for (const [region, { spent }] of Object.entries(SEPTEMBER)) {
      const { submitSpendingReport } = await execute(
        await server.as({ county: region }),
        SubmitSpendingReportDocument,
        {
          input: {
            region,
            year: 2022,
            month: 9,
            lines: [{ documentNumber: NOTICE, spent, reason: null, measures: null }],
          },
        },
      );
      expect(submitSpendingReport.errors).toEqual([]);
    }
  });
  afterAll(() => server.close());

  const spentTotal = wanSum(...Object.values(SEPTEMBER).map((r) => r.spent));

  it('sums the prefecture over its counties and compares with the benchmark', async () => {
    const { execution } = await execute(server, ExecutionDocument, { year: 2022, month: 9 });
    expect(execution?.region.name).toBe(PREFECTURE);
    expect(execution?.allocated).toBe(PREFECTURE_TOTAL);
    expect(execution?.spent).toBe(spentTotal);
    expect(execution?.unspent).toBe(wanDiff(PREFECTURE_TOTAL, spentTotal));
    expect(execution?.progress).toBeCloseTo(spentTotal / PREFECTURE_TOTAL, 12);
    expect(execution?.benchmark).toBe(0.75);
    // 4353.79 / 11438 ≈ 0.381, / 0.75 ≈ 0.51: RED.
    expect(execution?.warning).toBe('RED');
    // 木垒 has not filed: the prefecture is not fully reported.
    expect(execution?.reported).toBe(false);
  });

  it('gives each county its own figures and warning, by the thresholds', async () => {
    const { execution } = await execute(server, ExecutionDocument, { year: 2022, month: 9 });
    const children = execution?.children ?? [];
    expect(children.map((c) => c.region.name).sort()).toEqual(
      SEED_COUNTIES.map(([name]) => name).sort(),
    );
    for (const child of children) {
      const name = child.region.name;
      const allocated = allocationOf.get(name);
      const filed = SEPTEMBER[name];
      expect(child.allocated, name).toBe(allocated);
      expect(child.benchmark, name).toBe(0.75);
      if (!filed || allocated === undefined) continue;
      expect(child.spent, name).toBe(filed.spent);
      expect(child.unspent, name).toBe(wanDiff(allocated, filed.spent));
      expect(child.progress, name).toBeCloseTo(filed.spent / allocated, 12);
      expect(child.warning, name).toBe(filed.warning);
      expect(child.reported, name).toBe(true);
    }
  });

  it('shows a county that did not file as NOT_REPORTED with no spending, not zero', async () => {
    const { execution } = await execute(server, ExecutionDocument, { year: 2022, month: 9 });
    const mulei = execution?.children.find((c) => c.region.name === '木垒哈萨克自治县');
    expect(mulei).toEqual({
      region: { name: '木垒哈萨克自治县' },
      allocated: 2030,
      spent: null,
      unspent: null,
      progress: null,
      benchmark: 0.75,
      warning: 'NOT_REPORTED',
      reported: false,
    });
  });

  it('takes a region by alias, and a month nobody filed is NOT_REPORTED throughout', async () => {
    const { execution } = await execute(server, ExecutionDocument, {
      year: 2022,
      month: 9,
      region: '木垒县',
    });
    expect(execution).toMatchObject({
      region: { name: '木垒哈萨克自治县' },
      allocated: 2030,
      spent: null,
      warning: 'NOT_REPORTED',
      children: [],
    });
    const august = await execute(server, ExecutionDocument, { year: 2022, month: 8 });
    expect(august.execution).toMatchObject({
      allocated: PREFECTURE_TOTAL,
      spent: null,
      unspent: null,
      progress: null,
      benchmark: 8 / 12,
      warning: 'NOT_REPORTED',
      reported: false,
    });
    expect(new Set(august.execution?.children.map((c) => c.warning))).toEqual(
      new Set(['NOT_REPORTED']),
    );
  });

  it('adds money exactly: 0.1 + 0.2 万元 is 0.3, not 0.30000000000000004', async () => {
    for (const [region, spent] of [
      ['昌吉市', 0.1],
      ['阜康市', 0.2],
    ] as const) {
      const { submitSpendingReport } = await execute(
        await server.as({ county: region }),
        SubmitSpendingReportDocument,
        {
          input: { region, year: 2022, month: 3, lines: [{ documentNumber: NOTICE, spent }] },
        },
      );
      expect(submitSpendingReport.errors).toEqual([]);
    }
    const { execution } = await execute(server, ExecutionDocument, { year: 2022, month: 3 });
    expect(execution?.spent).toBe(0.3);
    expect(execution?.unspent).toBe(11437.7);
  });

  it('is GREEN and fully reported once every county is past the benchmark', async () => {
    // October: every county files 90 % of its allocation (≥ 10/12 ≈ 0.833).
    for (const [region, allocated] of SEED_COUNTIES) {
      const { submitSpendingReport } = await execute(
        await server.as({ county: region }),
        SubmitSpendingReportDocument,
        {
          input: {
            region,
            year: 2022,
            month: 10,
            lines: [{ documentNumber: NOTICE, spent: (allocated * 90) / 100 }],
          },
        },
      );
      expect(submitSpendingReport.errors).toEqual([]);
    }
    const { execution } = await execute(server, ExecutionDocument, { year: 2022, month: 10 });
    expect(execution).toMatchObject({
      allocated: PREFECTURE_TOTAL,
      spent: (PREFECTURE_TOTAL * 90) / 100,
      reported: true,
      warning: 'GREEN',
    });
    expect(execution?.progress).toBeCloseTo(0.9, 12);
    expect(execution?.children.every((c) => c.reported && c.warning === 'GREEN')).toBe(true);
  });
});

// --- IndicatorComparison ----------------------------------------------------------------

describe('contract: IndicatorComparison', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed);
  });
  afterAll(() => server.close());

  const compare = async () =>
    (await execute(server, IndicatorComparisonDocument, { number: NOTICE })).indicatorComparison;

  const record = async (input: Omit<IndicatorResultInput, 'documentNumber'>) => {
    const county = await server.as({ county: input.region ?? '' });
    const { recordIndicatorResult } = await execute(county, RecordIndicatorResultDocument, {
      input: { documentNumber: NOTICE, ...input },
    });
    expect(recordIndicatorResult.errors).toEqual([]);
    return recordIndicatorResult.status;
  };

  it('has one row per indicator (17) with every sheet’s target, all PENDING', async () => {
    const rows = await compare();
    expect(rows.map((r) => [r.name, r.level1, r.level2])).toEqual(
      INDICATORS.map((i) => [i.name, i.level1, i.level2]),
    );
    const sheets = SHEETS.map(([name]) => name);
    for (const row of rows) {
      const own = (region: string) =>
        indicatorsOfSheet(region).find((i) => sameName(i.name, row.name));
      const holders = sheets.filter((s) => own(s) !== undefined);
      expect(row.regions.map((c) => c.region.name).sort(), row.name).toEqual(holders.sort());
      for (const cell of row.regions) {
        expect(cell.target, `${row.name} ${cell.region.name}`).toEqual(
          own(cell.region.name)?.target,
        );
        expect(cell.result).toBeNull();
        expect(cell.status).toBe('PENDING');
      }
    }
    // The rescue indicator is on 6 of the 8 sheets; every other one on all 8.
    expect(rows.find((r) => r.name === RESCUED)?.regions).toHaveLength(6);
  });

  it('judges results against targets, relative ones against the previous year', async () => {
    const expected: [string, string, IndicatorStatus][] = [];
    const judge = async (
      region: string,
      indicator: string,
      status: IndicatorStatus,
      result: Omit<IndicatorResultInput, 'documentNumber' | 'region' | 'indicator' | 'year'>,
    ) => {
      expect(await record({ region, indicator, year: 2022, ...result }), region).toBe(status);
      expected.push([indicator, region, status]);
    };

    // ≥90%: 95 is met; 85 is within 10 % of it (≥ 81): partly; 70 is not.
    await record({ region: '昌吉市', indicator: ORPHANS_COVERED, year: 2022, value: 80 });
    await judge('昌吉市', ORPHANS_COVERED, 'MET', { value: 95 }); // the later result counts
    await judge('阜康市', ORPHANS_COVERED, 'PARTIAL', { value: 85 });
    await judge('呼图壁县', ORPHANS_COVERED, 'NOT_MET', { value: 70 });
    // 应保尽保 is qualitative: as reported.
    await judge('昌吉市', '低保对象人数', 'MET', { outcome: 'MET' });
    await judge('阜康市', '低保对象人数', 'NOT_MET', { outcome: 'NOT_MET' });
    // 不低于上年: against the 2021 result; without one it cannot be judged.
    await record({ region: '昌吉市', indicator: '城乡低保标准', year: 2021, value: 600 });
    await judge('昌吉市', '城乡低保标准', 'MET', { value: 600 });
    await record({ region: '阜康市', indicator: '城乡低保标准', year: 2021, value: 620 });
    await judge('阜康市', '城乡低保标准', 'NOT_MET', { value: 610 });
    await judge('呼图壁县', '城乡低保标准', 'PENDING', { value: 700 });
    // 有所提升: strictly above last year.
    await record({ region: '玛纳斯县', indicator: LIVING_STANDARD, year: 2021, value: 100 });
    await judge('玛纳斯县', LIVING_STANDARD, 'NOT_MET', { value: 100 });
    await record({ region: '奇台县', indicator: LIVING_STANDARD, year: 2021, value: 100 });
    await judge('奇台县', LIVING_STANDARD, 'MET', { value: 101 });
    // 收到补助资金后30日内: the days taken.
    await judge('吉木萨尔县', DISBURSE, 'MET', { value: 20 });
    await judge('木垒县', DISBURSE, 'NOT_MET', { value: 45 });

    const rows = await compare();
    const canonical = (name: string) => (name === '木垒县' ? '木垒哈萨克自治县' : name);
    for (const [indicator, region, status] of expected) {
      const cell = rows
        .find((r) => r.name === indicator)
        ?.regions.find((c) => c.region.name === canonical(region));
      expect(cell?.status, `${indicator} ${region}`).toBe(status);
      expect(cell?.result?.reportedOn).toBe('2026-11-28');
    }
    const cell = (indicator: string, region: string) =>
      rows.find((r) => r.name === indicator)?.regions.find((c) => c.region.name === region);
    expect(cell(ORPHANS_COVERED, '昌吉市')?.result?.value).toBe(95);
    expect(cell(LIVING_STANDARD, '奇台县')?.result?.value).toBe(101);
    // Regions without results stay PENDING.
    expect(cell(ORPHANS_COVERED, '玛纳斯县')).toMatchObject({ result: null, status: 'PENDING' });
  });
});
