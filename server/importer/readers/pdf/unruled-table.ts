/**
 * A table a PDF prints without lines (Excel printed without gridlines, a borderless web
 * table): consecutive lines of far-apart parts. The rows with the most parts set the columns
 * (from each column's leftmost start to its rightmost end); every part of every row is
 * placed in the columns it overlaps, spanning several when it does (a header such as 其中：
 * over two columns), and a column a row leaves empty gets an empty cell.
 */
import type { DocumentCell, DocumentTable } from '../../document-model.ts';
import type { TextLine } from './text-lines.ts';

interface Column {
  x0: number;
  x1: number;
}

function columnsOf(rows: TextLine[]): Column[] | null {
  const most = Math.max(...rows.map((r) => r.parts.length));
  const basis = rows.filter((r) => r.parts.length === most);
  const columns = Array.from({ length: most }, (_, c) => ({
    x0: Math.min(...basis.map((r) => r.parts[c]?.x0 ?? Infinity)),
    x1: Math.max(...basis.map((r) => r.parts[c]?.x1 ?? -Infinity)),
  }));
  // Rows of the same count that disagree on where columns are make no grid.
  const ordered = columns.every((col, c) => c === 0 || (columns[c - 1]?.x1 ?? 0) < col.x0);
  return ordered ? columns : null;
}

function overlaps(part: { x0: number; x1: number }, column: Column): boolean {
  return part.x0 < column.x1 && part.x1 > column.x0;
}

/**
 * Header cells on lines above the rows (cells centred over two rows fall on lines of their
 * own): each placed in the columns it covers, the nearest line first.
 */
function headerRow(
  lines: TextLine[],
  columns: Column[],
  cell: (text: string, colSpan?: number) => DocumentCell,
): { row: DocumentCell[]; used: number } {
  const left = (columns[0]?.x0 ?? 0) - 12;
  const right = (columns.at(-1)?.x1 ?? 0) + 12;
  const placed: { first: number; last: number; text: string }[] = [];
  let used = 0;
  // Nearest line first; stop at the first that cannot be header cells of these columns.
  for (const line of [...lines].reverse()) {
    const cells = line.parts.map((part) => ({
      part,
      covered: columns.flatMap((col, c) => (overlaps(part, col) ? [c] : [])),
    }));
    const fits = cells.every(
      ({ part, covered }) =>
        part.x0 >= left &&
        part.x1 <= right &&
        covered.length > 0 &&
        (columns.length === 1 || covered.length < columns.length),
    );
    if (!fits) break;
    for (const { part, covered } of cells) {
      placed.push({ first: covered[0] ?? 0, last: covered.at(-1) ?? 0, text: part.text });
    }
    used += 1;
  }
  const row: DocumentCell[] = [];
  for (let c = 0; c < columns.length;) {
    const here = placed.filter((p) => p.first <= c && p.last >= c).reverse();
    const last = Math.max(c, ...here.map((p) => p.last));
    row.push(cell(here.map((p) => p.text).join(''), last - c + 1));
    c = last + 1;
  }
  return { row, used };
}

/**
 * The table of `rows`; `above` are lines just above it that may be its header. `used` tells
 * how many of those lines (from the nearest) it took.
 */
export function unruledTable(
  rows: TextLine[],
  page: number,
  above: TextLine[] = [],
): { table: DocumentTable; used: number } {
  const columns = columnsOf(rows);
  const cell = (text: string, colSpan = 1): DocumentCell => ({
    text,
    rowSpan: 1,
    colSpan,
    place: { page },
  });
  if (!columns) {
    return {
      table: {
        kind: 'table',
        rows: rows.map((r) => r.parts.map((p) => cell(p.text))),
        place: { page },
      },
      used: 0,
    };
  }
  const tableRows = rows.map((row) => {
    const cells: DocumentCell[] = [];
    let next = 0;
    for (const part of row.parts) {
      let first = columns.findIndex((col) => overlaps(part, col));
      if (first < 0) {
        // Between columns: the nearest column to its centre.
        const centre = (part.x0 + part.x1) / 2;
        first = columns.reduce(
          (best, col, c) =>
            Math.abs((col.x0 + col.x1) / 2 - centre) <
            Math.abs(((columns[best]?.x0 ?? 0) + (columns[best]?.x1 ?? 0)) / 2 - centre)
              ? c
              : best,
          0,
        );
      }
      first = Math.max(first, next);
      let last = first;
      while (last + 1 < columns.length && overlaps(part, columns[last + 1] as Column)) last += 1;
      for (; next < first; next += 1) cells.push(cell(''));
      if (first >= columns.length) {
        // More parts than columns: keep the text in the last cell rather than lose it.
        const previous = cells.at(-1);
        if (previous) previous.text = `${previous.text} ${part.text}`.trim();
        continue;
      }
      cells.push(cell(part.text, last - first + 1));
      next = last + 1;
    }
    for (; next < columns.length; next += 1) cells.push(cell(''));
    return cells;
  });
  const header = headerRow(above, columns, cell);
  if (header.used > 0) tableRows.unshift(header.row);
  return { table: { kind: 'table', rows: tableRows, place: { page } }, used: header.used };
}
