/**
 * The feedback form (附件4 自治区财政资金使用跟踪反馈表) as a workbook: where everything is.
 * Export writes this layout and import checks it, so the two cannot drift apart. The texts are
 * the notice's own (a test compares them with the seed notice's form).
 */
export const FEEDBACK_TITLE = '自治区财政资金使用跟踪反馈表';
export const REGION_LABEL = '地、州、市（单位）名称：';
export const MONTH_LABEL = '报送月份：';
export const UNIT_LINE = '单位：万元';
export const TOTAL_LABEL = '合计';

export const TITLE_ROW = 1;
/** Region (A), reporting month (F) and the unit (I). */
export const INFO_ROW = 2;
export const HEADER_ROW = 3;
export const TOTAL_ROW = 4;
export const FIRST_LINE_ROW = 5;

export const COLUMNS = [
  { key: 'no', letter: 'A', header: '序号', width: 6 },
  { key: 'fund', letter: 'B', header: '收到的财政专项资金名称', width: 22 },
  { key: 'documentNumber', letter: 'C', header: '文号', width: 20 },
  { key: 'amount', letter: 'D', header: '资金金额', width: 12 },
  { key: 'spent', letter: 'E', header: '实际支出金额', width: 12 },
  { key: 'directions', letter: 'F', header: '资金支出方向', width: 24 },
  { key: 'unspent', letter: 'G', header: '未支出金额', width: 12 },
  { key: 'progress', letter: 'H', header: '实际支出进度', width: 11 },
  { key: 'reason', letter: 'I', header: '未按计划或预算执行要求支出的原因', width: 24 },
  { key: 'measures', letter: 'J', header: '整改措施及整改时间', width: 26 },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

export function letterOf(key: ColumnKey): string {
  const column = COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key}`);
  return column.letter;
}

export const NOTES = [
  '说明：1、地、州、市（单位）根据实际收到财政专项资金情况自行添加行（勿修改表格格式）。',
  '2、本表统计财政部门下达的一般公共预算和政府性基金支出情况，资金支出金额以国库集中支付数据为准。',
  '3、请各地、州、市（单位）于每月月末之前，将当月财政资金使用情况反馈至自治区财政厅社会保障处（中心）。',
];

/** How the 整改时间 is appended to the measures in column J, and read back. */
export function measuresText(measures: string | null, dueOn: string | null): string {
  if (!measures && !dueOn) return '';
  return `${measures ?? ''}${dueOn ? `（整改时间：${dueOn}）` : ''}`;
}

export function splitMeasures(text: string): { measures: string | null; dueOn: string | null } {
  const m = /[（(]?\s*整改时间[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*[)）]?\s*$/.exec(
    text,
  );
  if (!m) return { measures: text.trim() || null, dueOn: wordedDueDate(text) };
  const dueOn = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  return { measures: text.slice(0, m.index).trim() || null, dueOn };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A due date written in words within the measures: `2022年12月底前完成` → 2022-12-31,
 * `2022年11月30日前` → 2022-11-30, `2022年底` → 2022-12-31. The text stays the measures.
 * Null when no such date is written (or it is not a real day).
 */
export function wordedDueDate(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const day = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(t);
  const monthEnd = /(\d{4})年(\d{1,2})月(?:底|末|份?内)/.exec(t);
  const yearEnd = /(\d{4})年(?:底|末)/.exec(t);
  let date: [number, number, number] | null = null;
  if (day) date = [Number(day[1]), Number(day[2]), Number(day[3])];
  else if (monthEnd) {
    const [year, month] = [Number(monthEnd[1]), Number(monthEnd[2])];
    date = [year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()];
  } else if (yearEnd) date = [Number(yearEnd[1]), 12, 31];
  if (!date) return null;
  const [y, mo, d] = date;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}
