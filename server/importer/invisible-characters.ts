/**
 * Characters a reader cannot see: control characters (a BEL or NUL pasted into a cell), bidi
 * overrides (U+202E turns `甲县` around on screen) and zero-width characters. In a region's
 * name they would make a second, invisible-different region; they are dropped from every
 * paragraph and cell before the notice is read, and the reviewer is told where.
 */
import type { DocumentBlock, DocumentModel, SourcePlace } from './document-model.ts';
import type { ImportWarning } from './types.ts';

// Tab, line feed, carriage return and form feed are layout, not invisible.
// eslint-disable-next-line no-control-regex
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const placeText = (place: SourcePlace | undefined): string =>
  place?.label ??
  (place?.line !== undefined
    ? `第${place.line}行`
    : place?.page !== undefined
      ? `第${place.page}页`
      : '');

export function withoutInvisibles(model: DocumentModel): {
  model: DocumentModel;
  warning: ImportWarning | null;
} {
  let count = 0;
  let first: string | null = null;
  const clean = (text: string, place: SourcePlace | undefined): string => {
    if (!INVISIBLE.test(text)) return text;
    INVISIBLE.lastIndex = 0;
    const kept = text.replace(INVISIBLE, () => {
      count += 1;
      return '';
    });
    first ??= `${placeText(place)}「${kept.trim().slice(0, 20)}」`;
    return kept;
  };
  const blocks = model.blocks.map((block): DocumentBlock => {
    INVISIBLE.lastIndex = 0;
    if (block.kind === 'paragraph') return { ...block, text: clean(block.text, block.place) };
    return {
      ...block,
      rows: block.rows.map((row) =>
        row.map((cell) => ({ ...cell, text: clean(cell.text, cell.place ?? block.place) })),
      ),
    };
  });
  if (count === 0) return { model, warning: null };
  return {
    model: { ...model, blocks },
    warning: {
      severity: 'warning',
      code: 'INVISIBLE_CHARACTERS',
      message: `文件中有 ${count} 个不可见字符（控制符、双向文字覆盖符 U+202E、零宽字符），已删除，首处在${first ?? ''}；请核对（${count} invisible characters removed）`,
      regionKey: null,
    },
  };
}
