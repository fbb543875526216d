/** Target values as other bureaus write them, read by hand (the sheet's year is 2023). */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../server/importer/target-value.ts';

const read = (text: string) => {
  const t = parseTarget(text, 2023);
  return [t.kind, t.op, t.value, t.unit, t.reference, t.recognised];
};

describe('target values', () => {
  it('figures with thousands separators, full-width or not', () => {
    expect(read('≥12,500人')).toEqual(['COMPARISON', 'GTE', 12500, '人', null, true]);
    expect(read('≥１２,３４５人')).toEqual(['COMPARISON', 'GTE', 12345, '人', null, true]);
    expect(read('≥1,234.5元')).toEqual(['COMPARISON', 'GTE', 1234.5, '元', null, true]);
  });

  it('a per cent followed by words or （含）: the unit is %', () => {
    expect(read('100%足额发放')).toEqual(['COMPARISON', 'EQ', 100, '%', null, true]);
    expect(read('≥90%（含）')).toEqual(['COMPARISON', 'GTE', 90, '%', null, true]);
  });

  it('a date without its year, and the year end, in the sheet year', () => {
    expect(read('12月31日前')).toEqual(['DEADLINE', 'LTE', null, 'date', '2023-12-31', true]);
    expect(read('年底前')).toEqual(['DEADLINE', 'LTE', null, 'date', '2023-12-31', true]);
    expect(read('2024年年底前完成')).toEqual(['DEADLINE', 'LTE', null, 'date', '2024-12-31', true]);
    // Without a year to place it in, a date stays unread, and says so.
    expect(parseTarget('12月31日前').recognised).toBe(false);
  });
});
