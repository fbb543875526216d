/**
 * How the official forms look in a workbook: 宋体 text, a bold title, thin borders round the
 * table, 万元 amounts as numbers showing every decimal they have (never rounded for display),
 * fractions as real percentage cells.
 */
import type { Cell, Worksheet } from 'exceljs';
import { fenToWanString, type Fen } from '../domain/money.ts';

export const FONT = '宋体';
const THIN = { style: 'thin' as const };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Merges a range (if wider than one cell) and writes its master cell. */
export function mergedText(ws: Worksheet, range: string, text: string): Cell {
  if (range.includes(':')) ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0] ?? range);
  cell.value = text;
  return cell;
}

export function title(ws: Worksheet, range: string, text: string): void {
  const cell = mergedText(ws, range, text);
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  const row = Number(/\d+/.exec(range)?.[0] ?? 1);
  ws.getRow(row).height = 30;
}

/** Table text: bordered, wrapped, centred when a header. */
export function tableCell(cell: Cell, options: { header?: boolean; left?: boolean } = {}): void {
  cell.border = BORDER;
  cell.font = { name: FONT, size: 11, bold: options.header === true };
  cell.alignment = {
    horizontal: options.left ? 'left' : 'center',
    vertical: 'middle',
    wrapText: true,
  };
}

/** Borders every cell of a rectangle (merged cells need it on each, or LibreOffice drops edges). */
export function borderBox(
  ws: Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) ws.getCell(r, c).border = BORDER;
  }
}

/** `#,##0.00` or as many decimals as the amount has (up to 6: exact to the fen). */
export function wanFormat(amount: Fen, minDecimals: number): string {
  const decimals = Math.max(minDecimals, fenToWanString(amount).split('.')[1]?.length ?? 0);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** An amount as a number of 万元 (exact: converted from fen by text, not by division). */
export function amountCell(cell: Cell, amount: Fen | null, minDecimals = 2): void {
  tableCell(cell);
  cell.alignment = { horizontal: 'right', vertical: 'middle' };
  if (amount === null) return;
  cell.value = Number(fenToWanString(amount));
  cell.numFmt = wanFormat(amount, minDecimals);
}

export const PERCENT_FORMAT = '0.00%';

export function note(ws: Worksheet, range: string, text: string): void {
  const cell = mergedText(ws, range, text);
  cell.font = { name: FONT, size: 10 };
  cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
}

/** Display width of text in Excel's column units: CJK and full-width characters take two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Tall enough for the wrapped text of each (unmerged) cell of a row: neither Excel nor LibreOffice
 * grows a row for wrapped text written by a program, so the text would be cut off.
 */
export function fitRowHeight(ws: Worksheet, row: number, lineHeight = 15): void {
  let lines = 1;
  ws.getRow(row).eachCell((cell, col) => {
    if (cell.isMerged || typeof cell.value !== 'string') return;
    const width = (ws.getColumn(col).width ?? 9) - 1;
    const wrapped = cell.value
      .split('\n')
      .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / width)), 0);
    lines = Math.max(lines, wrapped);
  });
  ws.getRow(row).height = Math.max(lineHeight + 3, lines * lineHeight + 4);
}
