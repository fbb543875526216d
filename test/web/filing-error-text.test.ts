import { describe, expect, it } from 'vitest';
import { fen } from '../../server/domain/money.ts';
import { errorText } from '../../web/src/pages/filing/error-text.ts';
import { errorMessages } from '../../web/src/pages/filing/error-messages.ts';

const zh = errorMessages.zh;
const en = errorMessages.en;

describe('errorText', () => {
  it('says by how much a direction split misses, either way', () => {
    const short = {
      code: 'SPLIT_MISMATCH',
      sum: fen(1_289_500_000),
      spent: fen(1_300_000_000),
      difference: fen(-10_500_000),
    } as const;
    expect(errorText(short, zh, 'zh')).toBe(
      '各方向合计 1,289.50 万元，比实际支出 1,300.00 万元少 10.50 万元',
    );
    const over = { ...short, sum: fen(1_300_010_000), difference: fen(10_000) };
    expect(errorText(over, zh, 'zh')).toBe(
      '各方向合计 1,300.01 万元，比实际支出 1,300.00 万元多 0.01 万元',
    );
    expect(errorText(short, en, 'en')).toBe(
      'Directions add up to 1,289.50 万元, 10.50 万元 less than the spending of 1,300.00 万元',
    );
  });

  it('gives the progress and the benchmark when a reason is required', () => {
    const error = { code: 'REASON_REQUIRED', progress: 600 / 1485, benchmark: 10 / 12 } as const;
    expect(errorText(error, zh, 'zh')).toBe(
      '支出进度 40.4% 低于序时进度 83.3%，须填写未按计划支出的原因',
    );
  });

  it('states the amount that was exceeded, with Chinese digit grouping', () => {
    expect(errorText({ code: 'ABOVE_AMOUNT', amount: fen(11_438_000_000) }, zh, 'zh')).toBe(
      '超过资金金额 11,438.00 万元',
    );
  });

  it('passes the server’s message through', () => {
    expect(errorText({ code: 'SERVER', message: '没有这个地区' }, en, 'en')).toBe('没有这个地区');
  });
});
