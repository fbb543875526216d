/**
 * The overview's series builders, on small hand-written inputs: counts of lagging and
 * not-reported regions, exact sums of money, bar order and labels ("not reported" never zero),
 * the trend's gaps and incomplete months, the region options.
 */
import { describe, expect, it } from 'vitest';
import {
  lagSummary,
  progressAxisMax,
  progressBars,
  regionOptions,
  regionRows,
  trendSeries,
  unspentBars,
  WARNING_COLOR,
  type RegionFigures,
} from '../../web/src/pages/overview/overview-series.ts';

const BENCHMARK = 9 / 12;

function region(
  name: string,
  allocated: number,
  spent: number | null,
  warning: RegionFigures['warning'],
): RegionFigures {
  return {
    region: { name },
    allocated,
    spent,
    unspent: spent === null ? null : allocated - spent,
    progress: spent === null ? null : spent / allocated,
    benchmark: BENCHMARK,
    warning,
  };
}

// progress: A 0.9, B 0.5 (RED), C not reported, D 0.7 (YELLOW), E 0.8
const rows = [
  region('A', 1000, 900, 'GREEN'),
  region('B', 400, 200, 'RED'),
  region('C', 0.1, null, 'NOT_REPORTED'),
  region('D', 1000, 700, 'YELLOW'),
  region('E', 500, 400, 'GREEN'),
];

describe('regionRows', () => {
  it('is the children, or the region itself when it has none', () => {
    const parent = { ...region('P', 2900.1, 2200, 'GREEN'), children: rows };
    expect(regionRows(parent)).toBe(rows);
    const county = { ...region('A', 1000, 900, 'GREEN'), children: [] as RegionFigures[] };
    expect(regionRows(county)).toEqual([county]);
  });
});

describe('lagSummary', () => {
  it('counts RED and YELLOW as lagging, and not-reported apart', () => {
    expect(lagSummary(rows)).toEqual({
      lagging: 2,
      red: 1,
      yellow: 1,
      notReported: 1,
      total: 5,
      notReportedAllocated: 0.1,
    });
  });

  it('sums what the regions without a report were allocated, exactly', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004.
    const missing = [
      region('X', 0.1, null, 'NOT_REPORTED'),
      region('Y', 0.2, null, 'NOT_REPORTED'),
      region('Z', 1234.567891, null, 'NOT_REPORTED'),
    ];
    expect(lagSummary(missing).notReportedAllocated).toBe(1234.867891);
    expect(lagSummary(missing).lagging).toBe(0);
  });

  it('is all zero for no regions', () => {
    expect(lagSummary([])).toEqual({
      lagging: 0,
      red: 0,
      yellow: 0,
      notReported: 0,
      total: 0,
      notReportedAllocated: 0,
    });
  });
});

describe('progressBars', () => {
  it('orders by progress, furthest first, with the not-reported region last', () => {
    expect(progressBars(rows, 'zh', '未报送').map((b) => b.name)).toEqual([
      'A',
      'E',
      'D',
      'B',
      'C',
    ]);
  });

  it('labels a region without a report "not reported", with no value and a full-length hatch', () => {
    const bars = progressBars(rows, 'zh', '未报送');
    expect(bars[4]).toEqual({
      name: 'C',
      value: null,
      missing: 1,
      warning: 'NOT_REPORTED',
      color: WARNING_COLOR.NOT_REPORTED,
      label: '未报送',
    });
    expect(bars.map((b) => b.label)).toEqual(['90.0%', '80.0%', '70.0%', '50.0%', '未报送']);
    expect(bars.slice(0, 4).every((b) => b.missing === null)).toBe(true);
  });

  it('colours each bar by its warning level', () => {
    const colours = Object.fromEntries(
      progressBars(rows, 'en', 'n/a').map((b) => [b.name, b.color]),
    );
    expect(colours).toEqual({
      A: WARNING_COLOR.GREEN,
      B: WARNING_COLOR.RED,
      C: WARNING_COLOR.NOT_REPORTED,
      D: WARNING_COLOR.YELLOW,
      E: WARNING_COLOR.GREEN,
    });
  });

  it('keeps a zero as a zero bar, distinct from not reported', () => {
    const bars = progressBars([region('Z', 100, 0, 'RED')], 'zh', '未报送');
    expect(bars[0]).toMatchObject({ value: 0, missing: null, label: '0.0%' });
  });

  it('keeps equal progress in the given order', () => {
    const tie = [region('X', 100, 50, 'RED'), region('Y', 200, 100, 'RED')];
    expect(progressBars(tie, 'zh', '').map((b) => b.name)).toEqual(['X', 'Y']);
  });
});

