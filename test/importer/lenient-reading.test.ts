/**
 * What the interpreter no longer refuses, because published notices lack it: a title, and the
 * indicator table of a target sheet. Each is read with what is there and said in a warning.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import { seedNoticeText } from '../helpers/db.ts';

describe('lenient reading', () => {
  it('the seed without its 关于…的通知 title: read with title null, everything else as before', () => {
    const text = seedNoticeText().replace(
      '## 关于拨付 2022 年中央财政困难群众救助补助资金（第二批）的通知',
      '',
    );
    const notice = parseNotice(text);
    expect(notice.header.title).toBeNull();
    expect(notice.header.number).toBe('昌州财社〔2022〕11号');
    // The year then comes from the number, the batch from the table's title (（第二批）分配表).
    expect([notice.header.year, notice.header.batch]).toEqual([2022, 2]);
    expect(notice.allocations).toHaveLength(8);
  });

  it('a target sheet without its indicator header: its funds are read, the indicators are not, and a warning says so', () => {
    const text = seedNoticeText().replace(
      '绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t低保对象人数\t\t应保尽保',
      '绩效指标\t一级指标\t二级指标\t指标名称\t指标值\n产出指标\t数量指标\t低保对象人数\t\t应保尽保',
    );
    const notice = parseNotice(text);
    const 昌吉州 = notice.targetSheets.find((s) => s.writtenRegion === '昌吉州');
    expect(昌吉州?.indicators).toEqual([]);
    expect(昌吉州?.fundTotal).toBe(11_438_000_000);
    expect(notice.warnings.find((w) => w.code === 'SHEET_WITHOUT_INDICATORS')?.message).toMatch(
      /昌吉州 绩效目标表（第\d+行）没有指标表/,
    );
  });
});

describe('an allocation table on its own (an attachment saved as text)', () => {
  // Made for this test: 附件1 of a notice, nothing else; 玛纳斯县 1,271 + 奇台县 2,295 = 3,566.
  const text = [
    '2022年困难群众救助补助资金（第二批）分配表',
    '单位：万元',
    '单位名称\t此次下达资金',
    '玛纳斯县\t1271',
    '奇台县\t2295',
    '合计\t3566',
  ].join('\n');
  it('takes year and batch from the table title; asks for the number and the issuing region', () => {
    expect(() => parseNotice(text)).toThrow(/cannot tell which region issued the notice/);
    const notice = parseNotice(text, { issuingRegion: '昌吉回族自治州' });
    expect([notice.header.number, notice.header.year, notice.header.batch]).toEqual([
      null,
      2022,
      2,
    ]);
    expect(notice.warnings.map((w) => w.code)).toContain('NUMBER_MISSING');
    expect(notice.allocations.map((a) => [a.regionKey, a.thisBatch, a.isSubtotal])).toEqual([
      ['玛纳斯县', 1_271_000_000, false],
      ['奇台县', 2_295_000_000, false],
      ['昌吉回族自治州', 3_566_000_000, true],
    ]);
  });
});

describe('the seed’s 附件1 on its own', () => {
  // The seed's allocation table, nothing else: 昌吉州 11438 = the seven counties' sum.
  const seed = seedNoticeText();
  const start = seed.indexOf('## 2022年困难群众救助补助资金（第二批）分配表');
  const table = seed.slice(start, seed.indexOf('附件3', start));
  it('makes the row that sums all others the issuing region (no finance bureau in the text)', () => {
    const notice = parseNotice(table);
    expect(notice.header.issuerRegion).toBeNull();
    expect(notice.regions[0]?.key).toBe('昌吉州');
    expect(notice.allocations.filter((a) => a.isSubtotal).map((a) => a.writtenName)).toEqual([
      '昌吉州',
    ]);
    expect(notice.warnings.map((w) => w.code)).not.toContain('ALLOCATION_SUM_MISMATCH');
    expect(notice.warnings.find((w) => w.code === 'ISSUER_FROM_TABLE')?.message).toMatch(/请核对/);
  });
});
