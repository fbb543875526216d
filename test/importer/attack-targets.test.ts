/**
 * Target values and header particulars as other bureaus write them, read by hand (the sheet's
 * year is 2023).
 */
import { describe, expect, it } from 'vitest';
import { canonicalDocumentNumber } from '../../server/importer/document-header.ts';
import { interpretNotice } from '../../server/importer/interpret-notice.ts';
import { readDocument } from '../../server/importer/readers/read-document.ts';
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

describe('header variants', () => {
  const head = (number: string, date: string): string =>
    [
      '甲州财政局',
      number,
      '关于下达2024年第二批困难群众救助补助资金的通知',
      date,
      '附件',
      '2024年困难群众救助补助资金分配表',
      '单位：万元',
      '地区\t金额',
      '甲县\t3',
      '乙县\t2',
      '合计\t5',
    ].join('\n');
  const headerOf = async (number: string, date: string) =>
    interpretNotice(await readDocument(Buffer.from(head(number, date)))).header;

  it('a serial written 第7号', async () => {
    expect((await headerOf('甲州财社〔2024〕第7号', '2024年5月6日')).number).toBe(
      '甲州财社〔2024〕7号',
    );
    expect(canonicalDocumentNumber('甲州财社〔2024〕第 7 号')).toBe('甲州财社〔2024〕7号');
  });

  for (const date of ['2024.5.6', '2024-05-06', '2024/5/6']) {
    it(`a signature date written ${date}`, async () => {
      expect((await headerOf('甲州财社〔2024〕7号', date)).issuedOn).toBe('2024-05-06');
    });
  }
});
