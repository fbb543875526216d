/** Target values (指标值) as the sheets write them, and what each one means (DOMAIN.md). */
import { describe, it, expect } from 'vitest';
import { parseTarget, type ParsedTarget } from '../../server/importer/target-value.ts';

type Expected = Omit<ParsedTarget, 'text'>;

const cmp = (op: ParsedTarget['op'], value: number, unit: string | null): Expected => ({
  kind: 'COMPARISON',
  op,
  value,
  unit,
  reference: null,
  recognised: true,
});
const relative = (op: ParsedTarget['op']): Expected => ({
  kind: 'RELATIVE_TO_PREVIOUS_YEAR',
  op,
  value: null,
  unit: null,
  reference: null,
  recognised: true,
});
const qualitative = (recognised: boolean): Expected => ({
  kind: 'QUALITATIVE',
  op: null,
  value: null,
  unit: null,
  reference: null,
  recognised,
});
const deadline = (value: number, unit: string, reference: string | null): Expected => ({
  kind: 'DEADLINE',
  op: 'LTE',
  value,
  unit,
  reference,
  recognised: true,
});

const CASES: [string, Expected][] = [
  // Comparisons, as DOMAIN.md lists them and as the seed spaces them.
  ['≥90%', cmp('GTE', 90, '%')],
  ['≥ 90%', cmp('GTE', 90, '%')],
  ['≥ 90 ％', cmp('GTE', 90, '%')],
  ['≥９０％', cmp('GTE', 90, '%')],
  ['不低于90%', cmp('GTE', 90, '%')],
  ['不低于95%', cmp('GTE', 95, '%')],
  ['不低于 95 %', cmp('GTE', 95, '%')],
  ['＞＝85%', cmp('GTE', 85, '%')],
  ['>=85%', cmp('GTE', 85, '%')],
  ['≧85%', cmp('GTE', 85, '%')],
  ['90%以上', cmp('GTE', 90, '%')],
  ['90%及以上', cmp('GTE', 90, '%')],
  ['达到98%', cmp('GTE', 98, '%')],
  ['≥99.5%', cmp('GTE', 99.5, '%')],
  ['≥1000人', cmp('GTE', 1000, '人')],
  ['＞80%', cmp('GT', 80, '%')],
  ['高于80%', cmp('GT', 80, '%')],
  ['≤5%', cmp('LTE', 5, '%')],
  ['≤ 5 ％', cmp('LTE', 5, '%')],
  ['＜＝5%', cmp('LTE', 5, '%')],
  ['不高于5%', cmp('LTE', 5, '%')],
  ['不超过3%', cmp('LTE', 3, '%')],
  ['5%以内', cmp('LTE', 5, '%')],
  ['10%以下', cmp('LTE', 10, '%')],
  ['＜2%', cmp('LT', 2, '%')],
  ['低于2%', cmp('LT', 2, '%')],
  ['100%', cmp('EQ', 100, '%')],
  ['=100%', cmp('EQ', 100, '%')],
  ['12个', cmp('EQ', 12, '个')],
  // Relative to the previous year.
  ['不低于上年', relative('GTE')],
  ['不低于上年水平', relative('GTE')],
  ['不低于 上年', relative('GTE')],
  ['有所提升', relative('GT')],
  ['有所提高', relative('GT')],
  ['稳步提升', relative('GT')],
  ['高于上年', relative('GT')],
  ['较上年有所提高', relative('GT')],
  ['比上年有所提升', relative('GT')],
  ['与上年持平', relative('EQ')],
  ['不高于上年', relative('LTE')],
  ['不超过上年水平', relative('LTE')],
  ['有所下降', relative('LT')],
  ['较上年有所下降', relative('LT')],
  // Deadlines.
  ['收到补助资金后30日内', deadline(30, '日', '收到补助资金')],
  ['收到补助资金后 30 日内', deadline(30, '日', '收到补助资金')],
  ['收到补助资金后３０日内', deadline(30, '日', '收到补助资金')],
  ['收到上级资金后15个工作日内', deadline(15, '工作日', '收到上级资金')],
  ['资金到位后1个月内', deadline(1, '月', '资金到位')],
  ['30天以内', deadline(30, '日', null)],
  [
    '2024年10月31日前',
    {
      kind: 'DEADLINE',
      op: 'LTE',
      value: null,
      unit: 'date',
      reference: '2024-10-31',
      recognised: true,
    },
  ],
  // Qualitative: met or not as reported.
  ['应保尽保', qualitative(true)],
  ['应救尽救', qualitative(true)],
  ['应养尽养', qualitative(true)],
  ['及时送返', qualitative(true)],
  ['有效保障', qualitative(true)],
  ['逐步完善', qualitative(true)],
  // Numeric-looking but unreadable: kept as qualitative and flagged.
  ['90%-95%', qualitative(false)],
  ['≥九成', qualitative(false)],
  ['≥', qualitative(false)],
  ['>=%', qualitative(false)],
  ['2024年底前完成90%', qualitative(false)],
];

describe('parseTarget', () => {
  it.each(CASES)('%s', (written, expected) => {
    expect(parseTarget(written)).toEqual({ text: written.trim(), ...expected });
  });

  it('keeps the text as written, trimmed', () => {
    expect(parseTarget('  ≥ 90 ％ ').text).toBe('≥ 90 ％');
    expect(parseTarget(' 应保尽保').text).toBe('应保尽保');
  });

  it('reads an empty cell as an (unflagged) qualitative target', () => {
    expect(parseTarget('')).toEqual({ text: '', ...qualitative(true) });
  });
});
