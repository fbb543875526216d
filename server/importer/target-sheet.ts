/**
 * One target sheet (区域绩效目标表): its region and year, the key/value rows above the
 * indicators (departments, fund figures, goals) and the indicator rows. The level labels are
 * read here only as each sheet states them (a "vote"); indicator-levels.ts decides the levels
 * across all sheets of the notice.
 */
import { levelLabelOf, LEVEL1_OF, type Level1, type Level2 } from '../domain/framework.ts';
import { MoneyError, parseAmount, type Fen } from '../domain/money.ts';
import { compact, tidyCjkSpacing } from '../domain/text.ts';
import { splitGoals } from './goals.ts';
import type { Section } from './sections.ts';
import { parseTarget, type ParsedTarget } from './target-value.ts';
import { NoticeFormatError, type ImportWarning } from './types.ts';

export interface IndicatorRow {
  line: number;
  name: string;
  nameKey: string;
  target: ParsedTarget;
  voteLevel1: Level1 | null;
  voteLevel2: Level2 | null;
}

export interface RawTargetSheet {
  line: number;
  /** Null when neither the title nor a subtitle names a region. */
  writtenRegion: string | null;
  year: number | null;
  projectName: string | null;
  attributes: Record<string, string>;
  fundTotal: Fen | null;
  centralFunds: Fen | null;
  localFunds: Fen | null;
  goals: string[];
  rows: IndicatorRow[];
  notes: ImportWarning[];
}

/** Cells that only repeat the table's own headings. */
const HEADING_CELLS = new Set([
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '总体目标',
  '年度指标值',
]);

const FUND_KEYS: [
  keyof Pick<RawTargetSheet, 'fundTotal' | 'centralFunds' | 'localFunds'>,
  RegExp,
][] = [
  ['centralFunds', /中央(财政)?(补助|资金)/],
  ['localFunds', /地方(财政)?(资金|配套)/],
  ['fundTotal', /资金总额|下达资金/],
];

export function indicatorNameKey(name: string): string {
  return compact(name).replace(/[。.;；]+$/, '');
}

/** Level-1 labels of other provinces' forms, outside the framework's words. */
const LEVEL1_ALIASES: Record<string, Level1> = {
  项目完成指标: 'OUTPUT',
  完成指标: 'OUTPUT',
  产出: 'OUTPUT',
  项目效益指标: 'EFFECT',
  效益: 'EFFECT',
  满意度: 'SATISFACTION',
};

function labelOf(key: string) {
  const alias = LEVEL1_ALIASES[key];
  return alias ? { level: 1 as const, code: alias } : levelLabelOf(key);
}

const REGION_IN_TITLE =
  /^(?:\d{4}年度?)?(?!中央|困难|城乡|省级)([\u4e00-\u9fff]{2,12}?(?:自治州|自治县|自治旗|地区|州|盟|县|旗|市|区(?!域)))/u;

/**
 * The sheet's region and year: from a subtitle such as `(2022年昌吉州)` (a subtitle holding only
 * a year, `(2021年度)`, names no region), or from the title itself (`2021年玛纳斯县…绩效目标表`).
 */
function sheetTitle(section: Section): { region: string | null; year: number | null } {
  let year: number | null = null;
  for (const item of section.items.slice(0, 6)) {
    if (item.kind === 'row') break;
    const m = /^[(（]\s*(?:(\d{4})\s*年度?)?\s*([^)）]*?)\s*[)）]$/.exec(compact(item.text));
    if (!m) continue;
    if (m[1]) year = Number(m[1]);
    const region = compact(m[2] ?? '');
    if (region !== '') return { region, year };
  }
  const fromTitle = REGION_IN_TITLE.exec(section.title);
  const titleYear = /(\d{4})年/.exec(section.title)?.[1];
  return { region: fromTitle?.[1] ?? null, year: year ?? (titleYear ? Number(titleYear) : null) };
}

function amountCell(cell: string, line: number, what: string): Fen | null {
  try {
    // After the last colon: a merged cell may read `其中：中央财政补助：1,234.56`.
    return parseAmount(cell.replace(/^.*[:：]/, ''));
  } catch (e) {
    if (e instanceof MoneyError)
      throw new NoticeFormatError(`target sheet ${what}: ${e.message}`, line);
    throw e;
  }
}

