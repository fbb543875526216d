/**
 * One target sheet (区域绩效目标表): its region and year, the key/value rows above the
 * indicators (departments, fund figures, goals) and the indicator rows. The level labels are
 * read here only as each sheet states them (a "vote"); indicator-levels.ts decides the levels
 * across all sheets of the notice.
 */
import { levelLabelOf, LEVEL1_OF, type Level1, type Level2 } from '../domain/framework.ts';
import { MoneyError, parseAmount, type Fen } from '../domain/money.ts';
import { cellsOf, compact, tidyCjkSpacing } from '../domain/text.ts';
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
  writtenRegion: string;
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

function sheetTitle(
  lines: string[],
  section: Section,
): { region: string; year: number | null; line: number } {
  for (let i = section.start + 1; i < Math.min(section.end, section.start + 6); i++) {
    const text = lines[i] ?? '';
    if (cellsOf(text)) break;
    const m = /[(（]\s*(?:(\d{4})\s*年度?)?\s*([^)）]+?)\s*[)）]/.exec(text.normalize('NFKC'));
    if (m?.[2]) return { region: compact(m[2]), year: m[1] ? Number(m[1]) : null, line: i + 1 };
  }
  throw new NoticeFormatError(
    `target sheet "${section.title}" names no region (expected a line such as (2022年昌吉州) under the title)`,
    section.start + 1,
  );
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

export function parseTargetSheet(lines: string[], section: Section): RawTargetSheet {
  const title = sheetTitle(lines, section);
  const sheet: RawTargetSheet = {
    line: section.start + 1,
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

  for (let i = section.start + 1; i < section.end; i++) {
    const line = i + 1;
    const cells = cellsOf(lines[i] ?? '');
    if (!cells) continue;
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
        readKeyRow(cells, line, sheet, title.region);
      }
      continue;
    }

    const labels = keys.map(levelLabelOf).filter((l) => l !== null);
    const content = cells.filter(
      (c, k) => keys[k] !== '' && !HEADING_CELLS.has(keys[k] ?? '') && !levelLabelOf(keys[k] ?? ''),
    );
    if (labels.length > 0) {
      // A label marks the start of a block. Level 2 decides level 1; a level-1 label alone
      // starts a block whose level 2 this sheet does not say.
      const level2 = labels.filter((l) => l.level === 2).at(-1)?.code;
      const level1 = labels.filter((l) => l.level === 1).at(-1)?.code;
      blockLevel2 = level2 ?? null;
      blockLevel1 = level2 ? LEVEL1_OF[level2] : (level1 ?? blockLevel1);
    }
    if (content.length === 0) continue;
    if (content.length === 1) {
      sheet.notes.push({
        severity: 'warning',
        code: 'INDICATOR_ROW_INCOMPLETE',
        message: `${title.region}: line ${line} holds "${content[0]}" without an indicator name and target value; the row was skipped`,
        regionKey: null,
      });
      continue;
    }
    const name = tidyCjkSpacing(content.slice(0, -1).join(''));
    sheet.rows.push({
      line,
      name,
      nameKey: indicatorNameKey(name),
      target: parseTarget(content.at(-1) ?? ''),
      voteLevel1: blockLevel1,
      voteLevel2: blockLevel2,
    });
  }
  if (!inIndicators) {
    throw new NoticeFormatError(
      `target sheet for ${title.region} has no indicator table (expected a header row with 三级指标)`,
      section.start + 1,
    );
  }
  return sheet;
}
