/**
 * The layout of the feedback form (附件4 财政资金使用跟踪反馈表) the notice asks counties to
 * return: its columns and the notes under it, kept so the form can be reproduced and checked.
 */
import { compact, plainLine } from '../domain/text.ts';
import type { Section } from './sections.ts';
import type { FeedbackFormLayout } from './types.ts';

export function parseFeedbackForm(section: Section): FeedbackFormLayout {
  const header = section.items.find(
    (it) => it.kind === 'row' && it.cells.filter((c) => c.trim() !== '').length >= 4,
  );
  const texts = section.items.map((it) => (it.kind === 'row' ? it.cells.join('\t') : it.text));
  const compactLines = texts.map((l) => compact(l));
  // `单位：万元` on its own line, or after other header text (`填报单位（盖章）：单位：万元`).
  const unit =
    compactLines.map((l) => /^单位[:：](.+)$/.exec(l)?.[1]).find((u) => u !== undefined) ??
    compactLines.map((l) => /单位[:：](万元|元)$/.exec(l)?.[1]).find((u) => u !== undefined) ??
    null;
  const notesStart = compactLines.findIndex((l) => /^说明/.test(l));
  const notes =
    notesStart < 0
      ? []
      : texts
          .slice(notesStart)
          .map((l) =>
            plainLine(l.replace(/\t/g, ' '))
              .replace(/^说明[:：]?/, '')
              .trim(),
          )
          .filter((l) => l !== '');
  return {
    title: compact(section.title),
    unit,
    columns:
      header && header.kind === 'row' ? header.cells.map(compact).filter((c) => c !== '') : [],
    notes,
  };
}
