/**
 * Plain text into the document model. Tables are rebuilt from every layout seen in text saved
 * from PDFs and web pages: tab-separated rows; `|` rows with or without the outer bars; cells
 * aligned by runs of spaces (`pdftotext -layout`) or separated by one space (`-raw`, pages
 * saved as text); one cell per line (`cell |` or bare lines, `pdftotext` default); a name glued
 * to its first figure; a whole notice on one line. Every other line is a paragraph.
 */
import { compact, plainLine } from '../../domain/text.ts';
import type {
  DocumentBlock,
  DocumentCell,
  DocumentModel,
  DocumentTable,
} from '../document-model.ts';
import { streamRows, type StreamCell } from '../text-layout/cell-stream.ts';
import { gluedFigureRows, gluedTable } from '../text-layout/glued-table.ts';
import { formRows } from '../text-layout/form-lines.ts';
import { sheetRows } from '../text-layout/sheet-lines.ts';
import { spacedRows } from '../text-layout/spaced-rows.ts';
import { isTitleLine, isUnitLine, PAGE_FOOTER } from '../text-layout/tokens.ts';
import { unglueLongLines } from '../text-layout/unglue.ts';

/** Cells of a tab or `|` row; null for any other line. `a | b` (no outer bars) counts too. */
export function delimitedCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const trimmed = line.trim();
  if (!trimmed.includes('|')) return null;
  let inner = trimmed;
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  const cells = inner.split('|').map((c) => c.trim());
  // A Markdown separator row (|---|---|) carries no data.
  if (cells.every((c) => /^:?-{2,}:?$/.test(c))) return [];
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1 && cells.length > 1)
    return cells;
  return cells.filter((c) => c !== '').length >= 2 ? cells : null;
}

/** `cell |` or a bare `|` (an empty cell): one cell of a table laid out one cell per line. */
function barCell(line: string): string | null {
  const t = line.trim();
  if (/^\|+$/.test(t)) return '';
  const m = /^([^|]+?)\s*\|$/.exec(t);
  return m?.[1] !== undefined ? m[1].trim() : null;
}

const ATTACHMENT_MARK = /^附件\s*\d*\s*[:：]?$/;
const SUBTITLE = /^[(（].{2,60}[)）]$/;

function isProse(text: string): boolean {
  const t = compact(text);
  return t.length > 40 && /[，。；]/.test(t);
}

function tableOf(rows: { cells: string[]; line: number }[]): DocumentTable {
  return {
    kind: 'table',
    place: { line: rows[0]?.line ?? 0 },
    rows: rows.map((r) =>
      r.cells.map((text): DocumentCell => ({
        text,
        rowSpan: 1,
        colSpan: 1,
        place: { line: r.line },
      })),
    ),
  };
}

/** A whole table on one line: its words one after another, or glued together. */
function oneLineTable(
  region: { text: string; line: number }[],
): { cells: string[]; line: number }[] | null {
  const filled = region.filter((l) => l.text.trim() !== '');
  const only = filled[0];
  if (filled.length !== 1 || !only) return null;
  const words = only.text.trim().split(/\s+/);
  // Strict (every row a name and all its figures), so it goes before reading words apart.
  const figures = gluedFigureRows(only.text);
  if (figures) return figures.map((cells) => ({ cells, line: only.line }));
  return (
    (words.length > 3 ? streamRows(words.map((t) => ({ text: t, line: only.line }))) : null) ??
    gluedTable(only.text)?.map((cells) => ({ cells, line: only.line })) ??
    null
  );
}

