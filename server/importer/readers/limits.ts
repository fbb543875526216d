/**
 * Bounds on what one upload may cost, so a single file cannot stall the server. Each reader
 * checks the ones that apply and refuses with a DocumentReadError naming the limit.
 */
/** A notice with its attachments is 0.03–0.6 MB as PDF; 20 MB leaves room for scanned seals. */
export const MAX_DOCUMENT_BYTES = 20_000_000;
/** Pages of a PDF read at most (a notice with one target sheet per county is ~20–60 pages). */
export const MAX_PDF_PAGES = 150;
/** Wall-clock budget for reading one document, checked between pages, tables and sheets. */
export const MAX_READ_MILLISECONDS = 20_000;
/** Rows in one table, and cells in the whole document. */
export const MAX_TABLE_ROWS = 20_000;
export const MAX_CELLS = 400_000;
/** Inflated size of the one part of a .docx that is read (word/document.xml). */
export const MAX_DOCX_XML_BYTES = 30_000_000;