describe('progressAxisMax', () => {
  it('is 100 %, or further when a region spent more than its allocation', () => {
    expect(progressAxisMax(rows)).toBe(1);
    expect(progressAxisMax([region('O', 100, 120, 'GREEN')])).toBe(1.2);
    expect(
      progressBars([region('O', 100, 120, 'GREEN'), rows[2]!], 'zh', '未报送')[1]?.missing,
    ).toBe(1.2);
  });
});

describe('unspentBars', () => {
  it('orders by unspent, largest first, not reported last with a hatch as long as the longest', () => {
    // unspent: A 100, B 200, D 300, E 100
    const bars = unspentBars(rows, 'zh', '未报送');
    expect(bars.map((b) => [b.name, b.value, b.missing, b.label])).toEqual([
      ['D', 300, null, '300.00'],
      ['B', 200, null, '200.00'],
      ['A', 100, null, '100.00'],
      ['E', 100, null, '100.00'],
      ['C', null, 300, '未报送'],
    ]);
  });

  it('formats amounts with digit grouping, and hatches to the largest allocation when nothing is known', () => {
    const big = region('G', 20000, 7654.3, 'GREEN');
    expect(unspentBars([big], 'zh', '')[0]?.label).toBe('12,345.70');
    const none = [region('X', 50, null, 'NOT_REPORTED'), region('Y', 80, null, 'NOT_REPORTED')];
    expect(unspentBars(none, 'en', 'Not reported').map((b) => [b.missing, b.label])).toEqual([
      [80, 'Not reported'],
      [80, 'Not reported'],
    ]);
  });
});

describe('trendSeries', () => {
  it('orders by month, keeps a month nobody reported as a gap and marks incomplete months', () => {
    const series = trendSeries([
      { month: 3, progress: 0.2, benchmark: 0.25, reportedCount: 6, expectedCount: 7 },
      { month: 1, progress: 0.08, benchmark: 1 / 12, reportedCount: 7, expectedCount: 7 },
      { month: 2, progress: null, benchmark: 2 / 12, reportedCount: 0, expectedCount: 7 },
    ]);
    expect(series).toEqual([
      {
        month: 1,
        progress: 0.08,
        benchmark: 1 / 12,
        complete: true,
        reportedCount: 7,
        expectedCount: 7,
      },
      {
        month: 2,
        progress: null,
        benchmark: 2 / 12,
        complete: false,
        reportedCount: 0,
        expectedCount: 7,
      },
      {
        month: 3,
        progress: 0.2,
        benchmark: 0.25,
        complete: false,
        reportedCount: 6,
        expectedCount: 7,
      },
    ]);
  });
});

describe('regionOptions', () => {
  it('flattens the tree in order with depths; the first top region is the default', () => {
    const tree = [
      {
        name: '州',
        children: [
          { name: '甲县', children: [{ name: '甲镇' }] },
          { name: '乙县', children: null },
        ],
      },
    ];
    expect(regionOptions(tree)).toEqual([
      { value: '', name: '州', depth: 0 },
      { value: '甲县', name: '甲县', depth: 1 },
      { value: '甲镇', name: '甲镇', depth: 2 },
      { value: '乙县', name: '乙县', depth: 1 },
    ]);
    expect(regionOptions([])).toEqual([]);
  });
});
