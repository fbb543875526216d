/**
 * What each amount column of an allocation table holds, from the header's words. A header laid
 * out cell by cell (Word, Excel, tab or aligned text) is read column by column, merged cells
 * over their sub-columns (`其中：` over 提前下达 / 此次下达). A header whose cells do not line up
 * with the figures (one cell per line, words glued together) is read in order: each column word
 * starts a column, in the order printed, the second header row's words standing where the
 * first row's `其中` stands.
 */
import { compact } from '../domain/text.ts';

export type MainRole = 'annualTotal' | 'earlyAdvance' | 'priorBatches' | 'thisBatch';
/** extra: a part of a stated sum (一般预算 / 彩票公益金); memo: `附：…`, outside every sum. */
export type ColumnRole = MainRole | 'extra' | 'memo';
export const COLUMN_ROLES: ColumnRole[] = [
  'annualTotal',
  'earlyAdvance',
  'priorBatches',
  'thisBatch',
  'extra',
  'memo',
];

export interface ReadColumn {
  /** 0-based index in the table's grid. */
  index: number;
  header: string;
  role: ColumnRole;
  /** The amount's name for extra and memo columns (`考核奖惩`, `彩票公益金`). */
  name: string;
}

const MEMO = /^附[:：]?/;
const ROLE_WORDS: [MainRole, RegExp][] = [
  ['earlyAdvance', /提前/],
  ['priorBatches', /(已下达|已经下达|前期已?下达|以前批次|上批|此前下达|累计已)/],
  ['thisBatch', /(此次|本次|本批|本期)/],
  ['annualTotal', /(全年|合计|总额|总计|小计)/],
];
/** A figure column with no role word: the amount itself (`补助资金(万元)`, `分配金额`). */
const GENERIC = /(金额|资金|补助|下达数|分配数|数额|预算|经费)/;
/** The header of the names column. */
export const NAME_HEADER =
  /^(序号)?(单位名称|单位|地区名称|地区|县区名称|县区|县市区?|市县|区县|县市|名称|区划|地市|市州|收款单位|部门|项目单位)$/;

export function roleWord(text: string): MainRole | null {
  const t = compact(text);
  if (MEMO.test(t)) return null;
  return ROLE_WORDS.find(([, p]) => p.test(t))?.[0] ?? null;
}

function firstRole(text: string): ColumnRole | 'generic' {
  if (MEMO.test(compact(text))) return 'memo';
  return roleWord(text) ?? (GENERIC.test(compact(text)) ? 'generic' : 'extra');
}

function amountName(header: string): string {
  return compact(header)
    .replace(MEMO, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[(（](万元|元|亿元)[)）]/, '');
}

/**
 * Roles once every column has its words: one main column and no parts means this notice's
 * own allocation (`补助资金`, `小计` alone, `合计` alone is this batch's money); a second
 * generic column is a part; two columns both saying the same role keep the first.
 */
export function assignRoles(columns: { index: number; header: string }[]): ReadColumn[] {
  const first = columns.map((c) => firstRole(c.header));
  const hasMain = first.some((r) => r !== 'extra' && r !== 'memo' && r !== 'generic');
  // A figure column named only `补助资金`/`金额` is the allocation when nothing else is; after a
  // column with a role word (小计, 合计, 此次) it is one of that column's parts.
  let genericTaken = hasMain;
  const read: ReadColumn[] = columns.map((c, k) => {
    let role = first[k] ?? 'extra';
    if (role === 'generic') {
      role = genericTaken ? 'extra' : 'thisBatch';
      genericTaken = true;
    }
    return { index: c.index, header: c.header, role, name: amountName(c.header) };
  });
  const seen = new Set<ColumnRole>();
  for (const c of read) {
    if (c.role === 'extra' || c.role === 'memo') continue;
    if (seen.has(c.role)) c.role = 'extra';
    else seen.add(c.role);
  }
  const total = read.find((c) => c.role === 'annualTotal');
  const hasPart = read.some(
    (c) => c.role === 'earlyAdvance' || c.role === 'priorBatches' || c.role === 'thisBatch',
  );
  // 合计 or 小计 with no 提前/已下达/此次 beside it is this notice's own allocation.
  if (total && !hasPart) total.role = 'thisBatch';
  // One unnamed figure column alone is the allocation; several parts with no sum beside them
  // (常规分配 | 定向分配) stay parts, and the allocation is their sum (allocation-table.ts).
  const extras = read.filter((c) => c.role === 'extra');
  if (
    !read.some((c) => c.role !== 'extra' && c.role !== 'memo') &&
    extras.length === 1 &&
    extras[0]
  ) {
    extras[0].role = 'thisBatch';
  }
  return read;
}

