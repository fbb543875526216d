/**
 * A dashboard table sent to be saved as a workbook (POST /export/table.xlsx): checked strictly
 * before anything is built. Amounts arrive as numbers of 万元 (up to 6 decimals, as the API
 * gives them) and become exact fen; fractions stay fractions; anything else is refused.
 */
import { MoneyError, wanToFen } from '../domain/money.ts';
import type { Cell, OverviewSheet } from './overview-workbook.ts';

export const MAX_TABLE_ROWS = 5000;
export const MAX_TABLE_COLUMNS = 30;
/** Titles, filters and column names: longer ones are clipped, not refused. */
export const MAX_TEXT = 500;
/** Excel's own limit of characters in a cell: longer text is clipped with an ellipsis. */
export const MAX_CELL_TEXT = 32_767;

export interface TableInput {
  title: string;
  filters: string;
  sheet: OverviewSheet;
}

export class TableInputError extends Error {
  override name = 'TableInputError';
}

/**
 * Text as the workbook can hold it: whatever the importer accepted (a 3,000-character indicator
 * name) is exported, clipped with an ellipsis only beyond `max`.
 */
function text(value: unknown, what: string, max = MAX_TEXT): string {
  if (typeof value !== 'string') throw new TableInputError(`${what} must be text`);
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function cell(value: unknown, at: string): Cell {
  if (value === null || typeof value === 'string')
    return value === null ? null : text(value, at, MAX_CELL_TEXT);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const v = (value as Record<string, unknown>)[keys[0] ?? ''];
    const ok = v === null || (typeof v === 'number' && Number.isFinite(v));
    if (keys.length === 1 && keys[0] === 'wan' && ok) {
      try {
        return { wan: v === null ? null : wanToFen(v, 6) };
      } catch (e) {
        if (e instanceof MoneyError) throw new TableInputError(`${at}: ${e.message}`);
        throw e;
      }
    }
    if (keys.length === 1 && keys[0] === 'fraction' && ok) return { fraction: v };
  }
  throw new TableInputError(`${at} is not text, a number, {wan} or {fraction}`);
}

export function readTableInput(body: unknown): TableInput {
  if (typeof body !== 'object' || body === null)
    throw new TableInputError('body must be a JSON object');
  const b = body as Record<string, unknown>;
  const columns = b.columns;
  const rows = b.rows;
  if (!Array.isArray(columns) || columns.length === 0 || columns.length > MAX_TABLE_COLUMNS) {
    throw new TableInputError(`columns must be 1–${MAX_TABLE_COLUMNS} names`);
  }
  if (!Array.isArray(rows) || rows.length > MAX_TABLE_ROWS) {
    throw new TableInputError(`rows must be at most ${MAX_TABLE_ROWS}`);
  }
  return {
    title: text(b.title, 'title'),
    filters: text(b.filters ?? '', 'filters'),
    sheet: {
      key: 'summary',
      name:
        text(b.name, 'name')
          .replace(/[\\/?*[\]:]/g, ' ')
          .slice(0, 31) || 'Sheet1',
      columns: columns.map((c, i) => text(c, `columns.${i}`)),
      rows: rows.map((row, r) => {
        if (!Array.isArray(row) || row.length > columns.length) {
          throw new TableInputError(`rows.${r} must be a list of at most ${columns.length} cells`);
        }
        return row.map((v, c) => cell(v, `rows.${r}.${c}`));
      }),
    },
  };
}
