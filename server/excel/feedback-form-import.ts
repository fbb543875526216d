/**
 * Reads a filled feedback form (附件4) from a worksheet: checks it is the product's template
 * (title, header texts, 合计 row), reads each line's figures exactly, and checks what the form
 * itself must agree with — 未支出金额 = 资金金额 − 实际支出金额, 实际支出进度 = 实际支出 / 资金金额,
 * 合计 = the sum of the lines — each problem named by its cell. Pure: the rules that need the
 * database (funds, allocations, the period) run in the service.
 */
import type { Worksheet } from 'exceljs';
import { directionOf, type DirectionCode } from '../domain/directions.ts';
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
import { amountText, cellText, compactText, fractionOf, isFormula } from './cell-text.ts';
import {
  COLUMNS,
  FEEDBACK_TITLE,
  FIRST_LINE_ROW,
  HEADER_ROW,
  INFO_ROW,
  MONTH_LABEL,
  REGION_LABEL,
  TITLE_ROW,
  TOTAL_LABEL,
  TOTAL_ROW,
  letterOf,
  splitMeasures,
  type ColumnKey,
} from './feedback-form-layout.ts';

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
  /** What the form says in its info row (A2, F2), if anything. */
  regionName: string | null;
  period: { year: number; month: number } | null;
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

/** The differences from the template, each at its cell; empty when it is the template. */
export function templateProblems(ws: Worksheet): FormProblem[] {
  const problems: FormProblem[] = [];
  const expect = (address: string, expected: string, accept: (actual: string) => boolean) => {
    const actual = cellText(ws.getCell(address));
    if (!accept(compactText(actual))) {
      problems.push(
        problem(
          address,
          'template',
          'TEMPLATE_MISMATCH',
          `表头与模板不符：${address} 应为「${expected}」，实为「${actual.slice(0, 40) || '（空）'}」。请使用本系统导出的跟踪反馈表，勿修改表格格式`,
        ),
      );
    }
  };
  expect(`A${TITLE_ROW}`, FEEDBACK_TITLE, (t) => t.endsWith(compactText(FEEDBACK_TITLE)));
  COLUMNS.forEach((c) => {
    const header = compactText(c.header);
    expect(`${c.letter}${HEADER_ROW}`, c.header, (t) => t === header);
  });
  expect(`A${TOTAL_ROW}`, TOTAL_LABEL, (t) => t === TOTAL_LABEL);
  return problems;
}