const COLUMN_WORD = /(年初提前|提前下达|此次下达|本次下达|已下达|前期下达|全年|总额|合计|小计)/g;

/**
 * Header text cut where a new column's words begin (`地区总额其中:` → 地区 | 总额 | 其中:,
 * `提前下达此次下达`), but only after words that already name a column, so that
 * `中央全年实际下达资金合计` stays one.
 */
function segments(text: string): string[] {
  const parts = compact(text)
    .replace(/(附[:：])/g, '\n$1')
    .replace(/(其中[:：]?)/g, '\n$1\n')
    .split('\n');
  return parts.flatMap((part) => {
    const cuts: string[] = [];
    let from = 0;
    for (const m of part.matchAll(COLUMN_WORD)) {
      const before = part.slice(from, m.index);
      if (before !== '' && (roleWord(before) !== null || NAME_HEADER.test(before))) {
        cuts.push(before);
        from = m.index;
      }
    }
    cuts.push(part.slice(from));
    return cuts.map((c) => c.trim()).filter((c) => c !== '');
  });
}

/** Header words in the order printed, a later row's words at the earlier row's `其中`. */
function orderedUnits(headerRows: string[][]): string[] {
  let units: string[] = [];
  headerRows.forEach((row, r) => {
    const here = row.flatMap(segments);
    if (r === 0) {
      units = here;
      return;
    }
    const at = units.findIndex((u) => /^其中/.test(u));
    if (at >= 0) {
      units.splice(at, 1, ...here);
    } else units.push(...here);
  });
  return units;
}

function isGroupLabel(unit: string): boolean {
  return (
    /^其中[:：]?$/.test(unit) ||
    /^\d{5,}/.test(unit) ||
    /^\d{1,2}$/.test(unit) ||
    /^(万元|元|亿元|[(（](万元|元|亿元)[)）])$/.test(unit)
  );
}

/** Columns by the words in order; extra words after a column's own (`金合计`) continue it. */
export function columnsInOrder(
  headerRows: string[][],
  amountColumns: number[],
): { index: number; header: string }[] | null {
  const units = orderedUnits(headerRows).filter(
    (u) => !NAME_HEADER.test(u) && !isGroupLabel(u) && !/^备注/.test(u),
  );
  const columns: { text: string; role: MainRole | 'memo' | null }[] = [];
  for (const u of units) {
    const role = MEMO.test(u) ? 'memo' : roleWord(u);
    const last = columns.at(-1);
    // `金`, `金合计` continue a column's words cut at the end of a line.
    if (last && u.length <= 3 && (role === null || role === last.role)) last.text += u;
    else columns.push({ text: u, role });
  }
  if (columns.length === amountColumns.length) {
    return amountColumns.map((index, k) => ({ index, header: columns[k]?.text ?? '' }));
  }
  return null;
}

/** Headers read column by column are usable when each figure column has its own words. */
export function headersUsable(headers: string[]): boolean {
  if (headers.some((h) => h === '' || isGroupLabel(h) || NAME_HEADER.test(h))) return false;
  if (new Set(headers).size !== headers.length) return false;
  return headers.some(
    (h) => roleWord(h) !== null || GENERIC.test(compact(h)) || MEMO.test(compact(h)),
  );
}
