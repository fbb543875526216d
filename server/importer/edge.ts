/**
 * Checks at the importer's edge, kept apart from the parser (which is being rewritten):
 *  - characters that change how text is displayed rather than what it says — bidi overrides
 *    and isolates (`吉木萨尔\u202Elmth.exe县` showed as `吉木萨尔exe.html县` in pages and file
 *    names) and control characters — are removed before anything reads the text;
 *  - a table of more rows than any real notice has is refused with a clear message, so a
 *    runaway file cannot hold the writer for seconds (a 10,000-row notice took 19 s).
 */
import type { ParsedNotice } from './types.ts';

/** Bidi embeddings, overrides, isolates and marks; C0/C1 controls except tab and newlines. */
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without display controls (see above); everything else is kept as written. */
export function withoutControlCharacters(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

export function hasControlCharacters(text: string): boolean {
  return new RegExp(INVISIBLE_CONTROLS.source).test(text);
}

/**
 * Rows a notice's table may have: a national notice allocates to 31 provinces, a province's to
 * its ~15 prefectures, a prefecture's to its ~10 counties; the largest county-level table of a
 * province is a few hundred rows.
 */
export const MAX_TABLE_ROWS = 1_000;

/** Lines of notice text: a notice of MAX_TABLE_ROWS rows and its target sheets fit many times. */
export const MAX_NOTICE_LINES = 60_000;

/** Why the text is too large to read, before parsing it; null when it is not. */
export function noticeTextTooLarge(text: string): string | null {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines > MAX_NOTICE_LINES
    ? `通知文本有 ${lines} 行，超过上限 ${MAX_NOTICE_LINES} 行。The notice has ${lines} lines, over the limit of ${MAX_NOTICE_LINES}.`
    : null;
}

/** Why the parsed notice has too many rows, naming the table; null when it has not. */
export function tooManyRows(notice: ParsedNotice): string | null {
  const tables: [string, number][] = [
    ['附件1 分配表 allocation table', notice.allocations.length],
    ['附件3 绩效目标表 target sheets', notice.targetSheets.length],
    ...notice.targetSheets.map((s): [string, number] => [
      `附件3 ${s.writtenRegion} 指标 indicators`,
      s.indicators.length,
    ]),
  ];
  const over = tables.find(([, rows]) => rows > MAX_TABLE_ROWS);
  return over
    ? `${over[0]}有 ${over[1]} 行，超过上限 ${MAX_TABLE_ROWS} 行；请拆分后导入。The ${over[0]} has ${over[1]} rows, over the limit of ${MAX_TABLE_ROWS}: split the notice.`
    : null;
}