function infoOf(ws: Worksheet): Pick<ReadForm, 'regionName' | 'period'> {
  const region = cellText(ws.getCell(`A${INFO_ROW}`));
  const month = cellText(ws.getCell(`F${INFO_ROW}`));
  const regionName = region.startsWith(REGION_LABEL)
    ? region.slice(REGION_LABEL.length).trim()
    : '';
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(month.startsWith(MONTH_LABEL) ? month : '');
  return {
    regionName: regionName || null,
    period: m ? { year: Number(m[1]), month: Number(m[2]) } : null,
  };
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

/** `低保 500；临时救助 120`, or one direction's name alone (it then takes the whole amount). */
function readDirections(
  text: string,
  spent: Fen,
  cell: string,
  field: string,
): { directions: { direction: DirectionCode; spent: Fen }[]; problems: FormProblem[] } {
  const parts = text
    .split(/[；;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const problems: FormProblem[] = [];
  const directions: { direction: DirectionCode; spent: Fen }[] = [];
  for (const part of parts) {
    const m = /^(.*?)[\s:：]*(-?[\d,，.]+)?\s*(万元)?$/.exec(part.normalize('NFKC'));
    const direction = directionOf(m?.[1] ?? part);
    if (!direction) {
      problems.push(
        problem(cell, field, 'DIRECTION_UNKNOWN', `「${part.slice(0, 40)}」不是本资金的支出方向`),
      );
      continue;
    }
    if (!m?.[2]) {
      if (parts.length === 1) directions.push({ direction, spent });
      else
        problems.push(
          problem(
            cell,
            field,
            'DIRECTION_AMOUNT_MISSING',
            `支出方向「${part}」没有写金额（多个方向须各写金额）`,
          ),
        );
      continue;
    }
    const amount = readAmount(m[2].replace(/[,，]/g, ''), field);
    if (typeof amount === 'number') directions.push({ direction, spent: amount });
    else problems.push({ ...amount, cell });
  }
  return { directions, problems };
}

function isBlankRow(ws: Worksheet, row: number): boolean {
  return COLUMNS.every(
    (c) =>
      c.key === 'no' ||
      isFormula(ws.getCell(`${c.letter}${row}`)) ||
      cellText(ws.getCell(`${c.letter}${row}`)) === '',
  );
}

/** Reads the lines and checks the form against itself. Call after templateProblems() is empty. */
export function readFeedbackForm(ws: Worksheet): ReadForm {
  const problems: FormProblem[] = [];
  const lines: FormLine[] = [];
  const lastRow = ws.rowCount;
  if (lastRow > FIRST_LINE_ROW + MAX_FORM_ROWS) {
    return {
      ...infoOf(ws),
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
  for (let row = FIRST_LINE_ROW; row <= lastRow; row++) {
    if (/^说明/.test(cellText(ws.getCell(`A${row}`)))) break;
    if (isBlankRow(ws, row)) continue;
    const line = readLine(ws, row, lines.length, problems);
    if (line) lines.push(line);
  }
  if (lines.length === 0 && problems.length === 0) {
    problems.push(problem(`C${FIRST_LINE_ROW}`, 'lines', 'LINES_EMPTY', '表中没有填写任何资金行'));
  }
  // The 合计 is checked against the lines only when every line could be read.
  if (problems.length === 0) problems.push(...totalProblems(ws, lines));
  return { ...infoOf(ws), lines, problems };
}

function readLine(
  ws: Worksheet,
  row: number,
  index: number,
  problems: FormProblem[],
): FormLine | null {
  const cellOf = (key: ColumnKey) => ws.getCell(`${letterOf(key)}${row}`);
  const address = (key: ColumnKey) => `${letterOf(key)}${row}`;
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
      problems.push(problem(address(key), field(name), 'AMOUNT_MISSING', `${label}为空`));
      return null;
    }
    const value = read(text, field(name));
    if (typeof value === 'number') return value;
    problems.push({ ...value, cell: address(key), message: `${label}：${value.message}` });
    return null;
  };
  const documentNumber = cellText(cellOf('documentNumber'));
  if (documentNumber === '') {
    problems.push(
      problem(address('documentNumber'), field('documentNumber'), 'DOCUMENT_MISSING', '文号为空'),
    );
  }
  const amount = amountAt('amount', 'amount', '资金金额', exactAmount);
  const spent = amountAt('spent', 'spent', '实际支出金额');
  const directionsText = cellText(cellOf('directions'));
  const { directions, problems: directionProblems } =
    spent === null || directionsText === ''
      ? { directions: [], problems: [] }
      : readDirections(directionsText, spent, address('directions'), field('directions'));
  problems.push(...directionProblems);
  if (amount !== null && spent !== null) {
    problems.push(...derivedProblems(ws, row, index, amount, spent));
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
  amount: Fen,
  spent: Fen,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const unspentCell = ws.getCell(`${letterOf('unspent')}${row}`);
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
  const progressCell = ws.getCell(`${letterOf('progress')}${row}`);
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
function totalProblems(ws: Worksheet, lines: FormLine[]): FormProblem[] {
  const sums: [ColumnKey, string, Fen][] = [
    ['amount', '资金金额', addFen(...lines.map((l) => l.amount))],
    ['spent', '实际支出金额', addFen(...lines.map((l) => l.spent))],
    ['unspent', '未支出金额', addFen(...lines.map((l) => subFen(l.amount, l.spent)))],
  ];
  const problems: FormProblem[] = [];
  for (const [key, label, expected] of sums) {
    const cell = ws.getCell(`${letterOf(key)}${TOTAL_ROW}`);
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