/** Reads a row above the indicators: project name, department pairs, fund figures. */
function readKeyRow(
  cells: string[],
  line: number,
  sheet: RawTargetSheet,
  regionName: string,
): void {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const head = compact(filled[0] ?? '');
  if (/^项目名称/.test(head)) {
    sheet.projectName = filled[1] ? compact(filled[1]) : null;
    return;
  }
  if (/部门[:：]?$/.test(head)) {
    // Departments come in key | value pairs: 自治区主管部门 | 自治区民政厅 | …
    for (let k = 0; k + 1 < filled.length; k += 2) {
      sheet.attributes[compact(filled[k] ?? '').replace(/[:：]$/, '')] = tidyCjkSpacing(
        filled[k + 1] ?? '',
      );
    }
    return;
  }
  filled.forEach((cell, i) => {
    const key = compact(cell);
    const field = FUND_KEYS.find(([, pattern]) => pattern.test(key))?.[0];
    if (!field || sheet[field] !== null) return;
    // The figure sits in the same cell after a colon, or in the next cell that holds one.
    const what = `${regionName} ${key}`;
    const next = filled.slice(i + 1).find((c) => amountCell(c, line, what) !== null);
    sheet[field] = amountCell(cell, line, what) ?? (next ? amountCell(next, line, what) : null);
  });
}

/** `noticeYear`: the year of a sheet whose title and subtitle name none (`凯里市…绩效目标表`). */
export function parseTargetSheet(
  section: Section,
  noticeYear: number | null = null,
): RawTargetSheet {
  const written = sheetTitle(section);
  const title = { ...written, year: written.year ?? noticeYear };
  const regionName = title.region ?? '';
  const sheet: RawTargetSheet = {
    line: section.line,
    writtenRegion: title.region,
    year: title.year,
    projectName: null,
    attributes: {},
    fundTotal: null,
    centralFunds: null,
    localFunds: null,
    goals: [],
    rows: [],
    notes: [],
  };
  let inIndicators = false;
  let blockLevel1: Level1 | null = null;
  let blockLevel2: Level2 | null = null;

  for (const item of section.items) {
    if (item.kind !== 'row') continue;
    const { line, cells } = item;
    const keys = cells.map(compact);
    const first = keys.find((k) => k !== '') ?? '';
    if (!inIndicators) {
      if (keys.includes('三级指标')) {
        inIndicators = true;
      } else if (/^(年度|总体目标)/.test(first)) {
        const text = cells
          .filter((c) => !/^(年度|总体目标)/.test(compact(c)))
          .sort((a, b) => b.length - a.length)[0];
        if (text) sheet.goals = splitGoals(tidyCjkSpacing(text));
      } else {
        readKeyRow(cells, line, sheet, regionName);
      }
      continue;
    }

    const labels = keys.map(labelOf).filter((l) => l !== null);
    const content = cells.filter(
      (c, k) => keys[k] !== '' && !HEADING_CELLS.has(keys[k] ?? '') && !labelOf(keys[k] ?? ''),
    );
    if (labels.length > 0) {
      // A label marks the start of a block. Level 2 decides level 1; a level-1 label alone
      // starts a block whose level 2 this sheet does not say.
      const level2 = labels.filter((l) => l.level === 2).at(-1)?.code;
      const level1 = labels.filter((l) => l.level === 1).at(-1)?.code;
      // 满意度指标 has one level 2 only: a satisfaction block is a service-recipient one.
      blockLevel2 = level2 ?? (level1 === 'SATISFACTION' ? 'SERVICE_SATISFACTION' : null);
      blockLevel1 = level2 ? LEVEL1_OF[level2] : (level1 ?? blockLevel1);
    }
    if (content.length === 0) continue;
    if (content.length === 1) {
      sheet.notes.push({
        severity: 'warning',
        code: 'INDICATOR_ROW_INCOMPLETE',
        message: `${regionName || section.title}: line ${line} holds "${content[0]}" without an indicator name and target value; the row was skipped`,
        regionKey: null,
      });
      continue;
    }
    const name = tidyCjkSpacing(content.slice(0, -1).join(''));
    sheet.rows.push({
      line,
      name,
      nameKey: indicatorNameKey(name),
      target: parseTarget(content.at(-1) ?? '', title.year),
      voteLevel1: blockLevel1,
      voteLevel2: blockLevel2,
    });
  }
  if (!inIndicators) {
    sheet.notes.push({
      severity: 'warning',
      code: 'SHEET_WITHOUT_INDICATORS',
      message: `${regionName || section.title} 绩效目标表（第${section.line}行）没有指标表（应有含“三级指标”的表头行），只读取了表头部分`,
      regionKey: null,
    });
  }
  return sheet;
}
