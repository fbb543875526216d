/**
 * Spending directions (支出方向) of the 困难群众救助补助资金, as the notices name them.
 * The code is what the API and the database carry; the Chinese name is what forms show.
 */
export const DIRECTIONS = [
  { code: 'SUBSISTENCE_ALLOWANCE', zh: '低保', en: 'Subsistence allowance' },
  { code: 'EXTREME_POVERTY_SUPPORT', zh: '特困人员救助供养', en: 'Extreme-poverty support' },
  { code: 'TEMPORARY_ASSISTANCE', zh: '临时救助', en: 'Temporary assistance' },
  { code: 'VAGRANT_ASSISTANCE', zh: '流浪乞讨人员救助', en: 'Assistance to vagrants and beggars' },
  { code: 'ORPHAN_SUPPORT', zh: '孤儿基本生活保障', en: 'Basic living support for orphans' },
] as const;

export type DirectionCode = (typeof DIRECTIONS)[number]['code'];
export const DIRECTION_CODES = DIRECTIONS.map((d) => d.code) as [DirectionCode, ...DirectionCode[]];

/** The direction a notice's wording names, e.g. `孤儿基本生活保障支出` → ORPHAN_SUPPORT. */
export function directionOf(text: string): DirectionCode | null {
  // `城乡低保`, `农村特困人员救助供养`, `城乡居民最低生活保障`: the same directions, qualified.
  const t = text
    .replace(/\s/g, '')
    .replace(/支出$/, '')
    .replace(/^(城乡|城市|农村)(居民)?/, '')
    .replace(/^最低生活保障/, '低保');
  return DIRECTIONS.find((d) => t === d.zh || t.startsWith(d.zh))?.code ?? null;
}
