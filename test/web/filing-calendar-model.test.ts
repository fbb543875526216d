import { describe, expect, it } from 'vitest';
import {
  filingState,
  monthSummary,
  yearGrid,
  type FilingStatusData,
} from '../../web/src/pages/filing/filing-calendar-model.ts';

const status = (
  month: number,
  regions: [name: string, filed: boolean, late: boolean, version?: number][],
): FilingStatusData => ({
  year: 2022,
  month,
  deadline: `2022-${String(month).padStart(2, '0')}-28`,
  filedCount: regions.filter(([, filed]) => filed).length,
  expectedCount: regions.length,
  regions: regions.map(([name, filed, late, version]) => ({
    region: { name },
    filed,
    late,
    version: version ?? null,
  })),
});

describe('filingState', () => {
  it('names the server’s answer', () => {
    expect(filingState({ filed: true, late: false })).toBe('ON_TIME');
    expect(filingState({ filed: true, late: true })).toBe('FILED_LATE');
    expect(filingState({ filed: false, late: true })).toBe('OVERDUE');
    expect(filingState({ filed: false, late: false })).toBe('OPEN');
  });
});

describe('monthSummary', () => {
  it('counts filed, filed late and overdue', () => {
    const s = status(10, [
      ['昌吉市', true, false, 2],
      ['阜康市', true, true, 1],
      ['奇台县', false, true],
      ['木垒哈萨克自治县', false, false],
    ]);
    expect(monthSummary(s)).toEqual({ filed: 2, expected: 4, late: 1, overdue: 1 });
  });
});

describe('yearGrid', () => {
  it('lays the months out × counties, whatever order the months come in', () => {
    const grid = yearGrid([
      status(2, [
        ['昌吉市', true, true, 3],
        ['奇台县', false, true],
      ]),
      status(1, [
        ['昌吉市', true, false, 1],
        ['奇台县', true, false, 1],
      ]),
    ]);
    expect(grid.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(grid.rows).toEqual([
      {
        region: '昌吉市',
        cells: [
          { month: 1, state: 'ON_TIME', version: 1 },
          { month: 2, state: 'FILED_LATE', version: 3 },
        ],
      },
      {
        region: '奇台县',
        cells: [
          { month: 1, state: 'ON_TIME', version: 1 },
          { month: 2, state: 'OVERDUE', version: null },
        ],
      },
    ]);
    expect(grid.filed.slice(0, 3)).toEqual([
      { month: 1, filed: 2, expected: 2 },
      { month: 2, filed: 1, expected: 2 },
      { month: 3, filed: 0, expected: 0 },
    ]);
  });

  it('adds a county that is expected only in some months, without inventing cells', () => {
    const grid = yearGrid([
      status(1, [['昌吉市', true, false, 1]]),
      status(5, [['阜康市', false, false]]),
    ]);
    expect(grid.rows.map((r) => r.region)).toEqual(['昌吉市', '阜康市']);
    expect(grid.rows[1]?.cells).toEqual([{ month: 5, state: 'OPEN', version: null }]);
  });
});
