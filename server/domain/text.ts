/**
 * Text helpers for extracted PDF text: full-width forms, stray spaces between CJK characters,
 * and cells split by tabs (or by `|` when a converter produced a Markdown table).
 */

/** NFKC (full-width digits, ％, （）, ： to ASCII) with every whitespace removed: a matching key. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const CJK = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]';
const SPACE_AFTER_CJK = new RegExp(`(${CJK})\\s+`, 'gu');
const SPACE_BEFORE_CJK = new RegExp(`\\s+(${CJK})`, 'gu');

/** Removes the spaces a PDF extraction puts around CJK characters (`拨付 2022 年` → `拨付2022年`). */
export function tidyCjkSpacing(text: string): string {
  return text
    .replace(SPACE_AFTER_CJK, '$1')
    .replace(SPACE_BEFORE_CJK, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line without Markdown heading marks, trimmed. */
export function plainLine(line: string): string {
  return line.replace(/^\s*#+\s*/, '').trim();
}

/** The cells of a table row, or null when the line is prose (no separators). */
export function cellsOf(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1) {
    const cells = trimmed
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    // A Markdown separator row (|---|---|) carries no data.
    return cells.every((c) => /^:?-{2,}:?$/.test(c)) ? [] : cells;
  }
  return null;
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `十二` → 12, `二〇二二` → 2022 (digit by digit), `7` → 7; null when not a numeral. */
export function chineseNumeral(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(t)) return null;
  if (!/[十百]/.test(t)) {
    return Number([...t].map((c) => CHINESE_DIGITS[c]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of t) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CHINESE_DIGITS[c] ?? 0;
    }
  }
  return total + current;
}

/** A date written `2022年6月7日` or `二〇二二年六月七日`, as ISO `2022-06-07`. */
export function parseChineseDate(text: string): string | null {
  const m =
    /([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/.exec(
      text.normalize('NFKC'),
    );
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const year = chineseNumeral(m[1]);
  const month = chineseNumeral(m[2]);
  const day = chineseNumeral(m[3]);
  if (year === null || month === null || day === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
