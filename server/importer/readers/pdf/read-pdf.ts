/**
 * A PDF into the document model with pdfjs-dist (5.6, the last line that runs on Node 20),
 * its legacy build, in this process, with CMaps and standard fonts from node_modules: no
 * worker download, no network. Refuses a PDF without a text layer (a scan), an encrypted,
 * damaged or truncated one, and one with more pages than a notice has.
 */
import { createRequire } from 'node:module';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import path from 'node:path';
import type { DocumentModel } from '../../document-model.ts';
import { DocumentReadError, type ReadBudget } from '../errors.ts';
import { MAX_PDF_PAGES } from '../limits.ts';
import {
  pageRulings,
  pageRuns,
  pageSpace,
  type OpsCodes,
  type PageContent,
} from './page-content.ts';
import { layoutPages } from './page-layout.ts';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Fewer characters than this in the whole file: no text layer worth reading. */
const MIN_TEXT_CHARACTERS = 20;

const PDF = 'PDF';

function damaged(detail: string): DocumentReadError {
  return new DocumentReadError(
    `PDF 文件已损坏或不完整（${detail}），请重新下载或重新导出后上传。The PDF is damaged or truncated (${detail}); download or export it again.`,
    PDF,
  );
}

/** A PDF ends with `%%EOF` (possibly followed by a little padding); a cut-off download does not. */
function truncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return !tail.includes('%%EOF');
}

export async function readPdf(bytes: Uint8Array, budget: ReadBudget): Promise<DocumentModel> {
  if (truncated(bytes)) throw damaged('文件末尾缺少 %%EOF，可能下载不完整 / no %%EOF at the end');
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(packageDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(packageDir, 'standard_fonts')}/`,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      throw new DocumentReadError(
        'PDF 文件已加密（需要打开密码），无法读取。请提供未加密的 PDF 或 Word 文件。The PDF is encrypted (needs a password); provide an unencrypted PDF or the Word file.',
        'encrypted PDF',
      );
    }
    throw damaged(e instanceof Error ? e.message.slice(0, 80) : 'pdf');
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new DocumentReadError(
        `PDF 有 ${doc.numPages} 页，超过上限 ${MAX_PDF_PAGES} 页；请只上传指标文件本身（正文和附件）。The PDF has ${doc.numPages} pages, more than ${MAX_PDF_PAGES}; upload the notice and its attachments only.`,
        PDF,
      );
    }
    const ops = lib.OPS as unknown as OpsCodes;
    const pages: PageContent[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n += 1) {
      budget.check(`PDF 第 ${n} 页`);
      const page = await doc.getPage(n);
      const runs = await pageRuns(page);
      characters += runs.reduce((sum, r) => sum + r.text.trim().length, 0);
      const { width, height } = pageSpace(page);
      // Rulings only where there is text to place in a table.
      const rulings = runs.length > 0 ? (await pageRulings(page, ops)).rulings : [];
      budget.addCells(rulings.length, `PDF 第 ${n} 页`);
      pages.push({ number: n, width, height, runs, rulings });
      page.cleanup();
    }
    if (characters < MIN_TEXT_CHARACTERS) {
      const first = await doc.getPage(1);
      const { hasImages } = await pageRulings(first, ops);
      throw new DocumentReadError(
        hasImages
          ? '这是扫描件 PDF（只有图片，没有文字层），无法读取其中的文字。请提供带文字的 PDF 或 Word 文件。This is a scanned PDF (images, no text layer); provide a PDF with text or the Word file.'
          : 'PDF 中没有可读取的文字。请提供带文字的 PDF 或 Word 文件。The PDF holds no readable text; provide a PDF with text or the Word file.',
        'scanned PDF',
      );
    }
    return { format: 'pdf', blocks: layoutPages(pages) };
  } finally {
    await doc.destroy();
  }
}
