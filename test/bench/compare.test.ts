/**
 * How a PostgreSQL answer that is not SQLite's is reported: the first path where the two
 * differ, so a mismatch line says what to look at.
 */
import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../scripts/bench/run.ts';

describe('firstDifference', () => {
  it('is null for equal answers', () => {
    expect(firstDifference({ a: [1, { b: '2' }] }, { a: [1, { b: '2' }] })).toBeNull();
  });

  it('names the first differing path and both values', () => {
    const sqlite = {
      figures: [
        { region: '甲', spent: '100' },
        { region: '乙', spent: '5' },
      ],
    };
    const postgres = {
      figures: [
        { region: '甲', spent: '100' },
        { region: '乙', spent: '6' },
      ],
    };
    expect(firstDifference(postgres, sqlite)).toBe('.figures[1].spent: "6" ≠ "5"');
  });

  it('tells a missing field and a type change apart from a value', () => {
    expect(firstDifference({ a: 1 }, { a: 1, b: null })).toBe('.b: undefined ≠ null');
    // A count read back as text (int8 unparsed) must not pass for the number.
    expect(firstDifference({ n: '3' }, { n: 3 })).toBe('.n: "3" ≠ 3');
  });
});
