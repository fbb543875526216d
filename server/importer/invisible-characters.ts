/**
 * Characters a reader cannot see: control characters (a BEL or NUL pasted into a cell), bidi
 * overrides (U+202E turns `甲县` around on screen) and zero-width characters. In a region's
 * name they would make a second, invisible-different region; they are dropped from every
 * paragraph and cell before the notice is read, and the reviewer is told where.
 */
import type { DocumentBlock, DocumentModel, SourcePlace } from './document-model.ts';
import type { ImportWarning } from './types.ts';

/** Tab, line feed, carriage return and form feed are layout, not invisible. */
function isInvisible(code: number): boolean {
  return (
    code <= 0x08 ||
    code === 0x0b ||
    (code >= 0x0e && code <= 0x1f) ||
    code === 0x7f ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

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
    let any = false;
    for (let i = 0; i < text.length && !any; i += 1) any = isInvisible(text.charCodeAt(i));
    if (!any) return text;
    let kept = '';
    let dropped = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (isInvisible(code)) dropped += 1;
      else kept += text[i];
    }
    if (dropped === 0) return text;
    count += dropped;
    first ??= `${placeText(place)}「${kept.trim().slice(0, 20)}」`;
    return kept;
  };
  const blocks = model.blocks.map((block): DocumentBlock => {
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
