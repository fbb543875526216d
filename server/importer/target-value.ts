/**
 * Target values (指标值) as written in target sheets, parsed into kind / op / value / unit.
 * Tolerant of full-width forms and spaces: `≥ 90 ％`, `不低于95%`, `＞＝85%`.
 */
export type TargetKind = 'COMPARISON' | 'RELATIVE_TO_PREVIOUS_YEAR' | 'DEADLINE' | 'QUALITATIVE';
export type TargetOp = 'GTE' | 'GT' | 'EQ' | 'LTE' | 'LT';

export interface ParsedTarget {
  text: string;
  kind: TargetKind;
  op: TargetOp | null;
  value: number | null;
  unit: string | null;
  /** For a deadline: the event the period counts from (`收到补助资金`), or the due date. */
  reference: string | null;
  /** False when the text looks numeric but could not be read: kept as qualitative, flagged. */
  recognised: boolean;
}

// Longest words first, so `不低于` is not read as `低于`.
const OP_WORDS: [string, TargetOp][] = (
  [
    ['>=', 'GTE'],
    ['≥', 'GTE'],
    ['≧', 'GTE'],
    ['不低于', 'GTE'],
    ['不少于', 'GTE'],
    ['不小于', 'GTE'],
    ['大于等于', 'GTE'],
    ['大于或等于', 'GTE'],
    ['达到', 'GTE'],
    ['至少', 'GTE'],
    ['<=', 'LTE'],
    ['≤', 'LTE'],
    ['≦', 'LTE'],
    ['不高于', 'LTE'],
    ['不超过', 'LTE'],
    ['不大于', 'LTE'],
    ['不多于', 'LTE'],
    ['小于等于', 'LTE'],
    ['小于或等于', 'LTE'],
    ['控制在', 'LTE'],
    ['>', 'GT'],
    ['高于', 'GT'],
    ['超过', 'GT'],
    ['大于', 'GT'],
    ['多于', 'GT'],
    ['<', 'LT'],
    ['低于', 'LT'],
    ['少于', 'LT'],
    ['小于', 'LT'],
    ['=', 'EQ'],
    ['等于', 'EQ'],
  ] as [string, TargetOp][]
).sort((a, b) => b[0].length - a[0].length);

// `较上年有所提高`, `比上年有所下降`: the same comparisons with the year named first.
const VERSUS_LAST_YEAR = '(?:较|比|同比|与上年相比)?(?:上年|上一年|去年|上年度)?';

const RELATIVE: [RegExp, TargetOp][] = [
  [/^(不低于|不少于|不小于|不差于)(上年|上一年|去年|上年度)(水平)?$/, 'GTE'],
  [new RegExp(`^${VERSUS_LAST_YEAR}(有所|逐步|稳步|持续)?(提升|提高|增加|增长|改善)$`), 'GT'],
  [/^(高于|超过|好于|优于)(上年|上一年|去年|上年度)(水平)?$/, 'GT'],
  [/^(与上年|较上年|同上年)?(基本)?持平$/, 'EQ'],
  [/^(不高于|不超过|不多于)(上年|上一年|去年|上年度)(水平)?$/, 'LTE'],
  [new RegExp(`^${VERSUS_LAST_YEAR}(有所|逐步|稳步|持续)?(下降|降低|减少)$`), 'LT'],
  [/^(低于|少于)(上年|上一年|去年|上年度)(水平)?$/, 'LT'],
];

/** A figure, thousands separated or not (`12,500人`). */
const NUMBER = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(.*)$/;
const PERIOD_DEADLINE =
  /^(.*?)(?:后)?(\d+(?:\.\d+)?)(个工作日|工作日|个月|日|天|月|周)(?:内|以内|之内)$/;
/** `2023年12月31日前`; `12月31日前` in the sheet's year. */
const DATE_DEADLINE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|之前|以前)$/;
/** `年底前`, `年内完成`: by the end of the sheet's year. */
const YEAR_END =
  /^(?:(\d{4})年)?(?:年底|年末|年内)(?:前|之前|以前)?(?:到位|完成|拨付到位|下达|发放)?$/;
/** `12月底到位`, `2022年12月底前完成`, `6月末前`: done by the end of a month. */
const MONTH_END =
  /^(?:(\d{4})年)?(\d{1,2})月(?:底|末)(?:前|之前|以前)?(?:到位|完成|拨付到位|下达|发放)?$/;
/** `2021年1月-12月`, `2021年1-12月`: done within a period, by its last month's end. */
const PERIOD = /^(\d{4})年(\d{1,2})月?[-—~至到](?:(\d{4})年)?(\d{1,2})月$/;

