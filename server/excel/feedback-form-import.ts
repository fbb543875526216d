/**
 * Reads a filled feedback form (附件4) from a worksheet, wherever its header is (see
 * feedback-form-locate.ts): reads each line's figures exactly, and checks what the form
 * itself must agree with — 未支出金额 = 资金金额 − 实际支出金额, 实际支出进度 = 实际支出 / 资金金额,
 * 合计 = the sum of the lines — each problem named by its cell. Pure: the rules that need the
 * database (funds, allocations, the period) run in the service.
 */
import type { Worksheet } from 'exceljs';
import {
  addFen,
  fenToWanString as wan,
  MoneyError,
  parseAmount,
  subFen,
  type Fen,
} from '../domain/money.ts';
import { readAmount } from '../services/amount-input.ts';
import type { FieldError } from '../services/spending-validation.ts';
import type { SpendingLineInput } from '../services/spending-validation.ts';
import { amountText, cellText, fractionOf, isFormula } from './cell-text.ts';
import { COLUMNS, splitMeasures, type ColumnKey } from './feedback-form-layout.ts';
import { readDirections } from './feedback-form-directions.ts';
import { address, isTotalRow, locateForm, type FormLayout } from './feedback-form-locate.ts';

export interface FormProblem {
  /** `E5`; null for the file as a whole. */
  cell: string | null;
  field: string;
  code: string;
  message: string;
}

export interface FormLine extends SpendingLineInput {
  row: number;
  fundName: string;
  /** 资金金额 as the form states it (checked against the allocation by the filing rules). */
  amount: Fen;
}

export interface ReadForm {
  /** What the form says above its header (region, month), if anything, and where. */
  regionName: string | null;
  period: { year: number; month: number } | null;
  layout: FormLayout;
  lines: FormLine[];
  problems: FormProblem[];
}

export const MAX_FORM_ROWS = 500;
const PROGRESS_TOLERANCE = 0.00005;

const problem = (
  cell: string | null,
  field: string,
  code: string,
  message: string,
): FormProblem => ({
  cell,
  field,
  code,
  message,
});

/** What stops the sheet being read as 附件4 (its header not found, a header missing), by cell. */
export function templateProblems(ws: Worksheet): FormProblem[] {
  return locateForm(ws).problems;
}

/**
 * 资金金额 and the amounts derived from it carry the allocation's exact decimals (a notice may
 * write up to 6 decimals of 万元: to the fen); what the clerk enters (实际支出金额, the direction
 * amounts) is input, at most 2 decimals, as the API takes it.
 */
function exactAmount(text: string, field: string): Fen | FieldError {
  try {
    const value = /^-?\d+(\.\d+)?$/.test(text) ? parseAmount(text) : null;
    if (value !== null) return value;
    return { code: 'AMOUNT_INVALID', field, message: `「${text.slice(0, 40)}」不是金额` };
  } catch (e) {
    if (e instanceof MoneyError) return { code: 'AMOUNT_PRECISION', field, message: e.message };
    throw e;
  }
}

function isBlankRow(ws: Worksheet, row: number, layout: FormLayout): boolean {
  return COLUMNS.every((c) => {
    const cell = ws.getCell(row, layout.columns[c.key]);
    return c.key === 'no' || isFormula(cell) || cellText(cell) === '';
  });
}

/** The 说明 notes under the table end it (in the first column or the 序号 column). */
function isNotesRow(ws: Worksheet, row: number, layout: FormLayout): boolean {
  return [1, layout.columns.no].some((c) => /^说明/.test(cellText(ws.getCell(row, c))));
}

/** Reads the lines and checks the form against itself. Call after templateProblems() is empty. */
export function readFeedbackForm(ws: Worksheet, located?: FormLayout): ReadForm {
  const layout = located ?? locateForm(ws).layout;
  if (!layout) throw new Error('readFeedbackForm: the sheet is not a feedback form');
  const info = { regionName: layout.regionName, period: layout.period, layout };
  const problems: FormProblem[] = [];
  const lines: FormLine[] = [];
  const lastRow = ws.rowCount;
  if (lastRow > layout.firstLineRow + MAX_FORM_ROWS) {
    return {
      ...info,
      lines: [],
      problems: [
        problem(
          null,
          'lines',
          'TOO_MANY_ROWS',
          `表格有 ${lastRow} 行，超过上限 ${MAX_FORM_ROWS} 行`,
        ),
      ],
    };
  }
  let totalRow = layout.totalRow;
  for (let row = layout.firstLineRow; row <= lastRow; row++) {
    if (isNotesRow(ws, row, layout)) break;
    // A 合计 row under the lines instead of above them.
    if (isTotalRow(ws, row, layout.columns)) {
      totalRow ??= row;
      continue;
    }
    if (isBlankRow(ws, row, layout)) continue;
    const line = readLine(ws, row, lines.length, layout, problems);
    if (line) lines.push(line);
  }
  if (lines.length === 0 && problems.length === 0) {
    const cell = address(layout.columns.documentNumber, layout.firstLineRow);
    problems.push(problem(cell, 'lines', 'LINES_EMPTY', '表中没有填写任何资金行'));
  }
  // The 合计 is checked against the lines only when every line could be read.
  if (problems.length === 0 && totalRow !== null)
    problems.push(...totalProblems(ws, lines, layout, totalRow));
  return { ...info, lines, problems };
}

