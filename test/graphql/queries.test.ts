/**
 * The schema beyond the contract, over HTTP: regions, documents and imports, the execution
 * drill-downs, lagging and unspent lists, filing status with the pinned clock (2026-11-28),
 * report versions, lag explanations and a region's indicators. State is built through the API
 * from the seed and reports filed here, so every expected figure is the test's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../helpers/db.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { levelPage } from '../../server/services/execution.service.ts';
import { execute, post, startTestServer, TEST_NOW, type TestServer } from '../helpers/graphql.ts';
import {
  DocumentFindingsDocument,
  DocumentListDocument,
  ExecutionDetailDocument,
  FilingStatusOfDocument,
  ImportNoticeDocument,
  ImportRunListDocument,
  LagExplanationListDocument,
  LaggingRegionListDocument,
  ProgramListDocument,
  RecordIndicatorResultDocument,
  RegionByNameDocument,
  RegionIndicatorListDocument,
  RegionsFilteredDocument,
  RegionTreeDocument,
  SpendingReportByIdDocument,
  SpendingReportListDocument,
  UnspentBalanceListDocument,
  type SpendingDirection,
} from './generated/graphql.ts';
import { buildNotice, type NoticeSpec } from './notice-builder.ts';
import {
  fileReport,
  importSeed,
  importText,
  NOTICE,
  PREFECTURE,
  PREFECTURE_TOTAL,
  SEED_COUNTIES,
  seedLine,
  wanDiff,
  wanSum,
} from './support.ts';

const COUNTY_NAMES = SEED_COUNTIES.map(([name]) => name);
const allocationOf = (name: string) => new Map(SEED_COUNTIES).get(name) ?? NaN;

/** A small notice of our own: 塔城地区 allocating to three counties for 2026. */
const TACHENG: NoticeSpec = {
  issuer: '塔城地区',
  number: '塔地财社〔2026〕5号',
  upstreamNumber: '新财社〔2026〕9号',
  year: 2026,
  batch: '第一批',
  issuedOn: { month: 3, day: 2 },
  counties: [
    { name: '乌苏市', early: 300, thisBatch: 100 },
    { name: '额敏县', early: 200, thisBatch: -10 },
    { name: '和布克赛尔蒙古自治县', early: 150, thisBatch: 50 },
  ],
};
const TACHENG_NUMBER = '塔地财社〔2026〕5号';

/** Expects the request to fail with one InputError of `code` on `field`. */
async function expectInputError(
  server: TestServer,
  response: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>,
  code: string,
  field: string,
) {
  const { errors } = await response;
  expect(errors?.map((e) => e.extensions)).toEqual([{ code, field }]);
  expect(server.logged).toEqual([]);
}

// --- Regions ----------------------------------------------------------------------------

describe('regions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed);
  });
  afterAll(() => server.close());

  it('finds an autonomous county by its short name', async () => {
    const { region } = await execute(server, RegionByNameDocument, { name: '木垒县' });
    expect(region).toMatchObject({
      name: '木垒哈萨克自治县',
      level: 'COUNTY',
      parent: { name: PREFECTURE, level: 'PREFECTURE' },
      children: [],
    });
    expect(region?.aliases).toContain('木垒县');
  });

  it('finds the prefecture by its short name, with its seven counties', async () => {
    const { region } = await execute(server, RegionByNameDocument, { name: '昌吉州' });
    expect(region?.name).toBe(PREFECTURE);
    expect(region?.parent).toBeNull();
    expect(region?.children.map((c) => c.name).sort()).toEqual([...COUNTY_NAMES].sort());
  });

  it('answers null for a region nobody imported', async () => {
    expect((await execute(server, RegionByNameDocument, { name: '乌鲁木齐市' })).region).toBeNull();
  });

  it('gives the tree from its top: the prefecture and its counties', async () => {
    const { regions } = await execute(server, RegionTreeDocument);
    expect(regions.map((r) => [r.name, r.level, r.parent])).toEqual([
      [PREFECTURE, 'PREFECTURE', null],
    ]);
    const counties = regions[0]?.children ?? [];
    expect(counties.map((c) => c.name).sort()).toEqual([...COUNTY_NAMES].sort());
    for (const county of counties) {
      expect(county).toMatchObject({ level: 'COUNTY', parent: { name: PREFECTURE }, children: [] });
    }
    expect(counties.find((c) => c.name === '木垒哈萨克自治县')?.aliases).toContain('木垒县');
  });

  it('filters by level and by parent (named by alias)', async () => {
    const byLevel = await execute(server, RegionsFilteredDocument, { level: 'COUNTY' });
    expect(byLevel.regions.map((r) => r.name).sort()).toEqual([...COUNTY_NAMES].sort());
    const byParent = await execute(server, RegionsFilteredDocument, { parent: '昌吉州' });
    expect(byParent.regions.map((r) => r.name).sort()).toEqual([...COUNTY_NAMES].sort());
    const prefectures = await execute(server, RegionsFilteredDocument, { level: 'PREFECTURE' });
    expect(prefectures.regions).toEqual([{ name: PREFECTURE, level: 'PREFECTURE' }]);
    await expectInputError(
      server,
      post(server, RegionsFilteredDocument, { parent: '不存在州' }),
      'REGION_NOT_FOUND',
      'parent',
    );
  });
});

