/**
 * One cell per line, the most common layout of tables copied from web pages and of
 * `pdftotext` default output: the header's cells, then each row's cells, one after another.
 * Rows are found by their names (a region, a department, a total followed by a figure); the
 * cells between two names are that row's. Empty cells are known only where the text marks
 * them (a bare `|`); elsewhere a row's figures fill its columns from the left.
 */
import { compact } from '../../domain/text.ts';
import { isAmountToken, isRowName, PAGE_FOOTER } from './tokens.ts';

export interface StreamCell {
  text: string;
  line: number;
}

function nextFilled(cells: StreamCell[], i: number): StreamCell | undefined {
  for (let k = i + 1; k < cells.length && k <= i + 2; k += 1) {
    if ((cells[k]?.text ?? '') !== '') return cells[k];
  }
  return undefined;
}

/** Header cells without the column numbering (1, 2, 3 … spread among them). */
function withoutNumbering(cells: StreamCell[]): StreamCell[] {
  let expected = 1;
  const numbering = new Set<StreamCell>();
  for (const c of cells) {
    if (compact(c.text) === String(expected)) {
      numbering.add(c);
      expected += 1;
    }
  }
  return expected > 3 ? cells.filter((c) => !numbering.has(c)) : cells;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** Rows of cells (one header row, then the data rows), or null when no row is found. */
/**
 * The column numbering of a header (1, 2, 3 … with header words between, never two figures
 * side by side), which would otherwise read as figures of a row named by a header word.
 */
function numberingCells(cells: StreamCell[]): Set<StreamCell> {
  const found = new Set<StreamCell>();
  const filled = cells.filter((c) => compact(c.text) !== '');
  let expected = 1;
  // Only in the header: the scan ends at the first row name followed by a figure.
  const firstRow = filled.findIndex(
    (c, i) =>
      isRowName(c.text) &&
      isAmountToken(filled[i + 1]?.text ?? '') &&
      compact(filled[i + 1]?.text ?? '') !== '1',
  );
  filled.slice(0, firstRow < 0 ? 40 : firstRow).forEach((c, i) => {
    const t = compact(c.text);
    if (t !== String(expected)) return;
    const prev = compact(filled[i - 1]?.text ?? '');
    const next = compact(filled[i + 1]?.text ?? '');
    // A number beside the one before or after it, or followed by a header word: never a
    // figure of a row (a row's figure follows its name and precedes the next name).
    if (
      prev === String(expected - 1) ||
      next === String(expected + 1) ||
      (next !== '' && !isRowName(next) && !isAmountToken(next))
    ) {
      found.add(c);
      expected += 1;
    }
  });
  return expected > 3 ? found : new Set();
}

export function streamRows(cells: StreamCell[]): { cells: string[]; line: number }[] | null {
  const footer = cells.findIndex((c) => PAGE_FOOTER.test(compact(c.text)));
  const numbering = numberingCells(cells);
  const usable = (footer < 0 ? cells : cells.slice(0, footer)).filter((c) => !numbering.has(c));
  const starts: number[] = [];
  usable.forEach((c, i) => {
    if (isRowName(c.text) && isAmountToken(nextFilled(usable, i)?.text ?? '')) starts.push(i);
  });
  if (starts.length < 2) return null;
  const groups = starts.map((s, k) => usable.slice(s, starts[k + 1] ?? usable.length));
  const width = mode(
    groups
      .slice(0, -1)
      .map((g) => g.length)
      .concat(groups.length === 1 ? [groups[0]?.length ?? 0] : []),
  );
  const header = withoutNumbering(usable.slice(0, starts[0]).filter((c) => c.text !== ''));
  const rows: { cells: string[]; line: number }[] = [];
  if (header.length > 0) {
    rows.push({ cells: header.map((c) => c.text.trim()), line: header[0]?.line ?? 0 });
  }
  for (const g of groups) {
    // The last row may run into whatever follows the table: keep the table's width.
    const kept = g.length > width ? g.slice(0, width) : g;
    rows.push({ cells: kept.map((c) => compact(c.text)), line: g[0]?.line ?? 0 });
  }
  return rows;
}
