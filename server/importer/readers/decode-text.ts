/**
 * Bytes of a text file or web page into a string. UTF-8 first; Chinese files saved by older
 * tools are GBK/GB2312, which GB18030 (a superset, decoded by Node's own ICU) reads. A web
 * page may name its charset in a meta tag, and a byte-order mark overrides everything.
 */
import { DocumentReadError } from './errors.ts';

/** Names a page may declare that Node's TextDecoder reads, GBK family folded into GB18030. */
function decoderLabel(declared: string): string | null {
  const name = declared.trim().toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn)$/.test(name)) return 'gb18030';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `<meta charset="gbk">` or `<meta http-equiv=… content="text/html; charset=gb2312">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/**
 * Control characters other than tab/newline/form feed, more than two and more than one in a thousand characters,
 * mean binary data. A stray one (a BEL or NUL pasted into a name) leaves text text: the
 * interpreter drops it and says where.
 */
function hasControlCharacters(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f)) count += 1;
  }
  return count > 2 && count > text.length / 1000;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of the bytes, or a DocumentReadError when they are not text in UTF-8, UTF-16
 * (with its mark) or GB18030. `declared` is a charset the file names for itself.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): string {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = strict(bom, bytes);
    if (text !== null) return text.replace(/^\uFEFF/, '');
  }
  const label = declared ? decoderLabel(declared) : null;
  const candidates = [...new Set([label, 'utf-8', 'gb18030'].filter((l) => l !== null))];
  for (const candidate of candidates) {
    const text = strict(candidate, bytes);
    // Control characters other than tab/newline/form feed mean binary data, not text.
    if (text !== null && !hasControlCharacters(text.slice(0, 65536))) return text;
  }
  throw new DocumentReadError(
    '无法识别的文件：既不是支持的文档格式（PDF、Word .docx、Excel .xlsx、网页 .html），也不是 UTF-8 或 GB18030 编码的文本。Unrecognised file: not PDF, .docx, .xlsx, .html, nor text in UTF-8 or GB18030.',
  );
}
