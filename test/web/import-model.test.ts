/** The review page sends only what the reviewer changed, in the API's terms. */
import { describe, expect, it } from 'vitest';
import {
  NO_CORRECTIONS,
  correctionCount,
  correctionsInput,
} from '../../web/src/pages/import/import-model.ts';

describe('correctionsInput', () => {
  it('sends nothing when nothing was corrected', () => {
    expect(correctionsInput(NO_CORRECTIONS)).toEqual({});
    expect(correctionCount(NO_CORRECTIONS)).toBe(0);
  });

  it('sends each correction the reviewer made, a "new" region as a null id', () => {
    const corrections = {
      number: ' 昌州财社〔2022〕12号 ',
      year: '2023',
      batch: 'none',
      unit: '元' as const,
      columnRoles: { 2: 'thisBatch' },
      regionMatches: { 呼图壁县: '7', 奇台县: 'new' },
    };
    expect(correctionsInput(corrections)).toEqual({
      number: '昌州财社〔2022〕12号',
      year: 2023,
      batch: null,
      unit: '元',
      columnRoles: [{ column: 2, role: 'thisBatch' }],
      regionMatches: [
        { writtenName: '呼图壁县', regionId: '7' },
        { writtenName: '奇台县', regionId: null },
      ],
    });
    expect(correctionCount(corrections)).toBe(7);
  });

  it('sends 提前下达 as batch 0 and leaves an unfinished year out', () => {
    expect(correctionsInput({ ...NO_CORRECTIONS, batch: '0', year: '202' })).toEqual({ batch: 0 });
  });
});
