/**
 * An Excel .xlsx (an allocation table sent as an attachment) into the document model: each
 * sheet a table with its merged cells as row/column spans. A row that holds one value only
 * above or below the grid (the title, `单位：万元`, a note), or one merged cell spanning the
 * table, is a paragraph; a sheet with no such title row is titled by the sheet's name.
 */
import ExcelJS from 'exceljs';
import { plainValue } from '../../excel/cell-text.ts';
import type {
  DocumentBlock,
  DocumentCell,
  DocumentModel,
  DocumentTable,
} from '../document-model.ts';
import { DocumentReadError, type ReadBudget } from './errors.ts';
import { MAX_TABLE_ROWS } from './limits.ts';

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnLetters(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

function mergesOf(sheet: ExcelJS.Worksheet): Merge[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) return [];
    const col = (letters: string): number =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [
      {
        top: Number(m[2]),
        left: col(m[1] ?? 'A'),
        bottom: Number(m[4]),
        right: col(m[3] ?? 'A'),
      },
    ];
  });
}

function cellText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  const plain = plainValue(sheet.getCell(row, column).value);
  if (plain.kind === 'empty') return '';
  // 15 significant digits drop binary noise a formula leaves (148.51000000000002), as Excel
  // shows it; amounts then parse exactly.
  return plain.kind === 'number' ? String(Number(plain.value.toPrecision(15))) : plain.text.trim();
}

interface SheetRow {
  number: number;
  cells: DocumentCell[];
  filled: DocumentCell[];
}

function readSheet(sheet: ExcelJS.Worksheet, index: number, budget: ReadBudget): DocumentBlock[] {
  const height = sheet.rowCount;
  const width = sheet.columnCount;
  if (height > MAX_TABLE_ROWS) {
    throw new DocumentReadError(
      `工作表「${sheet.name}」有 ${height} 行，超过上限 ${MAX_TABLE_ROWS} 行。Sheet ${sheet.name} has more than ${MAX_TABLE_ROWS} rows.`,
      'Excel (.xlsx)',
    );
  }
  budget.addCells(height * width, `工作表「${sheet.name}」`);
  const merges = mergesOf(sheet);
  const covering = new Map<string, Merge>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r += 1) {
      for (let c = m.left; c <= m.right; c += 1) covering.set(`${r},${c}`, m);
    }
  }
  const rows: SheetRow[] = [];
  for (let r = 1; r <= height; r += 1) {
    budget.check(`工作表「${sheet.name}」第 ${r} 行`);
    const cells: DocumentCell[] = [];
    for (let c = 1; c <= width; c += 1) {
      const merge = covering.get(`${r},${c}`);
      if (merge && merge.top === r && merge.left !== c) continue;
      if (merge && merge.top !== r) {
        // Covered from above: expandTable fills it from the merge's row span.
        continue;
      }
      cells.push({
        text: cellText(sheet, r, c),
        rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        place: { page: index, label: `${sheet.name}!${columnLetters(c)}${r}` },
      });
    }
    rows.push({ number: r, cells, filled: cells.filter((cell) => cell.text !== '') });
  }

  const gridRows = rows.filter((row) => row.filled.length >= 2);
  const firstGrid = gridRows[0]?.number ?? Infinity;
  const lastGrid = gridRows.at(-1)?.number ?? -Infinity;
  const isParagraph = (row: SheetRow): boolean =>
    row.filled.length === 1 &&
    (row.number < firstGrid ||
      row.number > lastGrid ||
      (row.filled[0]?.colSpan ?? 1) * 3 >= width * 2);

  const blocks: DocumentBlock[] = [];
  let table: DocumentTable | null = null;
  for (const row of rows) {
    if (row.filled.length === 0 && row.cells.every((c) => c.rowSpan === 1)) {
      table = null;
    } else if (isParagraph(row)) {
      table = null;
      blocks.push({
        kind: 'paragraph',
        text: row.filled[0]?.text ?? '',
        place: { page: index, label: `${sheet.name}!${row.number}` },
      });
    } else {
      if (!table) {
        table = { kind: 'table', rows: [], place: { page: index, label: sheet.name } };
        blocks.push(table);
      }
      table.rows.push(row.cells);
    }
  }
  if (blocks.length > 0 && !blocks.some((b) => b.kind === 'paragraph')) {
    blocks.unshift({ kind: 'paragraph', text: sheet.name, place: { page: index } });
  }
  return blocks;
}

export async function readXlsx(buffer: Buffer, budget: ReadBudget): Promise<DocumentModel> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new DocumentReadError(
      `Excel 工作簿已损坏，无法读取（${e instanceof Error ? e.message.slice(0, 80) : ''}）。The workbook is damaged; save it again from Excel or WPS.`,
      'Excel (.xlsx)',
    );
  }
  const blocks: DocumentBlock[] = [];
  workbook.worksheets.forEach((sheet, i) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') return;
    blocks.push(...readSheet(sheet, i + 1, budget));
  });
  return { format: 'xlsx', blocks };
}
