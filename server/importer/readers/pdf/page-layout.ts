/**
 * The pages of a PDF into the document model: on each page, ruled tables and the text lines
 * outside them in reading order (top to bottom); wrapped lines of one paragraph joined; runs
 * of lines split into far-apart parts (a table drawn without lines) as a table of those
 * parts; page numbers dropped; a table cut by a page break joined with its continuation.
 */
import type { DocumentBlock, DocumentCell, DocumentTable } from '../../document-model.ts';
import type { PageContent } from './page-content.ts';
import { ruledTables, type PdfCell, type PdfTable } from './ruled-tables.ts';
import { buildLines, type TextLine } from './text-lines.ts';
import { unruledTable } from './unruled-table.ts';
import { joinWrappedNames } from './wrapped-names.ts';

type PageBlock =
  | { kind: 'lines'; top: number; lines: TextLine[]; page: number }
  | { kind: 'ruled'; top: number; table: PdfTable };

const PAGE_NUMBER =
  /^([-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/u;
const LIST_START =
  /^(\d+\s*[.、．]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|附件)/u;
/** Ends within this many points of two tables' edges are the same table's columns. */
const SAME_EDGE = 3;

function isPageNumber(line: TextLine, page: PageContent): boolean {
  const nearEdge = line.y < page.height * 0.08 || line.y > page.height * 0.94;
  return nearEdge && line.parts.length === 1 && PAGE_NUMBER.test(line.parts[0]?.text ?? '');
}

function pageBlocks(page: PageContent): PageBlock[] {
  const runs = new Set(page.runs);
  const tables = ruledTables(page.rulings, runs, page.number);
  const lines = buildLines([...runs]).filter((l) => !isPageNumber(l, page));
  const blocks: PageBlock[] = tables.map((table) => ({ kind: 'ruled', top: table.top, table }));
  for (const line of lines)
    blocks.push({ kind: 'lines', top: line.y, lines: [line], page: page.number });
  blocks.sort((a, b) => b.top - a.top);
  // Consecutive lines (no table between) stay together for paragraph building.
  const merged: PageBlock[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (block.kind === 'lines' && last?.kind === 'lines') last.lines.push(...block.lines);
    else merged.push(block);
  }
  return merged;
}

/** Where paragraph text meets the right margin, so a wrapped line can be told from a short one. */
interface Flow {
  /** Right margin by page width (portrait and landscape pages differ). */
  rightEdges: Map<number, number>;
  rightEdge: number;
  /** The last line of the paragraph before, while it may still continue (no table since). */
  previous: TextLine | null;
}

/** A line above a table that is not a header cell: the unit, 附件N, a title, a `(2023年X县)`. */
const NOT_HEADER = /^(单位[:：]|附件)|表$|^[(（][^)）]*[)）]$/u;

/** Lines right above line `i`, close together: a header cut into lines, perhaps. */
function headerCandidates(lines: TextLine[], i: number): TextLine[] {
  let k = i;
  for (; k > 0; k -= 1) {
    const line = lines[k - 1];
    const below = lines[k];
    if (!line || !below || line.y - below.y > line.size * 2.2) break;
    if (line.parts.some((p) => NOT_HEADER.test(p.text))) break;
  }
  return lines.slice(k, i);
}

/** Lines into paragraphs (wrapped lines joined, across pages too) and tables of far-apart parts. */
function linesToBlocks(lines: TextLine[], page: number, flow: Flow, blocks: DocumentBlock[]): void {
  let tableRows: TextLine[] = [];
  let above: TextLine[] = [];
  const finishTable = (): void => {
    if (tableRows.length === 0) return;
    // Header lines taken by the table were paragraphs, one per part: take them back.
    const texts = above.flatMap((line) => line.parts.map((p) => p.text));
    const recent = blocks.slice(-texts.length).map((b) => (b.kind === 'paragraph' ? b.text : null));
    const ownParagraphs = texts.length > 0 && recent.every((text, k) => text === texts[k]);
    const { table, used } = unruledTable(tableRows, page, ownParagraphs ? above : []);
    const taken = above.slice(above.length - used).reduce((n, line) => n + line.parts.length, 0);
    blocks.splice(blocks.length - taken, taken);
    blocks.push(table);
    tableRows = [];
    above = [];
  };
  lines.forEach((line, i) => {
    const partsRow = line.parts.length > 1;
    const neighbourRow =
      (lines[i - 1]?.parts.length ?? 0) > 1 || (lines[i + 1]?.parts.length ?? 0) > 1;
    if (partsRow && neighbourRow) {
      if (tableRows.length === 0) above = headerCandidates(lines, i);
      tableRows.push(line);
      flow.previous = null;
      return;
    }
    finishTable();
    if (partsRow) {
      // One line of far-apart parts (a red head's 文件, a signature and its date): each its own.
      for (const part of line.parts)
        blocks.push({ kind: 'paragraph', text: part.text, place: { page } });
      flow.previous = null;
      return;
    }
    const text = line.parts.map((p) => p.text).join(' ');
    const last = blocks.at(-1);
    const previous = flow.previous;
    // A line continues the paragraph above when that one ran to the right margin, in the
    // same type, close below it (or at the top of the next page), and starts no new item.
    const continues =
      previous !== null &&
      last?.kind === 'paragraph' &&
      Math.abs(previous.size - line.size) <= 0.6 &&
      (previous.y - line.y <= line.size * 2 || last.place?.page !== page) &&
      previous.x1 >= flow.rightEdge - line.size * 2 &&
      !LIST_START.test(text);
    if (continues && last?.kind === 'paragraph') last.text += text;
    else blocks.push({ kind: 'paragraph', text, place: { page } });
    flow.previous = line;
  });
  finishTable();
}

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return Math.abs(a.x0 - b.x0) <= SAME_EDGE && Math.abs(a.x1 - b.x1) <= SAME_EDGE;
}

