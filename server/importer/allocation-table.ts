/**
 * The allocation table (附件1 分配表) read from the document model's rows: one row per
 * recipient with the amounts its columns hold. Which column holds what comes from the header
 * (allocation-columns.ts); the unit from a `单位：` line or the header; a reviewer's unit and
 * column roles replace what was read.
 */
import { addFen, MoneyError, parseAmount, type AmountUnit, type Fen } from '../domain/money.ts';
import { compact } from '../domain/text.ts';
import {
  assignRoles,
  COLUMN_ROLES,
  columnsInOrder,
  headersUsable,
  NAME_HEADER,
  type ColumnRole,
  type MainRole,
  type ReadColumn,
} from './allocation-columns.ts';
import { sectionRows, type Section, type SectionRow } from './sections.ts';
import { isColumnNumbering, isRowName, PAGE_FOOTER, splitGluedName } from './text-layout/tokens.ts';
import { NoticeFormatError, type ExtraAmount, type ImportWarning } from './types.ts';

export type { ColumnRole, MainRole } from './allocation-columns.ts';

export interface RawAllocationRow {
  writtenName: string;
  line: number;
  amounts: Partial<Record<MainRole, Fen>>;
  extras: ExtraAmount[];
}

export interface RawAllocationTable {
  unit: AmountUnit;
  unitStated: boolean;
  columns: ReadColumn[];
  rows: RawAllocationRow[];
  warnings: ImportWarning[];
}

export interface TableCorrections {
  unit?: AmountUnit;
  columnRoles?: { column: number; role: string }[];
}

const UNIT = /单位[:：]?\s*(亿元|万元|元)|[(（](亿元|万元|元)[)）]/;
const EMPTY = /^[-—–/\\]*$/;
/** Headers of figure columns that count or rate things rather than allocate money. */
const NOT_MONEY =
  /(序号|编号|人数|户数|人次|个数|家数|床位|占比|比例|比重|系数|元\/(人|户)|[(（](人|户|人次|个|家|所|张|床|名|%|％)[)）])/;

function unitIn(text: string): AmountUnit | null {
  const m = UNIT.exec(compact(text));
  return ((m?.[1] ?? m?.[2]) as AmountUnit | undefined) ?? null;
}

function isAmount(cell: string): boolean {
  try {
    return parseAmount(cell, '万元') !== null;
  } catch (e) {
    if (e instanceof MoneyError) return true;
    throw e;
  }
}

/** Commas that are not thousands separators (`12,5`, `1,2345`): a decimal comma, or a typo. */
function misplacedCommas(cell: string): boolean {
  const t = cell.normalize('NFKC').replace(/\s/g, '');
  // Only figures: a cell with words in it (`2,500,000.50清水县5,232,100.00`, a row run into the
  // next) is no amount for another reason.
  if (!/^[-−–—(]?[\d,.]+\)?$/.test(t)) return false;
  return t.includes(',') && !/^[-−–—(]?\d{1,3}(,\d{3})+(\.\d+)?\)?$/.test(t);
}

function amountOf(cell: string, unit: AmountUnit, line: number, what: string): Fen | null {
  if (EMPTY.test(compact(cell))) return null;
  if (misplacedCommas(cell)) {
    throw new NoticeFormatError(
      `allocation table, ${what}: "${cell.trim()}" has commas that are not thousands separators (1,234.56); write the amount with a decimal point`,
      line,
    );
  }
  try {
    const value = parseAmount(cell, unit);
    if (value === null) {
      throw new NoticeFormatError(
        `allocation table row for ${what}: "${cell.trim()}" is not an amount`,
        line,
      );
    }
    return value;
  } catch (e) {
    if (e instanceof MoneyError)
      throw new NoticeFormatError(`allocation table, ${what}: ${e.message}`, line);
    throw e;
  }
}

/** `县区 | 金额 | 县区 | 金额`: name/amount pairs printed side by side become rows below each other. */
function unstackSideBySide(rows: SectionRow[]): SectionRow[] {
  for (const row of rows.slice(0, 6)) {
    const at = row.full
      .map((c, i) => (NAME_HEADER.test(compact(c)) ? i : -1))
      .filter((i) => i >= 0);
    if (at.length < 2 || at[0] !== 0) continue;
    const width = at[1] ?? 0;
    if (!at.every((p, k) => p === k * width)) continue;
    const headerIndex = rows.indexOf(row);
    const cut = (r: SectionRow, k: number): SectionRow => ({
      ...r,
      cells: r.cells.slice(k * width, (k + 1) * width),
      full: r.full.slice(k * width, (k + 1) * width),
    });
    const out = rows.slice(0, headerIndex + 1).map((r) => cut(r, 0));
    for (let k = 0; k < at.length; k += 1) {
      for (const r of rows.slice(headerIndex + 1)) {
        const part = cut(r, k);
        if (part.full.some((c) => c.trim() !== '')) out.push(part);
      }
    }
    return out;
  }
  return rows;
}

