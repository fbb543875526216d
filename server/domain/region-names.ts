/**
 * Region names as notices write them. Autonomous prefectures and counties are named in full in
 * some places (`木垒哈萨克自治县`) and by place and kind in others (`木垒县`); the short form
 * drops the nationality part: place + nationality(ies) + 自治 + 州/县/旗 → place + 州/县/旗.
 */
import { compact } from './text.ts';

// The 55 officially recognised minority nationalities, as they appear in autonomous-area names.
const NATIONALITIES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length);

const AUTONOMOUS = new RegExp(
  `^(.{2,}?)(?:(?:${NATIONALITIES.join('|')})族?)+自治(州|县|旗|区)$`,
  'u',
);

/** `木垒哈萨克自治县` → `木垒县`, `昌吉回族自治州` → `昌吉州`, `新疆维吾尔自治区` → `新疆`; else null. */
export function autonomousShortForm(name: string): string | null {
  const m = AUTONOMOUS.exec(compact(name));
  if (!m?.[1] || !m[2]) return null;
  return m[2] === '区' ? m[1] : m[1] + m[2];
}

export function isAutonomousName(name: string): boolean {
  return autonomousShortForm(name) !== null;
}

/** Every key a name can be matched by: itself (compact) and its short form. */
export function nameKeys(name: string): string[] {
  const keys = [compact(name)];
  const short = autonomousShortForm(name);
  if (short) keys.push(short);
  return keys;
}

/** Whether two spellings name the same region (`木垒县` and `木垒哈萨克自治县` do). */
export function sameRegionName(a: string, b: string): boolean {
  const keysB = nameKeys(b);
  return nameKeys(a).some((k) => keysB.includes(k));
}

/**
 * Whether `written` abbreviates `name` to the first character(s) of its place and its kind:
 * `巴州` for 巴音郭楞蒙古自治州 (巴音郭楞州), `克州` for 克孜勒苏柯尔克孜自治州. Several regions
 * can share such an abbreviation, so callers accept it only when it is unambiguous.
 */
export function isAbbreviationOf(written: string, name: string): boolean {
  const w = compact(written);
  const full = autonomousShortForm(name) ?? compact(name);
  const kind = /(州|县|旗|市|盟)$/.exec(full)?.[1];
  if (!kind || !w.endsWith(kind)) return false;
  const place = full.slice(0, -kind.length);
  const initial = w.slice(0, -kind.length);
  return initial.length > 0 && initial.length < place.length && place.startsWith(initial);
}

/** Of several spellings of one region, the official one: the full autonomous name if any. */
export function officialName(spellings: string[]): string {
  const full = spellings.find(isAutonomousName);
  return compact(full ?? spellings[0] ?? '');
}

export type RegionLevel = 'country' | 'province' | 'prefecture' | 'county';
export const REGION_LEVELS: RegionLevel[] = ['country', 'province', 'prefecture', 'county'];

/** The level a name's suffix implies; 市 is ambiguous and decided by the parent. */
export function levelFromName(name: string): RegionLevel | null {
  const n = compact(name);
  if (/(省|自治区)$/.test(n)) return 'province';
  if (/(州|地区|盟)$/.test(n)) return 'prefecture';
  if (/(县|旗|区)$/.test(n)) return 'county';
  return null;
}

export function levelBelow(level: RegionLevel): RegionLevel {
  const i = REGION_LEVELS.indexOf(level);
  return REGION_LEVELS[Math.min(i + 1, REGION_LEVELS.length - 1)] ?? 'county';
}
