/**
 * A notice as an admin hands it in (an uploaded file as base64, or pasted text) and what the
 * reviewer corrected: checked, decoded, read into the document model by content (never by file
 * name) and interpreted. Every refusal names the file and says what was expected.
 */
import { tooManyRows } from '../importer/edge.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import type { DocumentModel, SourceFormat } from '../importer/document-model.ts';
import { interpretNotice } from '../importer/interpret-notice.ts';
import { DocumentReadError, readDocument } from '../importer/readers/read-document.ts';
import {
  NoticeFormatError,
  type ImportWarning,
  type NoticeCorrections,
  type ParsedNotice,
} from '../importer/types.ts';
import { MAX_NOTICE_CHARS } from './import-notice.service.ts';
import type { RegionMatchInput } from './notice-region-match.ts';
import type { FieldError } from './spending-validation.ts';

/** An upload larger than this is refused before it is decoded (base64 of it fits /graphql's 2.5 MB body). */
export const MAX_NOTICE_FILE_BYTES = 1_800_000;

export interface CorrectionsInput {
  number?: string | null;
  year?: number | null;
  /** Absent: as read; null: the notice has no batch. */
  batch?: number | null;
  unit?: string | null;
  columnRoles?: { column: number; role: string }[] | null;
  regionMatches?: RegionMatchInput[] | null;
}

export interface NoticeInput {
  /** The file's bytes as base64 (a `data:` URL prefix is allowed). */
  file?: string | null;
  /** The file's bytes as they are (the command line). */
  bytes?: Uint8Array | null;
  fileName?: string | null;
  text?: string | null;
  corrections?: CorrectionsInput | null;
}

export interface NoticeSource {
  bytes: Uint8Array;
  /** The name shown in messages: the file's, or `粘贴的文本`. */
  name: string;
}

const UNITS = ['元', '万元', '亿元'] as const;
const ROLE_PATTERN = /^[A-Za-z][\w:.-]{0,39}$|^[\p{Script=Han}\w（）()：:、-]{1,40}$/u;

const error = (code: string, field: string, message: string): FieldError => ({
  code,
  field,
  message,
});

/** The bytes to read, or why there are none. Nothing is decoded beyond the size limit. */
export function noticeSource(input: NoticeInput): NoticeSource | FieldError {
  const name = (input.fileName ?? '').trim().slice(0, 120) || null;
  if (input.bytes) {
    const fileName = name ?? '文件';
    if (input.bytes.length > MAX_NOTICE_FILE_BYTES)
      return error(
        'FILE_TOO_LARGE',
        'file',
        `文件「${fileName}」${input.bytes.length} 字节，超过上限 ${MAX_NOTICE_FILE_BYTES} 字节。The file ${fileName} is larger than ${MAX_NOTICE_FILE_BYTES} bytes.`,
      );
    return { bytes: input.bytes, name: fileName };
  }
  const hasFile = typeof input.file === 'string' && input.file !== '';
  const hasText = typeof input.text === 'string' && input.text.trim() !== '';
  if (hasFile === hasText) {
    return error(
      'SOURCE_MISSING',
      'file',
      '请上传一个文件或粘贴文本（二者选一）。Give a file or text.',
    );
  }
  if (hasText) {
    const text = input.text ?? '';
    if (text.length > MAX_NOTICE_CHARS)
      return error(
        'TEXT_TOO_LARGE',
        'text',
        `粘贴的文本过长（${text.length} 字符，上限 ${MAX_NOTICE_CHARS}）`,
      );
    return { bytes: new TextEncoder().encode(text), name: name ?? '粘贴的文本' };
  }
  const base64 = (input.file ?? '').replace(/^data:[^,]*,/, '');
  const fileName = name ?? '上传的文件';
  if (base64.length > Math.ceil(MAX_NOTICE_FILE_BYTES / 3) * 4 + 4) {
    return error(
      'FILE_TOO_LARGE',
      'file',
      `文件「${fileName}」约 ${Math.round((base64.length * 3) / 4 / 1024)} KB，超过上限 ${MAX_NOTICE_FILE_BYTES / 1000} KB。The file ${fileName} is larger than ${MAX_NOTICE_FILE_BYTES} bytes.`,
    );
  }
  if (!/^[A-Za-z0-9+/=\s]*$/.test(base64))
    return error('FILE_INVALID', 'file', `文件「${fileName}」不是 base64 编码`);
  return { bytes: Buffer.from(base64, 'base64'), name: fileName };
}

