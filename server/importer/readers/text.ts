/**
 * Plain text into the document model: a run of lines holding cells (tabs, `|` rows) is a
 * table, every other line a paragraph.
 */
import { cellsOf } from '../../domain/text.ts';
import type { DocumentBlock, DocumentModel, DocumentTable } from '../document-model.ts';

export function readText(text: string): DocumentModel {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: DocumentBlock[] = [];
  let table: DocumentTable | null = null;
  lines.forEach((line, i) => {
    const cells = cellsOf(line);
    if (cells === null) {
      table = null;
      blocks.push({ kind: 'paragraph', text: line, place: { line: i + 1 } });
      return;
    }
    if (!table) {
      table = { kind: 'table', rows: [], place: { line: i + 1 } };
      blocks.push(table);
    }
    table.rows.push(
      cells.map((text) => ({ text, rowSpan: 1, colSpan: 1, place: { line: i + 1 } })),
    );
  });
  return { format: 'text', blocks };
}