function sameSpan(a: PdfCell, b: PdfCell): boolean {
  return Math.abs(a.x0 - b.x0) <= SAME_EDGE && Math.abs(a.x1 - b.x1) <= SAME_EDGE;
}

function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return /[\u3000-\u9fff\uff00-\uffef]$/u.test(a) || /^[\u3000-\u9fff\uff00-\uffef]/u.test(b)
    ? a + b
    : `${a} ${b}`;
}

/** A line may not start with closing punctuation: the character before it moves down too. */
const NO_LINE_START = /^.[）)」』】〕，,。.、；;：:！!？?%％]/u;

/**
 * Whether `below` goes on with the text of `above`: the text above filled its last line (one
 * character of room at most, two when the next line starts `X）` pushed down together).
 */
function wrapsOn(above: PdfCell, below: PdfCell): boolean {
  return above.endRoom <= 1.2 || (above.endRoom <= 2.2 && NO_LINE_START.test(below.text));
}

/**
 * Appends `next` (the continuation on the following page) to `table`. Which rows go on is
 * told by the cells, because the borders at a break are unreliable (Chromium draws none,
 * LibreOffice closes every cell):
 * - a row cut in two (LibreOffice lets rows break): the first row below the break has the
 *   same cells as the last row above it, and where both parts hold text, the text above runs
 *   to its cell's right edge (it wrapped and goes on below, see wrapsOn), so the two are one row;
 * - a merged cell going on (a label spanning rows): the cell below the break, at the same
 *   place, is empty; it extends the cell above.
 */
function joinTables(table: PdfTable, next: PdfTable): void {
  const lastRow = table.rowCount - 1;
  const bottomCells = table.cells.filter((c) => c.row + c.rowSpan - 1 === lastRow);
  const topCells = next.cells.filter((c) => c.row === 0);
  const pairs = topCells.map((cell) => ({
    cell,
    above: bottomCells.find((c) => sameSpan(c, cell)),
  }));
  const sameRow = pairs.length > 0 && pairs.every((p) => p.above !== undefined);
  const texts = pairs.filter((p) => p.cell.text !== '' && p.above?.text);
  const splitRow =
    sameRow && texts.length > 0 && texts.every((p) => p.above && wrapsOn(p.above, p.cell));
  const offset = splitRow ? lastRow : table.rowCount;
  for (const cell of next.cells) {
    const pair = cell.row === 0 ? pairs.find((p) => p.cell === cell) : undefined;
    const above = pair?.above;
    if (above && (splitRow || cell.text === '')) {
      above.rowSpan += splitRow ? cell.rowSpan - 1 : cell.rowSpan;
      above.text = joinText(above.text, cell.text);
      above.openBottom = cell.openBottom;
      above.endRoom = cell.endRoom;
    } else {
      table.cells.push({ ...cell, row: cell.row + offset });
    }
  }
  table.rowCount = offset + next.rowCount;
  table.bottom = next.bottom;
}

