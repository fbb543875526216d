/**
 * The feedback form (附件4) of a region and month as a worksheet: the notice's layout, the
 * region's funds with their amounts, and the latest report's figures (or blank 实际支出 for
 * filling in). 未支出金额, 实际支出进度 and the 合计 row are formulas with their results written,
 * so the form computes as the clerk types and renders right without recalculation.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { DIRECTIONS, type DirectionCode } from '../domain/directions.ts';
import { fenToWanString, subFen, type Fen } from '../domain/money.ts';
import {
  COLUMNS,
  FEEDBACK_TITLE,
  FIRST_LINE_ROW,
  HEADER_ROW,
  INFO_ROW,
  MONTH_LABEL,
  NOTES,
  REGION_LABEL,
  TOTAL_LABEL,
  TOTAL_ROW,
  UNIT_LINE,
  measuresText,
} from './feedback-form-layout.ts';
import {
  FONT,
  PERCENT_FORMAT,
  amountCell,
  fitRowHeight,
  mergedText,
  note,
  tableCell,
  title,
} from './form-style.ts';

export interface FeedbackFormLine {
  fundName: string;
  documentNumber: string;
  amount: Fen;
  /** Null on a blank form. */
  spent: Fen | null;
  directions: { direction: DirectionCode; spent: Fen }[];
  reason: string | null;
  measures: string | null;
  measuresDueOn: string | null;
}

export interface FeedbackFormData {
  regionName: string;
  year: number;
  month: number;
  lines: FeedbackFormLine[];
}

/** `低保 500；临时救助 120` — the direction names with their amounts, as the import reads them. */
export function directionsText(directions: FeedbackFormLine['directions']): string {
  const order = (code: DirectionCode) => DIRECTIONS.findIndex((d) => d.code === code);
  return [...directions]
    .sort((a, b) => order(a.direction) - order(b.direction))
    .map(
      (d) =>
        `${DIRECTIONS.find((x) => x.code === d.direction)?.zh ?? d.direction} ${fenToWanString(d.spent)}`,
    )
    .join('；');
}

const sum = (values: Fen[]) => values.reduce((a, b) => (a + b) as Fen, 0 as Fen);

export function addFeedbackFormSheet(workbook: Workbook, data: FeedbackFormData): Worksheet {
  const ws = workbook.addWorksheet('附件4', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  title(ws, `A${1}:J${1}`, FEEDBACK_TITLE);
  const info = (range: string, text: string, align: 'left' | 'right') => {
    const cell = mergedText(ws, range, text);
    cell.font = { name: FONT, size: 11 };
    cell.alignment = { horizontal: align, vertical: 'middle' };
  };
  info(`A${INFO_ROW}:E${INFO_ROW}`, `${REGION_LABEL}${data.regionName}`, 'left');
  info(`F${INFO_ROW}:H${INFO_ROW}`, `${MONTH_LABEL}${data.year}年${data.month}月`, 'left');
  info(`I${INFO_ROW}:J${INFO_ROW}`, UNIT_LINE, 'right');

  COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c.header;
    tableCell(cell, { header: true });
  });
  ws.getRow(HEADER_ROW).height = 42;

  const last = FIRST_LINE_ROW + Math.max(data.lines.length, 1) - 1;
  data.lines.forEach((line, i) => writeLine(ws, FIRST_LINE_ROW + i, i + 1, line));
  if (data.lines.length === 0) {
    for (let c = 1; c <= COLUMNS.length; c++) tableCell(ws.getCell(FIRST_LINE_ROW, c));
  }
  writeTotal(ws, last, data.lines);

  const notesRow = last + 2;
  NOTES.forEach((text, i) => {
    note(ws, `A${notesRow + i}:J${notesRow + i}`, text);
    ws.getRow(notesRow + i).height = 18;
  });
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  return ws;
}

function writeLine(ws: Worksheet, row: number, no: number, line: FeedbackFormLine): void {
  const at = (letter: string) => ws.getCell(`${letter}${row}`);
  at('A').value = no;
  tableCell(at('A'));
  at('B').value = line.fundName;
  tableCell(at('B'), { left: true });
  at('C').value = line.documentNumber;
  tableCell(at('C'));
  amountCell(at('D'), line.amount);
  amountCell(at('E'), line.spent);
  if (line.spent === null) at('E').numFmt = '#,##0.00';
  at('F').value = directionsText(line.directions) || null;
  tableCell(at('F'), { left: true });
  const unspent = subFen(line.amount, line.spent ?? (0 as Fen));
  amountCell(at('G'), null);
  at('G').value = { formula: `D${row}-E${row}`, result: Number(fenToWanString(unspent)) };
  at('G').numFmt = '#,##0.00';
  tableCell(at('H'));
  at('H').alignment = { horizontal: 'right', vertical: 'middle' };
  at('H').value = {
    formula: `IF(D${row}=0,"",E${row}/D${row})`,
    result: line.amount === 0 ? '' : (line.spent ?? 0) / line.amount,
  };
  at('H').numFmt = PERCENT_FORMAT;
  at('I').value = line.reason || null;
  tableCell(at('I'), { left: true });
  at('J').value = measuresText(line.measures, line.measuresDueOn) || null;
  tableCell(at('J'), { left: true });
  fitRowHeight(ws, row);
}

function writeTotal(ws: Worksheet, last: number, lines: FeedbackFormLine[]): void {
  const row = TOTAL_ROW;
  for (let c = 1; c <= COLUMNS.length; c++) tableCell(ws.getCell(row, c), { header: true });
  ws.getCell(`A${row}`).value = TOTAL_LABEL;
  ws.mergeCells(`A${row}:C${row}`);
  const amount = sum(lines.map((l) => l.amount));
  const spent = sum(lines.map((l) => l.spent ?? (0 as Fen)));
  const total = (letter: string, value: Fen) => {
    const cell = ws.getCell(`${letter}${row}`);
    cell.value = {
      formula: `SUM(${letter}${FIRST_LINE_ROW}:${letter}${last})`,
      result: Number(fenToWanString(value)),
    };
    cell.numFmt = '#,##0.00';
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  };
  total('D', amount);
  total('E', spent);
  total('G', subFen(amount, spent));
  const progress = ws.getCell(`H${row}`);
  progress.value = {
    formula: `IF(D${row}=0,"",E${row}/D${row})`,
    result: amount === 0 ? '' : spent / amount,
  };
  progress.numFmt = PERCENT_FORMAT;
  progress.alignment = { horizontal: 'right', vertical: 'middle' };
}
