/**
 * Reads a notice from the document model, whatever format it came from, and applies the
 * corrections a reviewer made (number, year, batch; unit and column roles once the
 * interpreter honours them).
 */
import { expandTable, type DocumentModel, type DocumentTable } from './document-model.ts';
import { parseNoticeLines } from './parse-notice.ts';
import type { NoticeCorrections, ParsedNotice } from './types.ts';

/**
 * A table holding no figure at all only lays words out (a red head such as 财政局 | 文件 over
 * 民政局, as Word and web pages draw it): its cells are read as lines of their own.
 */
function isLayoutTable(block: DocumentTable): boolean {
  return block.rows.every((row) => row.every((cell) => !/\d/.test(cell.text)));
}

/** Tables as tab-separated rows (merged cells written once, at their top-left corner). */
function modelLines(model: DocumentModel): string[] {
  return model.blocks.flatMap((block) => {
    if (block.kind === 'paragraph') return block.text.split(/\r\n|\r|\n/);
    if (isLayoutTable(block)) {
      return block.rows.flatMap((row) => row.map((cell) => cell.text.replace(/\s+/g, ' ')));
    }
    return expandTable(block).map((row) =>
      row.map((cell) => (cell.origin ? cell.text.replace(/\s+/g, ' ') : '')).join('\t'),
    );
  });
}

export function interpretNotice(
  model: DocumentModel,
  corrections: NoticeCorrections = {},
): ParsedNotice {
  const notice = parseNoticeLines(modelLines(model));
  const header = { ...notice.header };
  if (corrections.number !== undefined) header.number = corrections.number;
  if (corrections.year !== undefined) header.year = corrections.year;
  if (corrections.batch !== undefined) header.batch = corrections.batch;
  return { ...notice, header };
}
