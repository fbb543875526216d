/**
 * A target sheet (绩效目标表) as `pdftotext` prints it: no cell boundaries, indicator names
 * wrapped over lines, level labels broken (`产出指` / `标`), values on the name's line or the
 * next. The rows rebuilt here are the ones the interpreter reads from any table: project name,
 * fund figures, the goals, then one row per indicator with the labels seen since the last one.
 * Three layouts: `-layout` (cells apart by runs of spaces, rows apart by blank lines), `-raw`
 * (one space, reading order) and the default (one cell per block of lines, blank lines between).
 */
import { levelLabelOf } from '../../domain/framework.ts';
import { compact } from '../../domain/text.ts';
import { parseTarget } from '../target-value.ts';

type Row = { cells: string[]; line: number };
interface Token {
  text: string;
  line: number;
}

const LABEL_ALIASES = new Set(['项目完成指标', '项目效益指标', '满意度']);
const LABEL_WORDS = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '社会效益',
  '经济效益',
  '生态效益',
  '可持续影响',
  '项目完成指标',
  '项目效益指标',
];

function isLabel(text: string): boolean {
  return levelLabelOf(text) !== null || LABEL_ALIASES.has(text);
}

function isLabelPart(text: string): boolean {
  return LABEL_WORDS.some((w) => w.startsWith(text) || w.includes(text)) && text.length <= 6;
}

/** A target value read as such: a comparison, a deadline, a relative one. */
function isValue(text: string): boolean {
  const t = parseTarget(text);
  return t.recognised && t.kind !== 'QUALITATIVE';
}

/** Level labels assembled from their broken pieces, in the order they complete. */
class Labels {
  private buffer = '';
  seen: string[] = [];
  /** True when the token was (part of) a label. */
  take(text: string): boolean {
    if (isLabel(text)) {
      this.seen.push(text);
      return true;
    }
    const joined = this.buffer + text;
    if (this.buffer && isLabel(joined)) {
      this.seen.push(joined);
      this.buffer = '';
      return true;
    }
    if (this.buffer && LABEL_WORDS.some((w) => w.startsWith(joined))) {
      this.buffer = joined;
      return true;
    }
    if (isLabelPart(text) && LABEL_WORDS.some((w) => w.startsWith(text))) {
      this.buffer = text;
      return true;
    }
    return text === '标' || text === '指标';
  }
  drain(): string[] {
    const out = this.seen;
    this.seen = [];
    return out;
  }
}

const HEADING =
  /^(绩|效|指|标|年|度|总|体|目|一级指标?|一级指|二级指标|三级指标|指标值|绩效指标|资金情况.*|[(（]?万|元[)）]?)$/;
const FUND_KEYS = /(下达资金总额|其中[:：]?中央财政补助|中央财政补助|地方资金)[:：]?/;

function tokensOf(text: string, line: number, spaced: boolean): Token[] {
  const re = spaced ? /\S+(?: \S+)*/g : /\S+/g;
  // `≥ 90%`: a comparison sign printed apart from its figure belongs to it.
  const joined = text.replace(/([≥≤><=＞＜＝])\s+(?=\d)/g, '$1');
  return [...joined.matchAll(re)].map((m) => ({ text: compact(m[0]), line }));
}

