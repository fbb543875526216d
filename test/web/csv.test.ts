import { describe, expect, it } from 'vitest';
import { percentText, toCsv } from '../../web/src/lib/csv.ts';
import { overviewTables } from '../../web/src/pages/overview/overview-exports-model.ts';

describe('CSV for Excel', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs it', () => {
    const csv = toCsv(
      ['地区', '说明'],
      [
        ['昌吉市', 'a,"b"\nc'],
        ['阜康市', null],
      ],
    );
    expect(csv).toBe('\uFEFF地区,说明\r\n昌吉市,"a,""b""\nc"\r\n阜康市,\r\n');
  });

  it('keeps numbers exact and defuses text Excel would run as a formula', () => {
    expect(toCsv(['a', 'b', 'c'], [[1237.86, -20, '=HYPERLINK("x")']])).toBe(
      '\uFEFFa,b,c\r\n1237.86,-20,"\'=HYPERLINK(""x"")"\r\n',
    );
  });

  it('writes fractions as percentages Excel reads as numbers', () => {
    expect([percentText(0.8336), percentText(10 / 12), percentText(null)]).toEqual([
      '83.36%',
      '83.33%',
      '',
    ]);
  });
});

describe('the overview’s cards as tables', () => {
  const region = (name: string, allocated: number, spent: number | null) => ({
    region: { name },
    allocated,
    spent,
    unspent: spent === null ? null : allocated - spent,
    progress: spent === null ? null : spent / allocated,
    benchmark: 10 / 12,
    warning: spent === null ? ('NOT_REPORTED' as const) : ('GREEN' as const),
  });
  const tables = overviewTables({
    ...region('昌吉回族自治州', 3780, 1500),
    year: 2022,
    reportedCount: 1,
    expectedCount: 2,
    children: [region('昌吉市', 1485, 1237.86), region('奇台县', 2295, null)],
    trend: [
      {
        month: 1,
        spent: 100,
        progress: 0.1,
        benchmark: 1 / 12,
        reportedCount: 1,
        expectedCount: 2,
      },
    ],
  });

  it('has one table per card, with a 合计 row and 未报送 left blank', () => {
    expect(tables.map((t) => t.key)).toEqual(['summary', 'regions', 'unspent', 'trend']);
    const regions = tables[1]?.rows;
    expect(regions?.[1]).toEqual(['奇台县', 2295, null, null, '', '83.33%', '未报送']);
    expect(regions?.[2]?.[0]).toBe('合计（昌吉回族自治州）');
    expect(tables[3]?.rows[0]).toEqual(['2022年1月', 100, '10.00%', '8.33%', 1, 2]);
  });
});
