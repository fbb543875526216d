/**
 * The layout of the feedback form (附件4 财政资金使用跟踪反馈表) the notice asks counties to
 * return: its columns and the notes under it, kept so the form can be reproduced and checked.
 */
import { cellsOf, compact, plainLine } from '../domain/text.ts';
import type { Section } from './sections.ts';
import type { FeedbackFormLayout } from './types.ts';

export function parseFeedbackForm(lines: string[], section: Section): FeedbackFormLayout {
  const body = lines.slice(section.start + 1, section.end);
  const header = body
    .map(cellsOf)
    .find((cells) => cells && cells.filter((c) => c !== '').length >= 4);
  const unitLine = body.map((l) => compact(l)).find((l) => /^单位[:：]/.test(l));
  const notesStart = body.findIndex((l) => /^说明/.test(compact(l)));
  const notes =
    notesStart < 0
      ? []
      : body
          .slice(notesStart)
          .map((l) =>
            plainLine(l)
              .replace(/^说明[:：]?/, '')
              .trim(),
          )
          .filter((l) => l !== '');
  return {
    title: compact(section.title),
    unit: unitLine ? unitLine.replace(/^单位[:：]/, '') : null,
    columns: (header ?? []).map(compact).filter((c) => c !== ''),
    notes,
  };
}
