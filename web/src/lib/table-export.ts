/**
 * A table of the dashboard as data to export: amounts as numbers of 万元 (`{ wan }`), fractions
 * (`{ fraction }`), text and counts. The same table becomes CSV here (percentages as `83.36%`,
 * which Excel reads as numbers) and a workbook on the server (real percentage cells). Pure.
 */
import { percentText, toCsv, type CsvValue } from './csv.ts';

export type ExportCell =
  | string
  | number
  | null
  | undefined
  | { wan: number | null | undefined }
  | { fraction: number | null | undefined };

export interface ExportTable {
  /** The view and its subject: `地区详情 · 昌吉市`. */
  title: string;
  /** The table: `分配情况`; also the sheet's name. */
  name: string;
  /** The filters it was made with, in words. */
  filters: string;
  columns: string[];
  rows: ExportCell[][];
}

function csvValue(cell: ExportCell): CsvValue {
  if (cell === null || cell === undefined || typeof cell !== 'object') return cell;
  return 'wan' in cell ? cell.wan : percentText(cell.fraction);
}

export function tableCsv(table: ExportTable): string {
  return toCsv(
    table.columns,
    table.rows.map((row) => row.map(csvValue)),
  );
}

/** The body of POST /export/table.xlsx (undefined → null, so nothing is dropped by JSON). */
export function tableBody(table: ExportTable): string {
  const plain = (cell: ExportCell) => {
    if (cell === undefined) return null;
    if (cell === null || typeof cell !== 'object') return cell;
    return 'wan' in cell ? { wan: cell.wan ?? null } : { fraction: cell.fraction ?? null };
  };
  return JSON.stringify({ ...table, rows: table.rows.map((row) => row.map(plain)) });
}

export function exportFileName(table: ExportTable, extension: 'csv' | 'xlsx'): string {
  return `${table.title} ${table.name}.${extension}`.replace(/[\\/:*?"<>|]/g, ' ');
}
