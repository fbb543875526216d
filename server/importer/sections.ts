/**
 * Splits a notice into its prose body and its tables. Attachment numbers are unreliable
 * (`附件3` twice over for different things), so a table is recognised by its title
 * (…分配表, …绩效目标表, …跟踪反馈表) followed by rows of cells; a title without rows is
 * only the attachment list in the prose.
 */
import { cellsOf, compact, plainLine } from '../domain/text.ts';

export type SectionKind = 'allocation' | 'targetSheet' | 'feedbackForm';

export interface Section {
  kind: SectionKind;
  title: string;
  /** 0-based index of the title line. */
  start: number;
  /** 0-based index one past the last line. */
  end: number;
}

const TITLE_KINDS: [RegExp, SectionKind][] = [
  [/分配(情况)?(明细)?表$/, 'allocation'],
  [/绩效目标(申报)?表$/, 'targetSheet'],
  [/跟踪(反馈|情况)表$/, 'feedbackForm'],
];

function titleKind(line: string): SectionKind | null {
  if (cellsOf(line)) return null;
  const text = compact(plainLine(line));
  if (text.length > 60) return null;
  return TITLE_KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export function findSections(lines: string[]): Section[] {
  const titles = lines
    .map((line, index) => ({ index, kind: titleKind(line) }))
    .filter((t): t is { index: number; kind: SectionKind } => t.kind !== null);
  const sections = titles.map((t, i) => ({
    kind: t.kind,
    title: plainLine(lines[t.index] ?? ''),
    start: t.index,
    end: titles[i + 1]?.index ?? lines.length,
  }));
  return sections.filter((s) =>
    lines.slice(s.start + 1, s.end).some((l) => (cellsOf(l) ?? []).some((c) => c !== '')),
  );
}