export function readText(text: string): DocumentModel {
  const lines = unglueLongLines(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
  const blocks: DocumentBlock[] = [];
  const paragraph = (i: number) =>
    blocks.push({ kind: 'paragraph', text: lines[i] ?? '', place: { line: i + 1 } });
  /** A table title was the last thing read (subtitles, units and blank lines aside). */
  let expectingTable = false;
  /** …and it was a target sheet's. */
  let expectingSheet = false;
  /** …or a feedback form's. */
  let expectingForm = false;
  let table: DocumentTable | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const cells = delimitedCells(line);
    if (cells !== null && barCell(line) === null) {
      if (!table) {
        table = { kind: 'table', rows: [], place: { line: i + 1 } };
        blocks.push(table);
      }
      table.rows.push(
        cells.map((t) => ({ text: t, rowSpan: 1, colSpan: 1, place: { line: i + 1 } })),
      );
      expectingTable = expectingSheet = expectingForm = false;
      i += 1;
      continue;
    }
    table = null;

    // A run of `cell |` lines: titles and units among them are paragraphs, the rest cells.
    if (barCell(line) !== null && barCell(lines[i + 1] ?? '') !== null) {
      const stream: StreamCell[] = [];
      let j = i;
      for (; j < lines.length && barCell(lines[j] ?? '') !== null; j += 1) {
        const cell = barCell(lines[j] ?? '') ?? '';
        if (
          stream.length === 0 &&
          (isTitleLine(cell) ||
            isUnitLine(cell) ||
            ATTACHMENT_MARK.test(compact(cell)) ||
            cell === '')
        ) {
          if (cell !== '') blocks.push({ kind: 'paragraph', text: cell, place: { line: j + 1 } });
          continue;
        }
        stream.push({ text: cell, line: j + 1 });
      }
      const rows = streamRows(stream);
      if (rows) expectingTable = expectingSheet = expectingForm = false;
      if (rows) blocks.push(tableOf(rows));
      else
        stream.forEach((c) =>
          blocks.push({ kind: 'paragraph', text: c.text, place: { line: c.line } }),
        );
      i = j;
      continue;
    }

    const plain = plainLine(line);
    // A title wrapped over two lines, blank lines between them as web pages save them.
    let nextAt = i + 1;
    while (nextAt < i + 4 && nextAt < lines.length && compact(lines[nextAt] ?? '') === '')
      nextAt += 1;
    const next = lines[nextAt] ?? '';
    if (
      plain !== '' &&
      !isTitleLine(line) &&
      compact(next).length > 0 &&
      compact(next).length <= 12 &&
      isTitleLine(plain + plainLine(next))
    ) {
      paragraph(i);
      paragraph(nextAt);
      expectingTable = true;
      i = nextAt + 1;
      continue;
    }
    if (isTitleLine(line)) {
      paragraph(i);
      expectingTable = true;
      expectingSheet = /绩效目标(申报)?表/.test(compact(line));
      expectingForm = /跟踪(反馈|情况)表/.test(compact(line));
      i += 1;
      continue;
    }
    if (expectingForm && plain !== '') {
      expectingForm = false;
      let j = i;
      while (j < lines.length && !(j > i && isTitleLine(lines[j] ?? ''))) j += 1;
      const form = formRows(lines.slice(i, j).map((t, k) => ({ text: t, line: i + k + 1 })));
      if (form) {
        for (const p of form.before)
          blocks.push({ kind: 'paragraph', text: p.text, place: { line: p.line } });
        blocks.push(tableOf(form.rows));
        for (const p of form.after)
          blocks.push({ kind: 'paragraph', text: p.text, place: { line: p.line } });
        expectingTable = false;
        i = j;
        continue;
      }
    }
    if (expectingSheet && plain !== '' && !isUnitLine(plain) && !SUBTITLE.test(compact(plain))) {
      // A target sheet runs to the next title or attachment mark, prose-like goals included.
      let j = i;
      while (
        j < lines.length &&
        !(j > i && (isTitleLine(lines[j] ?? '') || ATTACHMENT_MARK.test(compact(lines[j] ?? ''))))
      )
        j += 1;
      const rows = sheetRows(lines.slice(i, j).map((t, k) => ({ text: t, line: i + k + 1 })));
      expectingTable = false;
      expectingSheet = false;
      if (rows) {
        blocks.push(tableOf(rows));
        i = j;
        continue;
      }
    }
    if (!expectingTable || plain === '' || isUnitLine(plain) || SUBTITLE.test(compact(plain))) {
      paragraph(i);
      i += 1;
      continue;
    }
    // Lines after a title up to the next title, attachment mark, page footer or prose.
    let j = i;
    for (; j < lines.length; j += 1) {
      const l = lines[j] ?? '';
      const c = compact(l);
      if (j > i && (isTitleLine(l) || ATTACHMENT_MARK.test(c) || delimitedCells(l) !== null)) break;
      if (PAGE_FOOTER.test(c) || (isProse(l) && j > i)) break;
    }
    const region = lines.slice(i, j).map((t, k) => ({ text: t, line: i + k + 1 }));
    const atEnd = lines.slice(j).every((l) => l.trim() === '');
    // A region of one line is a whole table on one line before it is one row of spaced cells.
    const single = region.filter((l) => l.text.trim() !== '').length === 1;
    const rows =
      (single ? oneLineTable(region) : null) ??
      spacedRows(region, atEnd) ??
      streamRows(
        region
          .filter((l) => l.text.trim() !== '')
          .map((l) => ({ text: l.text.trim(), line: l.line })),
      ) ??
      oneLineTable(region) ??
      null;
    if (rows) {
      blocks.push(tableOf(rows));
      // Lines of the region the table did not take (a row cut off by the end of the text).
      const taken = new Set(rows.map((r) => r.line));
      const lastTaken = Math.max(...taken);
      region
        .filter((l) => l.line > lastTaken && l.text.trim() !== '')
        .forEach((l) => blocks.push({ kind: 'paragraph', text: l.text, place: { line: l.line } }));
      expectingTable = false;
      i = j;
      continue;
    }
    expectingTable = false;
    paragraph(i);
    i += 1;
  }
  return { format: 'text', blocks };
}
