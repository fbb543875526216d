/**
 * A county's filled feedback form (附件4) as an uploaded workbook: checked as a file (size, zip,
 * parts), as the template (headers), as a form (derived columns, 合计), and by the same rules as
 * the submitSpendingReport mutation — then shown as a preview, every problem named by its cell.
 * Submitting re-reads the same bytes and files the report only when there is no problem.
 */
import { loadExcelJS } from '../excel/load-exceljs.ts';
import type { Db } from '../db/connection.ts';
import {
  type FormLine,
  type FormProblem,
  readFeedbackForm,
} from '../excel/feedback-form-import.ts';
import type { ColumnKey } from '../excel/feedback-form-layout.ts';
import { address, locateForm, type FormLayout } from '../excel/feedback-form-locate.ts';
import { checkWorkbookBytes, MAX_WORKBOOK_BYTES } from '../excel/workbook-safety.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { lagWarnings } from './lag-warnings.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import type { RegionRow } from '../repositories/regions.repo.ts';
import { audited, type AuditContext, type AuditNote } from './audit.service.ts';
import { ForbiddenError, writableRegion } from './authorization.ts';
import { fileReport, type StoredReport } from './spending.service.ts';
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

/**
 * The cell a validation error's field path points at: `lines.2.spent` → E7; the region and the
 * month at the cells that state them (null when the form does not, and the page's choice holds).
 */
export function cellOfField(field: string, lines: FormLine[], layout: FormLayout): string | null {
  if (field === 'region') return layout.regionCell;
  if (field === 'year' || field === 'month') return layout.periodCell;
  if (field === 'lines') return address(layout.columns.documentNumber, layout.firstLineRow);
  const m = /^lines\.(\d+)\.(\w+)/.exec(field);
  const line = m ? lines[Number(m[1])] : undefined;
  const column = m?.[2] ? FIELD_COLUMNS[m[2]] : undefined;
  return line && column ? address(layout.columns[column], line.row) : null;
}

const located = (errors: FieldError[], lines: FormLine[], layout: FormLayout): FormProblem[] =>
  errors.map((e) => ({ ...e, cell: cellOfField(e.field, lines, layout) }));

/** An upload as received: its bytes, or why they could not even be decoded. */
export type Upload = Buffer | FormProblem;

/** Base64 of at most MAX_WORKBOOK_BYTES; anything longer is refused before it is decoded. */
export function workbookFromBase64(file: string): Upload {
  if (file.length > Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4 + 4) {
    return {
      cell: null,
      field: 'file',
      code: 'TOO_LARGE',
      message: `文件超过上限 ${MAX_WORKBOOK_BYTES} 字节（跟踪反馈表通常约 10 KB）`,
    };
  }
  return Buffer.from(file.replace(/^data:[^,]*,/, ''), 'base64');
}

/** Reads and checks the bytes as a form; problems that stop reading leave no lines. */
async function readForm(upload: Upload): Promise<{
  lines: FormLine[];
  problems: FormProblem[];
  info: Awaited<ReturnType<typeof readFeedbackForm>> | null;
}> {
  if (!Buffer.isBuffer(upload)) return { lines: [], problems: [upload], info: null };
  const bytes = upload;
  const unsafe = await checkWorkbookBytes(bytes);
  if (unsafe)
    return { lines: [], problems: [{ cell: null, field: 'file', ...unsafe }], info: null };
  const workbook = new (await loadExcelJS()).Workbook();
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
  const { layout, problems: template } = locateForm(sheet);
  if (!layout || template.length > 0) return { lines: [], problems: template, info: null };
  const info = readFeedbackForm(sheet, layout);
  return { lines: info.lines, problems: info.problems, info };
}

type ReadForm = Awaited<ReturnType<typeof readForm>>;

const FILE_WORKBOOKS = '上传跟踪反馈表 upload feedback forms';

/**
 * Everything that would stop the filing, by cell, and the lines as read (inside the caller's
 * transaction, once the region is known and the actor may file for it).
 */
