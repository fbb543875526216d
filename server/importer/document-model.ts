/**
 * One model of a document, whatever it arrived as (PDF, Word, Excel, a web page, plain text):
 * its paragraphs in reading order and its tables as rows of cells. Every format has a reader
 * that produces this model; one interpreter reads a notice from it, so a new format or layout
 * never changes how allocations or indicators are understood.
 */
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'xlsx' | 'html';

/** Where a block or cell came from, for messages a user can follow ("page 3", "table 2, row 5"). */
export interface SourcePlace {
  /** 1-based page of a PDF; 1-based sheet of a workbook. */
  page?: number;
  /** 1-based line of a text file. */
  line?: number;
  /** Free text such as `表 2` or `Sheet1!B7`, shown in messages. */
  label?: string;
}

export interface DocumentCell {
  text: string;
  /** A merged cell covers rowSpan rows and colSpan columns from its top-left position. */
  rowSpan: number;
  colSpan: number;
  place?: SourcePlace;
}

export interface DocumentParagraph {
  kind: 'paragraph';
  text: string;
  place?: SourcePlace;
}

export interface DocumentTable {
  kind: 'table';
  /**
   * Rows of cells as the source lays them out. A cell covered by a merge above or to the left
   * is not repeated: `expandTable` gives the rectangular grid.
   */
  rows: DocumentCell[][];
  place?: SourcePlace;
}

export type DocumentBlock = DocumentParagraph | DocumentTable;

export interface DocumentModel {
  format: SourceFormat;
  blocks: DocumentBlock[];
}

/**
 * The rectangular grid of a table: every position holds the text of the cell that covers it,
 * and `origin` tells whether the position is the merged cell's own top-left corner.
 */
export function expandTable(table: DocumentTable): { text: string; origin: boolean }[][] {
  const grid: { text: string; origin: boolean }[][] = [];
  table.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c]) c += 1;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr += 1) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc += 1) {
          const target = (grid[r + dr] ??= []);
          target[c + dc] = { text: cell.text, origin: dr === 0 && dc === 0 };
        }
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) =>
    Array.from({ length: width }, (_, c) => row[c] ?? { text: '', origin: true }),
  );
}
