/**
 * Text runs into lines by their baseline, and lines into text. Runs on one line far apart
 * (more than ~2.5 characters) are separate parts: columns of a table drawn without lines.
 */
import type { TextRun } from './page-content.ts';

export interface TextLine {
  /** Baseline and font size of the line (the largest run's size). */
  y: number;
  size: number;
  x0: number;
  x1: number;
  /** Runs grouped where they nearly touch, left to right. */
  parts: { text: string; x0: number; x1: number }[];
}

const CJK_END = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

/**
 * Joins two pieces of text of one line: a space where they stand apart, except next to CJK
 * (LibreOffice spaces digits apart from Chinese, `后 15 个`, where the text has no space).
 */
function joinRuns(left: string, right: string, gap: number, size: number): string {
  if (gap > size * 0.2 && !CJK_END.test(left) && !CJK_START.test(right)) {
    return `${left} ${right}`;
  }
  return left + right;
}

export function buildLines(runs: TextRun[], columnGap = 2.5): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const base = row?.[0];
    // Same line: baselines within half the smaller font size (superscripts stay on the line).
    if (row && base && Math.abs(base.y - run.y) <= Math.min(base.size, run.size) * 0.5) {
      row.push(run);
    } else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x0 - b.x0);
    const size = Math.max(...row.map((r) => r.size));
    const parts: (TextLine['parts'][number] & { size: number })[] = [];
    for (const run of row) {
      const last = parts.at(-1);
      const gap = last ? run.x0 - last.x1 : Infinity;
      // Type of a different size beside a line (the 文件 of a red head) is a part of its own.
      const smaller = last ? Math.min(last.size, run.size) : size;
      const sameType = last ? Math.max(last.size, run.size) <= smaller * 1.3 : false;
      // Two figures a character or more apart are two amounts (full-width digits leave
      // narrow gutters between columns), never one.
      const figures =
        last !== undefined && /[\d０-９]$/u.test(last.text) && /^[-−\d０-９]/u.test(run.text);
      // A row name and its first figure a character or more apart (a table printed without
      // lines, its name column narrow: `红河州合计   7,795.00`) are two cells; prose spaces a
      // figure from Chinese by a fraction of a character only.
      const nameThenFigure =
        last !== undefined && CJK_END.test(last.text) && /^[-−\d０-９]/u.test(run.text);
      if (
        last &&
        sameType &&
        gap <= smaller * columnGap &&
        !(figures && gap > smaller * 0.8) &&
        !(nameThenFigure && gap > smaller)
      ) {
        last.text = joinRuns(last.text, run.text, gap, size);
        last.x1 = Math.max(last.x1, run.x1);
      } else parts.push({ text: run.text, x0: run.x0, x1: run.x1, size: run.size });
    }
    return {
      y: row[0]?.y ?? 0,
      size,
      x0: parts[0]?.x0 ?? 0,
      x1: Math.max(...parts.map((p) => p.x1)),
      parts: parts.map((p) => ({ text: p.text.replace(/\s+/g, ' ').trim(), x0: p.x0, x1: p.x1 })),
    };
  });
}

/** A numbered item starts a new line in a cell (`1. 规范…`, `（二）`, `2、`). */
const LIST_START =
  /^\s*(\d+\s*[.、．)）]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/u;

/** The lines of a cell as its text: wrapped lines joined, numbered items on lines of their own. */
export function cellText(lines: TextLine[]): string {
  let text = '';
  for (const line of lines) {
    const t = line.parts.map((p) => p.text).join(' ');
    if (text === '') text = t;
    else if (LIST_START.test(t)) text += `\n${t}`;
    // A wrapped line lost its space only between words of Latin letters; digits and CJK
    // wrap anywhere (a narrow cell may hold `3` over `0`).
    else text += /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(t) ? ` ${t}` : t;
  }
  return text;
}
