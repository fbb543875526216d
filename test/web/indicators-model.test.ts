import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  cellResult,
  chartSeries,
  chooseDocument,
  resultText,
  statusCounts,
  type ComparisonRow,
  type MatrixCell,
} from '../../web/src/pages/indicators/indicators-model.ts';

const pct = (value: number, text = `≥${value}%`): MatrixCell['target'] => ({
  text,
  kind: 'COMPARISON',
  op: 'GTE',
  value,
  unit: '%',
});
const qualitative: MatrixCell['target'] = {
  text: '应保尽保',
  kind: 'QUALITATIVE',
  op: null,
  value: null,
  unit: null,
};

const cell = (
  region: string,
  target: MatrixCell['target'],
  result: MatrixCell['result'],
  status: MatrixCell['status'],
): MatrixCell => ({ region: { name: region }, target, result, previousResult: null, status });

const rows: ComparisonRow[] = [
  {
    name: '低保对象人数',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    regions: [
      cell('州', qualitative, null, 'PENDING'),
      cell('甲县', qualitative, { value: null, text: '已完成', outcome: 'MET' }, 'MET'),
      cell('乙县', qualitative, { value: null, text: '部分完成', outcome: 'PARTIAL' }, 'PARTIAL'),
    ],
  },
  {
    name: '纳入保障范围率',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    regions: [
      cell('州', pct(90), null, 'PENDING'),
      cell('甲县', pct(90), { value: 94, text: '94%', outcome: null }, 'MET'),
      cell('乙县', pct(90, '≥ 90%'), { value: 88, text: null, outcome: null }, 'NOT_MET'),
    ],
  },
  {
    name: '提供临时救助服务率',
    level1: 'EFFECT',
    level2: null,
    regions: [
      cell('甲县', pct(95), { value: 96, text: '96%', outcome: null }, 'MET'),
      cell('丙县', pct(90), { value: 91, text: '91%', outcome: null }, 'MET'),
    ],
  },
];

describe('buildMatrix', () => {
  const matrix = buildMatrix(rows);

  it('takes the regions in the order they first appear and aligns every row to them', () => {
    expect(matrix.regions).toEqual(['州', '甲县', '乙县', '丙县']);
    expect(matrix.rows.map((r) => r.cells.map((c) => c?.status ?? null))).toEqual([
      ['PENDING', 'MET', 'PARTIAL', null],
      ['PENDING', 'MET', 'NOT_MET', null],
      [null, 'MET', null, 'MET'],
    ]);
  });

  it('marks chartable rows and where a new level-1 group starts', () => {
    expect(matrix.rows.map((r) => [r.key, r.numeric, r.groupStart])).toEqual([
      ['OUTPUT|低保对象人数', false, false],
      ['OUTPUT|纳入保障范围率', true, false],
      ['EFFECT|提供临时救助服务率', true, true],
    ]);
  });

  it('counts the statuses of the cells the sheets set', () => {
    expect(statusCounts(matrix)).toEqual({ MET: 4, PARTIAL: 1, NOT_MET: 1, PENDING: 2, total: 8 });
  });
});

describe('chartSeries', () => {
  const matrix = buildMatrix(rows);

  it('draws the regions with a result, one dashed target when all share it, 0–100 for percentages', () => {
    const series = chartSeries(matrix.rows[1]!);
    expect(series.points).toEqual([
      { region: '甲县', result: 94, target: 90, status: 'MET' },
      { region: '乙县', result: 88, target: 90, status: 'NOT_MET' },
    ]);
    expect(series.missing).toEqual(['州']);
    expect(series.uniformTarget).toBe(90);
    expect(series.unit).toBe('%');
    expect(series.yMax).toBe(100);
  });

  it('has no single target line when the regions’ targets differ', () => {
    const series = chartSeries(matrix.rows[2]!);
    expect(series.points.map((p) => [p.region, p.result, p.target])).toEqual([
      ['甲县', 96, 95],
      ['丙县', 91, 90],
    ]);
    expect(series.uniformTarget).toBeNull();
  });

  it('raises the axis above 100 when a value does', () => {
    const row = buildMatrix([
      {
        name: '增长率',
        level1: 'EFFECT',
        level2: 'SOCIAL',
        regions: [cell('甲县', pct(100), { value: 120, text: null, outcome: null }, 'MET')],
      },
    ]).rows[0]!;
    expect(chartSeries(row).yMax).toBe(120);
  });
});

describe('resultText / cellResult / chooseDocument', () => {
  it('reads a result as reported, else the figure with the target’s unit', () => {
    expect(resultText({ value: 94, text: '94%' }, { unit: '%' })).toBe('94%');
    expect(resultText({ value: 88, text: null }, { unit: '%' })).toBe('88%');
    expect(resultText({ value: 610, text: ' ' }, { unit: null })).toBe('610');
    expect(resultText({ value: null, text: null }, { unit: '%' })).toBeNull();
    expect(resultText(null, { unit: '%' })).toBeNull();
  });

  it('leaves a qualitative outcome to the status word', () => {
    expect(cellResult(rows[0]!.regions[1]!)).toBeNull();
    expect(cellResult(rows[1]!.regions[1]!)).toBe('94%');
    expect(cellResult(rows[1]!.regions[0]!)).toBeNull();
  });

  it('picks the notice the URL names, else the first', () => {
    const docs = [{ number: 'B' }, { number: 'A' }];
    expect(chooseDocument(docs, null)).toEqual({ number: 'B' });
    expect(chooseDocument(docs, 'A')).toEqual({ number: 'A' });
    expect(chooseDocument(docs, 'C')).toBeNull();
    expect(chooseDocument([], null)).toBeNull();
  });
});
