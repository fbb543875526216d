/**
 * More ways the same notices arrive: the seed (and a fixture) with one more kind of garbling
 * each, and the name and direction rules those rely on. Expected values are the seed's own,
 * read by hand (see seed-notice.test.ts).
 */
import { describe, it, expect } from 'vitest';
import { directionOf } from '../../server/domain/directions.ts';
import { isAbbreviationOf, sameRegionName } from '../../server/domain/region-names.ts';
import { findNoticeRegion } from '../../server/importer/notice-regions.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import type { NoticeRegion } from '../../server/importer/types.ts';
import { fixtureText, seedNoticeText } from '../helpers/db.ts';

function seedWith(from: string, to: string): string {
  const seed = seedNoticeText();
  expect(seed.split(from).length - 1, `"${from}" occurs once`).toBe(1);
  return seed.replace(from, to);
}

/** col 2 of 附件1 as printed, in 万元. */
const SEED_TOTALS = [11438, 1485, 831, 1825, 1271, 2295, 1701, 2030].map((n) => n * 1_000_000);

describe('the seed, garbled once more', () => {
  it('a header repeated inside the allocation table after a page break is skipped', () => {
    const text = seedWith(
      '呼图壁县\t1825',
      '单位名称\t中央全年实际下 达资金合计\t其中：\t\n\t\t年初提前 下达资金\t此次下达资 金\n1\t2\t3\t4\n呼图壁县\t1825',
    );
    const notice = parseNotice(text);
    expect(notice.allocations.map((a) => a.annualTotal)).toEqual(SEED_TOTALS);
    expect(notice.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });

  it('the upstream number with full-width digits', () => {
    const notice = parseNotice(seedWith('（新财社〔2022〕71号）', '（新财社〔２０２２〕７１号）'));
    expect(notice.header.upstreamNumber).toBe('新财社〔2022〕71号');
    expect(notice.header.policyReferences[0]?.number).toBe('新财社〔2022〕71号');
  });

  it('the upstream number in running prose, after 依据', () => {
    const notice = parseNotice(
      seedWith(
        '根据《关于拨付 2022 年中央财政困难群众救助补助资金（第二批）的通知》（新财社〔2022〕71号）精神',
        '根据自治区有关要求，依据新财社〔2022〕71号文件精神',
      ),
    );
    expect(notice.header.upstreamNumber).toBe('新财社〔2022〕71号');
  });

  it('a byte-order mark and CRLF line endings change nothing', () => {
    const plain = parseNotice(seedNoticeText());
    const crlf = parseNotice(`\uFEFF${seedNoticeText().replace(/\n/g, '\r\n')}`);
    expect(crlf.header).toEqual(plain.header);
    expect(crlf.allocations.map((a) => a.annualTotal)).toEqual(SEED_TOTALS);
    expect(crlf.targetSheets.map((s) => s.indicators.length)).toEqual([
      16, 17, 17, 17, 17, 17, 17, 16,
    ]);
    expect(crlf.warnings.map((w) => w.code)).toEqual(plain.warnings.map((w) => w.code));
  });

  it('half-width colons and brackets in the sheet title and fund rows', () => {
    const notice = parseNotice(
      seedWith('(2022年奇台县)', '（ 2022 年 奇台县 ）').replace(
        '资金情况（万元）\t下达资金总额：\t\t2295\t',
        '资金情况(万元)\t下达资金总额:\t\t2 295\t',
      ),
    );
    const sheet = notice.targetSheets.find((s) => s.regionKey === '奇台县');
    expect(sheet?.writtenRegion).toBe('奇台县');
    expect(sheet?.fundTotal).toBe(2_295_000_000);
    expect(notice.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });
});

describe('the 巴州 notice with its subtotal row written 巴州', () => {
  it('reads the abbreviated row as the prefecture’s', () => {
    const text = fixtureText('bayingol-2024-batch3-notice.txt');
    expect(text.split('| 合计 | 8,286.39').length - 1).toBe(1);
    const notice = parseNotice(text.replace('| 合计 | 8,286.39', '| 巴州 | 8,286.39'));
    expect(notice.allocations[0]).toMatchObject({
      writtenName: '巴州',
      regionKey: '巴音郭楞蒙古自治州',
      isSubtotal: true,
    });
    expect(notice.regions).toHaveLength(6);
    expect(notice.regions[0]?.aliases).toContain('巴州');
  });
});

describe('region names', () => {
  it('recognises place-initial abbreviations of autonomous prefectures', () => {
    expect(isAbbreviationOf('巴州', '巴音郭楞蒙古自治州')).toBe(true);
    expect(isAbbreviationOf('克州', '克孜勒苏柯尔克孜自治州')).toBe(true);
    expect(isAbbreviationOf('博州', '博尔塔拉蒙古自治州')).toBe(true);
    expect(isAbbreviationOf('昌州', '昌吉回族自治州')).toBe(true);
  });

  it('does not take another kind of region, or the name itself, for an abbreviation', () => {
    expect(isAbbreviationOf('恩施市', '恩施土家族苗族自治州')).toBe(false);
    expect(isAbbreviationOf('昌吉市', '昌吉回族自治州')).toBe(false);
    expect(isAbbreviationOf('昌吉州', '昌吉回族自治州')).toBe(false);
    expect(isAbbreviationOf('伊宁县', '伊宁市')).toBe(false);
    expect(sameRegionName('伊宁县', '伊宁市')).toBe(false);
    expect(sameRegionName('察布查尔县', '察布查尔锡伯自治县')).toBe(true);
    expect(sameRegionName('焉耆县', '焉耆回族自治县')).toBe(true);
  });

  it('accepts an abbreviation in a sheet title only when one region fits it', () => {
    const county = (name: string): NoticeRegion => ({
      key: name,
      name,
      aliases: [],
      level: 'county',
      parentKey: '巴音郭楞蒙古自治州',
    });
    const regions: NoticeRegion[] = [
      {
        key: '巴音郭楞蒙古自治州',
        name: '巴音郭楞蒙古自治州',
        aliases: ['巴音郭楞州'],
        level: 'prefecture',
        parentKey: null,
      },
      county('和静县'),
      county('和硕县'),
      county('焉耆回族自治县'),
    ];
    expect(findNoticeRegion(regions, '巴州')?.key).toBe('巴音郭楞蒙古自治州');
    expect(findNoticeRegion(regions, '和静县')?.key).toBe('和静县');
    expect(findNoticeRegion(regions, '焉耆县')?.key).toBe('焉耆回族自治县');
    // 和县 could be 和静县 or 和硕县.
    expect(findNoticeRegion(regions, '和县')).toBeNull();
    expect(findNoticeRegion(regions, '库尔勒市')).toBeNull();
  });
});

describe('spending directions as notices word them', () => {
  it.each([
    ['低保', 'SUBSISTENCE_ALLOWANCE'],
    ['城乡低保', 'SUBSISTENCE_ALLOWANCE'],
    ['城乡居民最低生活保障', 'SUBSISTENCE_ALLOWANCE'],
    ['特困人员救助供养', 'EXTREME_POVERTY_SUPPORT'],
    ['农村特困人员救助供养', 'EXTREME_POVERTY_SUPPORT'],
    ['临时救助支出', 'TEMPORARY_ASSISTANCE'],
    ['流浪乞讨人员救助', 'VAGRANT_ASSISTANCE'],
    ['孤儿基本生活保障支出', 'ORPHAN_SUPPORT'],
    ['孤儿基本生活保障等方面支出', 'ORPHAN_SUPPORT'],
    ['社会保障和就业', null],
    ['其中已扣回上年结余资金', null],
  ])('%s → %s', (text, code) => {
    expect(directionOf(text)).toBe(code);
  });
});