// --- Documents, programs, imports -------------------------------------------------------

describe('documents, programs and imports', () => {
  let server: TestServer;
  const tacheng = buildNotice(TACHENG);
  /** A 2023 notice of our own whose 乌苏市 row does not add up: 400 ≠ 300 + 90. */
  const breach = buildNotice({
    ...TACHENG,
    number: '塔地财社〔2023〕8号',
    year: 2023,
  }).replace('乌苏市\t400\t300\t100', '乌苏市\t400\t300\t90');

  beforeAll(async () => {
    server = await startTestServer(importSeed);
  });
  afterAll(() => server.close());

  it('imports a notice through the API, and the same text again changes nothing', async () => {
    const first = await execute(server, ImportNoticeDocument, {
      text: tacheng,
      sourceName: 'tacheng.txt',
    });
    expect(first.importNotice.errors).toEqual([]);
    expect(first.importNotice.outcome).toBe('created');
    expect(first.importNotice.document).toMatchObject({
      number: TACHENG_NUMBER,
      year: 2026,
      revision: 1,
    });
    // 塔城地区 = 400 + 190 + 200.
    expect(
      first.importNotice.document?.allocations.map((a) => [a.region.name, a.annualTotal]),
    ).toEqual([
      ['塔城地区', 790],
      ['乌苏市', 400],
      ['额敏县', 190],
      ['和布克赛尔蒙古自治县', 200],
    ]);

    const before = await tableCounts(server.db);
    const again = await execute(server, ImportNoticeDocument, { text: tacheng });
    expect(again.importNotice).toMatchObject({
      outcome: 'unchanged',
      errors: [],
      document: { number: TACHENG_NUMBER, revision: 1 },
    });
    // Nothing but the attempt's audit row.
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('stores a changed text under a known number as a new revision', async () => {
    const revised = await execute(server, ImportNoticeDocument, {
      text: tacheng.replace('额敏县\t190\t200\t-10', '额敏县\t195\t200\t-5'),
      sourceName: 'tacheng-v2.txt',
    });
    expect(revised.importNotice.outcome).toBe('revised');
    expect(revised.importNotice.document?.revision).toBe(2);
    const { document } = await execute(server, DocumentFindingsDocument, {
      number: TACHENG_NUMBER,
    });
    expect(document?.revisions.map((r) => r.revision)).toEqual([2, 1]);
  });

  it('refuses prose that is no notice, writing nothing', async () => {
    const before = await tableCounts(server.db);
    const { importNotice } = await execute(server, ImportNoticeDocument, {
      text: '各县（市）财政局：\n\n请于月底前报送资金使用情况。\n\n此致\n',
    });
    expect(importNotice.outcome).toBeNull();
    expect(importNotice.document).toBeNull();
    expect(importNotice.errors.map((e) => [e.code, e.field])).toEqual([['NOT_A_NOTICE', 'text']]);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('reports a breach found on import as a warning of the document and its import run', async () => {
    const { importNotice } = await execute(server, ImportNoticeDocument, {
      text: breach,
      sourceName: 'breach.txt',
    });
    expect(importNotice.outcome).toBe('created');
    const { document } = await execute(server, DocumentFindingsDocument, {
      number: '塔地财社〔2023〕8号',
    });
    const rowMismatch = document?.warnings.find((w) => w.code === 'ALLOCATION_ROW_MISMATCH');
    expect(rowMismatch).toMatchObject({ severity: 'WARNING', region: { name: '乌苏市' } });
    expect(rowMismatch?.message).toContain('乌苏市');
    expect(document?.warnings.every((w) => w.severity === 'WARNING')).toBe(true);

    const { importRuns } = await execute(server, ImportRunListDocument, { first: 1 });
    expect(importRuns.nodes[0]).toMatchObject({
      sourceName: 'breach.txt',
      documentNumber: '塔地财社〔2023〕8号',
      outcome: 'created',
    });
    expect(importRuns.nodes[0]?.warnings.map((w) => w.code)).toContain('ALLOCATION_ROW_MISMATCH');
  });

  it('lists documents newest first, in pages', async () => {
    // The seed, 塔城 2026 (twice revised, one document) and the 2023 breach: 3 documents.
    const all = await execute(server, DocumentListDocument, {});
    expect(all.documents.totalCount).toBe(3);
    expect(all.documents.nodes.map((d) => d.number)).toEqual([
      '塔地财社〔2023〕8号',
      TACHENG_NUMBER,
      NOTICE,
    ]);
    expect(all.documents.pageInfo.hasNextPage).toBe(false);

    const first = await execute(server, DocumentListDocument, { first: 2 });
    expect(first.documents.totalCount).toBe(3);
    expect(first.documents.nodes.map((d) => d.number)).toEqual([
      '塔地财社〔2023〕8号',
      TACHENG_NUMBER,
    ]);
    expect(first.documents.pageInfo.hasNextPage).toBe(true);
    const rest = await execute(server, DocumentListDocument, {
      first: 2,
      after: first.documents.pageInfo.endCursor,
    });
    expect(rest.documents.nodes.map((d) => d.number)).toEqual([NOTICE]);
    expect(rest.documents.pageInfo.hasNextPage).toBe(false);

    const of2022 = await execute(server, DocumentListDocument, { year: 2022 });
    expect(of2022.documents.nodes).toEqual([{ number: NOTICE, year: 2022, batch: 2, revision: 1 }]);
    expect(of2022.documents.totalCount).toBe(1);
  });

  it('refuses a page size outside 1–100 and a forged cursor', async () => {
    for (const first of [101, 0, -1, 1000]) {
      await expectInputError(
        server,
        post(server, DocumentListDocument, { first }),
        'PAGE_SIZE_OUT_OF_RANGE',
        'first',
      );
    }
    await expectInputError(
      server,
      post(server, ImportRunListDocument, { first: 101 }),
      'PAGE_SIZE_OUT_OF_RANGE',
      'first',
    );
    await expectInputError(
      server,
      post(server, DocumentListDocument, { after: 'bm90LWEtY3Vyc29y' }),
      'CURSOR_INVALID',
      'after',
    );
    const hundred = await execute(server, DocumentListDocument, { first: 100 });
    expect(hundred.documents.nodes).toHaveLength(3);
  });

  it('lists programs by year with their documents', async () => {
    const { programs } = await execute(server, ProgramListDocument, { year: 2022 });
    expect(programs.map(({ id: _id, ...p }) => p)).toEqual([
      {
        name: '困难群众救助补助资金',
        year: 2022,
        source: 'CENTRAL',
        documents: [{ number: NOTICE }],
      },
    ]);
    const every = await execute(server, ProgramListDocument, {});
    expect(every.programs.map((p) => p.year).sort()).toEqual([2022, 2023, 2026]);
    const of2026 = every.programs.find((p) => p.year === 2026);
    expect(of2026?.documents).toEqual([{ number: TACHENG_NUMBER }]);
  });

  it('lists import runs newest first, the seed’s with its notes', async () => {
    const { importRuns } = await execute(server, ImportRunListDocument, {});
    // seed, 塔城 created, 塔城 revised, breach: the unchanged re-import and the refusal made none.
    expect(importRuns.totalCount).toBe(4);
    expect(importRuns.nodes.map((r) => [r.sourceName, r.documentNumber, r.outcome])).toEqual([
      ['breach.txt', '塔地财社〔2023〕8号', 'created'],
      ['tacheng-v2.txt', TACHENG_NUMBER, 'revised'],
      ['tacheng.txt', TACHENG_NUMBER, 'created'],
      ['seed', NOTICE, 'created'],
    ]);
    const seedRun = importRuns.nodes[3];
    expect(seedRun?.importedBy).toBe('test');
    // The seed balances (no WARNING); 昌吉州 and 木垒县 lack the rescue indicator (notes).
    expect(seedRun?.warnings.filter((w) => w.severity === 'WARNING')).toEqual([]);
    const absent = seedRun?.warnings.filter((w) => w.code === 'INDICATOR_ABSENT');
    expect(absent?.map((w) => w.region?.name).sort()).toEqual(
      [PREFECTURE, '木垒哈萨克自治县'].sort(),
    );

    const page = await execute(server, ImportRunListDocument, { first: 3 });
    expect(page.importRuns.pageInfo.hasNextPage).toBe(true);
    const last = await execute(server, ImportRunListDocument, {
      after: page.importRuns.pageInfo.endCursor,
    });
    expect(last.importRuns.nodes.map((r) => r.sourceName)).toEqual(['seed']);
  });
});

// --- Execution drill-downs, lagging, unspent, versions, lag explanations ----------------

/** Our reports for 2022 (万元): September lines split by direction, every split adding up. */
const SEPTEMBER: {
  region: string;
  spent: number;
  directions: [SpendingDirection, number][];
  reason?: string;
  measures?: string;
  measuresDueOn?: string;
}[] = [
  {
    region: '昌吉市',
    spent: 1012.5, // 0.682: behind 0.75
    directions: [
      ['SUBSISTENCE_ALLOWANCE', 700],
      ['TEMPORARY_ASSISTANCE', 312.5],
    ],
    reason: '部分救助对象年审尚未完成',
    measures: '十月底前完成年审并补发',
    measuresDueOn: '2022-10-31',
  },
  {
    region: '阜康市',
    spent: 415.5, // 0.5
    directions: [['SUBSISTENCE_ALLOWANCE', 415.5]],
    reason: '临时救助申请少于预期',
    measures: '加大政策宣传',
    measuresDueOn: '2026-12-31',
  },
  {
    region: '呼图壁县',
    spent: 1460, // 0.8: ahead of 0.75
    directions: [
      ['SUBSISTENCE_ALLOWANCE', 1000],
      ['EXTREME_POVERTY_SUPPORT', 300],
      ['ORPHAN_SUPPORT', 160],
    ],
  },
  {
    region: '玛纳斯县',
    spent: 127.1, // 0.1
    directions: [
      ['TEMPORARY_ASSISTANCE', 100],
      ['VAGRANT_ASSISTANCE', 27.1],
    ],
  },
];
/** Earlier months: 昌吉市 June (filed twice: 500, then 550), July 800, August 900; 阜康市 August 400. */
const EARLIER: [string, number, number][] = [
  ['昌吉市', 6, 500],
  ['昌吉市', 6, 550],
  ['昌吉市', 7, 800],
  ['昌吉市', 8, 900],
  ['阜康市', 8, 400],
];
const NOT_FILED_SEPTEMBER = ['奇台县', '吉木萨尔县', '木垒哈萨克自治县'];

describe('execution, lagging regions, unspent balances, reports and explanations', () => {
  let server: TestServer;
  const septemberTotal = wanSum(...SEPTEMBER.map((r) => r.spent));

  beforeAll(async () => {
    server = await startTestServer(importSeed);
    for (const [region, month, spent] of EARLIER) {
      await fileReport(server, region, 2022, month, [seedLine(spent)]);
    }
    for (const { region, spent, directions, ...text } of SEPTEMBER) {
      await fileReport(server, region, 2022, 9, [
        seedLine(spent, {
          directions: directions.map(([direction, amount]) => ({ direction, spent: amount })),
          ...text,
        }),
      ]);
    }
  });
  afterAll(() => server.close());

  const detail = async (vars: { month: number; region?: string; documentNumber?: string }) => {
    const { execution } = await execute(server, ExecutionDetailDocument, { year: 2022, ...vars });
    if (!execution) throw new Error('no execution');
    return execution;
  };

  it('counts who reported: 4 of 7 counties in September', async () => {
    const execution = await detail({ month: 9 });
    expect(execution).toMatchObject({
      region: { name: PREFECTURE },
      year: 2022,
      month: 9,
      allocated: PREFECTURE_TOTAL,
      spent: septemberTotal,
      unspent: wanDiff(PREFECTURE_TOTAL, septemberTotal),
      reportedCount: 4,
      expectedCount: 7,
      reported: false,
    });
  });

  it('gives the previous month (环比) and the same month a year earlier (同比)', async () => {
    const execution = await detail({ month: 9 });
    // August: 昌吉市 900 + 阜康市 400.
    expect(execution.previousMonth).toMatchObject({
      month: 8,
      year: 2022,
      allocated: PREFECTURE_TOTAL,
      spent: 1300,
      unspent: wanDiff(PREFECTURE_TOTAL, 1300),
      benchmark: 8 / 12,
      reportedCount: 2,
      expectedCount: 7,
      reported: false,
    });
    expect(execution.previousMonth?.progress).toBeCloseTo(1300 / PREFECTURE_TOTAL, 12);
    // Nothing was allocated or filed for 2021.
    expect(execution.previousYear).toMatchObject({
      year: 2021,
      month: 9,
      allocated: 0,
      spent: null,
      progress: null,
      warning: 'NOT_REPORTED',
      expectedCount: 0,
    });
    // January has no previous month.
    expect((await detail({ month: 1 })).previousMonth).toBeNull();
  });

  it('gives the month-by-month trend from January, the latest version of each month', async () => {
    const { trend } = await detail({ month: 9 });
    const spent = [null, null, null, null, null, 550, 800, 1300, septemberTotal];
    const reported = [0, 0, 0, 0, 0, 1, 1, 2, 4];
    expect(trend.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    trend.forEach((point, i) => {
      const s = spent[i] ?? null;
      expect(point.spent, `month ${point.month}`).toBe(s);
      expect(point.reportedCount, `month ${point.month}`).toBe(reported[i]);
      expect(point.expectedCount).toBe(7);
      expect(point.benchmark).toBeCloseTo(point.month / 12, 15);
      if (s === null) expect(point.progress).toBeNull();
      else expect(point.progress).toBeCloseTo(s / PREFECTURE_TOTAL, 12);
    });
  });

  it('splits September’s spending by direction, with shares adding up to 1', async () => {
    const { byDirection } = await detail({ month: 9 });
    const expected = new Map<SpendingDirection, number>();
    for (const { directions } of SEPTEMBER) {
      for (const [direction, amount] of directions) {
        expected.set(direction, wanSum(expected.get(direction) ?? 0, amount));
      }
    }
    // 低保 700 + 415.5 + 1000; 临时 312.5 + 100; 特困 300; 孤儿 160; 流浪 27.1.
    expect(Object.fromEntries(byDirection.map((d) => [d.direction, d.spent]))).toEqual(
      Object.fromEntries(expected),
    );
    expect(expected.get('SUBSISTENCE_ALLOWANCE')).toBe(2115.5);
    for (const d of byDirection) {
      expect(d.share, d.direction).toBeCloseTo(d.spent / septemberTotal, 12);
    }
  });

  it('gives execution by program, and by document', async () => {
    const { byProgram } = await detail({ month: 9 });
    expect(byProgram).toHaveLength(1);
    expect(byProgram[0]).toMatchObject({
      program: { name: '困难群众救助补助资金', year: 2022 },
      allocated: PREFECTURE_TOTAL,
      spent: septemberTotal,
      unspent: wanDiff(PREFECTURE_TOTAL, septemberTotal),
    });
    expect(byProgram[0]?.progress).toBeCloseTo(septemberTotal / PREFECTURE_TOTAL, 12);
    const byDocument = await detail({ month: 9, documentNumber: '昌州财社[2022]11号' });
    expect(byDocument.spent).toBe(septemberTotal);
    await expectInputError(
      server,
      post(server, ExecutionDetailDocument, {
        year: 2022,
        month: 9,
        documentNumber: '昌州财社〔2022〕99号',
      }),
      'DOCUMENT_NOT_FOUND',
      'documentNumber',
    );
  });

  it('lists lagging counties: those not reported first, then the furthest behind', async () => {
    const { laggingRegions } = await execute(server, LaggingRegionListDocument, {
      year: 2022,
      month: 9,
    });
    const names = laggingRegions.nodes.map((n) => n.region.name);
    // 呼图壁县 (0.8) is ahead of 0.75 and not listed.
    expect(laggingRegions.totalCount).toBe(6);
    expect(names.slice(0, 3).sort()).toEqual([...NOT_FILED_SEPTEMBER].sort());
    expect(laggingRegions.nodes.slice(0, 3).every((n) => n.warning === 'NOT_REPORTED')).toBe(true);
    // 玛纳斯县 127.1/1271 = 0.1 < 阜康市 415.5/831 = 0.5 < 昌吉市 1012.5/1485 ≈ 0.68.
    expect(names.slice(3)).toEqual(['玛纳斯县', '阜康市', '昌吉市']);
    expect(laggingRegions.nodes[3]).toMatchObject({ spent: 127.1, warning: 'RED' });
    expect(laggingRegions.nodes[3]?.progress).toBeCloseTo(0.1, 12);

    const reportedOnly = await execute(server, LaggingRegionListDocument, {
      year: 2022,
      month: 9,
      includeNotReported: false,
    });
    expect(reportedOnly.laggingRegions.nodes.map((n) => n.region.name)).toEqual([
      '玛纳斯县',
      '阜康市',
      '昌吉市',
    ]);

    const page = await execute(server, LaggingRegionListDocument, {
      year: 2022,
      month: 9,
      first: 4,
    });
    expect(page.laggingRegions.nodes.map((n) => n.region.name)).toEqual(names.slice(0, 4));
    expect(page.laggingRegions.pageInfo.hasNextPage).toBe(true);
    const next = await execute(server, LaggingRegionListDocument, {
      year: 2022,
      month: 9,
      first: 4,
      after: page.laggingRegions.pageInfo.endCursor,
    });
    expect(next.laggingRegions.nodes.map((n) => n.region.name)).toEqual(names.slice(4));
    expect(next.laggingRegions.pageInfo.hasNextPage).toBe(false);
  });

  it('pages every list in SQL as the code orders a list it folds (one notice)', async () => {
    // The seed is the only notice: its figures are all funds' figures, but a notice filter
    // takes the path that folds per-region rows and sorts in code.
    const orders = [
      { kind: 'lagging', includeNotReported: true },
      { kind: 'lagging', includeNotReported: false },
      { kind: 'unspent' },
    ] as const;
    const listed = (page: Awaited<ReturnType<typeof levelPage>>) => ({
      totalCount: page.totalCount,
      nodes: page.nodes.map((n) => [n.region.name, n.allocated, n.spent, n.warning]),
      pageInfo: page.pageInfo,
    });
    let compared = 0;
    for (const month of [1, 6, 8, 9, 12]) {
      for (const order of orders) {
        for (const [first, after] of [
          [20, null],
          [2, null],
          [2, Buffer.from('at:2').toString('base64url')],
          [5, Buffer.from('at:50').toString('base64url')],
        ] as const) {
          const page = (documentNumber?: string) =>
            levelPage(
              server.db,
              { year: 2022, month, documentNumber },
              'county',
              DEFAULT_THRESHOLDS,
              order,
              first,
              after,
            );
          const inSql = listed(await page());
          expect(inSql).toEqual(listed(await page(NOTICE)));
          compared += inSql.nodes.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('lists unspent balances largest first, counties without a report last', async () => {
    const { unspentBalances } = await execute(server, UnspentBalanceListDocument, {
      year: 2022,
      month: 9,
    });
    expect(unspentBalances.totalCount).toBe(7);
    const filed = SEPTEMBER.map(
      (r) => [r.region, wanDiff(allocationOf(r.region), r.spent)] as const,
    );
    // 玛纳斯县 1143.9, 昌吉市 472.5, 阜康市 415.5, 呼图壁县 365.
    const expected = [...filed].sort((a, b) => b[1] - a[1]);
    expect(unspentBalances.nodes.slice(0, 4).map((n) => [n.region.name, n.unspent])).toEqual(
      expected,
    );
    expect(expected[0]).toEqual(['玛纳斯县', 1143.9]);
    const rest = unspentBalances.nodes.slice(4);
    expect(rest.map((n) => n.region.name).sort()).toEqual([...NOT_FILED_SEPTEMBER].sort());
    expect(rest.every((n) => n.unspent === null && n.warning === 'NOT_REPORTED')).toBe(true);
  });

  it('says who filed September, and that everything is late by now', async () => {
    const { filingStatus } = await execute(server, FilingStatusOfDocument, {
      year: 2022,
      month: 9,
    });
    expect(filingStatus).toMatchObject({
      year: 2022,
      month: 9,
      deadline: '2022-09-30',
      filedCount: 4,
      expectedCount: 7,
    });
    const entries = new Map(filingStatus.regions.map((e) => [e.region.name, e]));
    expect([...entries.keys()].sort()).toEqual([...COUNTY_NAMES].sort());
    for (const { region } of SEPTEMBER) {
      expect(entries.get(region), region).toMatchObject({
        filed: true,
        version: 1,
        late: true, // filed on 2026-11-28, long after 2022-09-30
        report: { version: 1 },
      });
    }
    for (const region of NOT_FILED_SEPTEMBER) {
      expect(entries.get(region), region).toMatchObject({
        filed: false,
        version: null,
        submittedAt: null,
        late: true, // the deadline has passed
        report: null,
      });
    }
  });

  it('lists every version of a region-month, newest first, and only the latest on request', async () => {
    const june = await execute(server, SpendingReportListDocument, {
      region: '昌吉市',
      year: 2022,
      month: 6,
    });
    expect(june.spendingReports.totalCount).toBe(2);
    expect(
      june.spendingReports.nodes.map((r) => [r.version, r.isLatest, r.lines[0]?.spent]),
    ).toEqual([
      [2, true, 550],
      [1, false, 500],
    ]);
    for (const node of june.spendingReports.nodes) {
      expect(node.versions).toEqual([
        { version: 2, isLatest: true },
        { version: 1, isLatest: false },
      ]);
      expect(node).toMatchObject({ submittedBy: '昌吉市-filer', isSample: false });
    }
    const older = june.spendingReports.nodes[1];
    const { spendingReport } = await execute(server, SpendingReportByIdDocument, {
      id: older?.id ?? '',
    });
    expect(spendingReport).toMatchObject({ version: 1, isLatest: false, month: 6 });

    // 5 earlier reports + 4 for September; the latest of each region-month: 8.
    const all = await execute(server, SpendingReportListDocument, { year: 2022 });
    expect(all.spendingReports.totalCount).toBe(EARLIER.length + SEPTEMBER.length);
    const latest = await execute(server, SpendingReportListDocument, {
      year: 2022,
      latestOnly: true,
    });
    expect(latest.spendingReports.totalCount).toBe(8);
    expect(latest.spendingReports.nodes.every((r) => r.isLatest)).toBe(true);
    // Under the prefecture (by alias) are all of them.
    const under = await execute(server, SpendingReportListDocument, { region: '昌吉州' });
    expect(under.spendingReports.totalCount).toBe(9);

    const page = await execute(server, SpendingReportListDocument, { first: 5 });
    expect(page.spendingReports.pageInfo.hasNextPage).toBe(true);
    const rest = await execute(server, SpendingReportListDocument, {
      first: 5,
      after: page.spendingReports.pageInfo.endCursor,
    });
    expect(rest.spendingReports.nodes).toHaveLength(4);
    expect(rest.spendingReports.pageInfo.hasNextPage).toBe(false);
    const ids = [...page.spendingReports.nodes, ...rest.spendingReports.nodes].map((r) => r.id);
    expect(new Set(ids).size).toBe(9);
  });

  it('gives the reasons and measures of the lines behind the benchmark', async () => {
    const { lagExplanations } = await execute(server, LagExplanationListDocument, {
      year: 2022,
      month: 9,
    });
    const byRegion = new Map(lagExplanations.map((e) => [e.region.name, e]));
    // Behind 0.75: 昌吉市, 阜康市, 玛纳斯县; 呼图壁县 is ahead.
    expect([...byRegion.keys()].sort()).toEqual(['昌吉市', '玛纳斯县', '阜康市'].sort());
    expect(byRegion.get('昌吉市')).toMatchObject({
      documentNumber: NOTICE,
      benchmark: 0.75,
      reason: '部分救助对象年审尚未完成',
      measures: '十月底前完成年审并补发',
      measuresDueOn: '2022-10-31',
      overdue: true, // 2022-10-31 is before 2026-11-28
      report: { version: 1 },
    });
    expect(byRegion.get('昌吉市')?.progress).toBeCloseTo(1012.5 / 1485, 12);
    expect(byRegion.get('阜康市')).toMatchObject({ measuresDueOn: '2026-12-31', overdue: false });
    expect(byRegion.get('玛纳斯县')).toMatchObject({
      reason: null,
      measures: null,
      measuresDueOn: null,
      overdue: false,
    });
  });

  it('refuses an unknown region and a month out of range on every execution query', async () => {
    const cases = [
      post(server, ExecutionDetailDocument, { year: 2022, month: 9, region: '不存在' }),
      post(server, LaggingRegionListDocument, { year: 2022, month: 9, region: '不存在' }),
      post(server, UnspentBalanceListDocument, { year: 2022, month: 9, region: '不存在' }),
      post(server, FilingStatusOfDocument, { year: 2022, month: 9, region: '不存在' }),
      post(server, LagExplanationListDocument, { year: 2022, month: 9, region: '不存在' }),
      post(server, SpendingReportListDocument, { region: '不存在' }),
    ];
    for (const response of cases) {
      await expectInputError(server, response, 'REGION_NOT_FOUND', 'region');
    }
    for (const month of [0, 13]) {
      await expectInputError(
        server,
        post(server, LaggingRegionListDocument, { year: 2022, month }),
        'MONTH_OUT_OF_RANGE',
        'month',
      );
    }
    const tooLarge = { year: 2022, month: 9, first: 101 };
    await expectInputError(
      server,
      post(server, LaggingRegionListDocument, tooLarge),
      'PAGE_SIZE_OUT_OF_RANGE',
      'first',
    );
    await expectInputError(
      server,
      post(server, UnspentBalanceListDocument, tooLarge),
      'PAGE_SIZE_OUT_OF_RANGE',
      'first',
    );
  });
});

// --- Filing status against the pinned clock ---------------------------------------------

describe('filing status with the clock at 2026-11-28', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((db) => importText(db, buildNotice(TACHENG), 'tacheng.txt'));
  });
  afterAll(() => server.close());

  it('is on time for November (due 2026-11-30) and records when it was filed', async () => {
    await fileReport(server, '乌苏市', 2026, 11, [{ documentNumber: TACHENG_NUMBER, spent: 300 }]);
    const { filingStatus } = await execute(server, FilingStatusOfDocument, {
      year: 2026,
      month: 11,
    });
    expect(filingStatus).toMatchObject({
      deadline: '2026-11-30',
      filedCount: 1,
      expectedCount: 3,
    });
    const entries = new Map(filingStatus.regions.map((e) => [e.region.name, e]));
    expect(entries.get('乌苏市')).toMatchObject({
      filed: true,
      version: 1,
      late: false,
      submittedAt: TEST_NOW.toISOString(),
    });
    // Not filed yet, but the deadline has not passed: not late.
    expect(entries.get('额敏县')).toMatchObject({ filed: false, late: false });
    expect(entries.get('和布克赛尔蒙古自治县')).toMatchObject({ filed: false, late: false });
  });

  it('is late for October (due 2026-10-31), filed now or not at all', async () => {
    await fileReport(server, '额敏县', 2026, 10, [{ documentNumber: TACHENG_NUMBER, spent: 100 }]);
    const { filingStatus } = await execute(server, FilingStatusOfDocument, {
      year: 2026,
      month: 10,
      region: '塔城地区',
    });
    expect(filingStatus).toMatchObject({ deadline: '2026-10-31', filedCount: 1, expectedCount: 3 });
    const entries = new Map(filingStatus.regions.map((e) => [e.region.name, e]));
    expect(entries.get('额敏县')).toMatchObject({ filed: true, late: true });
    expect(entries.get('乌苏市')).toMatchObject({ filed: false, late: true });
  });

  it('gives February its last day as the deadline', async () => {
    const { filingStatus } = await execute(server, FilingStatusOfDocument, {
      year: 2026,
      month: 2,
    });
    expect(filingStatus.deadline).toBe('2026-02-28');
  });
});

// --- A region's indicators --------------------------------------------------------------

describe('regionIndicators', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed);
  });
  afterAll(() => server.close());

  it('gives 木垒县 its 16 indicators with results, previous results and status', async () => {
    const record = async (indicator: string, year: number, value: number) =>
      execute(await server.as({ county: '木垒县' }), RecordIndicatorResultDocument, {
        input: { region: '木垒县', documentNumber: NOTICE, indicator, year, value },
      });
    await record('救助对象对社会救助实施的满意度', 2022, 90); // ≥88%: met
    await record('城乡低保标准', 2021, 500);
    await record('城乡低保标准', 2022, 480); // 不低于上年: not met

    const { regionIndicators } = await execute(server, RegionIndicatorListDocument, {
      region: '木垒县',
      number: NOTICE,
    });
    expect(regionIndicators).toHaveLength(16);
    expect(new Set(regionIndicators.map((c) => c.region.name))).toEqual(
      new Set(['木垒哈萨克自治县']),
    );
    expect(regionIndicators.some((c) => c.indicator.name.includes('传销解救人员'))).toBe(false);
    const cell = (name: string) => regionIndicators.find((c) => c.indicator.name === name);
    expect(cell('救助对象对社会救助实施的满意度')).toMatchObject({
      indicator: { level1: 'SATISFACTION', level2: 'SERVICE_SATISFACTION' },
      target: { text: '≥88%', kind: 'COMPARISON' },
      result: { year: 2022, value: 90 },
      previousResult: null,
      status: 'MET',
    });
    expect(cell('城乡低保标准')).toMatchObject({
      result: { year: 2022, value: 480 },
      previousResult: { year: 2021, value: 500 },
      status: 'NOT_MET',
    });
    expect(cell('低保对象人数')).toMatchObject({ result: null, status: 'PENDING' });
  });

  it('refuses an unknown region or document', async () => {
    await expectInputError(
      server,
      post(server, RegionIndicatorListDocument, { region: '不存在县', number: NOTICE }),
      'REGION_NOT_FOUND',
      'region',
    );
    await expectInputError(
      server,
      post(server, RegionIndicatorListDocument, {
        region: '木垒县',
        number: '昌州财社〔2022〕99号',
      }),
      'DOCUMENT_NOT_FOUND',
      'documentNumber',
    );
  });
});
