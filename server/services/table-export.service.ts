/** A dashboard table as a one-sheet workbook, headed by its title, filters and export time. */
import { loadExcelJS } from '../excel/load-exceljs.ts';
import { addOverviewSheet } from '../excel/overview-workbook.ts';
import type { TableInput } from '../excel/table-input.ts';
import type { XlsxFile } from './excel-forms.service.ts';

export async function tableWorkbook(input: TableInput, now: Date): Promise<XlsxFile> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '资金执行分析';
  const exportedAt = now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  addOverviewSheet(
    workbook,
    {
      title: input.title,
      filters: input.filters,
      asOf: `导出于 ${exportedAt}（北京时间）；金额单位：万元`,
    },
    input.sheet,
  );
  const safe = `${input.title} ${input.sheet.name}`.replace(/[\\/:*?"<>|\r\n]/g, ' ').slice(0, 120);
  return { filename: `${safe}.xlsx`, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
