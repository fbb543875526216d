/**
 * The annual overall goals (年度总体目标) come as one cell holding a numbered list:
 * `1. 规范… 2. 统筹…` (or `（1）…`, `一、…`). Numbers are taken only in sequence, so a
 * figure inside a goal (`30日内`) never splits it.
 */
import { chineseNumeral } from '../domain/text.ts';

const MARKER =
  /(?<=^|[\s。；;])(?:[(（]\s*([0-9一二三四五六七八九十]+)\s*[)）]|([0-9]+)\s*[.．、]|([一二三四五六七八九十]+)\s*、)/gu;

export function splitGoals(text: string): string[] {
  const markers: { at: number; contentStart: number }[] = [];
  let expected = 1;
  for (const m of text.matchAll(MARKER)) {
    if (chineseNumeral(m[1] ?? m[2] ?? m[3] ?? '') !== expected) continue;
    markers.push({ at: m.index, contentStart: m.index + m[0].length });
    expected++;
  }
  if (markers.length === 0) return text.trim() ? [text.trim()] : [];
  return markers.map((marker, i) =>
    text
      .slice(marker.contentStart, markers[i + 1]?.at ?? text.length)
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
