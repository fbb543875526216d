/**
 * A Word .docx into the document model. Paragraphs in body order; a table (w:tbl) as rows of
 * cells with w:gridSpan as column span and w:vMerge restart/continue as row span, so merged
 * headers and label columns keep their shape (mammoth's HTML output flattens these).
 */
import { XMLParser } from 'fast-xml-parser';
import type {
  DocumentBlock,
  DocumentCell,
  DocumentModel,
  DocumentTable,
} from '../document-model.ts';
import { DocumentReadError, type ReadBudget } from './errors.ts';
import { MAX_DOCX_XML_BYTES, MAX_TABLE_ROWS } from './limits.ts';
import type { ZipPackage } from './zip-package.ts';

/** fast-xml-parser's ordered form: `{ 'w:p': [children], ':@': { attributes } }`. */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  // Text stays text: `01` (a direct-fund code) or `1485.50` must not become numbers.
  parseTagValue: false,
  // Word never declares entities; a document that does is refused below, not expanded.
  processEntities: true,
  htmlEntities: false,
});

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.[':@']?.[name];
}

/** Properties, deleted revisions, field codes and the duplicate fallback of a drawing. */
const SKIPPED = new Set(['w:pPr', 'w:rPr', 'w:del', 'w:delText', 'w:instrText', 'mc:Fallback']);

/** The visible text of a paragraph: runs, tabs, breaks; deleted revisions left out. */
function paragraphText(node: XmlNode): string {
  let text = '';
  const walk = (n: XmlNode): void => {
    const tag = tagOf(n);
    if (tag === '#text') {
      text += String(n['#text']);
      return;
    }
    if (SKIPPED.has(tag)) return;
    if (tag === 'w:tab') text += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') text += '\n';
    else if (tag === 'w:noBreakHyphen') text += '-';
    for (const c of childrenOf(n)) walk(c);
  };
  for (const c of childrenOf(node)) walk(c);
  return text;
}

/** Block-level content (paragraphs and tables), looking inside content controls. */
function blockNodes(nodes: XmlNode[]): XmlNode[] {
  return nodes.flatMap((n) => {
    const tag = tagOf(n);
    if (tag === 'w:p' || tag === 'w:tbl') return [n];
    if (tag === 'w:sdt') return blockNodes(childrenOf(child(n, 'w:sdtContent') ?? {}));
    if (tag === 'w:customXml' || tag === 'w:ins') return blockNodes(childrenOf(n));
    return [];
  });
}

/** The text of a cell: its paragraphs (and any nested table's cells) one per line. */
function cellText(tc: XmlNode): string {
  return blockNodes(childrenOf(tc))
    .flatMap((n) =>
      tagOf(n) === 'w:p'
        ? [paragraphText(n)]
        : blockNodes(
            childrenOf(n)
              .filter((r) => tagOf(r) === 'w:tr')
              .flatMap((r) => childrenOf(r).filter((c) => tagOf(c) === 'w:tc')),
          ).map((p) => (tagOf(p) === 'w:p' ? paragraphText(p) : '')),
    )
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join('\n');
}

interface OpenCell {
  cell: DocumentCell;
  colSpan: number;
}

function readTable(tbl: XmlNode, index: number, budget: ReadBudget): DocumentTable {
  const label = `表 ${index}`;
  const rowsXml = childrenOf(tbl).flatMap((n) =>
    tagOf(n) === 'w:tr'
      ? [n]
      : tagOf(n) === 'w:sdt'
        ? childrenOf(child(n, 'w:sdtContent') ?? {})
        : [],
  );
  if (rowsXml.length > MAX_TABLE_ROWS) {
    throw new DocumentReadError(
      `${label} 有 ${rowsXml.length} 行，超过上限 ${MAX_TABLE_ROWS} 行。Table ${index} has more than ${MAX_TABLE_ROWS} rows.`,
      'Word (.docx)',
    );
  }
  // The cell whose vertical merge is open at each grid column, to extend on `continue`.
  const open = new Map<number, OpenCell>();
  const rows: DocumentCell[][] = [];
  rowsXml.forEach((tr, r) => {
    const row: DocumentCell[] = [];
    const trPr = child(tr, 'w:trPr');
    let column = Number(attr(child(trPr ?? {}, 'w:gridBefore'), 'w:val') ?? 0);
    if (column > 0) row.push({ text: '', rowSpan: 1, colSpan: column });
    // Cells, also those wrapped in a content control (w:sdt around w:tc).
    const cells = childrenOf(tr).flatMap((c) =>
      tagOf(c) === 'w:tc'
        ? [c]
        : tagOf(c) === 'w:sdt'
          ? childrenOf(child(c, 'w:sdtContent') ?? {}).filter((n) => tagOf(n) === 'w:tc')
          : [],
    );
    budget.addCells(cells.length, `Word ${label}`);
    for (const tc of cells) {
      const tcPr = child(tc, 'w:tcPr');
      const colSpan = Math.max(1, Number(attr(child(tcPr ?? {}, 'w:gridSpan'), 'w:val') ?? 1));
      const vMerge = child(tcPr ?? {}, 'w:vMerge');
      const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
      const above = open.get(column);
      if (continues && above && above.colSpan === colSpan) {
        above.cell.rowSpan += 1;
        const more = cellText(tc);
        if (more) above.cell.text = above.cell.text ? `${above.cell.text}\n${more}` : more;
      } else {
        const cell: DocumentCell = {
          text: cellText(tc),
          rowSpan: 1,
          colSpan,
          place: { label: `${label}，第 ${r + 1} 行` },
        };
        row.push(cell);
        open.set(column, { cell, colSpan });
        for (let c = column + 1; c < column + colSpan; c += 1) open.delete(c);
      }
      column += colSpan;
    }
    rows.push(row);
  });
  return { kind: 'table', rows, place: { label } };
}

export async function readDocx(pkg: ZipPackage, budget: ReadBudget): Promise<DocumentModel> {
  const xml = (await pkg.read('word/document.xml', MAX_DOCX_XML_BYTES)).toString('utf8');
  if (/<!DOCTYPE/i.test(xml.slice(0, 2000))) {
    throw new DocumentReadError(
      'Word 文件含有 DOCTYPE 声明，不是正常的 .docx，拒绝读取。The .docx declares a DOCTYPE, which Word never writes.',
      'Word (.docx)',
    );
  }
  let parsed: XmlNode[];
  try {
    parsed = parser.parse(xml) as XmlNode[];
  } catch (e) {
    throw new DocumentReadError(
      `Word 文件的正文（word/document.xml）已损坏：${e instanceof Error ? e.message.slice(0, 80) : ''}。The .docx body is damaged; save it again from Word or WPS.`,
      'Word (.docx)',
    );
  }
  const documentNode = parsed.find((n) => tagOf(n) === 'w:document');
  const body = child(documentNode ?? {}, 'w:body');
  const blocks: DocumentBlock[] = [];
  let tables = 0;
  for (const node of blockNodes(childrenOf(body ?? {}))) {
    budget.check(`Word 第 ${blocks.length + 1} 段`);
    if (tagOf(node) === 'w:p') {
      blocks.push({ kind: 'paragraph', text: paragraphText(node) });
    } else {
      tables += 1;
      blocks.push(readTable(node, tables, budget));
    }
  }
  return { format: 'docx', blocks };
}
