/**
 * The allocation table (附件1 …分配表) as a worksheet, laid out as the notice prints it: 附件1,
 * the title, 单位：万元, the two-row header with 其中 spanning the batch columns, the column
 * numbers 1–4, the issuing region's row (the 合计 of the others) first, then each county.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Fen } from '../domain/money.ts';
import { FONT, amountCell, borderBox, mergedText, tableCell, title } from './form-style.ts';

export interface AllocationFormData {
  documentNumber: string;
  title: string;
  rows: {
    regionName: string;
    annualTotal: Fen;
    earlyAdvance: Fen | null;
    thisBatch: Fen;
    isSubtotal: boolean;
  }[];
}

export const ALLOCATION_HEADERS = {
  region: '单位名称',
  annual: '中央全年实际下达资金合计',
  of: '其中：',
  early: '年初提前下达资金',
  batch: '此次下达资金',
};

/** Row of the first figures (the header takes rows 4–5, the column numbers row 6). */
export const ALLOCATION_FIRST_ROW = 7;

export function addAllocationSheet(workbook: Workbook, data: AllocationFormData): Worksheet {
  const ws = workbook.addWorksheet('附件1', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = [{ width: 22 }, { width: 20 }, { width: 18 }, { width: 18 }];
  const label = mergedText(ws, 'A1', '附件1：');
  label.font = { name: FONT, size: 12 };
  title(ws, 'A2:D2', data.title);
  const unit = mergedText(ws, 'A3:D3', '单位：万元');
  unit.font = { name: FONT, size: 11 };
  unit.alignment = { horizontal: 'right' };

  const h = ALLOCATION_HEADERS;
  tableCell(mergedText(ws, 'A4:A5', h.region), { header: true });
  tableCell(mergedText(ws, 'B4:B5', h.annual), { header: true });
  tableCell(mergedText(ws, 'C4:D4', h.of), { header: true });
  tableCell(mergedText(ws, 'C5', h.early), { header: true });
  tableCell(mergedText(ws, 'D5', h.batch), { header: true });
  borderBox(ws, 4, 1, 5, 4);
  ws.getRow(4).height = 22;
  ws.getRow(5).height = 30;
  [1, 2, 3, 4].forEach((n) => {
    const cell = ws.getCell(6, n);
    cell.value = n;
    tableCell(cell);
  });

  // The notice puts the issuing region (the 合计 of its counties) first.
  const rows = [
    ...data.rows.filter((r) => r.isSubtotal),
    ...data.rows.filter((r) => !r.isSubtotal),
  ];
  rows.forEach((r, i) => {
    const row = ALLOCATION_FIRST_ROW + i;
    const name = ws.getCell(row, 1);
    name.value = r.regionName;
    tableCell(name, { header: r.isSubtotal });
    amountCell(ws.getCell(row, 2), r.annualTotal, 0);
    amountCell(ws.getCell(row, 3), r.earlyAdvance, 0);
    amountCell(ws.getCell(row, 4), r.thisBatch, 0);
    if (r.isSubtotal)
      [2, 3, 4].forEach((c) => (ws.getCell(row, c).font = { name: FONT, size: 11, bold: true }));
  });
  const footer = mergedText(
    ws,
    `A${ALLOCATION_FIRST_ROW + rows.length + 1}:D${ALLOCATION_FIRST_ROW + rows.length + 1}`,
    `（${data.documentNumber} 附件1）`,
  );
  footer.font = { name: FONT, size: 10 };
  footer.alignment = { horizontal: 'right' };
  return ws;
}
