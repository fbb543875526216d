/**
 * Files the importer cannot read are refused by what they are, with what to do instead,
 * never with "no allocation table found"; and the limits that keep one upload from
 * stalling the server. The refusal PDFs are made by scripts/render-document-fixtures.ts:
 * a page image printed to PDF (a scan), a PDF exported by LibreOffice with an open
 * password, and a PDF cut in half.
 */
import { describe, expect, it } from 'vitest';
import { DocumentReadError, readDocument } from '../../../server/importer/readers/read-document.ts';
import { MAX_DOCUMENT_BYTES, MAX_PDF_PAGES } from '../../../server/importer/readers/limits.ts';
import { oleFile, textPdf, zipOf } from './build-files.ts';
import { fixture } from './support.ts';

async function refusal(bytes: Uint8Array): Promise<DocumentReadError> {
  try {
    await readDocument(bytes);
  } catch (e) {
    if (e instanceof DocumentReadError) return e;
    throw e;
  }
  throw new Error('the file was read, not refused');
}

describe('files that are refused, saying what they are', () => {
  it('a scanned PDF (page images, no text layer)', async () => {
    const e = await refusal(fixture('refusal-scanned.pdf'));
    expect(e.format).toBe('scanned PDF');
    expect(e.message).toContain('扫描件');
    expect(e.message).toContain('请提供带文字的 PDF 或 Word 文件');
  }, 30_000);

  it('an encrypted PDF', async () => {
    const e = await refusal(fixture('refusal-encrypted.pdf'));
    expect(e.format).toBe('encrypted PDF');
    expect(e.message).toContain('已加密');
  }, 30_000);

  it('a PDF cut short (half of a download)', async () => {
    const e = await refusal(fixture('refusal-truncated.pdf'));
    expect(e.format).toBe('PDF');
    expect(e.message).toContain('不完整');
  });

  it('a PDF whose body is garbage', async () => {
    const e = await refusal(Buffer.from('%PDF-1.7\n1 0 obj <<\n garbage \n%%EOF\n', 'latin1'));
    expect(e.format).toBe('PDF');
    expect(e.message).toContain('已损坏');
  }, 30_000);

  it('a Word 97-2003 .doc (OLE compound file)', async () => {
    const e = await refusal(oleFile('WordDocument'));
    expect(e.message).toContain('.doc');
    expect(e.message).toContain('另存为');
  });

  it('an Excel 97-2003 .xls', async () => {
    const e = await refusal(oleFile('Workbook'));
    expect(e.message).toContain('.xls');
  });

  it('a password-protected .docx (Office wraps it in an OLE file)', async () => {
    const e = await refusal(oleFile('EncryptionInfo'));
    expect(e.format).toBe('encrypted Office');
  });

  it('an OFD file (a zip with OFD.xml)', async () => {
    const e = await refusal(zipOf({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<x/>' }));
    expect(e.format).toBe('OFD');
    expect(e.message).toContain('导出为 PDF');
  });

  it('a zip that is neither .docx nor .xlsx', async () => {
    const e = await refusal(zipOf({ 'notes.txt': 'hello' }));
    expect(e.format).toBe('zip');
  });

  it('a broken zip', async () => {
    const whole = zipOf({ 'word/document.xml': '<w:document/>' });
    const e = await refusal(whole.subarray(0, whole.length - 30));
    expect(e.message).toContain('损坏');
  });

  it('an image', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64),
    ]);
    const e = await refusal(png);
    expect(e.format).toBe('PNG');
    expect(e.message).toContain('图片');
  });

  it('names the file in the message when its name is given', async () => {
    await expect(readDocument(new Uint8Array(0), { fileName: '通知.pdf' })).rejects.toThrow(
      '「通知.pdf」：文件是空的。The file is empty.',
    );
  });

  it('an empty file', async () => {
    expect((await refusal(new Uint8Array(0))).message).toContain('文件是空的');
    expect((await refusal(Buffer.from('  \n\r\n'))).message).toContain('文件是空的');
  });

  it('binary data that is no known format nor text', async () => {
    const e = await refusal(Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x81]));
    expect(e.message).toContain('无法识别');
  });
});

describe('limits', () => {
  it(`refuses a file over ${MAX_DOCUMENT_BYTES / 1e6} MB before reading it`, async () => {
    const e = await refusal(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61));
    expect(e.message).toContain('超过上限');
  });

  it(`refuses a PDF of 300 pages by its page count (limit ${MAX_PDF_PAGES}), quickly`, async () => {
    const started = Date.now();
    const e = await refusal(textPdf(300));
    expect(e.message).toContain('300 页');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it(`reads a PDF of ${MAX_PDF_PAGES} pages, every page`, async () => {
    const model = await readDocument(textPdf(MAX_PDF_PAGES));
    expect(model.blocks).toHaveLength(MAX_PDF_PAGES);
    expect(model.blocks.at(-1)).toMatchObject({
      kind: 'paragraph',
      text: `page ${MAX_PDF_PAGES} of the notice`,
      place: { page: MAX_PDF_PAGES },
    });
  }, 30_000);

  it('reads the text of a page turned by /Rotate (a landscape form on a portrait page)', async () => {
    const model = await readDocument(textPdf(1, 'turned', 90));
    expect(model.blocks).toEqual([
      { kind: 'paragraph', text: 'turned 1 of the notice', place: { page: 1 } },
    ]);
  }, 30_000);

  it('refuses a web page nested 100,000 elements deep', async () => {
    const e = await refusal(Buffer.from(`<html><body>${'<div>'.repeat(100_000)}x</body></html>`));
    expect(e.message).toContain('嵌套过深');
  }, 30_000);

  it('refuses an HTML table of more than 20,000 rows', async () => {
    const html = `<html><body><table>${'<tr><td>a</td><td>1</td></tr>'.repeat(20_001)}</table></body></html>`;
    const e = await refusal(Buffer.from(html));
    expect(e.message).toContain('20000');
  }, 30_000);
});
