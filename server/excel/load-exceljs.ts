/**
 * exceljs, loaded on the first workbook read or written rather than at start: it costs ~7 MB
 * of heap and ~20 MB resident in every thread that imports it, and the read workers (which
 * import the whole schema, mutations included) never build a workbook.
 */
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
