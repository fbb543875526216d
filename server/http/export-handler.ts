/**
 * Downloads of the official forms as .xlsx (GET /export/…): the allocation table of a document,
 * a region's target sheet, a region's feedback form for a month (filled or blank), and the
 * overview as one workbook. The arguments are in the query string; the file name, Chinese, is
 * sent as RFC 5987 `filename*` with an ASCII fallback.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import { InputError } from '../services/errors.ts';
import {
  allocationWorkbook,
  feedbackWorkbook,
  targetSheetWorkbook,
  type XlsxFile,
} from '../services/excel-forms.service.ts';
import { overviewWorkbook } from '../services/overview-export.service.ts';
import { tableWorkbook } from '../services/table-export.service.ts';
import { readTableInput, TableInputError } from '../excel/table-input.ts';
import type { AccountActor } from '../services/actor.ts';
import { JsonBodyError, parseClientJson } from './json-depth.ts';
import { withoutControlCharacters } from '../importer/edge.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a download runs as: the clock now, the signed-in user when accounts arrive (#5). */
export interface ExportContext {
  /** Who asks: every role may download (all read everything); kept for the audit of the future. */
  actor: AccountActor;
  now: Date;
  thresholds: WarningThresholds;
}

type Exporter = (db: Db, args: URLSearchParams, ctx: ExportContext) => Promise<XlsxFile>;

function required(args: URLSearchParams, name: string): string {
  const value = args.get(name)?.trim();
  if (!value) throw new InputError('ARGUMENT_MISSING', name, `缺少参数 ${name}`);
  return value;
}

function integer(args: URLSearchParams, name: string): number {
  const text = required(args, name);
  if (!/^\d{1,4}$/.test(text))
    throw new InputError('ARGUMENT_INVALID', name, `参数 ${name} 不是整数`);
  return Number(text);
}

const EXPORTS: Record<string, { fallback: string; build: Exporter }> = {
  '/export/overview.xlsx': {
    fallback: 'overview.xlsx',
    build: (db, args, ctx) =>
      overviewWorkbook(
        db,
        {
          year: integer(args, 'year'),
          month: integer(args, 'month'),
          region: args.get('region') || null,
          programId: args.get('program') || null,
          card: args.get('card') || null,
        },
        ctx.thresholds,
        ctx.now,
      ),
  },
  '/export/allocation.xlsx': {
    fallback: 'allocation.xlsx',
    build: (db, args) => allocationWorkbook(db, required(args, 'document')),
  },
  '/export/target-sheet.xlsx': {
    fallback: 'target-sheet.xlsx',
    build: (db, args) =>
      targetSheetWorkbook(db, required(args, 'document'), required(args, 'region')),
  },
  '/export/feedback-form.xlsx': {
    fallback: 'feedback-form.xlsx',
    build: (db, args, ctx) =>
      feedbackWorkbook(
        db,
        {
          region: required(args, 'region'),
          year: integer(args, 'year'),
          month: integer(args, 'month'),
          blank: args.get('blank') === '1',
        },
        ctx.now,
      ),
  },
};

export function contentDisposition(filename: string, fallback: string): string {
  // A bidi override in a region name would disguise the extension (`…\u202Elmth.exe`).
  const encoded = encodeURIComponent(withoutControlCharacters(filename)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export const MAX_TABLE_BODY_BYTES = 1_000_000;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_TABLE_BODY_BYTES)
      throw new TableInputError(`body over ${MAX_TABLE_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return parseClientJson(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw new TableInputError(e instanceof JsonBodyError ? e.message : 'body is not valid JSON');
  }
}

function sendFile(res: ServerResponse, file: XlsxFile, fallback: string, head = false): void {
  res.writeHead(200, {
    'content-type': XLSX_TYPE,
    'content-length': file.bytes.length,
    'content-disposition': contentDisposition(file.filename, fallback),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(head ? undefined : file.bytes);
}

/**
 * POST /export/table.xlsx: a table of the dashboard (JSON: title, filters, name, columns, rows)
 * as a workbook. It reads nothing from the database; JSON only, so no plain form can post it.
 */
async function tableExport(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ExportContext,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return sendText(res, 405, 'method not allowed');
  }
  if (!req.headers['content-type']?.includes('application/json')) {
    return sendText(res, 415, 'send the table as application/json');
  }
  try {
    const file = await tableWorkbook(readTableInput(await readJson(req)), ctx.now);
    sendFile(res, file, 'table.xlsx');
  } catch (e) {
    if (!(e instanceof TableInputError)) throw e;
    sendText(res, 400, `TABLE_INVALID: ${e.message}`);
  }
}

/** Handles /export/… paths; returns false for any other path. */
export function createExportHandler(db: Db) {
  return async (
    req: IncomingMessage,
    res: ServerResponse,
    ctx: ExportContext,
  ): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/export/table.xlsx') {
      await tableExport(req, res, ctx);
      return true;
    }
    const entry = EXPORTS[url.pathname];
    if (!entry) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendText(res, 405, 'method not allowed');
      return true;
    }
    let file: XlsxFile;
    try {
      file = await entry.build(db, url.searchParams, ctx);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      sendText(res, e.code.endsWith('NOT_FOUND') ? 404 : 400, `${e.code}: ${e.message}`);
      return true;
    }
    sendFile(res, file, entry.fallback, req.method === 'HEAD');
    return true;
  };
}
