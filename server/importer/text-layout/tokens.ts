/**
 * Small recognisers shared by the plain-text layouts: what an amount looks like, where a
 * region name glued to its first figure ends, and which lines are table titles.
 */
import { compact, plainLine } from '../../domain/text.ts';

/** An amount as tables write it: `11438`, `-20`, `1,485.50`, `−0.06`, `（20）`, `7,850,000.00`. */
export const AMOUNT_TOKEN =
  /^[+\-−–]?[(（]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[)）]?$|^[+\-−–]?[(（]?\d+(?:\.\d+)?[)）]?$/;

export function isAmountToken(text: string): boolean {
  return AMOUNT_TOKEN.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/** Table titles: allocation tables, target sheets, feedback forms (a stray `|` ignored). */
export const TITLE_CORE =
  '(?:分配(?:情况|明细|方案)?(?:明细)?表|(?:下达|安排|分配|补助|资金|支付)[^，。]{0,12}情况表|资金(?:分配)?(?:明细|安排)表|绩效目标(?:申报)?表|跟踪(?:反馈|情况)表)';
// A title may end in a parenthesis naming the fund's part: `绩效目标表(一般公共预算资金)`.
export const TITLE_PATTERN = new RegExp(`${TITLE_CORE}(?:[(（][^()（）]{1,20}[)）])?$`, 'u');

export function titleText(line: string): string {
  return compact(
    plainLine(line)
      .replace(/\|+\s*$/, '')
      .replace(/^\|+/, ''),
  );
}

export function isTitleLine(line: string): boolean {
  const t = titleText(line);
  return t.length >= 4 && t.length <= 60 && TITLE_PATTERN.test(t) && !/[。；]/.test(t);
}

/** `单位：万元`, `单位:亿元`, `(单位：元)`. */
export function isUnitLine(line: string): boolean {
  return /^[(（]?单位[:：](万元|亿元|元)[)）]?$/.test(compact(line));
}

/** A line `1 2 3 4` numbering the columns. */
export function isColumnNumbering(tokens: string[]): boolean {
  return tokens.length > 1 && tokens.every((t, i) => compact(t) === String(i + 1));
}

/** Words only a header has (a row name never contains them). */
const HEADER_WORDS =
  /(资金|金额|下达|提前|此次|本次|全年|名称|指标|其中|单位|备注|科目|项目|^地区$|^县区$|^县市$|^市县$|^区县$|序号)/;

/**
 * A cell that can name a row of an allocation table: a region, a department, a total. Names of
 * departments and service centres run to about 30 characters; a longer cell is prose.
 */
export function isRowName(text: string): boolean {
  const t = compact(text);
  if (t === '' || t.length > 40 || isAmountToken(t)) return false;
  // A figure with decimals inside (`2.00县乙区3.00`) is cells run together, never a name.
  if (/\d[.,，．]\d/.test(t)) return false;
  if (/^(合计|总计|小计|全.{1,3}合计)$/.test(t) || /(小计|合计|本级)$/.test(t)) return true;
  if (HEADER_WORDS.test(t)) return false;
  if (/[。，,；;:：]$/.test(t) && !/^其中[:：]/.test(t)) return false;
  return /[\u4e00-\u9fff]/.test(t);
}

/** Footer lines of web pages that end a table (they are never cells). */
export const PAGE_FOOTER =
  /^(扫一扫|打印|关闭|信息公开|单位地址|地址[:：]|联系电话|政府网站标识码|网站标识码|主办|承办|版权|ICP|蜀ICP|【|分享)/;

/** `河北省5.58 3.93` → name `河北省`, rest `5.58 3.93`; null when the line does not start so. */
export function splitGluedName(line: string): { name: string; rest: string } | null {
  const m = /^\s*([^\d\s+\-−–(（|][^\d|]*?)\s*([+\-−–]?[(（]?\d[\d,.]*[)）]?(?:\s.*)?)$/.exec(line);
  if (!m?.[1] || m[2] === undefined) return null;
  return { name: m[1].trim(), rest: m[2] };
}
