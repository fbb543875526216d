/**
 * The submitSpendingReport input built from a checked form, and the server's payload errors
 * put back onto the form's fields. Pure.
 */
import { subFen, ZERO } from '../../../../server/domain/money.ts';
import {
  amountOf,
  EMPTY_DRAFT,
  wanText,
  type DirectionCode,
  type FundLine,
  type LineDraft,
} from './filing-form-model.ts';
import { directionPath, fieldPath, type FormError } from './filing-validation.ts';

export interface SubmitInput {
  region: string;
  year: number;
  month: number;
  lines: {
    documentNumber: string;
    spent: string;
    amount: string;
    unspent: string;
    directions?: { direction: DirectionCode; spent: string }[];
    reason: string | null;
    measures: string | null;
    measuresDueOn: string | null;
  }[];
}

export interface BuiltInput {
  input: SubmitInput;
  /** Per line, the direction sent at each index (the API reports `lines.0.directions.2.spent`). */
  directionOrder: DirectionCode[][];
}

/**
 * The submitSpendingReport input, amounts as exact 万元 strings. Call only on a form without
 * errors. The amount and unspent the form showed go along, so the server checks them.
 */
export function buildInput(
  region: string,
  year: number,
  month: number,
  funds: readonly FundLine[],
  drafts: readonly LineDraft[],
): BuiltInput {
  const directionOrder: DirectionCode[][] = [];
  const lines = funds.map((fund, i) => {
    const draft = drafts[i] ?? EMPTY_DRAFT;
    const spent = amountOf(draft.spent);
    if (spent === null) throw new Error(`line ${i} has no valid spending`);
    const filled = fund.directions.filter((d) => (draft.directions[d] ?? '').trim() !== '');
    directionOrder.push(filled);
    const text = (s: string) => s.trim() || null;
    return {
      documentNumber: fund.documentNumber,
      spent: wanText(spent),
      amount: wanText(fund.amount),
      unspent: wanText(subFen(fund.amount, spent)),
      ...(filled.length > 0 && {
        directions: filled.map((d) => ({
          direction: d,
          spent: wanText(amountOf(draft.directions[d] ?? '') ?? ZERO),
        })),
      }),
      reason: text(draft.reason),
      measures: text(draft.measures),
      measuresDueOn: text(draft.measuresDueOn),
    };
  });
  return { input: { region, year, month, lines }, directionOrder };
}

/** Where the form shows an error the server reported; 'form' for what belongs to no line field. */
export function formFieldOf(
  serverField: string,
  directionOrder: readonly DirectionCode[][],
): string {
  const direction = /^lines\.(\d+)\.directions\.(\d+)(?:\.\w+)?$/.exec(serverField);
  if (direction) {
    const line = Number(direction[1]);
    const code = directionOrder[line]?.[Number(direction[2])];
    return code ? directionPath(line, code) : fieldPath(line, 'directions');
  }
  const line =
    /^lines\.(\d+)\.(spent|amount|unspent|progress|directions|reason|measures|measuresDueOn|documentNumber)$/.exec(
      serverField,
    );
  return line ? serverField : 'form';
}

/** The server's errors keyed by the form's fields; several on one field are joined. */
export function serverErrors(
  errors: readonly { field: string; message: string }[],
  directionOrder: readonly DirectionCode[][],
): Map<string, FormError> {
  const byField = new Map<string, string[]>();
  for (const e of errors) {
    const field = formFieldOf(e.field, directionOrder);
    byField.set(field, [...(byField.get(field) ?? []), e.message]);
  }
  return new Map(
    [...byField].map(([field, messages]) => [
      field,
      { code: 'SERVER', message: messages.join('；') },
    ]),
  );
}
