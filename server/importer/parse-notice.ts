/**
 * A notice given as text: read into the document model by the plain-text reader, then
 * interpreted like any other format. Pure: no database.
 */
import { interpretNotice } from './interpret-notice.ts';
import { readText } from './readers/text.ts';
import type { NoticeCorrections, ParsedNotice } from './types.ts';

export function parseNotice(text: string, corrections: NoticeCorrections = {}): ParsedNotice {
  return interpretNotice(readText(text), corrections);
}
