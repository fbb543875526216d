/**
 * Money is held as integer fen (分), the minor unit of the yuan, everywhere below the API.
 * Notices and forms speak 万元; 1 万元 = 10,000 元 = 1,000,000 分, so any 万元 amount with up to
 * six decimals is exact. Arithmetic on fen stays within Number.MAX_SAFE_INTEGER
 * (about 90 trillion yuan), which every helper here checks.
 */
export type Fen = number & { readonly __unit: 'fen' };

export const FEN_PER_WAN = 1_000_000;
export const FEN_PER_YUAN = 100;

export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** Units an amount can be written in, with the decimals each can carry exactly. */
export const AMOUNT_UNITS = {
  亿元: { fenPerUnit: 10_000 * FEN_PER_WAN, maxDecimals: 10 },
  万元: { fenPerUnit: FEN_PER_WAN, maxDecimals: 6 },
  元: { fenPerUnit: FEN_PER_YUAN, maxDecimals: 2 },
} as const;
export type AmountUnit = keyof typeof AMOUNT_UNITS;

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`not a whole number of fen within the safe range: ${value}`);
  }
  return value as Fen;
}

export const ZERO = fen(0);

export function addFen(...values: Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return fen(total);
}

export function subFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/**
 * Reads an amount as written in a table cell or a form: `11438`, `1,485.50`, `1 271`,
 * `−20`, `（20）` (accounting negative). Returns null when the text is no amount at all.
 * Throws when it is an amount but cannot be held exactly (too many decimals, too large).
 */
export function parseAmount(text: string, unit: AmountUnit = '万元'): Fen | null {
  let t = text.normalize('NFKC').replace(/[\s,]/g, '');
  t = t.replace(/^[−–—]/, '-');
  const parenthesised = /^\((.+)\)$/.exec(t);
  if (parenthesised?.[1]) t = `-${parenthesised[1]}`;
  const m = DECIMAL.exec(t);
  if (!m) return null;
  const [, sign = '', whole = '0', decimals = ''] = m;
  const { fenPerUnit, maxDecimals } = AMOUNT_UNITS[unit];
  if (decimals.length > maxDecimals) {
    throw new MoneyError(
      `${text.trim()} has ${decimals.length} decimals; ${unit} amounts are exact to ${maxDecimals}`,
    );
  }
  const scale = String(fenPerUnit).length - 1;
  const digits = (whole + decimals.padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${text.trim()} is too large to hold exactly`);
  }
  return fen(sign === '-' ? -value : value);
}

/** Converts a JS number of 万元 from an API input, rejecting anything finer than `maxDecimals`. */
export function wanToFen(wan: number, maxDecimals = 2): Fen {
  if (!Number.isFinite(wan)) throw new MoneyError(`${wan} is not a finite amount`);
  const text = wan.toFixed(maxDecimals);
  if (Number(text) !== wan) {
    throw new MoneyError(`${wan} has more than ${maxDecimals} decimals of 万元`);
  }
  const parsed = parseAmount(text, '万元');
  if (parsed === null) throw new MoneyError(`${wan} is not an amount`);
  return parsed;
}

/** Exact decimal string of 万元 for a fen amount, trailing zeros trimmed: 1012500000 → "1012.5". */
export function fenToWanString(amount: Fen): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / FEN_PER_WAN);
  const frac = String(abs % FEN_PER_WAN)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** 万元 as a JS number, for JSON output; exact for every amount with ≤ 6 decimals below 2^53 fen. */
export function fenToWan(amount: Fen): number {
  return Number(fenToWanString(amount));
}
