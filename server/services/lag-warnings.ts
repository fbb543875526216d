/**
 * Lines behind the time-elapsed benchmark should say why and what will be done (the form's
 * 未按计划支出的原因 / 整改措施及整改时间). The filing page requires them; the API only warns,
 * because the agreed contract files such a line without a reason (its own example does).
 */
import type { Fen } from '../domain/money.ts';
import type { FieldError } from './spending-validation.ts';

export function lagWarnings(
  lines: {
    spent: Fen;
    amount: Fen;
    reason?: string | null;
    measures?: string | null;
    measuresDueOn?: string | null;
  }[],
  month: number,
): FieldError[] {
  return lines.flatMap((line, i) => {
    // spent / amount < month / 12, in exact integers.
    if (line.spent * 12 >= line.amount * month) return [];
    const warnings: FieldError[] = [];
    if (!line.reason?.trim()) {
      warnings.push({
        code: 'REASON_MISSING',
        field: `lines.${i}.reason`,
        message: '支出进度低于序时进度，应填写未按计划支出的原因',
      });
    }
    if (!line.measures?.trim() || !line.measuresDueOn) {
      warnings.push({
        code: 'MEASURES_MISSING',
        field: `lines.${i}.measures`,
        message: '支出进度低于序时进度，应填写整改措施及整改时间',
      });
    }
    return warnings;
  });
}
