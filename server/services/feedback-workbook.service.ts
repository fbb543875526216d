/**
 * A county's filled feedback form (附件4) as an uploaded workbook: checked as a file (size, zip,
 * parts), as the template (headers), as a form (derived columns, 合计), and by the same rules as
 * the submitSpendingReport mutation — then shown as a preview, every problem named by its cell.
 * Submitting re-reads the same bytes and files the report only when there is no problem.
 */
import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import {
  type FormLine,
  type FormProblem,
  readFeedbackForm,
  templateProblems,
} from '../excel/feedback-form-import.ts';
import {
  FIRST_LINE_ROW,
  INFO_ROW,
  letterOf,
  type ColumnKey,
} from '../excel/feedback-form-layout.ts';
import { checkWorkbookBytes } from '../excel/workbook-safety.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { lagWarnings } from './lag-warnings.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import { submitSpendingReport, type StoredReport } from './spending.service.ts';
import { validateLines, validatePeriod, type FieldError } from './spending-validation.ts';

export interface WorkbookTarget {
  region: string;
  year: number;
  month: number;
}

export interface WorkbookPreview {
  lines: FormLine[];
  problems: FormProblem[];
  warnings: FormProblem[];
}

const FIELD_COLUMNS: Record<string, ColumnKey> = {
  documentNumber: 'documentNumber',
  amount: 'amount',
  spent: 'spent',
  directions: 'directions',
  unspent: 'unspent',
  progress: 'progress',
  reason: 'reason',
  measures: 'measures',
  measuresDueOn: 'measures',
};

/** The cell a validation error's field path points at: `lines.2.spent` → E7. */
export function cellOfField(field: string, lines: FormLine[]): string | null {
  if (field === 'region') return `A${INFO_ROW}`;
  if (field === 'year' || field === 'month') return `F${INFO_ROW}`;
  if (field === 'lines') return `C${FIRST_LINE_ROW}`;
  const m = /^lines\.(\d+)\.(\w+)/.exec(field);
  const line = m ? lines[Number(m[1])] : undefined;
  const column = m?.[2] ? FIELD_COLUMNS[m[2]] : undefined;
  return line && column ? `${letterOf(column)}${line.row}` : null;
}

const located = (errors: FieldError[], lines: FormLine[]): FormProblem[] =>
  errors.map((e) => ({ ...e, cell: cellOfField(e.field, lines) }));

/** Reads and checks the bytes as a form; problems that stop reading leave no lines. */
async function readForm(bytes: Buffer): Promise<{
  lines: FormLine[];
  problems: FormProblem[];
  info: Awaited<ReturnType<typeof readFeedbackForm>> | null;
}> {
  const unsafe = await checkWorkbookBytes(bytes);
  if (unsafe)
    return { lines: [], problems: [{ cell: null, field: 'file', ...unsafe }], info: null };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const message = `工作簿无法读取（${e instanceof Error ? e.message.slice(0, 80) : 'xlsx'}）`;
    return {
      lines: [],
      problems: [{ cell: null, field: 'file', code: 'CORRUPT', message }],
      info: null,
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    return {
      lines: [],
      problems: [{ cell: null, field: 'file', code: 'NOT_XLSX', message: '工作簿中没有工作表' }],
      info: null,
    };
  }
  const template = templateProblems(sheet);
  if (template.length > 0) return { lines: [], problems: template, info: null };
  const info = readFeedbackForm(sheet);
  return { lines: info.lines, problems: info.problems, info };
}

/** Everything that would stop the filing, by cell, and the lines as read. Writes nothing. */
export async function previewFeedbackWorkbook(
  db: Db,
  bytes: Buffer,
  target: WorkbookTarget,
  now: Date,
): Promise<WorkbookPreview> {
  const { lines: read, problems, info } = await readForm(bytes);
  const lines = read.map((l) => ({
    ...l,
    documentNumber: canonicalDocumentNumber(l.documentNumber) ?? l.documentNumber.trim(),
  }));
  if (!info) return { lines: [], problems, warnings: [] };
  const region = resolveRegion(db, target.region);
  const errors: FieldError[] = validatePeriod(target.year, target.month, now);
  if (isFieldError(region))
    return { lines, problems: [...problems, ...located([region, ...errors], lines)], warnings: [] };
  if (info.regionName) {
    const written = resolveRegion(db, info.regionName);
    if (isFieldError(written) || written.id !== region.id) {
      errors.push({
        code: 'REGION_MISMATCH',
        field: 'region',
        message: `表中填报单位「${info.regionName.slice(0, 40)}」不是所选的${region.name}`,
      });
    }
  }
  if (info.period && (info.period.year !== target.year || info.period.month !== target.month)) {
    errors.push({
      code: 'PERIOD_MISMATCH',
      field: 'month',
      message: `表中报送月份 ${info.period.year}年${info.period.month}月 不是所选的 ${target.year}年${target.month}月`,
    });
  }
  if (problems.length === 0) {
    const funds = spendingRepo.fundsForRegion(
      db,
      region.id,
      lines.map((l) => l.documentNumber),
    );
    const byNumber = new Map(funds.map((f) => [f.number, f]));
    const year = errors.length === 0 ? target.year : null;
    errors.push(...validateLines(lines, byNumber, { regionName: region.name, year }));
  }
  const all = [...problems, ...located(errors, lines)];
  const warnings = all.length === 0 ? located(lagWarnings(lines, target.month), lines) : [];
  return { lines, problems: all, warnings };
}

export type WorkbookSubmitResult =
  | { report: StoredReport; problems: []; warnings: FormProblem[] }
  | { report: null; problems: FormProblem[]; warnings: FormProblem[] };

/** Files the workbook as the region's report for the month, only when the preview has no problem. */
export async function submitFeedbackWorkbook(
  db: Db,
  bytes: Buffer,
  target: WorkbookTarget,
  options: { submittedBy: string; now: Date },
): Promise<WorkbookSubmitResult> {
  const preview = await previewFeedbackWorkbook(db, bytes, target, options.now);
  if (preview.problems.length > 0)
    return { report: null, problems: preview.problems, warnings: [] };
  // The one call into filing: when accounts arrive (#5) the actor is passed here.
  const result = submitSpendingReport(
    db,
    { region: target.region, year: target.year, month: target.month, lines: preview.lines },
    options,
  );
  if (!result.report)
    return { report: null, problems: located(result.errors, preview.lines), warnings: [] };
  return { report: result.report, problems: [], warnings: located(result.warnings, preview.lines) };
}
