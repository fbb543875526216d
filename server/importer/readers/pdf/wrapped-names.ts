/**
 * In a table printed without lines, a row name too long for its column wraps onto lines of
 * its own: centred, `屏边苗族自` above the row's figures and `治县` below them; top-aligned,
 * the name's start on the figures' line and `治县` below. Those lines would break the table
 * in two and lose the row. Here the pieces are put back into the row's first cell.
 */
import type { TextLine } from './text-lines.ts';

const FIGURE = /^[-−(（]?[\d０-９][\d０-９,，.．]*[)）]?$/u;

const isFigureRow = (line: TextLine): boolean =>
  line.parts.length > 1 && line.parts.every((p) => FIGURE.test(p.text.replace(/\s+/g, '')));

/** Consecutive lines of one table row: less than two lines' height apart. */
const close = (upper: TextLine, lower: TextLine): boolean =>
  upper.y - lower.y <= Math.max(upper.size, lower.size) * 1.8;

/** A single piece of text left of where the row's figures start. */
const nameFragment = (line: TextLine | undefined, before: number): boolean =>
  line !== undefined &&
  line.parts.length === 1 &&
  (line.parts[0]?.x1 ?? Infinity) < before &&
  !FIGURE.test(line.parts[0]?.text ?? '');

export function joinWrappedNames(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  const tableAt = (i: number): boolean => (lines[i]?.parts.length ?? 0) > 1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as TextLine;
    const row = lines[i + 1];
    // Centred: name piece, figures without a name, (name piece), inside a table.
    if (
      row &&
      isFigureRow(row) &&
      nameFragment(line, row.parts[0]?.x0 ?? 0) &&
      close(line, row) &&
      (tableAt(i - 1) || tableAt(i + 2) || tableAt(i + 3))
    ) {
      const first = line.parts[0] as TextLine['parts'][number];
      const below = lines[i + 2];
      const joinBelow =
        below !== undefined &&
        nameFragment(below, row.parts[0]?.x0 ?? 0) &&
        close(row, below) &&
        Math.abs((below.parts[0]?.x0 ?? 0) - first.x0) <= line.size * 1.5;
      const tail = joinBelow ? (below.parts[0]?.text ?? '') : '';
      out.push({
        ...row,
        x0: first.x0,
        parts: [{ text: first.text + tail, x0: first.x0, x1: first.x1 }, ...row.parts],
      });
      i += joinBelow ? 2 : 1;
      continue;
    }
    // Top-aligned: the rest of the name on the line below a named row, in the name's column.
    const previous = out.at(-1);
    const head = previous?.parts[0];
    if (
      previous &&
      head &&
      previous.parts.length > 2 &&
      previous.parts.slice(1).every((p) => FIGURE.test(p.text.replace(/\s+/g, ''))) &&
      nameFragment(line, previous.parts[1]?.x0 ?? 0) &&
      Math.abs((line.parts[0]?.x0 ?? 0) - head.x0) <= line.size * 1.5 &&
      close(previous, line) &&
      tableAt(i + 1)
    ) {
      head.text += line.parts[0]?.text ?? '';
      continue;
    }
    out.push(line);
  }
  return out;
}