/** A row holding only the unit (`单位：万元`). */
function isUnitRow(row: SectionRow): boolean {
  return row.full.every((c) => c.trim() === '' || (unitIn(c) !== null && compact(c).length <= 8));
}

function isDataRow(row: SectionRow, nameCol: number): boolean {
  const name = row.full[nameCol] ?? '';
  return isRowName(name) && row.full.some((c, i) => i !== nameCol && isAmount(c));
}

export function parseAllocationTable(
  section: Section,
  corrections: TableCorrections = {},
): RawAllocationTable {
  const warnings: ImportWarning[] = [];
  const rows = unstackSideBySide(
    sectionRows(section).filter(
      (r) =>
        r.full.some((c) => c.trim() !== '') &&
        !isColumnNumbering(r.full.filter((c) => c.trim() !== '')),
    ),
  );
  // The names column: where rows with figures hold a name (a 序号 column may come first).
  const nameCol =
    [0, 1, 2].find(
      (c) => rows.filter((r) => isDataRow(r, c)).length >= Math.max(1, rows.length / 4),
    ) ?? 0;
  let first = rows.findIndex((r) => isDataRow(r, nameCol));
  if (first < 0) {
    throw new NoticeFormatError(
      `allocation table "${section.title}" has no rows of regions and amounts`,
      section.line,
    );
  }
  // Rows just above the first readable one that name a region (`甲县 | 1e309`, `甲县 | |`) or
  // hold figures are rows with unreadable or missing amounts, not header rows: they are read
  // below, so they are refused or reported by name instead of vanishing into the header.
  while (first > 0) {
    const above = rows[first - 1];
    const name = above?.full[nameCol] ?? '';
    if (!above || compact(name) === '' || isUnitRow(above)) break;
    const figures = above.full.some((c, i) => i !== nameCol && isAmount(c));
    if (!isRowName(name) && !figures) break;
    first -= 1;
  }
  const header = rows
    .slice(0, first)
    .filter(
      (r) =>
        !r.full.every((c) => c.trim() === '' || (unitIn(c) !== null && compact(c).length <= 8)),
    );
  const data = rows.slice(first);

  const texts = [
    ...section.items
      .filter((it) => it.kind === 'text')
      .map((it) => (it.kind === 'text' ? it.text : '')),
    ...rows.slice(0, first).flatMap((r) => r.full),
  ];
  const stated = texts.map(unitIn).find((u) => u !== null) ?? null;
  const unit = corrections.unit ?? stated ?? '万元';
  if (!stated && !corrections.unit) {
    warnings.push({
      severity: 'warning',
      code: 'UNIT_ASSUMED',
      message: `分配表「${section.title}」未写明金额单位，暂按万元读取；请确认单位（可在导入审核页更正）`,
      regionKey: null,
    });
  }

  // Figure columns: those where the data rows hold figures rather than words.
  const width = Math.max(...rows.map((r) => r.full.length));
  const amountColumns: number[] = [];
  for (let c = 0; c < width; c += 1) {
    if (c === nameCol) continue;
    const cells = data.map((r) => r.full[c] ?? '').filter((t) => !EMPTY.test(compact(t)));
    const figures = cells.filter(isAmount).length;
    if (figures > 0 && figures * 2 >= cells.length) amountColumns.push(c);
  }

  const headerOf = (c: number): string =>
    [...new Set(header.map((r) => compact(r.full[c] ?? '')).filter((t) => t !== ''))].join('');
  // Figures that are no money (序号, 保障人数（人）, 户数, 占比, 补助标准): never read as amounts.
  const counts = amountColumns.filter((c) => NOT_MONEY.test(headerOf(c)));
  if (counts.length > 0 && counts.length < amountColumns.length) {
    warnings.push({
      severity: 'info',
      code: 'ALLOCATION_COLUMNS_NOT_MONEY',
      message: `分配表「${section.title}」的${counts.map((c) => `「${headerOf(c)}」`).join('')}列不是金额（序号、人数、户数、比例或人均标准），未作为资金读取`,
      regionKey: null,
    });
    amountColumns.splice(
      0,
      amountColumns.length,
      ...amountColumns.filter((c) => !counts.includes(c)),
    );
  }
  const geometric = amountColumns.map((c) => ({ index: c, header: headerOf(c) }));
  const inOrder = headersUsable(geometric.map((g) => g.header))
    ? null
    : columnsInOrder(
        header.map((r) => r.cells.filter((c) => c.trim() !== '')),
        amountColumns,
      );
  const columns = assignRoles(inOrder ?? geometric);
  if (!inOrder && !headersUsable(geometric.map((g) => g.header)) && amountColumns.length > 0) {
    warnings.push({
      severity: 'warning',
      code: 'COLUMNS_UNCERTAIN',
      message: `分配表「${section.title}」的表头与金额列对不上（${amountColumns.length} 列金额），各列含义按位置推定，请核对`,
      regionKey: null,
    });
  }
  for (const fix of corrections.columnRoles ?? []) {
    const column = columns.find((c) => c.index === fix.column);
    if (!column) {
      throw new NoticeFormatError(`column ${fix.column} of the allocation table holds no amounts`);
    }
    if (!COLUMN_ROLES.includes(fix.role as ColumnRole)) {
      throw new NoticeFormatError(
        `column ${fix.column}: role "${fix.role}" is not one of ${COLUMN_ROLES.join(', ')}`,
      );
    }
    column.role = fix.role as ColumnRole;
  }
  const partsOnly =
    !columns.some((c) => c.role !== 'extra' && c.role !== 'memo') &&
    columns.some((c) => c.role === 'extra');
  if (partsOnly) {
    warnings.push({
      severity: 'info',
      code: 'ALLOCATION_SUM_OF_PARTS',
      message: `分配表「${section.title}」没有合计列：此次下达按各分项（${columns
        .filter((c) => c.role === 'extra')
        .map((c) => c.name)
        .join('、')}）之和计`,
      regionKey: null,
    });
  }

  const out: RawAllocationRow[] = [];
  data.forEach((row, k) => {
    if (!isDataRow(row, nameCol)) {
      const words = compact(row.full.join(''));
      const trailing = data.slice(k + 1).every((r) => !isDataRow(r, nameCol));
      const rowName = compact(row.full[nameCol] ?? '');
      if (isRowName(rowName)) {
        // A region whose amount cells hold something that is no amount (`1e309`, `--5`, `NaN`):
        // refused by its cell, never skipped.
        for (const column of columns) {
          amountOf(
            row.full[column.index] ?? '',
            unit,
            row.line,
            `${rowName} ${column.header || `第${column.index + 1}列`}`,
          );
        }
      }
      if (!trailing && row.full.some(isAmount)) {
        const shown = row.full
          .filter((c) => c.trim() !== '')
          .map((c) => (c.length > 30 ? `${c.slice(0, 30)}…(${c.length} characters)` : c))
          .join(' | ');
        const why =
          rowName.length > 24
            ? `its name is ${rowName.length} characters long, longer than any region's`
            : 'it is neither a region with amounts nor a header';
        throw new NoticeFormatError(`allocation table row "${shown}": ${why}`, row.line);
      }
      if (
        words !== '' &&
        !(
          header.length > 0 &&
          /(合计|金额|资金|下达)/.test(words) &&
          !row.full.some(isAmount) &&
          !isRowName(row.full[nameCol] ?? '')
        )
      ) {
        warnings.push({
          severity: trailing ? 'info' : 'warning',
          code: 'ALLOCATION_ROW_SKIPPED',
          message: isRowName(rowName)
            ? `分配表第${row.line}行「${rowName}」没有金额（金额单元格为空），未读取（row ${row.line}: ${rowName} has no amounts）`
            : `分配表第${row.line}行「${row.full
                .filter((c) => c.trim() !== '')
                .join(' | ')
                .slice(0, 60)}」不是地区与金额，未读取`,
          regionKey: null,
        });
      }
      return;
    }
    const name = compact(row.full[nameCol] ?? '');
    const amounts: Partial<Record<MainRole, Fen>> = {};
    const extras: ExtraAmount[] = [];
    for (const column of columns) {
      const value = amountOf(
        row.full[column.index] ?? '',
        unit,
        row.line,
        `${name} ${column.header || `第${column.index + 1}列`}`,
      );
      if (column.role === 'extra' || column.role === 'memo') {
        if (value !== null)
          extras.push({
            name: column.name,
            amount: value,
            kind: column.role,
            column: column.index,
          });
      } else if (value !== null) {
        amounts[column.role] = value;
      }
    }
    if (partsOnly) {
      amounts.thisBatch = addFen(...extras.filter((e) => e.kind === 'extra').map((e) => e.amount));
    }
    out.push({ writtenName: name, line: row.line, amounts, extras });
  });
  // The last text of the section, right after the table, reading like one of its rows: the
  // document stops inside that row.
  const lastRow = Math.max(...data.map((r) => r.line));
  const after = section.items.filter(
    (it): it is Extract<typeof it, { kind: 'text' }> =>
      it.kind === 'text' && it.line > lastRow && it.text.trim() !== '',
  );
  const cut = after.length === 1 ? after[0] : undefined;
  const glued = cut ? splitGluedName(cut.text.trim()) : null;
  const figures = glued ? glued.rest.trim().split(/\s+/).filter(isAmount).length : 0;
  if (
    cut &&
    glued &&
    isRowName(glued.name) &&
    figures >= 2 &&
    !PAGE_FOOTER.test(compact(cut.text))
  ) {
    warnings.push({
      severity: 'warning',
      code: 'ALLOCATION_ROW_CUT',
      message: `分配表第${cut.line}行「${cut.text.trim().slice(0, 60)}」不完整（文本在此行中断），未读取`,
      regionKey: null,
    });
  }
  return {
    unit,
    unitStated: stated !== null || corrections.unit !== undefined,
    columns,
    rows: out,
    warnings,
  };
}
