import { describe, expect, it } from 'vitest';
import type {
  RegionAllocations_DocumentFragment,
  RegionReasons_LagFragment,
  RegionReasons_ReportFragment,
} from '../../web/src/gql/graphql.ts';
import {
  allocationRows,
  byDocument,
  directionRows,
  findRegion,
  flattenRegions,
  groupReports,
  hasSeveralDocuments,
  notReported,
  progressBar,
  reasonRows,
} from '../../web/src/pages/region/region-model.ts';

const tree = [
  {
    name: '昌吉回族自治州',
    aliases: ['昌吉州'],
    level: 'PREFECTURE' as const,
    children: [
      { name: '昌吉市', aliases: [], level: 'COUNTY' as const, children: [] },
      { name: '木垒哈萨克自治县', aliases: ['木垒县'], level: 'COUNTY' as const },
    ],
  },
];

describe('flattenRegions / findRegion', () => {
  it('lists the tree depth first with depth, parent and children', () => {
    expect(flattenRegions(tree)).toEqual([
      {
        name: '昌吉回族自治州',
        aliases: ['昌吉州'],
        level: 'PREFECTURE',
        depth: 0,
        parent: null,
        children: ['昌吉市', '木垒哈萨克自治县'],
      },
      {
        name: '昌吉市',
        aliases: [],
        level: 'COUNTY',
        depth: 1,
        parent: '昌吉回族自治州',
        children: [],
      },
      {
        name: '木垒哈萨克自治县',
        aliases: ['木垒县'],
        level: 'COUNTY',
        depth: 1,
        parent: '昌吉回族自治州',
        children: [],
      },
    ]);
  });

  it('finds a region by name or alias, and nothing for an unknown or absent name', () => {
    const options = flattenRegions(tree);
    expect(findRegion(options, '昌吉市')?.name).toBe('昌吉市');
    expect(findRegion(options, '木垒县')?.name).toBe('木垒哈萨克自治县');
    expect(findRegion(options, ' 昌吉州 ')?.name).toBe('昌吉回族自治州');
    expect(findRegion(options, '乌鲁木齐市')).toBeNull();
    expect(findRegion(options, null)).toBeNull();
  });
});

const allocation = (
  name: string,
  annualTotal: number,
  earlyAdvance: number,
  thisBatch: number,
  isSubtotal = false,
) => ({
  region: { name },
  annualTotal,
  earlyAdvance,
  priorBatches: null,
  thisBatch,
  isSubtotal,
});

const documents: RegionAllocations_DocumentFragment[] = [
  {
    number: '昌州财社〔2022〕11号',
    title: '第二批',
    allocations: [
      allocation('昌吉回族自治州', 2316, 2126, 190, true),
      allocation('昌吉市', 1485, 1275, 210),
      allocation('阜康市', 831, 851, -20),
    ],
  },
  {
    number: '昌州财社〔2022〕3号',
    title: '提前下达',
    allocations: [allocation('呼图壁县', 968, 968, 0)],
  },
];

describe('allocationRows', () => {
  it('gives a county its own row per notice and marks a negative batch as a clawback', () => {
    const rows = allocationRows(documents, '阜康市', []);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      documentNumber: '昌州财社〔2022〕11号',
      region: '阜康市',
      annualTotal: 831,
      earlyAdvance: 851,
      thisBatch: -20,
      isClawback: true,
      isSelf: true,
    });
    expect(allocationRows(documents, '昌吉市', [])[0]?.isClawback).toBe(false);
  });

  it('gives a parent its row, then its children’s, and leaves out notices without them', () => {
    const rows = allocationRows(documents, '昌吉回族自治州', ['昌吉市', '阜康市']);
    expect(rows.map((r) => [r.region, r.isSelf, r.isSubtotal, r.isClawback])).toEqual([
      ['昌吉回族自治州', true, true, false],
      ['昌吉市', false, false, false],
      ['阜康市', false, false, true],
    ]);
    expect(byDocument(rows).map((g) => [g.documentNumber, g.rows.length])).toEqual([
      ['昌州财社〔2022〕11号', 3],
    ]);
  });

  it('groups rows of several notices under each notice, in order', () => {
    const rows = allocationRows(documents, '昌吉回族自治州', ['昌吉市', '呼图壁县']);
    expect(byDocument(rows).map((g) => [g.documentNumber, g.rows.map((r) => r.region)])).toEqual([
      ['昌州财社〔2022〕11号', ['昌吉回族自治州', '昌吉市']],
      ['昌州财社〔2022〕3号', ['呼图壁县']],
    ]);
  });
});

