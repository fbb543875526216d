/**
 * The shape of a benchmark data set: how many regions at each level, funds, months. Names are
 * generated, distinct across the country (a county is found by its name alone) and chosen so
 * the importer's name rules (suffix → level, autonomous short forms, 合计 rows) read them plainly.
 */
import type { RegionTreeNode } from '../../server/services/region-tree.service.ts';

export interface Scale {
  provinces: number;
  prefectures: number;
  counties: number;
  funds: number;
  /** The first this many funds are also allocated in a second batch (a second notice). */
  secondBatchFunds: number;
  year: number;
}

export const SCALES = {
  // ~2,850 counties under ~330 prefectures under 31 provinces; 40 funds, 7 in two batches.
  full: {
    provinces: 31,
    prefectures: 330,
    counties: 2850,
    funds: 40,
    secondBatchFunds: 7,
    year: 2025,
  },
  small: { provinces: 2, prefectures: 5, counties: 24, funds: 4, secondBatchFunds: 1, year: 2025 },
} satisfies Record<string, Scale>;

export type ScaleName = keyof typeof SCALES;

const PROVINCE_CHARS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.split('');
const PREFECTURE_CHARS = '金木水火土日月星辰风云雷电霜雪松柏桃李梅兰竹菊'.split('');
const COUNTY_A = '安宁永平和丰兴隆昌盛泰康顺德福祥瑞嘉华荣富贵明清'.split('');
const COUNTY_B = '阳阴源泉溪河湖江海川原岭峰岗林坪坝湾滩岩谷洲口桥城'.split('');
const COUNTY_C = '一二三四五六七八九十'.split('');

const pick = (chars: string[], i: number) => chars[i % chars.length] ?? '';

export const provinceName = (i: number) =>
  `${pick(PROVINCE_CHARS, i)}${pick(PROVINCE_CHARS, Math.floor(i / PROVINCE_CHARS.length) + 3)}省`;
export const prefectureName = (i: number) =>
  `${pick(PREFECTURE_CHARS, i)}${pick(PREFECTURE_CHARS, Math.floor(i / PREFECTURE_CHARS.length) + 5)}州`;
export function countyName(i: number): string {
  const a = pick(COUNTY_A, i);
  const b = pick(COUNTY_B, Math.floor(i / COUNTY_A.length));
  const c = pick(COUNTY_C, Math.floor(i / (COUNTY_A.length * COUNTY_B.length)));
  return `${a}${b}${c}县`;
}

/** Splits `n` items over `groups` as evenly as possible: the size of group `g`. */
const share = (n: number, groups: number, g: number) =>
  Math.floor((n * (g + 1)) / groups) - Math.floor((n * g) / groups);

export interface PrefectureSpec {
  index: number;
  name: string;
  counties: { index: number; name: string }[];
}

/** The prefectures with their counties, in order. */
export function prefectures(scale: Scale): PrefectureSpec[] {
  let county = 0;
  return Array.from({ length: scale.prefectures }, (_, p) => ({
    index: p,
    name: prefectureName(p),
    counties: Array.from({ length: share(scale.counties, scale.prefectures, p) }, () => {
      const index = county++;
      return { index, name: countyName(index) };
    }),
  }));
}

/** Each province's name with its prefectures, as the region tree places them. */
export function provincesWithPrefectures(scale: Scale): [string, PrefectureSpec[]][] {
  const all = prefectures(scale);
  let next = 0;
  return Array.from({ length: scale.provinces }, (_, v) => [
    provinceName(v),
    all.slice(next, (next += share(scale.prefectures, scale.provinces, v))),
  ]);
}

/** Country → provinces → prefectures; counties come with the notices. */
export function regionTree(scale: Scale): RegionTreeNode[] {
  const all = prefectures(scale);
  let next = 0;
  return [
    {
      name: '全国',
      level: 'country',
      children: Array.from({ length: scale.provinces }, (_, v) => ({
        name: provinceName(v),
        level: 'province' as const,
        children: all
          .slice(next, (next += share(scale.prefectures, scale.provinces, v)))
          .map((p) => ({ name: p.name, level: 'prefecture' as const })),
      })),
    },
  ];
}

const FUND_AREAS = '社会 教育 医疗 养老 就业 住房 农业 水利 交通 文化'.split(' ');
const FUND_KINDS = '救助 保障 发展 补助'.split(' ');

export const fundName = (f: number) =>
  `${pick(FUND_AREAS, f)}${pick(FUND_KINDS, Math.floor(f / FUND_AREAS.length))}专项资金`;