function readLine(
  ws: Worksheet,
  row: number,
  index: number,
  layout: FormLayout,
  problems: FormProblem[],
): FormLine | null {
  const cellOf = (key: ColumnKey) => ws.getCell(row, layout.columns[key]);
  const at = (key: ColumnKey) => address(layout.columns[key], row);
  const field = (name: string) => `lines.${index}.${name}`;
  const before = problems.length;
  const amountAt = (
    key: ColumnKey,
    name: string,
    label: string,
    read: typeof readAmount = readAmount,
  ): Fen | null => {
    const text = amountText(cellOf(key));
    if (text === null) {
      problems.push(problem(at(key), field(name), 'AMOUNT_MISSING', `${label}为空`));
      return null;
    }
    const value = read(text, field(name));
    if (typeof value === 'number') return value;
    problems.push({ ...value, cell: at(key), message: `${label}：${value.message}` });
    return null;
  };
  const documentNumber = cellText(cellOf('documentNumber'));
  if (documentNumber === '') {
    problems.push(
      problem(at('documentNumber'), field('documentNumber'), 'DOCUMENT_MISSING', '文号为空'),
    );
  }
  const amount = amountAt('amount', 'amount', '资金金额', exactAmount);
  const spent = amountAt('spent', 'spent', '实际支出金额');
  const directionsText = cellText(cellOf('directions'));
  const { directions, problems: directionProblems } =
    spent === null || directionsText === ''
      ? { directions: [], problems: [] }
      : readDirections(directionsText, spent, at('directions'), field('directions'));
  problems.push(...directionProblems);
  if (amount !== null && spent !== null) {
    problems.push(...derivedProblems(ws, row, index, layout, amount, spent));
  }
  if (problems.length > before || amount === null || spent === null) return null;
  const { measures, dueOn } = splitMeasures(cellText(cellOf('measures')));
  return {
    row,
    fundName: cellText(cellOf('fund')),
    documentNumber,
    amount,
    spent,
    directions,
    reason: cellText(cellOf('reason')) || null,
    measures,
    measuresDueOn: dueOn,
  };
}

/** 未支出金额 and 实际支出进度 typed as values must agree; formulas are recomputed, not trusted. */
function derivedProblems(
  ws: Worksheet,
  row: number,
  index: number,
  layout: FormLayout,
  amount: Fen,
  spent: Fen,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const unspentCell = ws.getCell(row, layout.columns.unspent);
  const unspent = subFen(amount, spent);
  if (!isFormula(unspentCell)) {
    const text = amountText(unspentCell);
    const written = text === null ? null : exactAmount(text, `lines.${index}.unspent`);
    if (typeof written === 'object' && written !== null) {
      problems.push({
        ...written,
        cell: unspentCell.address,
        message: `未支出金额：${written.message}`,
      });
    } else if (written !== null && written !== unspent) {
      problems.push(
        problem(
          unspentCell.address,
          `lines.${index}.unspent`,
          'UNSPENT_MISMATCH',
          `未支出金额 ${wan(written)} ≠ 资金金额 ${wan(amount)} − 实际支出金额 ${wan(spent)} = ${wan(unspent)}`,
        ),
      );
    }
  }
  const progressCell = ws.getCell(row, layout.columns.progress);
  if (!isFormula(progressCell)) {
    const written = fractionOf(progressCell);
    const expected = amount === 0 ? null : spent / amount;
    if (written === 'invalid') {
      problems.push(
        problem(
          progressCell.address,
          `lines.${index}.progress`,
          'PROGRESS_INVALID',
          `「${cellText(progressCell).slice(0, 20)}」不是百分比`,
        ),
      );
    } else if (
      written !== null &&
      (expected === null || Math.abs(written - expected) > PROGRESS_TOLERANCE)
    ) {
      problems.push(
        problem(
          progressCell.address,
          `lines.${index}.progress`,
          'PROGRESS_MISMATCH',
          `实际支出进度 ${(written * 100).toFixed(2)}% ≠ 实际支出金额 ${wan(spent)} / 资金金额 ${wan(amount)} = ${expected === null ? '—' : `${(expected * 100).toFixed(2)}%`}`,
        ),
      );
    }
  }
  return problems;
}

/** 合计 typed as values must be the sums of the lines (formulas are recomputed). */
function totalProblems(
  ws: Worksheet,
  lines: FormLine[],
  layout: FormLayout,
  totalRow: number,
): FormProblem[] {
  const sums: [ColumnKey, string, Fen][] = [
    ['amount', '资金金额', addFen(...lines.map((l) => l.amount))],
    ['spent', '实际支出金额', addFen(...lines.map((l) => l.spent))],
    ['unspent', '未支出金额', addFen(...lines.map((l) => subFen(l.amount, l.spent)))],
  ];
  const problems: FormProblem[] = [];
  for (const [key, label, expected] of sums) {
    const cell = ws.getCell(totalRow, layout.columns[key]);
    if (isFormula(cell)) continue;
    const text = amountText(cell);
    if (text === null) continue;
    const written = exactAmount(text, `total.${key}`);
    if (typeof written !== 'number') {
      problems.push({
        ...written,
        cell: cell.address,
        message: `合计${label}：${written.message}`,
      });
    } else if (written !== expected) {
      problems.push(
        problem(
          cell.address,
          `total.${key}`,
          'TOTAL_MISMATCH',
          `合计${label} ${wan(written)} ≠ 各行之和 ${wan(expected)}，相差 ${wan(subFen(written, expected))}`,
        ),
      );
    }
  }
  return problems;
}
