/**
 * Where a feedback form (附件4) sits on a worksheet, as counties make it: the header row is
 * found by its texts (spaces, full-width forms and line breaks ignored), wherever it is — the
 * product's own download (header in row 3), the notice's own layout (title, region, a row
 * `单位：万元` of its own, then the header in row 4), or either moved by rows or columns. The
 * region and the month are read from the lines above the header when they are written there.
 */
import type { Worksheet } from 'exceljs';
import { cellText, compactText } from './cell-text.ts';
import { COLUMNS, TOTAL_LABEL, type ColumnKey } from './feedback-form-layout.ts';
import type { FormProblem } from './feedback-form-import.ts';

export interface FormLayout {
  headerRow: number;
  /** 1-based column of each header. */
  columns: Record<ColumnKey, number>;
  /** The 合计 row, when the form has one. */
  totalRow: number | null;
  firstLineRow: number;
  /** What the lines above the header say, and the cells that say it (for messages). */
  regionName: string | null;
  regionCell: string | null;
  period: { year: number; month: number } | null;
  periodCell: string | null;
  /** The unit the form states (`单位：万元`), and where. */
  unit: string | null;
  unitCell: string | null;
}

/** Rows searched for the header; a form with more above its header is no form. */
const HEADER_SEARCH_ROWS = 20;
const SEARCH_COLUMNS = 30;
/** A row holding at least this many of the ten headers is the header row (others are reported). */
const MIN_HEADERS = 5;

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const address = (column: number, row: number) => `${columnLetter(column)}${row}`;

/** Which header each cell of a row holds: ColumnKey → column. */
function headersIn(ws: Worksheet, row: number): Map<ColumnKey, number> {
  const found = new Map<ColumnKey, number>();
  const wanted = new Map(COLUMNS.map((c) => [compactText(c.header), c.key]));
  for (let column = 1; column <= SEARCH_COLUMNS; column++) {
    const key = wanted.get(compactText(cellText(ws.getCell(row, column))));
    if (key && !found.has(key)) found.set(key, column);
  }
  return found;
}

const REGION_PATTERN =
  /(?:名称|填报单位|报送单位)[:：]\s*([^\s:：]*?)\s*(?=$|\s|报送月份|填报月份|单位[:：]|填报日期)/;
