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
    // The year then comes from the number, the batch from nowhere.
    expect([notice.header.year, notice.header.batch]).toEqual([2022, null]);
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
