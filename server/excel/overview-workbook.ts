/**
 * The overview as a workbook: one sheet per card of the dashboard (the totals, each region's
 * progress, the unspent balances, the monthly trend), each headed by the filters it was made
 * with and the date the figures stand at. Amounts are numbers of 万元 with all their decimals,
 * fractions real percentage cells; "not reported" is an empty cell with the words beside it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { fenToWanString, type Fen } from '../domain/money.ts';
import type { WarningLevel } from '../domain/execution-figures.ts';
import { FONT, amountCell, tableCell, wanFormat } from './form-style.ts';

export type Cell = string | number | null | { wan: Fen | null } | { fraction: number | null };

export interface OverviewSheet {
  /** Card key, used by `?card=` to export one sheet. */
  key: 'summary' | 'regions' | 'unspent' | 'trend';
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface OverviewHeader {
  title: string;
  filters: string;
  asOf: string;
}

export const WARNING_WORDS: Record<WarningLevel, string> = {
  GREEN: '正常',
  YELLOW: '偏慢',
  RED: '滞后',
  NOT_REPORTED: '未报送',
};

export const FRACTION_FORMAT = '0.0%';

function writeCell(ws: Worksheet, row: number, col: number, value: Cell): void {
  const cell = ws.getCell(row, col);
  if (value !== null && typeof value === 'object' && 'wan' in value) {
    amountCell(cell, value.wan, 2);
    if (value.wan !== null) cell.numFmt = wanFormat(value.wan, 2);
    else cell.value = null;
    return;
  }
  tableCell(cell, { left: typeof value === 'string' });
  if (value !== null && typeof value === 'object') {
    cell.value = value.fraction;
    cell.numFmt = FRACTION_FORMAT;
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
    return;
  }
  cell.value = value;
}

export function addOverviewSheet(
  workbook: Workbook,
  header: OverviewHeader,
  sheet: OverviewSheet,
): Worksheet {
  const ws = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const lastColumn = Math.max(sheet.columns.length, 4);
  const line = (row: number, text: string, size: number, bold = false) => {
    ws.mergeCells(row, 1, row, lastColumn);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold };
  };
  line(1, `${header.title} · ${sheet.name}`, 14, true);
  line(2, header.filters, 10);
  line(3, header.asOf, 10);
  sheet.columns.forEach((c, i) => {
    const cell = ws.getCell(5, i + 1);
    cell.value = c;
    tableCell(cell, { header: true });
    ws.getColumn(i + 1).width = i === 0 ? 20 : 14;
  });
  sheet.rows.forEach((row, r) => row.forEach((value, c) => writeCell(ws, 6 + r, c + 1, value)));
  ws.views = [{ state: 'frozen', ySplit: 5 }];
  return ws;
}

/** 万元 as the CSV and the sheet agree on: the exact decimal text. */
export function wanText(value: Fen | null): string {
  return value === null ? '' : fenToWanString(value);
}