/** The corrections checked one by one; each bad one is an error for its own field. */
export function checkCorrections(input: CorrectionsInput | null | undefined): {
  corrections: NoticeCorrections;
  regionMatches: RegionMatchInput[];
  errors: FieldError[];
} {
  const c = input ?? {};
  const corrections: NoticeCorrections = {};
  const errors: FieldError[] = [];
  const f = (name: string) => `corrections.${name}`;
  if (c.number !== undefined && c.number !== null && c.number.trim() !== '') {
    const number = canonicalDocumentNumber(c.number);
    if (number) corrections.number = number;
    else
      errors.push(
        error(
          'NUMBER_INVALID',
          f('number'),
          `「${c.number.slice(0, 40)}」不是文号（应如 昌州财社〔2022〕11号）`,
        ),
      );
  }
  if (c.year !== undefined && c.year !== null) {
    if (Number.isInteger(c.year) && c.year >= 2000 && c.year <= 2100) corrections.year = c.year;
    else errors.push(error('YEAR_INVALID', f('year'), `年度 ${c.year} 不在 2000–2100 之间`));
  }
  if (c.batch !== undefined) {
    if (c.batch === null || (Number.isInteger(c.batch) && c.batch >= 0 && c.batch <= 50))
      corrections.batch = c.batch;
    else errors.push(error('BATCH_INVALID', f('batch'), `批次 ${c.batch} 应为 0（提前下达）到 50`));
  }
  if (c.unit !== undefined && c.unit !== null) {
    const unit = UNITS.find((u) => u === c.unit);
    if (unit) corrections.unit = unit;
    else
      errors.push(
        error('UNIT_INVALID', f('unit'), `单位「${c.unit.slice(0, 10)}」应为 元、万元 或 亿元`),
      );
  }
  (c.columnRoles ?? []).forEach((r, i) => {
    if (!Number.isInteger(r.column) || r.column < 0 || r.column > 200)
      errors.push(error('COLUMN_INVALID', f(`columnRoles.${i}.column`), `列号 ${r.column} 无效`));
    else if (!ROLE_PATTERN.test(r.role))
      errors.push(
        error('ROLE_INVALID', f(`columnRoles.${i}.role`), `列用途「${r.role.slice(0, 40)}」无效`),
      );
    else (corrections.columnRoles ??= []).push({ column: r.column, role: r.role });
  });
  return { corrections, regionMatches: c.regionMatches ?? [], errors };
}

export interface ReadNotice {
  notice: ParsedNotice;
  format: SourceFormat;
  /** The text kept with the revision: the document's paragraphs and table rows. */
  text: string;
}

/** The model as text: paragraphs, and table rows as tab-separated cells. */
function modelText(model: DocumentModel): string {
  return model.blocks
    .flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.text]
        : b.rows.map((row) => row.map((cell) => cell.text.replace(/\s+/g, ' ')).join('\t')),
    )
    .join('\n');
}

/** Reads the source by its content and interprets it with the corrections. */
export async function readNotice(
  source: NoticeSource,
  corrections: NoticeCorrections,
): Promise<ReadNotice | FieldError> {
  let model: DocumentModel;
  try {
    model = await readDocument(source.bytes, { fileName: source.name });
  } catch (e) {
    if (!(e instanceof DocumentReadError)) throw e;
    return error('UNREADABLE', 'file', `「${source.name}」无法读取：${e.message}`);
  }
  try {
    const notice = interpretNotice(model, corrections);
    const tooMany = tooManyRows(notice);
    if (tooMany) return error('TOO_MANY_ROWS', 'file', `「${source.name}」：${tooMany}`);
    const text =
      model.format === 'text' ? new TextDecoder().decode(source.bytes) : modelText(model);
    return { notice, format: model.format, text };
  } catch (e) {
    if (!(e instanceof NoticeFormatError)) throw e;
    // Until the interpreter returns a notice without a number, its refusal says so.
    if (/no document number/.test(e.message) && corrections.number === undefined)
      return error(
        'NUMBER_MISSING',
        'corrections.number',
        `「${source.name}」中没有找到文号，请填写文号。No document number found in ${source.name}: give one.`,
      );
    return error('NOT_A_NOTICE', 'file', `「${source.name}」不是可导入的指标文件：${e.message}`);
  }
}

/** The reviewer's corrections as notes kept with the import run (severity info). */
export function correctionNotes(
  notice: ParsedNotice,
  corrections: NoticeCorrections,
  regionNotes: { regionKey: string; message: string }[],
): ImportWarning[] {
  const note = (message: string, regionKey: string | null = null): ImportWarning => ({
    severity: 'info',
    code: 'REVIEW_CORRECTION',
    message: `审核更正：${message}`,
    regionKey,
  });
  const notes: ImportWarning[] = [];
  if (corrections.number !== undefined) notes.push(note(`文号为 ${corrections.number}`));
  if (corrections.year !== undefined) notes.push(note(`年度为 ${corrections.year}`));
  if (corrections.batch !== undefined)
    notes.push(
      note(
        corrections.batch === null
          ? '不分批次'
          : corrections.batch === 0
            ? '批次为 提前下达'
            : `批次为 第${corrections.batch}批`,
      ),
    );
  if (corrections.unit !== undefined) notes.push(note(`分配表单位为 ${corrections.unit}`));
  for (const { column, role } of corrections.columnRoles ?? []) {
    const header = notice.allocationTable.columns.find((c) => c.index === column)?.header;
    notes.push(note(`分配表第 ${column + 1} 列${header ? `「${header}」` : ''}用途为 ${role}`));
  }
  notes.push(...regionNotes.map((r) => note(r.message, r.regionKey)));
  return notes;
}
