/**
 * The feedback form (附件4 …跟踪反馈表) as `pdftotext` prints it: its header words wrapped inside
 * their cells (`收到的财政专项资` / `金名称`), one after another. The header is rebuilt by
 * cutting the joined words at the form's known column names; when they do not cut cleanly the
 * form is left unread.
 */
import { COLUMNS } from '../../excel/feedback-form-layout.ts';
import { compact } from '../../domain/text.ts';

const NAMES = COLUMNS.map((c) => compact(c.header)).sort((a, b) => b.length - a.length);

function cut(text: string): string[] | null {
  const out: string[] = [];
  let rest = text;
  while (rest !== '') {
    const name = NAMES.find((n) => rest.startsWith(n));
    if (!name) return null;
    out.push(name);
    rest = rest.slice(name.length);
  }
  return out;
}

export interface FormPieces {
  before: { text: string; line: number }[];
  rows: { cells: string[]; line: number }[];
  after: { text: string; line: number }[];
}

const BODY = /^(合计|\d+|\.{3}|…+)$/;
const NOTE = /^(说明|\d+、)/;

/** `-layout`: header words stacked in their columns; a column is the words whose spans overlap. */
function stacked(lines: { text: string; line: number }[]): string[] | null {
  const tokens = lines.flatMap((l, row) =>
    [...l.text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
      text: compact(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      row,
    })),
  );
  const clusters: { start: number; end: number; parts: typeof tokens }[] = [];
  for (const t of [...tokens].sort((a, b) => a.start - b.start)) {
    const hit = clusters.find((c) => t.start <= c.end && t.end >= c.start);
    if (hit) {
      hit.start = Math.min(hit.start, t.start);
      hit.end = Math.max(hit.end, t.end);
      hit.parts.push(t);
    } else clusters.push({ start: t.start, end: t.end, parts: [t] });
  }
  const names = clusters
    .sort((a, b) => a.start - b.start)
    .map((c) =>
      c.parts
        .sort((a, b) => a.row - b.row)
        .map((p) => p.text)
        .join(''),
    );
  return names.every((n) => NAMES.includes(n)) ? names : null;
}

/** The form's lines split into what precedes the table, its rows and the notes; null if unread. */
export function formRows(lines: { text: string; line: number }[]): FormPieces | null {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const unit = filled.findIndex((l) => /单位[:：]/.test(compact(l.text)));
  const total = filled.findIndex((l, i) => i > unit && /^合计/.test(compact(l.text)));
  if (unit < 0 || total < 0) return null;
  const rest = filled.slice(unit + 1);
  const notes = rest.filter((l) => NOTE.test(compact(l.text)));
  const body = rest.filter((l) => BODY.test(compact(l.text)));
  // Header words: everything else, wherever the extraction put it (even after the notes).
  const words = rest.filter((l) => !notes.includes(l) && !body.includes(l));
  const spaced = words.some((l) => / {2,}\S/.test(l.text.trim()));
  const header =
    (spaced ? stacked(words) : null) ?? cut(words.map((l) => compact(l.text)).join(''));
  if (!header || header.length < 4) return null;
  return {
    before: filled.slice(0, unit + 1),
    rows: [
      { cells: header, line: words[0]?.line ?? 0 },
      ...body.map((l) => ({
        cells: [compact(l.text), ...header.slice(1).map(() => '')],
        line: l.line,
      })),
    ],
    after: notes,
  };
}
