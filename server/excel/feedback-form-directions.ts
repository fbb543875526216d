/**
 * 资金支出方向 as clerks write it: `低保 500；临时救助 120` (each direction its amount), or one
 * direction's name alone (it takes the whole amount). Several directions listed with 、 but one
 * amount (`低保、特困人员救助供养`) are never booked to the first of them: the clerk is asked
 * for the split, by cell.
 */
import { directionOf, type DirectionCode } from '../domain/directions.ts';
import type { Fen } from '../domain/money.ts';
import { readAmount } from '../services/amount-input.ts';
import type { FormProblem } from './feedback-form-import.ts';

export interface DirectionAmount {
  direction: DirectionCode;
  spent: Fen;
}

const AMOUNT_AT_END = /^(.*?)[\s:：]*(-?[\d,，.]+)?\s*(万元)?$/;

/** A part's name and amount text (`低保 500` → 低保, 500). */
function nameAndAmount(part: string): { name: string; amount: string | null } {
  const m = AMOUNT_AT_END.exec(part.normalize('NFKC'));
  return { name: (m?.[1] ?? part).trim(), amount: m?.[2] ?? null };
}

/** The directions a name lists with 、 (or ，/和/及), when it lists more than one. */
function listedDirections(name: string): DirectionCode[] {
  const pieces = name.split(/[、，,/]|和|及/).filter((p) => p.trim() !== '');
  if (pieces.length < 2) return [];
  const codes = pieces.map((p) => directionOf(p));
  return codes.filter((c): c is DirectionCode => c !== null).length >= 2
    ? codes.filter((c): c is DirectionCode => c !== null)
    : [];
}

export function readDirections(
  text: string,
  spent: Fen,
  cell: string,
  field: string,
): { directions: DirectionAmount[]; problems: FormProblem[] } {
  // `低保 600、特困人员救助供养 400`: 、 between parts that each have an amount separates them too.
  const parts = text
    .split(/[；;\n]+/)
    .flatMap((p) => {
      const pieces = p.split('、');
      return pieces.length > 1 && pieces.every((x) => nameAndAmount(x).amount) ? pieces : [p];
    })
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const problems: FormProblem[] = [];
  const directions: DirectionAmount[] = [];
  const problem = (code: string, message: string) => problems.push({ cell, field, code, message });
  for (const part of parts) {
    const { name, amount } = nameAndAmount(part);
    const listed = listedDirections(name);
    if (listed.length > 1) {
      problem(
        'DIRECTION_SPLIT_NEEDED',
        `「${part.slice(0, 40)}」列了 ${listed.length} 个支出方向却只有一个金额：请按方向分别填写金额，如「${name.split(/[、，,]/)[0]} 600；${name.split(/[、，,]/)[1]} 400」`,
      );
      continue;
    }
    const direction = directionOf(name);
    if (!direction) {
      problem('DIRECTION_UNKNOWN', `「${part.slice(0, 40)}」不是本资金的支出方向`);
      continue;
    }
    if (!amount) {
      if (parts.length === 1) directions.push({ direction, spent });
      else
        problem('DIRECTION_AMOUNT_MISSING', `支出方向「${part}」没有写金额（多个方向须各写金额）`);
      continue;
    }
    const value = readAmount(amount.replace(/[,，]/g, ''), field);
    if (typeof value === 'number') directions.push({ direction, spent: value });
    else problems.push({ ...value, cell });
  }
  return { directions, problems };
}
