/**
 * One upload cannot stall the server: a 10,000-row table (tab-separated, one cell per line, one
 * space between cells) and a 5 MB notice parse in bounded time, every row read. The bounds are
 * generous (the shared test machine is slow and busy); the README gives the measured figures.
 */
import { describe, expect, it } from 'vitest';
import { fenToWanString } from '../../server/domain/money.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import { seedNoticeText } from '../helpers/db.ts';

/** 县甲乙丙区 and so on: 10,000 distinct county names without digits. */
const name = (i: number) =>
  `县${String(i)
    .split('')
    .map((d) => '甲乙丙丁戊己庚辛壬癸'[Number(d)])
    .join('')}区`;
const ROWS = 10_000;
// Row i allocates (i mod 4) + 1 万元: 2,500 rows each of 1, 2, 3 and 4 → 25,000 万元 in all.
const amount = (i: number) => (i % 4) + 1;

function notice(table: string): string {
  return [
    '测试州财政局',
    '',
    '测财社〔2024〕1号',
    '',
    '关于下达2024年测试资金的通知',
    '',
    '根据《关于下达2024年测试资金的通知》（上财社〔2024〕9号），现下达。',
    '',
    '2024年测试资金分配表',
    '单位：万元',
    table,
  ].join('\n');
}

const layouts: [string, string][] = [
  [
    'tab-separated',
    `地区\t金额\n${Array.from({ length: ROWS }, (_, i) => `${name(i)}\t${amount(i)}`).join('\n')}\n合计\t25000`,
  ],
  [
    'one cell per line',
    `地区\n金额\n${Array.from({ length: ROWS }, (_, i) => `${name(i)}\n${amount(i)}`).join('\n')}\n合计\n25000`,
  ],
  [
    'one space between cells',
    `地区 金额\n${Array.from({ length: ROWS }, (_, i) => `${name(i)} ${amount(i)}`).join('\n')}\n合计 25000`,
  ],
];

describe('parse limits', () => {
  it.each(layouts)(
    'a 10,000-row table (%s) in under 5 s, every row read, the sum checked',
    (_, table) => {
      const started = performance.now();
      const parsed = parseNotice(notice(table));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(parsed.allocations).toHaveLength(ROWS + 1);
      expect(fenToWanString(parsed.allocations.at(-1)?.thisBatch ?? (0 as never))).toBe('25000');
      expect(parsed.warnings.map((w) => w.code)).toEqual(['NO_TARGET_SHEETS']);
    },
  );

  it('a 5 MB notice (the seed with 5 MB of prose) in under 5 s, with all its tables', () => {
    const seed = seedNoticeText();
    const at = seed.indexOf('附件1:');
    const paragraph =
      '各县（市）财政、民政部门要密切配合，加强对困难群众救助补助资金的使用管理。\n';
    const text =
      seed.slice(0, at) +
      paragraph.repeat(Math.ceil(5_000_000 / Buffer.byteLength(paragraph))) +
      seed.slice(at);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const parsed = parseNotice(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(parsed.allocations).toHaveLength(8);
    expect(parsed.targetSheets).toHaveLength(8);
  });
});