const MONTH_LABELLED = /(?:报送|填报)?月份[:：]\s*(\d{4})\s*年\s*(\d{1,2})\s*月/;
/** A month in the title or a line above (not a day's date such as 填报日期 2022年11月3日). */
const MONTH_ANYWHERE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日|底|末|前)/;
const UNIT_PATTERN = /(?:^|\s|[（(])单位[:：]\s*(万元|元|亿元|千元)/;

/** Region, month and unit from the lines above the header (the title counts too). */
function infoAbove(ws: Worksheet, headerRow: number, lastColumn: number) {
  const info: Pick<
    FormLayout,
    'regionName' | 'regionCell' | 'period' | 'periodCell' | 'unit' | 'unitCell'
  > = {
    regionName: null,
    regionCell: null,
    period: null,
    periodCell: null,
    unit: null,
    unitCell: null,
  };
  let periodLabelled = false;
  for (let row = 1; row < headerRow; row++) {
    for (let column = 1; column <= lastColumn; column++) {
      const text = cellText(ws.getCell(row, column)).normalize('NFKC');
      if (text === '') continue;
      const at = address(column, row);
      // `填报单位：奇台县财政局` names the county by its bureau.
      const region = REGION_PATTERN.exec(text)?.[1]?.replace(/(财政局|民政局|人民政府)$/, '');
      if (region && !info.regionName) [info.regionName, info.regionCell] = [region, at];
      const labelled = MONTH_LABELLED.exec(text);
      const month = labelled ?? (periodLabelled ? null : MONTH_ANYWHERE.exec(text));
      if (month && (!info.period || (labelled && !periodLabelled))) {
        info.period = { year: Number(month[1]), month: Number(month[2]) };
        info.periodCell = at;
        periodLabelled = !!labelled;
      }
      const unit = UNIT_PATTERN.exec(text)?.[1];
      if (unit && !info.unit) [info.unit, info.unitCell] = [unit, at];
    }
  }
  return info;
}

/** The header row: the row (of the first 20) holding most of the ten headers. */
function findHeaderRow(ws: Worksheet): { row: number; found: Map<ColumnKey, number> } | null {
  let best: { row: number; found: Map<ColumnKey, number> } | null = null;
  const last = Math.min(HEADER_SEARCH_ROWS, Math.max(ws.rowCount, 1));
  for (let row = 1; row <= last; row++) {
    const found = headersIn(ws, row);
    if (!best || found.size > best.found.size) best = { row, found };
  }
  return best && best.found.size >= MIN_HEADERS ? best : null;
}

/**
 * Each header not found, at the cell where it belongs: the column after the previous header's
 * (the notice's order), with the text that cell holds instead.
 */
function missingHeaders(ws: Worksheet, row: number, found: Map<ColumnKey, number>): FormProblem[] {
  const problems: FormProblem[] = [];
  let previous = (found.get(COLUMNS[0].key) ?? 1) - 1;
  for (const c of COLUMNS) {
    const column = found.get(c.key) ?? previous + 1;
    if (!found.has(c.key)) {
      const cell = address(column, row);
      const actual = cellText(ws.getCell(row, column));
      problems.push({
        cell,
        field: 'template',
        code: 'TEMPLATE_MISMATCH',
        message: `表头与模板不符：${cell} 应为「${c.header}」，实为「${actual.slice(0, 40) || '（空）'}」。表头须含附件4的十列（序号、收到的财政专项资金名称、文号、资金金额、实际支出金额、资金支出方向、未支出金额、实际支出进度、原因、整改措施及整改时间）`,
      });
    }
    previous = column;
  }
  return problems;
}

/** True when the row is a 合计 row (the label in the 序号 or the fund column). */
export function isTotalRow(
  ws: Worksheet,
  row: number,
  columns: Record<ColumnKey, number>,
): boolean {
  return [columns.no, columns.fund].some(
    (c) => compactText(cellText(ws.getCell(row, c))) === TOTAL_LABEL,
  );
}

/** The form's layout, or the problems that stop it being read as 附件4. */
export function locateForm(ws: Worksheet): { layout: FormLayout | null; problems: FormProblem[] } {
  const header = findHeaderRow(ws);
  if (!header) {
    return {
      layout: null,
      problems: [
        {
          cell: null,
          field: 'template',
          code: 'TEMPLATE_MISMATCH',
          message: `前 ${HEADER_SEARCH_ROWS} 行中找不到附件4的表头行（应含「序号」「收到的财政专项资金名称」「文号」「资金金额」「实际支出金额」等）`,
        },
      ],
    };
  }
  const problems = missingHeaders(ws, header.row, header.found);
  if (problems.length > 0) return { layout: null, problems };
  const columns = Object.fromEntries(header.found) as Record<ColumnKey, number>;
  const totalRow = isTotalRow(ws, header.row + 1, columns) ? header.row + 1 : null;
  const info = infoAbove(ws, header.row, Math.max(...Object.values(columns)));
  const unitProblems: FormProblem[] =
    info.unit && info.unit !== '万元'
      ? [
          {
            cell: info.unitCell,
            field: 'template',
            code: 'UNIT_NOT_WAN',
            message: `表中单位为「${info.unit}」：附件4的金额以万元填写，请换算为万元`,
          },
        ]
      : [];
  return {
    layout: {
      headerRow: header.row,
      columns,
      totalRow,
      firstLineRow: header.row + (totalRow ? 2 : 1),
      ...info,
    },
    problems: unitProblems,
  };
}
