/**
 * A notice saved from a web page may come as one line (every paragraph and the whole table run
 * together). Such a line is cut where a reader would see a break: after a sentence, before an
 * attachment marker, around a table title and its unit. The table that remains glued is
 * rebuilt by glued-table.ts.
 */
import { TITLE_CORE } from './tokens.ts';

const LONG_LINE = 300;

/**
 * A table title directly followed by its unit: the title starts after the last 附件N (`附件2023年…`
 * is 附件 and a title starting with its year, not 附件 2023).
 */
const GLUED_TITLE = new RegExp(
  `(附件\\s*(?:\\d{1,2}(?![\\d年]))?[:：]?)([^。]{2,60}?${TITLE_CORE})\\s*(单位[:：]\\s*(?:万元|亿元|元))`,
  'gu',
);

function cutLine(line: string): string[] {
  const marked = line
    .replace(GLUED_TITLE, '\n$1\n$2\n$3\n')
    .replace(/。/g, '。\n')
    // A signature with its date run into the attachment list: `…目标表韶关市财政局2022年12月9日附件1`.
    .replace(/((?:局|厅|部|委员会|政府))(\d{4}年\d{1,2}月\d{1,2}日)/gu, '$1\n$2\n');
  return (
    marked
      .split('\n')
      .map((l) => l.trim())
      // The title cut from the prose keeps the full stop it was run into: `…的通知。`.
      .map((l) => (l.length <= 80 && /关于.+的通知。$/.test(l) ? l.slice(0, -1) : l))
      .filter((l) => l !== '')
  );
}

/** A line to cut: a long one, or a short notice whose table runs on after its title and unit. */
const toCut = (l: string): boolean => {
  GLUED_TITLE.lastIndex = 0;
  return l.length > LONG_LINE || (/。/.test(l) && GLUED_TITLE.test(l));
};

export function unglueLongLines(lines: string[]): string[] {
  if (!lines.some(toCut)) return lines;
  return lines.flatMap((l) => (toCut(l) ? cutLine(l) : [l]));
}
