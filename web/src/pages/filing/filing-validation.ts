/**
 * What is wrong with a feedback form, by field path (the API's paths: lines.0.spent,
 * lines.0.reason …, and lines.0.directions.<DIRECTION> for one direction's amount). Pure.
 */
import { subFen, type Fen } from '../../../../server/domain/money.ts';
import {
  benchmarkOf,
  EMPTY_DRAFT,
  lineFigures,
  MAX_TEXT,
  readWan,
  type AmountProblem,
  type DirectionCode,
  type FundLine,
  type LineDraft,
} from './filing-form-model.ts';

export type FormError =
  | { code: 'REQUIRED' }
  | { code: AmountProblem }
  | { code: 'ABOVE_AMOUNT'; amount: Fen }
  | { code: 'SPLIT_MISMATCH'; sum: Fen; spent: Fen; difference: Fen }
  | {
      code: 'REASON_REQUIRED' | 'MEASURES_REQUIRED' | 'DUE_DATE_REQUIRED';
      progress: number;
      benchmark: number;
    }
  | { code: 'TEXT_TOO_LONG'; length: number }
  | { code: 'DATE_INVALID' }
  | { code: 'SERVER'; message: string };

/** A field's error; `untilSubmit` ones (something missing) are shown once the clerk tries to submit. */
export interface FieldProblem {
  error: FormError;
  untilSubmit: boolean;
}

export const fieldPath = (line: number, field: string) => `lines.${line}.${field}`;
export const directionPath = (line: number, direction: DirectionCode) =>
  `lines.${line}.directions.${direction}`;

export function validateLine(
  index: number,
  fund: FundLine,
  draft: LineDraft,
  month: number,
): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  const at = (field: string) => fieldPath(index, field);
  const figures = lineFigures(fund, draft, month);

  const spent = readWan(draft.spent);
  if (spent.kind === 'empty')
    problems.set(at('spent'), { error: { code: 'REQUIRED' }, untilSubmit: true });
  else if (spent.kind === 'invalid')
    problems.set(at('spent'), { error: { code: spent.problem }, untilSubmit: false });
  else if (spent.fen > fund.amount)
    problems.set(at('spent'), {
      error: { code: 'ABOVE_AMOUNT', amount: fund.amount },
      untilSubmit: false,
    });

  for (const d of fund.directions) {
    const r = readWan(draft.directions[d] ?? '');
    if (r.kind === 'invalid')
      problems.set(directionPath(index, d), { error: { code: r.problem }, untilSubmit: false });
  }
  if (figures.splitSum !== null && figures.spent !== null && figures.splitSum !== figures.spent) {
    problems.set(at('directions'), {
      error: {
        code: 'SPLIT_MISMATCH',
        sum: figures.splitSum,
        spent: figures.spent,
        difference: subFen(figures.splitSum, figures.spent),
      },
      untilSubmit: false,
    });
  }

  for (const field of ['reason', 'measures'] as const) {
    if (draft[field].length > MAX_TEXT)
      problems.set(at(field), {
        error: { code: 'TEXT_TOO_LONG', length: draft[field].length },
        untilSubmit: false,
      });
  }
  if (draft.measuresDueOn && !isDate(draft.measuresDueOn))
    problems.set(at('measuresDueOn'), { error: { code: 'DATE_INVALID' }, untilSubmit: false });

  // The rule the notice implies: a line behind the time-elapsed benchmark says why, and what
  // will be done by when.
  if (figures.lagging && figures.progress !== null) {
    const lag = { progress: figures.progress, benchmark: benchmarkOf(month) };
    const required = [
      ['reason', 'REASON_REQUIRED'],
      ['measures', 'MEASURES_REQUIRED'],
      ['measuresDueOn', 'DUE_DATE_REQUIRED'],
    ] as const;
    for (const [field, code] of required) {
      if (draft[field].trim() === '' && !problems.has(at(field)))
        problems.set(at(field), { error: { code, ...lag }, untilSubmit: true });
    }
  }
  return problems;
}

function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

export function validateForm(
  funds: readonly FundLine[],
  drafts: readonly LineDraft[],
  month: number,
): Map<string, FieldProblem> {
  const all = new Map<string, FieldProblem>();
  funds.forEach((fund, i) => {
    for (const [k, v] of validateLine(i, fund, drafts[i] ?? EMPTY_DRAFT, month)) all.set(k, v);
  });
  return all;
}

/** The errors a clerk sees now: every one after a submit attempt, else those about what was typed. */
export function visibleErrors(
  problems: ReadonlyMap<string, FieldProblem>,
  attempted: boolean,
): Map<string, FormError> {
  const shown = new Map<string, FormError>();
  for (const [field, p] of problems) if (attempted || !p.untilSubmit) shown.set(field, p.error);
  return shown;
}
