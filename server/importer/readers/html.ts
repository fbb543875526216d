/**
 * A saved web page into the document model: block elements (p, div, h1–h6, li, br) become
 * paragraphs, each data `<table>` a table with its rowspan/colspan. Bureau websites often lay
 * the whole page out in tables; a table that holds another table is such a layout and is
 * read through, so the notice's own tables come out as tables.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type {
  DocumentBlock,
  DocumentCell,
  DocumentModel,
  DocumentTable,
} from '../document-model.ts';
import { DocumentReadError, type ReadBudget } from './errors.ts';
import { MAX_TABLE_ROWS } from './limits.ts';

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'svg']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'form',
  'caption',
  'hr',
  'body',
]);

function isElement(node: T.ChildNode | T.ParentNode): node is T.Element {
  return 'tagName' in node;
}

function children(node: T.ParentNode): T.ChildNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

function attribute(node: T.Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

function span(node: T.Element, name: string): number {
  const value = Number.parseInt(attribute(node, name) ?? '1', 10);
  // Browsers clamp rowspan to 65534 and colspan to 1000; a notice never needs more than a few hundred.
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 1000) : 1;
}

function hasTable(node: T.ParentNode): boolean {
  return children(node).some(
    (c) => isElement(c) && (c.tagName === 'table' || (!SKIPPED.has(c.tagName) && hasTable(c))),
  );
}

/** Rows of a table, in order, through thead/tbody/tfoot but not into nested tables. */
function rowsOf(table: T.Element): T.Element[] {
  return children(table).flatMap((c) => {
    if (!isElement(c)) return [];
    if (c.tagName === 'tr') return [c];
    if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') return rowsOf(c);
    return [];
  });
}

/** Text of an inline run: whitespace collapsed as a browser shows it; <br> and blocks are line breaks. */
function textOf(node: T.ParentNode): string {
  let text = '';
  const walk = (n: T.ChildNode): void => {
    if (n.nodeName === '#text') {
      // A no-break space (&nbsp;, often padding cells or amounts) is a space here.
      text += (n as T.TextNode).value.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
      return;
    }
    if (!isElement(n) || SKIPPED.has(n.tagName)) return;
    if (n.tagName === 'br') {
      text += '\n';
      return;
    }
    const block = BLOCKS.has(n.tagName) || n.tagName === 'tr' || n.tagName === 'table';
    if (block) text += '\n';
    for (const c of children(n)) walk(c);
    if (n.tagName === 'td' || n.tagName === 'th') text += ' ';
    if (block) text += '\n';
  };
  for (const c of children(node)) walk(c);
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

class HtmlReader {
  readonly blocks: DocumentBlock[] = [];
  private inline = '';
  private tables = 0;

  constructor(private readonly budget: ReadBudget) {}

  flush(): void {
    for (const line of this.inline.split('\n')) {
      const text = line.replace(/ +/g, ' ').trim();
      if (text) this.blocks.push({ kind: 'paragraph', text });
    }
    this.inline = '';
  }

  private table(node: T.Element): void {
    // A caption is the table's title (often `…分配表`): a paragraph before it.
    for (const caption of children(node)) {
      if (isElement(caption) && caption.tagName === 'caption') {
        const text = textOf(caption).replace(/\s+/g, ' ').trim();
        if (text) this.blocks.push({ kind: 'paragraph', text });
      }
    }
    this.tables += 1;
    const label = `表 ${this.tables}`;
    const trs = rowsOf(node);
    if (trs.length > MAX_TABLE_ROWS) {
      throw new DocumentReadError(
        `网页${label}有 ${trs.length} 行，超过上限 ${MAX_TABLE_ROWS} 行。Table ${this.tables} has more than ${MAX_TABLE_ROWS} rows.`,
        'HTML',
      );
    }
    const rows: DocumentCell[][] = trs.map((tr, r) => {
      this.budget.check(`网页${label}第 ${r + 1} 行`);
      const cells = children(tr).filter(
        (c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
      );
      this.budget.addCells(cells.length, `网页${label}`);
      return cells.map((cell) => ({
        text: textOf(cell),
        rowSpan: Math.min(span(cell, 'rowspan'), trs.length - r),
        colSpan: span(cell, 'colspan'),
        place: { label: `${label}，第 ${r + 1} 行` },
      }));
    });
    const table: DocumentTable = { kind: 'table', rows, place: { label } };
    this.blocks.push(table);
  }

  walk(node: T.ParentNode): void {
    for (const c of children(node)) {
      if (c.nodeName === '#text') {
        this.inline += (c as T.TextNode).value.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
        continue;
      }
      if (!isElement(c) || SKIPPED.has(c.tagName)) continue;
      if (c.tagName === 'br') {
        this.inline += '\n';
      } else if (c.tagName === 'table') {
        this.flush();
        // A table holding tables lays out the page: read through its cells in order.
        if (hasTable(c)) {
          for (const tr of rowsOf(c)) {
            for (const cell of children(tr)) {
              if (isElement(cell)) {
                this.walk(cell);
                this.flush();
              }
            }
          }
        } else {
          this.table(c);
        }
      } else if (BLOCKS.has(c.tagName)) {
        this.flush();
        this.walk(c);
        this.flush();
      } else {
        this.walk(c);
      }
    }
  }
}

export function readHtml(html: string, budget: ReadBudget): DocumentModel {
  const reader = new HtmlReader(budget);
  reader.walk(parse(html));
  reader.flush();
  return { format: 'html', blocks: reader.blocks };
}
