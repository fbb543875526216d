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
  const compactLines = body.map((l) => compact(l));
  // `单位：万元` on its own line, or after other header text (`填报单位（盖章）：单位：万元`).
  const unit =
    compactLines.map((l) => /^单位[:：](.+)$/.exec(l)?.[1]).find((u) => u !== undefined) ??
    compactLines.map((l) => /单位[:：](万元|元)$/.exec(l)?.[1]).find((u) => u !== undefined) ??
    null;
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
    unit,
    columns: (header ?? []).map(compact).filter((c) => c !== ''),
    notes,
  };
}