/** Rows of a target sheet from its lines (title and subtitle excluded); null when none. */
export function sheetRows(lines: { text: string; line: number }[]): Row[] | null {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  if (nonBlank.length < 3) return null;
  // `-raw` and the default never put two spaces inside a line; `-layout` does on most rows.
  const spaced = nonBlank.filter((l) => / {2,}\S/.test(l.text.trim())).length >= 3;
  const blankSeparated =
    !spaced && lines.filter((l) => l.text.trim() === '').length * 3 >= nonBlank.length;
  const rows: Row[] = [];
  const headerAt = nonBlank.findIndex((l) => /指标值/.test(l.text));
  if (headerAt < 0) return null;

  // Above the indicators: project, fund figures, goals.
  const above = nonBlank.slice(0, headerAt);
  const goals: string[] = [];
  const labels = new Labels();
  above.forEach((l, k) => {
    const text = l.text.trim();
    const c = compact(text);
    // Labels printed above the header (the first block's, in the default layout).
    if (HEADING.test(c) || /(一级指|二级指|三级指)/.test(c) || labels.take(c)) return;
    if (/^项目名称/.test(c)) {
      const value = c.replace(/^项目名称/, '') || compact(above[k + 1]?.text ?? '');
      rows.push({ cells: ['项目名称', value], line: l.line });
      return;
    }
    const fund = FUND_KEYS.exec(c);
    if (fund) {
      const after = c.slice(fund.index + fund[0].length).replace(/^.*?(-?[\d,.]+)$/, '$1');
      const next = compact(above[k + 1]?.text ?? '');
      const value = /^-?[\d,.]+$/.test(after) ? after : /^-?[\d,.]+$/.test(next) ? next : '';
      rows.push({ cells: ['', fund[1] ?? '', value], line: l.line });
      return;
    }
    if (
      /^\d+\s*[.．、]/.test(text) ||
      (goals.length > 0 && compact(text).length > 1 && !/^[(（]/.test(text))
    ) {
      // Goal lines and their continuations (`年`/`度`… of the vertical label are one character).
      if (compact(text).length > 1) goals.push(text.replace(/^([年度总体目标])\s+/, ''));
    }
  });
  if (goals.length > 0)
    rows.push({ cells: ['年度总体目标', goals.join(' ')], line: above[0]?.line ?? 0 });
  rows.push({
    cells: ['一级指标', '二级指标', '三级指标', '指标值'],
    line: nonBlank[headerAt]?.line ?? 0,
  });

  /** Rows at the start of a level-1 block that no level-2 label has reached yet. */
  let orphans: Row[] = [];
  let collecting = false;
  const emit = (name: string[], value: string, line: number) => {
    if (name.length === 0 || value === '') return;
    const found = labels.drain();
    const level2 = found.find((l) => levelLabelOf(l)?.level === 2);
    const row: Row = { cells: [...found, name.join(''), value], line };
    if (found.some((l) => levelLabelOf(l)?.level === 1 || LABEL_ALIASES.has(l))) {
      orphans = [];
      collecting = true;
    }
    if (level2 && collecting && orphans.length > 0 && orphans[0]) {
      // The first level-2 label of a level-1 block printed in the middle of its block
      // (`-layout` centres it): the block starts at the level-1 label's row.
      orphans[0].cells.unshift(level2);
      row.cells = row.cells.filter((c) => c !== level2);
    }
    if (level2) collecting = false;
    if (collecting) orphans.push(row);
    else orphans = [];
    rows.push(row);
  };
  const body = lines.filter((l) => l.line > (nonBlank[headerAt]?.line ?? 0));

  if (blankSeparated) {
    // One cell per block of lines: names and values alternate once labels are set aside.
    const groups: { text: string; line: number }[] = [];
    let current: { text: string; line: number } | null = null;
    for (const l of body) {
      const c = compact(l.text);
      if (c === '') {
        current = null;
        continue;
      }
      if (labels.take(c) || HEADING.test(c)) {
        current = null;
        continue;
      }
      if (current) current.text += c;
      else {
        current = { text: c, line: l.line };
        groups.push(current);
      }
    }
    // The labels of this layout come out of order (a column after the other): they are left
    // for the other sheets' votes and the framework to decide, not attached to a row.
    labels.drain();
    for (let k = 0; k + 1 < groups.length; k += 2) {
      const name = groups[k];
      const value = groups[k + 1];
      if (name && value) rows.push({ cells: [name.text, value.text], line: name.line });
    }
    return rows;
  }

  if (spaced) {
    // Rows apart by blank lines; on a line, the last cell of two or more is the value.
    let group: { names: string[]; value: string; line: number }[] = [];
    const flush = () => {
      const withValue = group.filter((g) => g.value !== '');
      const found: { names: string[]; value: string; line: number }[] = [];
      if (withValue.length === 1) {
        found.push({
          names: group.flatMap((g) => g.names),
          value: withValue[0]?.value ?? '',
          line: group[0]?.line ?? 0,
        });
      } else {
        let names: string[] = [];
        for (const g of group) {
          names.push(...g.names);
          if (g.value === '') continue;
          found.push({ names, value: g.value, line: g.line });
          names = [];
        }
        // The end of a wrapped name under its value's line.
        found.at(-1)?.names.push(...names);
      }
      for (const f of found) emit(f.names, f.value, f.line);
      group = [];
    };
    for (const l of body) {
      if (l.text.trim() === '') {
        flush();
        continue;
      }
      const words = tokensOf(l.text, l.line, true)
        .map((t) => t.text)
        .filter((t) => !labels.take(t) && !HEADING.test(t));
      if (words.length === 0) continue;
      const last = group.at(-1);
      // A value wrapped onto the next line (`收到补助资金后30` / `日内`).
      const tail = words.at(-1) ?? '';
      if (last && last.value !== '' && !isValue(last.value) && isValue(last.value + tail)) {
        last.value += tail;
        last.names.push(...words.slice(0, -1));
        continue;
      }
      if (words.length >= 2) group.push({ names: words.slice(0, -1), value: tail, line: l.line });
      else if (isValue(tail)) group.push({ names: [], value: tail, line: l.line });
      else group.push({ names: words, value: '', line: l.line });
    }
    flush();
    return rows;
  }

  // -raw: reading order; a value ends its line, or stands on a line of its own.
  let pending: string[] = [];
  let pendingLine = 0;
  const tokens = body.map((l) => ({ line: l.line, tokens: tokensOf(l.text, l.line, false) }));
  for (let k = 0; k < tokens.length; k += 1) {
    const entry = tokens[k];
    if (!entry) continue;
    const words = entry.tokens.filter((t) => !labels.take(t.text) && !HEADING.test(t.text));
    if (words.length === 0) continue;
    if (pending.length === 0) pendingLine = entry.line;
    let value = '';
    if (words.length > 1) {
      pending.push(...words.slice(0, -1).map((t) => t.text));
      value = words.at(-1)?.text ?? '';
    } else {
      const only = words[0]?.text ?? '';
      const next = tokens[k + 1]?.tokens[0]?.text ?? '';
      if (isValue(only)) value = only;
      else if (/\d/.test(only) && isValue(only + next)) {
        value = only + next;
        k += 1;
      } else pending.push(only);
    }
    if (value === '') continue;
    emit(pending, value, pendingLine);
    pending = [];
  }
  return rows;
}