async function checkForm(
  db: Db,
  form: ReadForm,
  region: RegionRow | FieldError,
  target: WorkbookTarget,
  now: Date,
): Promise<WorkbookPreview> {
  const { lines: read, problems, info } = form;
  const lines = read.map((l) => ({
    ...l,
    documentNumber: canonicalDocumentNumber(l.documentNumber) ?? l.documentNumber.trim(),
  }));
  if (!info) return { lines: [], problems, warnings: [] };
  const { layout } = info;
  const errors: FieldError[] = validatePeriod(target.year, target.month, now);
  if (isFieldError(region))
    return {
      lines,
      problems: [...problems, ...located([region, ...errors], lines, layout)],
      warnings: [],
    };
  if (info.regionName) {
    const written = await resolveRegion(db, info.regionName);
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
  // Every line that could be read is checked against the funds, even when another line has a
  // problem of its own: the preview lists all problems at once.
  if (lines.length > 0 || problems.length === 0) {
    const funds = await spendingRepo.fundsForRegion(
      db,
      region.id,
      lines.map((l) => l.documentNumber),
    );
    const byNumber = new Map(funds.map((f) => [f.number, f]));
    const year = errors.length === 0 ? target.year : null;
    errors.push(...validateLines(lines, byNumber, { regionName: region.name, year }));
  }
  const all = [...problems, ...located(errors, lines, layout)];
  const warnings = all.length === 0 ? located(lagWarnings(lines, target.month), lines, layout) : [];
  return { lines, problems: all, warnings };
}

/** What the trail keeps of an upload: its size and the problems by cell. */
function noteProblems(note: AuditNote, upload: Upload, problems: FormProblem[]): void {
  note.summary = {
    bytes: Buffer.isBuffer(upload) ? upload.length : null,
    problems: problems.map((p) => ({ cell: p.cell, code: p.code })),
  };
  if (problems.length > 0) note.refusedCode = problems[0]?.code ?? 'INVALID';
}

/**
 * The actor first: one who may not file for the region is refused (and audited) before a byte
 * of the workbook is parsed, so a refused upload costs nothing.
 */
async function refuseBeforeReading(
  db: Db,
  context: AuditContext,
  operation: string,
  object: string,
  target: WorkbookTarget,
): Promise<void> {
  try {
    await writableRegion(db, context.actor, target.region, 'region', FILE_WORKBOOKS);
    return;
  } catch (e) {
    if (!(e instanceof ForbiddenError)) throw e;
  }
  await audited(db, context, operation, object, async (tx, note) => {
    note.summary = { refusedBeforeReading: true };
    await writableRegion(tx, context.actor, target.region, 'region', FILE_WORKBOOKS);
  });
}

/**
 * Everything that would stop the filing, by cell, and the lines as read. Stores nothing but
 * its audit row: a county may only preview a form for its own region (else FORBIDDEN).
 */
export async function previewFeedbackWorkbook(
  db: Db,
  upload: Upload,
  target: WorkbookTarget,
  context: AuditContext,
): Promise<WorkbookPreview> {
  const object = `region:${target.region} ${target.year}-${target.month}`;
  await refuseBeforeReading(db, context, 'previewFeedbackWorkbook', object, target);
  const form = await readForm(upload);
  return await audited(db, context, 'previewFeedbackWorkbook', object, async (tx, note) => {
    const region = await writableRegion(tx, context.actor, target.region, 'region', FILE_WORKBOOKS);
    const preview = await checkForm(tx, form, region, target, context.now);
    noteProblems(note, upload, preview.problems);
    return preview;
  });
}

export type WorkbookSubmitResult =
  | { report: StoredReport; problems: []; warnings: FormProblem[] }
  | { report: null; problems: FormProblem[]; warnings: FormProblem[] };

/**
 * Files the workbook as the region's report for the month, only when it has no problem: the
 * same checks as the preview and the same filing as submitSpendingReport, in one transaction.
 */
export async function submitFeedbackWorkbook(
  db: Db,
  upload: Upload,
  target: WorkbookTarget,
  context: AuditContext,
): Promise<WorkbookSubmitResult> {
  const object = `region:${target.region} ${target.year}-${target.month}`;
  await refuseBeforeReading(db, context, 'submitFeedbackWorkbook', object, target);
  const form = await readForm(upload);
  return await audited(
    db,
    context,
    'submitFeedbackWorkbook',
    object,
    async (tx, note): Promise<WorkbookSubmitResult> => {
      const region = await writableRegion(
        tx,
        context.actor,
        target.region,
        'region',
        FILE_WORKBOOKS,
      );
      const preview = await checkForm(tx, form, region, target, context.now);
      noteProblems(note, upload, preview.problems);
      if (preview.problems.length > 0 || isFieldError(region))
        return { report: null, problems: preview.problems, warnings: [] };
      const input = {
        region: region.name,
        year: target.year,
        month: target.month,
        lines: preview.lines,
      };
      const result = await fileReport(tx, note, region, input, context);
      const layout = form.info?.layout;
      if (!layout) throw new Error('a form without problems has a layout');
      if (!result.report)
        return {
          report: null,
          problems: located(result.errors, preview.lines, layout),
          warnings: [],
        };
      return {
        report: result.report,
        problems: [],
        warnings: located(result.warnings, preview.lines, layout),
      };
    },
  );
}