function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[＞]/g, '>')
    .replace(/[＜]/g, '<')
    .replace(/[＝]/g, '=');
}

function comparison(t: string): Omit<ParsedTarget, 'text' | 'recognised'> | null {
  let op: TargetOp = 'EQ';
  let rest = t;
  for (const [word, wordOp] of OP_WORDS) {
    if (t.startsWith(word)) {
      op = wordOp;
      rest = t.slice(word.length);
      break;
    }
  }
  const m = NUMBER.exec(rest);
  if (!m?.[1]) return null;
  const written = m[2] ?? '';
  // `90%以上` reads as ≥ 90 %, `5%以内` as ≤ 5 %.
  const above = /(及以上|以上)$/.exec(written);
  const below = /(及以下|以下|以内)$/.exec(written);
  // `100%足额发放`, `≥90%（含）`: the unit is the %, the words after it say nothing more.
  const cleanUnit = written
    .replace(/(及以上|以上|及以下|以下|以内)$/, '')
    .replace(/^([%‰])(?:[(（]含[)）]|[\u4e00-\u9fff]+)$/u, '$1');
  if (/\d/.test(cleanUnit)) return null;
  if (above) op = 'GTE';
  if (below) op = 'LTE';
  return {
    kind: 'COMPARISON',
    op,
    value: Number(m[1].replace(/,/g, '')),
    unit: cleanUnit || null,
    reference: null,
  };
}

function deadline(
  t: string,
  year: number | null,
): Omit<ParsedTarget, 'text' | 'recognised'> | null {
  const end = MONTH_END.exec(t);
  if (end?.[2]) {
    const y = end[1] ? Number(end[1]) : year;
    const month = Number(end[2]);
    if (month >= 1 && month <= 12) {
      return y === null
        ? { kind: 'DEADLINE', op: 'LTE', value: month, unit: '月底', reference: null }
        : { kind: 'DEADLINE', op: 'LTE', value: null, unit: 'date', reference: monthEnd(y, month) };
    }
  }
  const period = PERIOD.exec(t);
  if (period?.[1] && period[4]) {
    const y = Number(period[3] ?? period[1]);
    const month = Number(period[4]);
    if (month >= 1 && month <= 12) {
      return {
        kind: 'DEADLINE',
        op: 'LTE',
        value: null,
        unit: 'date',
        reference: monthEnd(y, month),
      };
    }
  }
  const within = PERIOD_DEADLINE.exec(t);
  if (within?.[2] && within[3]) {
    const unit = within[3] === '天' ? '日' : within[3].replace(/^个/, '');
    return {
      kind: 'DEADLINE',
      op: 'LTE',
      value: Number(within[2]),
      unit,
      reference: within[1] ? within[1].replace(/后$/, '') : null,
    };
  }
  const date = DATE_DEADLINE.exec(t);
  const dateYear = date?.[1] ?? (year === null ? null : String(year));
  if (date?.[2] && date[3] && dateYear) {
    const iso = `${dateYear}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
    return { kind: 'DEADLINE', op: 'LTE', value: null, unit: 'date', reference: iso };
  }
  const yearEnd = YEAR_END.exec(t);
  const endYear = yearEnd ? (yearEnd[1] ? Number(yearEnd[1]) : year) : null;
  if (endYear !== null) {
    return {
      kind: 'DEADLINE',
      op: 'LTE',
      value: null,
      unit: 'date',
      reference: monthEnd(endYear, 12),
    };
  }
  return null;
}

/** `year`: the sheet's, for targets naming a month only (`12月底到位`). */
export function parseTarget(written: string, year: number | null = null): ParsedTarget {
  const text = written.trim();
  // `=提高`: a sign before words is no comparison of its own.
  const t = normalise(text).replace(/^=(?=[^\d.-])/, '');
  for (const [pattern, op] of RELATIVE) {
    if (pattern.test(t)) {
      return {
        text,
        kind: 'RELATIVE_TO_PREVIOUS_YEAR',
        op,
        value: null,
        unit: null,
        reference: null,
        recognised: true,
      };
    }
  }
  const parsed = deadline(t, year) ?? comparison(t);
  if (parsed) return { text, ...parsed, recognised: true };
  // Anything else is a qualitative target (应保尽保, 及时送返...), met or not as reported.
  // Digits or comparison signs in it suggest a numeric target we failed to read.
  const looksNumeric = /[\d≥≤<>=%]/.test(t);
  return {
    text,
    kind: 'QUALITATIVE',
    op: null,
    value: null,
    unit: null,
    reference: null,
    recognised: !looksNumeric,
  };
}
