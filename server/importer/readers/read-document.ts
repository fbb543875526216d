/**
 * Turns the bytes of an uploaded file into the document model. The format is recognised by
 * content, never by file name: a PDF starts with `%PDF`, Word and Excel files are zip
 * packages told apart by their parts, a web page by its markup, anything else readable as
 * text is plain text. A file that cannot be read gets a message saying what it is and what
 * to do.
 */
import type { DocumentModel } from '../document-model.ts';
import { readText } from './text.ts';

export class DocumentReadError extends Error {
  override name = 'DocumentReadError';
  constructor(
    message: string,
    /** What the file was recognised as, e.g. `PDF`, `Word 97-2003 (.doc)`; null when unknown. */
    readonly format: string | null = null,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** The file's name as uploaded: used in messages only, never to decide the format. */
  fileName?: string;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function readDocument(
  bytes: Uint8Array,
  _options: ReadOptions = {},
): Promise<DocumentModel> {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return Promise.reject(new DocumentReadError('PDF files cannot be read yet', 'PDF'));
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return Promise.reject(
      new DocumentReadError('Word and Excel files cannot be read yet', 'zip package'),
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return Promise.reject(
      new DocumentReadError(
        'this is a legacy Office file (.doc/.xls/.wps); save it as .docx or .xlsx and upload that',
        'legacy Office',
      ),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Promise.reject(
      new DocumentReadError('the file is neither a known document format nor UTF-8 text'),
    );
  }
  return Promise.resolve(readText(text));
}
