/**
 * Table rows whose cells are separated by spaces: `pdftotext -layout` (columns aligned by runs
 * of spaces), `-raw` (one space), and web pages saved as text where each cell is followed by a
 * space and an empty cell adds two (`河北省5.58 3.93 1.65     `: three figures, two empty cells).
 * A row is a name (possibly glued to its first figure) followed by figures.
 */
import { compact } from '../../domain/text.ts';
import {
  isAmountToken,
  isColumnNumbering,
  isRowName,
  isUnitLine,
  splitGluedName,
} from './tokens.ts';

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensOf(line: string, from = 0): Token[] {
  return [...line.matchAll(/\S+/g)]
    .filter((m) => m.index >= from)
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

interface DataLine {
  name: string;
  figures: Token[];
  /** The raw text after the name, for the one-space rule. */
  rest: string;
  line: string;
}

function dataLine(line: string): DataLine | null {
  const glued = splitGluedName(line);
  if (!glued || !isRowName(glued.name)) return null;
  const offset = line.length - glued.rest.length;
  const figures = tokensOf(line, offset);
  if (figures.length === 0 || !figures.every((t) => isAmountToken(t.text))) return null;
  return { name: compact(glued.name), figures, rest: glued.rest, line };
}

/** One space between cells, two more for each empty cell (also at the end of the line). */
function oneSpaceCells(rest: string): string[] {
  const cells: string[] = [];
  const parts = rest.split(/( +)/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part !== '') cells.push(part);
      return;
    }
    const empties = Math.floor((part.length - 1) / 2);
    for (let k = 0; k < empties; k += 1) cells.push('');
  });
  return cells;
}

/** Column spans of the figures, merged across rows; null when they do not line up. */
function columnSpans(rows: DataLine[]): { start: number; end: number }[] | null {
  const spans = rows
    .flatMap((r) => r.figures.map((f) => ({ start: f.start, end: f.end })))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const widest = Math.max(...rows.map((r) => r.figures.length));
  return merged.length === widest ? merged : null;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Rows of cells (header rows first, then one row per region) from lines of a table printed
 * with spaces; null when the lines hold no such rows.
 */
export function spacedRows(
  lines: { text: string; line: number }[],
  /** The lines run to the end of the text: a last row shorter than the others was cut off. */
  atEnd = false,
): { cells: string[]; line: number }[] | null {
  const body = lines.filter((l) => l.text.trim() !== '' && !isUnitLine(l.text));
  const first = body.findIndex((l) => dataLine(l.text) !== null);
  if (first < 0) return null;
  const data: { d: DataLine; line: number }[] = [];
  for (const l of body.slice(first)) {
    const d = dataLine(l.text);
    if (!d) break;
    data.push({ d, line: l.line });
  }
  if (data.length < 2) return null;
  const header = body.slice(0, first).filter((l) => !isColumnNumbering(l.text.trim().split(/\s+/)));

  const runs = data.flatMap(({ d }) =>
    [...d.rest.trimEnd().matchAll(/ +/g)].map((m) => m[0].length),
  );
  const oneSpace = runs.length > 0 && runs.filter((r) => r === 1).length * 2 >= runs.length;
  const spans = oneSpace ? null : columnSpans(data.map((x) => x.d));

  const rows: { cells: string[]; line: number }[] = [];
  if (spans) {
    // Header words sit over the column they name; anything left of the figures names rows.
    const width = spans.length + 1;
    const nameZoneEnd = Math.max(...data.map(({ d }) => d.line.length - d.rest.length));
    const centre = (s: { start: number; end: number }) => (s.start + s.end) / 2;
    for (const h of header) {
      const cells = Array.from({ length: width }, () => '');
      for (const t of tokensOf(h.text)) {
        const best = spans
          .map((s, c) => ({ c: c + 1, o: overlap(s, t), d: Math.abs(centre(s) - centre(t)) }))
          .sort((a, b) => b.o - a.o || a.d - b.d)[0];
        const c = t.end <= nameZoneEnd && (best?.o ?? 0) <= 0 ? 0 : (best?.c ?? 0);
        cells[c] = cells[c] + t.text;
      }
      rows.push({ cells, line: h.line });
    }
    for (const { d, line } of data) {
      const cells = [d.name, ...spans.map(() => '')];
      for (const f of d.figures) {
        const c = spans.findIndex((s) => overlap(s, f) > 0);
        cells[c + 1] = f.text;
      }
      rows.push({ cells, line });
    }
    return rows;
  }
  for (const h of header) rows.push({ cells: h.text.trim().split(/\s{2,}|\t/), line: h.line });
  const cellRows = data.map(({ d, line }) => ({
    cells: [d.name, ...(oneSpace ? oneSpaceCells(d.rest) : d.figures.map((f) => f.text))],
    line,
  }));
  const last = cellRows.at(-1);
  const widths = cellRows.slice(0, -1).map((r) => r.cells.length);
  if (
    oneSpace &&
    atEnd &&
    last &&
    widths.length > 0 &&
    widths.every((w) => w > last.cells.length)
  ) {
    // The text stops inside this row (a page saved in part): it is left out of the table.
    cellRows.pop();
  }
  rows.push(...cellRows);
  return rows;
}
