/**
 * The allocation table (附件1 分配表): one row per region with its annual total and the parts
 * it is made of. Column roles come from the header words, in the order they appear, because
 * the header's cells are split and shifted by the extraction.
 */
import { MoneyError, parseAmount, type AmountUnit, type Fen } from '../domain/money.ts';
import { cellsOf, compact } from '../domain/text.ts';
import type { Section } from './sections.ts';
import { NoticeFormatError } from './types.ts';

export type ColumnRole = 'annualTotal' | 'earlyAdvance' | 'priorBatches' | 'thisBatch';

const ROLE_WORDS: [ColumnRole, RegExp][] = [
  ['annualTotal', /(全年|合计|总额|总计|小计)/g],
  ['earlyAdvance', /提前/g],
  ['priorBatches', /(已下达|前期下达|以前批次|上批|第一批)/g],
  ['thisBatch', /(此次|本次|本批|本期)/g],
];

export interface RawAllocationRow {
  writtenName: string;
  line: number;
  amounts: Partial<Record<ColumnRole, Fen>>;
}

export interface RawAllocationTable {
  unit: AmountUnit;
  unitStated: boolean;
  columns: ColumnRole[];
  rows: RawAllocationRow[];
}

/** Column roles in header order; one column alone is this batch's allocation. */
export function columnRoles(headerText: string): ColumnRole[] {
  const found: { role: ColumnRole; index: number }[] = [];
  for (const [role, pattern] of ROLE_WORDS) {
    const first = [...headerText.matchAll(pattern)][0];
    if (first) found.push({ role, index: first.index });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.role);
}

function statedUnit(lines: string[]): AmountUnit | null {
  for (const line of lines) {
    const m = /单位[:：]?(万元|元)/.exec(compact(line));
    if (m?.[1]) return m[1] as AmountUnit;
  }
  return null;
}

const BLANK = /^[-—–]*$/;

function isNumberRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length > 1 && filled.every((c, i) => compact(c) === String(i + 1));
}

function amountOrNull(cell: string, unit: AmountUnit, line: number): Fen | null {
  try {
    return parseAmount(cell, unit);
  } catch (e) {
    if (e instanceof MoneyError)
      throw new NoticeFormatError(`allocation table: ${e.message}`, line);
    throw e;
  }
}

/** Whether a cell holds an amount, even one too precise to keep (that is still no header). */
function isAmount(cell: string, unit: AmountUnit): boolean {
  try {
    return parseAmount(cell, unit) !== null;
  } catch (e) {
    if (e instanceof MoneyError) return true;
    throw e;
  }
}

export function parseAllocationTable(lines: string[], section: Section): RawAllocationTable {
  const body = lines.slice(section.start + 1, section.end);
  const stated = statedUnit(body);
  const unit = stated ?? '万元';
  const headerParts: string[] = [];
  const rows: RawAllocationRow[] = [];
  let columns: ColumnRole[] | null = null;

  body.forEach((text, i) => {
    const line = section.start + 2 + i;
    const cells = cellsOf(text);
    if (!cells || cells.every((c) => c === '')) return;
    if (isNumberRow(cells)) return;
    const [first = '', ...rest] = cells;
    const filled = rest.filter((c) => !BLANK.test(c.trim()));
    const firstIsName = first !== '' && !isAmount(first, unit);
    const looksLikeData =
      firstIsName && filled.length > 0 && filled.every((c) => amountOrNull(c, unit, line) !== null);
    if (!looksLikeData) {
      // A page break repeats the header inside the table: words naming columns, no amounts.
      const repeatedHeader =
        rows.length > 0 &&
        cells.every((c) => BLANK.test(c.trim()) || !isAmount(c, unit)) &&
        columnRoles(compact(cells.join(''))).length > 0;
      if (repeatedHeader) return;
      if (rows.length > 0) {
        throw new NoticeFormatError(
          `allocation table row "${cells.join(' | ')}" is neither a region with amounts nor a header`,
          line,
        );
      }
      headerParts.push(cells.join(''));
      return;
    }
    columns ??= columnRoles(compact(headerParts.join('')));
    if (columns.length === 0) {
      columns = filled.length === 1 ? ['thisBatch'] : ['annualTotal', 'earlyAdvance', 'thisBatch'];
    }
    // Positional cells when the row has exactly one cell per column (blanks mean 0);
    // otherwise the filled cells, which must then match the columns one to one.
    const values = rest.length === columns.length ? rest : filled;
    if (values.length !== columns.length) {
      throw new NoticeFormatError(
        `allocation table row for ${compact(first)} has ${filled.length} amounts; the header names ${columns.length} columns`,
        line,
      );
    }
    const amounts: Partial<Record<ColumnRole, Fen>> = {};
    columns.forEach((role, c) => {
      const cell = values[c] ?? '';
      amounts[role] = BLANK.test(cell.trim())
        ? (0 as Fen)
        : (amountOrNull(cell, unit, line) ?? (0 as Fen));
    });
    rows.push({ writtenName: compact(first), line, amounts });
  });

  if (rows.length === 0) {
    throw new NoticeFormatError(
      `allocation table "${section.title}" has no rows of regions and amounts`,
      section.start + 1,
    );
  }
  return { unit, unitStated: stated !== null, columns: columns ?? [], rows };
}
