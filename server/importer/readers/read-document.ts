/**
 * Turns the bytes of an uploaded file into the document model. The format is recognised by
 * content, never by file name: a PDF starts with `%PDF`, Word and Excel files are zip
 * packages told apart by their parts, a web page by its markup, anything else readable as
 * text is plain text. A file that cannot be read gets a message saying what it is and what
 * to do (Chinese first, then English).
 */
import type { DocumentModel } from '../document-model.ts';
import { checkWorkbookBytes } from '../../excel/workbook-safety.ts';
import { decodeText, declaredCharset } from './decode-text.ts';
import { DocumentReadError, ReadBudget } from './errors.ts';
import { MAX_CELLS, MAX_DOCUMENT_BYTES, MAX_READ_MILLISECONDS } from './limits.ts';
import { readText } from './text.ts';
import { openZipPackage, type ZipPackage } from './zip-package.ts';

export { DocumentReadError } from './errors.ts';

// The readers load their parsers (fast-xml-parser, exceljs, parse5, pdf.js) when a file of
// their format arrives, not at start: the server's threads (read workers too) import this
// module through the schema and would otherwise each hold every parser.
const readers = {
  docx: () => import('./docx.ts'),
  html: () => import('./html.ts'),
  pdf: () => import('./pdf/read-pdf.ts'),
  xlsx: () => import('./xlsx.ts'),
};

export interface ReadOptions {
  /** The file's name as uploaded: used in messages only, never to decide the format. */
  fileName?: string;
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Formats recognised only to be refused: what the file is, and what to do instead. */
const IMAGE_SIGNATURES: [number[], string, number?][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [ascii('GIF8'), 'GIF'],
  [ascii('BM'), 'BMP'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
  [ascii('WEBP'), 'WebP', 8],
];

function refuseImage(kind: string): DocumentReadError {
  return new DocumentReadError(
    `这是 ${kind} 图片，没有可读取的文字。请上传带文字的 PDF、Word（.docx）、Excel（.xlsx）或网页文件。This is a ${kind} image with no text; upload a PDF with text, .docx, .xlsx or .html instead.`,
    kind,
  );
}

/** An OLE compound file: legacy Office/WPS, or an encrypted .docx/.xlsx (Office wraps those). */
function refuseOle(bytes: Uint8Array): DocumentReadError {
  const names = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 2e6)));
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) {
    return new DocumentReadError(
      '这是加密（设有打开密码）的 Office 文件，无法读取。请取消密码后另存为 .docx 或 .xlsx 再上传。This Office file is password-protected; remove the password and save it as .docx or .xlsx.',
      'encrypted Office',
    );
  }
  const kind = names.includes('WordDocument')
    ? 'Word 97-2003 / WPS 文字（.doc/.wps）'
    : names.includes('Workbook') || names.includes('Book')
      ? 'Excel 97-2003 / WPS 表格（.xls/.et）'
      : '旧版 Office（.doc/.xls/.wps）';
  return new DocumentReadError(
    `这是${kind}旧格式文件，无法直接读取。请用 Word、WPS 或 Excel 打开后“另存为” .docx（文档）或 .xlsx（表格）再上传。This is a legacy Office/WPS file; open it and save it as .docx or .xlsx.`,
    kind,
  );
}

async function readZip(bytes: Uint8Array, budget: ReadBudget): Promise<DocumentModel> {
  let pkg: ZipPackage | null = null;
  try {
    pkg = await openZipPackage(bytes);
    const names = pkg.names;
    if (names.has('word/document.xml')) return await (await readers.docx()).readDocx(pkg, budget);
    if (names.has('xl/workbook.xml')) {
      pkg.close();
      pkg = null;
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const problem = await checkWorkbookBytes(buffer);
      if (problem) throw new DocumentReadError(`${problem.message}。`, 'Excel (.xlsx)');
      return await (await readers.xlsx()).readXlsx(buffer, budget);
    }
    if (names.has('OFD.xml')) {
      throw new DocumentReadError(
        '这是 OFD 版式文件，暂不支持读取。请在 OFD 阅读器中导出为 PDF（带文字）或提供 Word 文件。This is an OFD file; export it to PDF (with text) or provide the Word file.',
        'OFD',
      );
    }
    if (names.has('ppt/presentation.xml')) {
      throw new DocumentReadError(
        '这是 PowerPoint 演示文稿，不是指标文件。请上传 PDF、Word 或 Excel 文件。This is a PowerPoint file; upload the notice as PDF, .docx or .xlsx.',
        'PowerPoint',
      );
    }
    if (names.has('content.xml') && names.has('mimetype')) {
      throw new DocumentReadError(
        '这是 OpenDocument（.odt/.ods）文件，请另存为 .docx 或 .xlsx 再上传。This is an OpenDocument file; save it as .docx or .xlsx.',
        'OpenDocument',
      );
    }
    throw new DocumentReadError(
      '这是一个压缩包（zip），但不是 Word（.docx）或 Excel（.xlsx）文件。请解压后分别上传其中的文件。This is a zip archive but not a .docx or .xlsx; unpack it and upload the documents inside.',
      'zip',
    );
  } finally {
    pkg?.close();
  }
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return (
    /^<(!doctype html|html|head|body|meta|table)\b/.test(head) ||
    (head.startsWith('<') && /<(html|body|table)[\s>]/.test(head))
  );
}

export async function readDocument(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<DocumentModel> {
  try {
    return await readBytes(bytes);
  } catch (caught) {
    let e = caught;
    // Markup nested tens of thousands deep exhausts the stack of any tree walk: refuse it.
    if (e instanceof RangeError) {
      e = new DocumentReadError(
        '文件结构嵌套过深，无法读取。The file nests its markup too deeply to be read.',
      );
    }
    // The message names the file, so a reviewer with several uploads knows which one.
    if (e instanceof DocumentReadError && options.fileName) {
      throw new DocumentReadError(`「${options.fileName}」：${e.message}`, e.format);
    }
    throw e;
  }
}

async function readBytes(bytes: Uint8Array): Promise<DocumentModel> {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d)) {
    throw new DocumentReadError('文件是空的。The file is empty.');
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError(
      `文件 ${(bytes.length / 1e6).toFixed(1)} MB，超过上限 ${MAX_DOCUMENT_BYTES / 1e6} MB。The file exceeds ${MAX_DOCUMENT_BYTES / 1e6} MB.`,
    );
  }
  const budget = new ReadBudget(MAX_READ_MILLISECONDS, MAX_CELLS);
  // A PDF may have bytes before its header (some mail gateways add them); look in the first KB.
  const pdfAt = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-');
  if (pdfAt >= 0) return await (await readers.pdf()).readPdf(bytes, budget);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return await readZip(bytes, budget);
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new DocumentReadError('这是一个空的压缩包。This is an empty zip archive.', 'zip');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw refuseOle(bytes);
  for (const [signature, kind, offset] of IMAGE_SIGNATURES) {
    if (startsWith(bytes, signature, offset ?? 0)) throw refuseImage(kind);
  }
  if (startsWith(bytes, ascii('{\\rtf'))) {
    throw new DocumentReadError(
      '这是 RTF 文件，请用 Word 或 WPS 另存为 .docx 再上传。This is an RTF file; save it as .docx.',
      'RTF',
    );
  }
  const text = decodeText(bytes, declaredCharset(bytes));
  if (looksLikeHtml(text)) return (await readers.html()).readHtml(text, budget);
  return readText(text);
}
