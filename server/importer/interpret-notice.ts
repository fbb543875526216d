/**
 * Reads a notice from the document model, whatever format it came from, and applies the
 * corrections a reviewer made (number, year, batch; unit and column roles once the
 * interpreter honours them).
 */
import { expandTable, type DocumentModel } from './document-model.ts';
import { parseNoticeLines } from './parse-notice.ts';
import type { NoticeCorrections, ParsedNotice } from './types.ts';

/** Tables as tab-separated rows (merged cells written once, at their top-left corner). */
function modelLines(model: DocumentModel): string[] {
  return model.blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? block.text.split(/\r\n|\r|\n/)
      : expandTable(block).map((row) =>
          row.map((cell) => (cell.origin ? cell.text.replace(/\s+/g, ' ') : '')).join('\t'),
        ),
  );
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