/** Column boundaries shared by all parts, then rows of cells with spans and gap fillers. */
function toDocumentTable(table: PdfTable): DocumentTable {
  const bounds: number[] = [];
  for (const x of table.cells.flatMap((c) => [c.x0, c.x1]).sort((a, b) => a - b)) {
    const last = bounds.at(-1);
    if (last === undefined || x - last > SAME_EDGE) bounds.push(x);
  }
  const column = (x: number): number => {
    let best = 0;
    bounds.forEach((b, i) => {
      if (Math.abs(b - x) < Math.abs((bounds[best] ?? 0) - x)) best = i;
    });
    return best;
  };
  const width = Math.max(1, bounds.length - 1);
  const taken: boolean[][] = Array.from({ length: table.rowCount }, () =>
    Array.from({ length: width }, () => false),
  );
  const starts = new Map<string, PdfCell & { colSpan: number }>();
  for (const cell of table.cells) {
    const c0 = column(cell.x0);
    const colSpan = Math.max(1, column(cell.x1) - c0);
    if (taken[cell.row]?.[c0]) continue;
    starts.set(`${cell.row},${c0}`, { ...cell, colSpan });
    for (let r = cell.row; r < Math.min(table.rowCount, cell.row + cell.rowSpan); r += 1) {
      for (let c = c0; c < Math.min(width, c0 + colSpan); c += 1) {
        const row = taken[r];
        if (row) row[c] = true;
      }
    }
  }
  const rows: DocumentCell[][] = [];
  for (let r = 0; r < table.rowCount; r += 1) {
    const row: DocumentCell[] = [];
    for (let c = 0; c < width; c += 1) {
      const cell = starts.get(`${r},${c}`);
      if (cell) {
        row.push({
          text: cell.text,
          rowSpan: Math.min(cell.rowSpan, table.rowCount - r),
          colSpan: cell.colSpan,
          place: { page: table.page, label: `第 ${table.page} 页表格第 ${r + 1} 行` },
        });
      } else if (!taken[r]?.[c]) {
        row.push({ text: '', rowSpan: 1, colSpan: 1 });
      }
    }
    rows.push(row);
  }
  return { kind: 'table', rows, place: { page: table.page } };
}

/** The right margin of body text for each page width: the furthest end of a one-part line. */
function rightMargins(laidOut: { page: PageContent; blocks: PageBlock[] }[]): Map<number, number> {
  const margins = new Map<number, number>();
  for (const { page, blocks } of laidOut) {
    const width = Math.round(page.width);
    for (const b of blocks) {
      if (b.kind !== 'lines') continue;
      for (const l of b.lines) {
        if (l.parts.length === 1) margins.set(width, Math.max(margins.get(width) ?? 0, l.x1));
      }
    }
  }
  return margins;
}

export function layoutPages(pages: PageContent[]): DocumentBlock[] {
  const laidOut = pages.map((page) => ({ page, blocks: pageBlocks(page) }));
  const flow: Flow = { rightEdges: rightMargins(laidOut), rightEdge: 0, previous: null };
  const blocks: DocumentBlock[] = [];
  let open: PdfTable | null = null;
  const finishTable = (): void => {
    if (open) blocks.push(toDocumentTable(open));
    open = null;
  };
  for (const { page, blocks: pageParts } of laidOut) {
    // A page of short lines only (a list, a signature) has no margin of its own: take at
    // least three quarters of the page, where wrapped body text ends on any usual layout.
    flow.rightEdge = Math.max(flow.rightEdges.get(Math.round(page.width)) ?? 0, page.width * 0.75);
    pageParts.forEach((block, i) => {
      if (block.kind === 'ruled') {
        flow.previous = null;
        // The first thing on a page continues the last table of the page before.
        if (i === 0 && open && sameColumns(open, block.table)) joinTables(open, block.table);
        else {
          finishTable();
          open = block.table;
        }
        if (i < pageParts.length - 1) finishTable();
      } else {
        finishTable();
        linesToBlocks(joinWrappedNames(block.lines), page.number, flow, blocks);
      }
    });
  }
  finishTable();
  return blocks;
}