describe('directionRows / progressBar', () => {
  it('orders directions as the notice does and sizes the share bars', () => {
    const rows = directionRows([
      { direction: 'ORPHAN_SUPPORT', spent: 5, share: 0.05 },
      { direction: 'SUBSISTENCE_ALLOWANCE', spent: 62, share: 0.62 },
      { direction: 'TEMPORARY_ASSISTANCE', spent: 33, share: 0.33 },
    ]);
    expect(rows.map((r) => [r.direction, r.barPercent])).toEqual([
      ['SUBSISTENCE_ALLOWANCE', 62],
      ['TEMPORARY_ASSISTANCE', 33],
      ['ORPHAN_SUPPORT', 5],
    ]);
    expect(
      directionRows([{ direction: 'VAGRANT_ASSISTANCE', spent: 0, share: null }])[0]?.barPercent,
    ).toBe(0);
  });

  it('clamps progress and benchmark to the track; no progress draws nothing', () => {
    expect(progressBar(0.5, 10 / 12)).toEqual({
      progressPercent: 50,
      benchmarkPercent: (10 / 12) * 100,
    });
    expect(progressBar(1.25, 1)).toEqual({ progressPercent: 100, benchmarkPercent: 100 });
    expect(progressBar(null, 0.25)).toEqual({ progressPercent: 0, benchmarkPercent: 25 });
  });

  it('names the children that have not reported', () => {
    expect(
      notReported([
        { region: { name: '昌吉市' }, warning: 'GREEN' },
        { region: { name: '奇台县' }, warning: 'NOT_REPORTED' },
        { region: { name: '木垒哈萨克自治县' }, warning: 'RED' },
      ]),
    ).toEqual(['奇台县']);
  });
});

type Report = RegionReasons_ReportFragment;
const line = (
  reason: string | null,
  documentNumber = 'A',
  measuresDueOn: string | null = null,
) => ({
  documentNumber,
  progress: 0.7,
  reason,
  measures: reason === null ? null : `整改：${reason}`,
  measuresDueOn,
});
const report = (
  id: string,
  region: string,
  month: number,
  version: number,
  isLatest: boolean,
  lines = [line(null)],
): Report => ({
  id,
  year: 2022,
  month,
  version,
  isLatest,
  region: { name: region },
  lines,
});

describe('groupReports', () => {
  const reports = [
    report('3', '昌吉市', 10, 1, true),
    report('2', '昌吉市', 9, 2, true),
    report('1', '昌吉市', 9, 1, false),
    report('0', '昌吉市', 8, 1, true),
  ];

  it('keeps one group per month, the latest version first and the earlier ones under it', () => {
    const groups = groupReports(reports);
    expect(
      groups.map((g) => [g.latest.month, g.latest.version, g.earlier.map((r) => r.version)]),
    ).toEqual([
      [10, 1, []],
      [9, 2, [1]],
      [8, 1, []],
    ]);
  });

  it('orders regions of one month as asked (a parent’s children), unknown ones last', () => {
    const month = [
      report('a', '阜康市', 10, 1, true),
      report('b', '奇台县', 10, 1, true),
      report('c', '昌吉市', 10, 1, true),
    ];
    expect(groupReports(month, ['昌吉市', '阜康市']).map((g) => g.latest.region.name)).toEqual([
      '昌吉市',
      '阜康市',
      '奇台县',
    ]);
  });

  it('tells whether the forms cover more than one notice', () => {
    expect(hasSeveralDocuments(reports)).toBe(false);
    expect(
      hasSeveralDocuments([report('x', '昌吉市', 1, 1, true, [line(null, 'A'), line(null, 'B')])]),
    ).toBe(true);
  });
});

describe('reasonRows', () => {
  const lag = (
    r: Report,
    overrides: Partial<RegionReasons_LagFragment> = {},
  ): RegionReasons_LagFragment => ({
    region: r.region,
    documentNumber: 'A',
    progress: 0.5,
    benchmark: 10 / 12,
    reason: r.lines[0]?.reason ?? null,
    measures: r.lines[0]?.measures ?? null,
    measuresDueOn: '2022-11-30',
    overdue: true,
    report: { id: r.id, year: r.year, month: r.month, version: r.version, isLatest: r.isLatest },
    ...overrides,
  });

  it('lists every line with a reason, earlier versions too, newest first', () => {
    const reports = [
      report('3', '昌吉市', 10, 1, true),
      report('2', '昌吉市', 9, 2, true),
      report('1', '昌吉市', 9, 1, false, [line('调整未完成', 'A', '2022-10-31')]),
      report('0', '昌吉市', 8, 1, true, [line('拨付滞后')]),
    ];
    const rows = reasonRows(reports, []);
    expect(
      rows.map((r) => [r.month, r.version, r.isLatest, r.reason, r.measuresDueOn, r.overdue]),
    ).toEqual([
      [9, 1, false, '调整未完成', '2022-10-31', false],
      [8, 1, true, '拨付滞后', null, false],
    ]);
  });

  it('takes the benchmark and overdue mark from the server’s lagging lines, and shows a lagging line without a reason', () => {
    const withReason = report('7', '木垒哈萨克自治县', 10, 1, true, [line('调整未完成')]);
    const without = report('8', '玛纳斯县', 10, 1, true, [line(null)]);
    const rows = reasonRows(
      [withReason, without],
      [lag(withReason), lag(without, { overdue: false })],
    );
    expect(rows.map((r) => [r.region, r.reason, r.benchmark, r.overdue])).toEqual([
      ['木垒哈萨克自治县', '调整未完成', 10 / 12, true],
      ['玛纳斯县', null, 10 / 12, false],
    ]);
  });

  it('keeps a lagging line whose form is not among the listed ones', () => {
    const elsewhere = report('9', '奇台县', 10, 2, true, [line('资金未到位')]);
    const rows = reasonRows([], [lag(elsewhere)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      region: '奇台县',
      month: 10,
      version: 2,
      reason: '资金未到位',
      overdue: true,
    });
  });
});
