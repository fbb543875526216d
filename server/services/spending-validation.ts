/**
 * The rules a monthly feedback form (附件4) must satisfy before anything is stored. Pure:
 * the caller loads the region and the funds; every breach comes back with a code, the path
 * of the offending field and a message a county clerk can act on.
 */
import type { DirectionCode } from '../domain/directions.ts';
import { addFen, fenToWanString as wan, subFen, type Fen } from '../domain/money.ts';
import type { FundAllocation } from '../repositories/spending.repo.ts';

export interface FieldError {
  code: string;
  field: string;
  message: string;
}

export interface SpendingLineInput {
  documentNumber: string;
  spent: Fen;
  directions?: { direction: DirectionCode; spent: Fen }[] | null;
  reason?: string | null;
  measures?: string | null;
  measuresDueOn?: string | null;
  /** Values a form or spreadsheet may carry; checked against what they must be, never trusted. */
  amount?: Fen | null;
  unspent?: Fen | null;
  progress?: number | null;
}

export interface SpendingReportInput {
  /** Required of the system; a COUNTY account files for its own region (named or not). */
  region?: string | null;
  year: number;
  month: number;
  lines: SpendingLineInput[];
}

export const MAX_TEXT_LENGTH = 2000;
/** A stated progress may differ from spent / amount by its own rounding (4 decimals). */
const PROGRESS_TOLERANCE = 0.00005;

export function validatePeriod(year: number, month: number, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    errors.push({
      code: 'YEAR_OUT_OF_RANGE',
      field: 'year',
      message: `年度 ${year} 不是 2000–2100 之间的整数`,
    });
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    errors.push({
      code: 'MONTH_OUT_OF_RANGE',
      field: 'month',
      message: `月份 ${month} 不在 1–12 之间`,
    });
  }
  if (
    errors.length === 0 &&
    year * 12 + month > now.getUTCFullYear() * 12 + now.getUTCMonth() + 1
  ) {
    errors.push({
      code: 'PERIOD_IN_FUTURE',
      field: 'month',
      message: `${year}年${month}月尚未到来，不能填报`,
    });
  }
  return errors;
}

function validText(value: string | null | undefined, field: string): FieldError[] {
  if (value && value.length > MAX_TEXT_LENGTH) {
    return [
      {
        code: 'TEXT_TOO_LONG',
        field,
        message: `不能超过 ${MAX_TEXT_LENGTH} 字（现 ${value.length} 字）`,
      },
    ];
  }
  return [];
}

function validDate(value: string | null | undefined, field: string): FieldError[] {
  if (!value) return [];
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  return ok
    ? []
    : [
        {
          code: 'DATE_INVALID',
          field,
          message: `「${value.slice(0, 40)}」不是日期（应为 YYYY-MM-DD）`,
        },
      ];
}

export function validateLine(
  line: SpendingLineInput,
  index: number,
  fund: { allocation: FundAllocation | null } | undefined,
  report: { regionName: string; year: number | null },
): FieldError[] {
  const { regionName } = report;
  const at = (field: string) => `lines.${index}.${field}`;
  if (!fund) {
    return [
      {
        code: 'DOCUMENT_NOT_FOUND',
        field: at('documentNumber'),
        message: `没有文号为「${line.documentNumber}」的指标文件`,
      },
    ];
  }
  const allocation = fund.allocation;
  if (!allocation) {
    return [
      {
        code: 'NOT_ALLOCATED',
        field: at('documentNumber'),
        message: `${line.documentNumber} 没有给${regionName}分配资金`,
      },
    ];
  }
  if (allocation.isSubtotal) {
    return [
      {
        code: 'ALLOCATION_IS_SUBTOTAL',
        field: 'region',
        message: `${regionName}在 ${line.documentNumber} 中的金额是下属地区的合计，应由各下属地区分别填报`,
      },
    ];
  }
  // (Skipped when the period itself is wrong: that error says it already.)
  if (report.year !== null && allocation.year !== report.year) {
    // Execution is counted per fund year: a report filed under another year would be stored
    // and then counted nowhere. Spending carried over to a later year is not modelled yet.
    return [
      {
        code: 'FUND_YEAR_MISMATCH',
        field: at('documentNumber'),
        message: `${line.documentNumber} 是 ${allocation.year} 年的资金，不能填入 ${report.year} 年的报表`,
      },
    ];
  }
  const errors: FieldError[] = [
    ...validText(line.reason, at('reason')),
    ...validText(line.measures, at('measures')),
  ];
  errors.push(...validDate(line.measuresDueOn, at('measuresDueOn')));
  const amount = allocation.annualTotal;
  if (line.spent < 0) {
    errors.push({
      code: 'AMOUNT_NEGATIVE',
      field: at('spent'),
      message: `实际支出金额 ${wan(line.spent)} 不能为负数`,
    });
  } else if (line.spent > amount) {
    errors.push({
      code: 'SPENT_EXCEEDS_ALLOCATION',
      field: at('spent'),
      message: `实际支出金额 ${wan(line.spent)} 超过资金金额 ${wan(amount)} 万元`,
    });
  }
  if (line.amount != null && line.amount !== amount) {
    errors.push({
      code: 'AMOUNT_MISMATCH',
      field: at('amount'),
      message: `资金金额 ${wan(line.amount)} 与 ${line.documentNumber} 分配给${regionName}的 ${wan(amount)} 万元不符`,
    });
  }
  const unspent = subFen(amount, line.spent);
  if (line.unspent != null && line.unspent !== unspent) {
    errors.push({
      code: 'UNSPENT_MISMATCH',
      field: at('unspent'),
      message: `未支出金额 ${wan(line.unspent)} ≠ 资金金额 ${wan(amount)} − 实际支出 ${wan(line.spent)} = ${wan(unspent)}`,
    });
  }
  if (
    line.progress != null &&
    amount > 0 &&
    Math.abs(line.progress - line.spent / amount) > PROGRESS_TOLERANCE
  ) {
    errors.push({
      code: 'PROGRESS_MISMATCH',
      field: at('progress'),
      message: `实际支出进度 ${line.progress} ≠ 实际支出 / 资金金额 = ${(line.spent / amount).toFixed(4)}`,
    });
  }
  errors.push(...validateDirections(line, at, allocation));
  return errors;
}

