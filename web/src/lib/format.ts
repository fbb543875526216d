/**
 * Display formats, in one place: amounts in 万元 with Chinese digit grouping, fractions as
 * percentages. "—" stands for a value that does not exist (not reported), never for zero.
 */
export type Lang = 'zh' | 'en';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

export const MISSING = '—';

/** 11438 → "11,438.00" (万元); amounts are shown to the hundred yuan, as the forms keep them. */
export function formatWan(value: number | null | undefined, lang: Lang = 'zh'): string {
  if (value === null || value === undefined) return MISSING;
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** 0.65681 → "65.7%". */
export function formatPercent(
  fraction: number | null | undefined,
  lang: Lang = 'zh',
  digits = 1,
): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return MISSING;
  return new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** "2022-10" → "2022年10月" / "Oct 2022". */
export function formatMonth(year: number, month: number, lang: Lang = 'zh'): string {
  if (lang === 'zh') return `${year}年${month}月`;
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** An ISO timestamp as local date and time, minutes precision. */
export function formatDateTime(iso: string | null | undefined, lang: Lang = 'zh'): string {
  if (!iso) return MISSING;
  return new Date(iso).toLocaleString(locale(lang), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
}
