/**
 * Amounts as the API receives them (万元, as decimal text from the Wan scalar), checked
 * before any rule runs: a decimal, at most 2 decimals (万元 to the hundred yuan, as forms
 * are kept), and within a plausible size.
 */
import { MoneyError, parseAmount, type Fen } from '../domain/money.ts';
import type { FieldError } from './spending-validation.ts';

/** 1 万亿元: no single fund line comes near it; anything above is a typing error. */
export const MAX_WAN = 100_000_000;
export const MAX_INPUT_DECIMALS = 2;

export function readAmount(text: string, field: string): Fen | FieldError {
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return { code: 'AMOUNT_INVALID', field, message: `「${text.slice(0, 40)}」不是金额` };
  }
  if (decimals > MAX_INPUT_DECIMALS) {
    return {
      code: 'AMOUNT_PRECISION',
      field,
      message: `金额 ${text} 超过 ${MAX_INPUT_DECIMALS} 位小数（万元）`,
    };
  }
  if (Math.abs(Number(text)) > MAX_WAN) {
    return {
      code: 'AMOUNT_TOO_LARGE',
      field,
      message: `金额 ${text} 万元 大得不合理（上限 ${MAX_WAN} 万元）`,
    };
  }
  try {
    const value = parseAmount(text);
    if (value === null) return { code: 'AMOUNT_INVALID', field, message: `「${text}」不是金额` };
    return value;
  } catch (e) {
    if (e instanceof MoneyError) return { code: 'AMOUNT_INVALID', field, message: e.message };
    throw e;
  }
}
