/**
 * A region's target sheet (附件3 中央对地方转移支付区域绩效目标表) as a worksheet, laid out as the
 * notice prints it: the title and the region line, the project, departments and funds blocks,
 * the numbered annual goals, and the indicator table with 一级/二级 labels merged over their rows.
 * The levels are the ones the importer decided (the notice's own labels are garbled).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { LEVEL1_LABEL, LEVEL2_LABEL, type Level1, type Level2 } from '../domain/framework.ts';
import type { Fen } from '../domain/money.ts';
import { FONT, amountCell, fitRowHeight, mergedText, tableCell, title } from './form-style.ts';

export interface TargetSheetFormData {
  year: number;
  regionName: string;
  projectName: string | null;
  departments: Record<string, string>;
  fundTotal: Fen | null;
  centralFunds: Fen | null;
  localFunds: Fen | null;
  goals: string[];
  indicators: { level1: Level1; level2: Level2 | null; name: string; targetText: string }[];
}

const DEPARTMENTS = ['自治区主管部门', '地级财政部门', '地级主管部门'] as const;

/** Merges runs of equal labels in a column over the indicator rows. */
function mergeRuns(ws: Worksheet, column: string, firstRow: number, labels: string[]): void {
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i === labels.length || labels[i] !== labels[start]) {
      mergedText(
        ws,
        i - 1 > start
          ? `${column}${firstRow + start}:${column}${firstRow + i - 1}`
          : `${column}${firstRow + start}`,
        labels[start] ?? '',
      );
      start = i;
    }
  }
}

export function addTargetSheet(workbook: Workbook, data: TargetSheetFormData): Worksheet {
  const ws = workbook.addWorksheet('附件3', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = [{ width: 10 }, { width: 14 }, { width: 16 }, { width: 46 }, { width: 20 }];
  mergedText(ws, 'A1', '附件3：').font = { name: FONT, size: 12 };
  title(ws, 'A2:E2', '中央对地方转移支付区域绩效目标表');
  const sub = mergedText(ws, 'A3:E3', `（${data.year}年${data.regionName}）`);
  sub.font = { name: FONT, size: 12 };
  sub.alignment = { horizontal: 'center' };

  mergedText(ws, 'A4:B4', '项目名称');
  mergedText(ws, 'C4:E4', data.projectName ?? '');
  mergedText(ws, 'A5:B5', DEPARTMENTS[0]);
  mergedText(ws, 'C5:E5', data.departments[DEPARTMENTS[0]] ?? '');
  mergedText(ws, 'A6:B6', DEPARTMENTS[1]);
  mergedText(ws, 'C6', data.departments[DEPARTMENTS[1]] ?? '');
  mergedText(ws, 'D6', DEPARTMENTS[2]);
  mergedText(ws, 'E6', data.departments[DEPARTMENTS[2]] ?? '');
  mergedText(ws, 'A7:B9', '资金情况（万元）');
  mergedText(ws, 'C7', '下达资金总额：');
  mergedText(ws, 'C8', '其中：中央财政补助');
  mergedText(ws, 'C9', '地方资金');
  ws.mergeCells('D7:E7');
  ws.mergeCells('D8:E8');
  ws.mergeCells('D9:E9');
  mergedText(ws, 'A10:B10', '年度总体目标');
  const goals = mergedText(ws, 'C10:E10', data.goals.map((g, i) => `${i + 1}. ${g}`).join('\n'));
  for (let r = 4; r <= 10; r++) for (let c = 1; c <= 5; c++) tableCell(ws.getCell(r, c));
  amountCell(ws.getCell('D7'), data.fundTotal, 0);
  amountCell(ws.getCell('D8'), data.centralFunds, 0);
  amountCell(ws.getCell('D9'), data.localFunds, 0);
  goals.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  // The goals cell spans C:E (about 80 units): roughly 40 characters a line.
  ws.getRow(10).height = Math.max(
    60,
    15 * data.goals.reduce((n, g) => n + Math.ceil((g.length + 3) / 40), 0) + 6,
  );

  const head = 11;
  ['一级指标', '二级指标', '三级指标', '指标值'].forEach((t, i) => {
    const cell = ws.getCell(head, i + 2);
    cell.value = t;
    tableCell(cell, { header: true });
  });
  const first = head + 1;
  const last = first + data.indicators.length - 1;
  mergedText(ws, `A${head}:A${Math.max(last, head)}`, '绩效指标');
  mergeRuns(
    ws,
    'B',
    first,
    data.indicators.map((i) => LEVEL1_LABEL[i.level1]),
  );
  mergeRuns(
    ws,
    'C',
    first,
    data.indicators.map((i) => (i.level2 ? LEVEL2_LABEL[i.level2] : '')),
  );
  data.indicators.forEach((ind, i) => {
    ws.getCell(first + i, 4).value = ind.name;
    ws.getCell(first + i, 5).value = ind.targetText;
  });
  for (let r = head; r <= last; r++) {
    for (let c = 1; c <= 5; c++)
      tableCell(ws.getCell(r, c), { header: r === head || c === 1, left: c === 4 });
    fitRowHeight(ws, r);
  }
  return ws;
}
