/**
 * A form error in words, in the page's language. Plain TypeScript (no React, no URL hook), so
 * it is tested under Node.
 */
import { fenToWanString, type Fen } from '../../../../server/domain/money.ts';
import { formatPercent, formatWan, type Lang } from '../../lib/format.ts';
import type { FormError } from './filing-validation.ts';
import type { ErrorMessages } from './error-messages.ts';

/** A fen amount as the page shows 万元: "1,012.50". */
export function wan(amount: Fen, lang: Lang): string {
  return formatWan(Number(fenToWanString(amount)), lang);
}

/** Fills `{name}` placeholders (as lib/i18n.ts `fill`, which would pull in the URL hook). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

export function errorText(error: FormError, t: ErrorMessages, lang: Lang): string {
  switch (error.code) {
    case 'SERVER':
      return error.message;
    case 'ABOVE_AMOUNT':
      return fill(t.errABOVE_AMOUNT, { amount: wan(error.amount, lang) });
    case 'SPLIT_MISMATCH':
      return fill(error.difference > 0 ? t.errSPLIT_MORE : t.errSPLIT_LESS, {
        sum: wan(error.sum, lang),
        spent: wan(error.spent, lang),
        difference: wan(Math.abs(error.difference) as Fen, lang),
      });
    case 'REASON_REQUIRED':
    case 'MEASURES_REQUIRED':
    case 'DUE_DATE_REQUIRED':
      return fill(t[`err${error.code}`], {
        progress: formatPercent(error.progress, lang),
        benchmark: formatPercent(error.benchmark, lang),
      });
    case 'TEXT_TOO_LONG':
      return fill(t.errTEXT_TOO_LONG, { length: error.length });
    default:
      return t[`err${error.code}`];
  }
}
