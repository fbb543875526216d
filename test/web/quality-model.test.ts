import { describe, expect, it } from 'vitest';
import {
  countByCode,
  groupByCode,
  severityCounts,
} from '../../web/src/pages/quality/quality-model.ts';

const findings = [
  { code: 'INDICATOR_LEVEL_REPAIRED', severity: 'INFO' as const, region: '昌吉市' },
  { code: 'INDICATOR_ABSENT', severity: 'INFO' as const, region: '昌吉回族自治州' },
  { code: 'INDICATOR_LEVEL_REPAIRED', severity: 'INFO' as const, region: '阜康市' },
  { code: 'ALLOCATION_SUM_MISMATCH', severity: 'WARNING' as const, region: '昌吉回族自治州' },
  { code: 'INDICATOR_LEVEL_REPAIRED', severity: 'INFO' as const, region: '奇台县' },
];

describe('countByCode', () => {
  it('counts each kind, breaches first, then the most frequent', () => {
    expect(countByCode(findings)).toEqual([
      { code: 'ALLOCATION_SUM_MISMATCH', severity: 'WARNING', count: 1 },
      { code: 'INDICATOR_LEVEL_REPAIRED', severity: 'INFO', count: 3 },
      { code: 'INDICATOR_ABSENT', severity: 'INFO', count: 1 },
    ]);
    expect(countByCode([])).toEqual([]);
  });
});

describe('severityCounts', () => {
  it('counts breaches and notes, zero when there are none', () => {
    expect(severityCounts(findings)).toEqual({ WARNING: 1, INFO: 4 });
    expect(severityCounts([])).toEqual({ WARNING: 0, INFO: 0 });
  });
});

describe('groupByCode', () => {
  it('keeps the findings under their code, in the order given', () => {
    expect(groupByCode(findings).map((g) => [g.code, g.findings.map((f) => f.region)])).toEqual([
      ['INDICATOR_LEVEL_REPAIRED', ['昌吉市', '阜康市', '奇台县']],
      ['INDICATOR_ABSENT', ['昌吉回族自治州']],
      ['ALLOCATION_SUM_MISMATCH', ['昌吉回族自治州']],
    ]);
  });
});