function validateDirections(
  line: SpendingLineInput,
  at: (field: string) => string,
  allocation: FundAllocation,
): FieldError[] {
  const directions = line.directions ?? [];
  if (directions.length === 0) return [];
  const errors: FieldError[] = [];
  const seen = new Set<DirectionCode>();
  directions.forEach((d, j) => {
    if (seen.has(d.direction)) {
      errors.push({
        code: 'DIRECTION_DUPLICATE',
        field: at(`directions.${j}.direction`),
        message: `支出方向 ${d.direction} 重复`,
      });
    }
    seen.add(d.direction);
    if (
      allocation.spendingDirections.length > 0 &&
      !allocation.spendingDirections.includes(d.direction)
    ) {
      errors.push({
        code: 'DIRECTION_NOT_ALLOWED',
        field: at(`directions.${j}.direction`),
        message: `${allocation.number} 的资金不用于 ${d.direction}`,
      });
    }
    if (d.spent < 0) {
      errors.push({
        code: 'AMOUNT_NEGATIVE',
        field: at(`directions.${j}.spent`),
        message: `金额 ${wan(d.spent)} 不能为负数`,
      });
    }
  });
  const sum = addFen(...directions.map((d) => d.spent));
  if (sum !== line.spent) {
    errors.push({
      code: 'DIRECTIONS_SUM_MISMATCH',
      field: at('directions'),
      message: `各支出方向之和 ${wan(sum)} ≠ 实际支出金额 ${wan(line.spent)}，相差 ${wan(subFen(sum, line.spent))} 万元`,
    });
  }
  return errors;
}

export function validateLines(
  lines: SpendingLineInput[],
  funds: Map<string, { allocation: FundAllocation | null }>,
  report: { regionName: string; year: number | null },
): FieldError[] {
  if (lines.length === 0) {
    return [{ code: 'LINES_EMPTY', field: 'lines', message: '报表至少要有一行资金' }];
  }
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.documentNumber)) {
      errors.push({
        code: 'DOCUMENT_DUPLICATE',
        field: `lines.${i}.documentNumber`,
        message: `${line.documentNumber} 在表中出现两次`,
      });
    }
    seen.add(line.documentNumber);
    errors.push(...validateLine(line, i, funds.get(line.documentNumber), report));
    // A line's 资金金额 is the fund-year's total as of the notice it names (that notice's 全年),
    // and its spending is the fund-year's: two notices of one fund-year would count it twice.
    const programId = funds.get(line.documentNumber)?.allocation?.programId;
    const earlier = lines.findIndex(
      (other, j) => j < i && funds.get(other.documentNumber)?.allocation?.programId === programId,
    );
    if (
      programId !== undefined &&
      earlier >= 0 &&
      lines[earlier]?.documentNumber !== line.documentNumber
    ) {
      errors.push({
        code: 'FUND_YEAR_DUPLICATE',
        field: `lines.${i}.documentNumber`,
        message: `${line.documentNumber} 与第 ${earlier + 1} 行的 ${lines[earlier]?.documentNumber} 是同一资金年度的文件：每个资金年度填一行，文号填最新一批的文件，资金金额为该文件的全年数`,
      });
    }
  });
  return errors;
}
