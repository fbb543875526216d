/**
 * Splits the document model into the notice's prose and its tables. Attachment numbers are
 * unreliable (`附件3` twice over for different things), so a table is recognised by its title
 * (…分配表, …情况表, …绩效目标表, …跟踪反馈表; wrapped over two lines or written as the
 * table's first row) followed by rows of cells; a title without rows is only the attachment
 * list in the prose. A table with no title at all is taken for what its cells say.
 */
import { compact, plainLine } from '../domain/text.ts';
import { expandTable, type DocumentModel, type DocumentTable } from './document-model.ts';
import { isTitleLine, titleText } from './text-layout/tokens.ts';

export type SectionKind = 'allocation' | 'targetSheet' | 'feedbackForm';

/** One row of a table: cells as written (a merged cell once, at its top-left) and expanded. */
export interface SectionRow {
  kind: 'row';
  cells: string[];
  /** Every position holds the text of the cell covering it (merged headers repeated). */
  full: string[];
  line: number;
  /** Which table of the section the row belongs to (0-based). */
  table: number;
}

export interface SectionText {
  kind: 'text';
  text: string;
  line: number;
}

export type SectionItem = SectionRow | SectionText;

export interface Section {
  kind: SectionKind;
  title: string;
  line: number;
  items: SectionItem[];
  /** Index of the title in the document's lines (NoticeLayout.allLines). */
  at?: number;
}

export interface NoticeLayout {
  /** The prose before the first table section, line by line (tables there flattened). */
  headLines: string[];
  /** Every line of the document in order (for what the prose says anywhere). */
  allLines: string[];
  sections: Section[];
}

const TITLE_KINDS: [RegExp, SectionKind][] = [
  [/跟踪(反馈|情况)表$/, 'feedbackForm'],
  [/绩效目标(申报)?表$/, 'targetSheet'],
  [/表$/, 'allocation'],
];

function kindOfTitle(text: string): SectionKind {
  return TITLE_KINDS.find(([p]) => p.test(text))?.[1] ?? 'allocation';
}

type Flat =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'table'; table: DocumentTable; line: number };

function flatten(model: DocumentModel): Flat[] {
  const out: Flat[] = [];
  let line = 0;
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      const parts = block.text.split(/\r\n|\r|\n/);
      parts.forEach((text, k) => {
        line = (block.place?.line ?? line + 1) + k;
        out.push({ kind: 'text', text, line });
      });
    } else {
      line = block.place?.line ?? line + 1;
      out.push({ kind: 'table', table: block, line });
    }
  }
  return out;
}

function rowsOf(table: DocumentTable, index: number, fallbackLine: number): SectionRow[] {
  const grid = expandTable(table);
  return grid.map((row, r) => ({
    kind: 'row',
    cells: row.map((c) => (c.origin ? c.text.replace(/\s*\n\s*/g, '') : '')),
    full: row.map((c) => c.text.replace(/\s*\n\s*/g, '')),
    line: table.rows[r]?.[0]?.place?.line ?? fallbackLine + r,
    table: index,
  }));
}

/** A title written as the table's first row (one text across the row). */
function titleRow(row: SectionRow | undefined): string | null {
  if (!row) return null;
  const texts = [...new Set(row.full.map((c) => c.trim()).filter((c) => c !== ''))];
  return texts.length === 1 && isTitleLine(texts[0] ?? '') ? titleText(texts[0] ?? '') : null;
}

function untitledKind(rows: SectionRow[]): SectionKind | null {
  const words = compact(
    rows
      .slice(0, 12)
      .map((r) => r.full.join(''))
      .join(''),
  );
  if (/三级指标/.test(words)) return 'targetSheet';
  if (/(实际支出|未支出|支出进度)/.test(words)) return 'feedbackForm';
  if (/(合计|小计|金额|资金|下达|分配)/.test(words)) return 'allocation';
  return null;
}

export function findSections(model: DocumentModel): NoticeLayout {
  const flat = flatten(model);
  const sections: Section[] = [];
  const allLines: string[] = [];
  let current: Section | null = null;
  let tables = 0;
  for (let i = 0; i < flat.length; i += 1) {
    const item = flat[i];
    if (!item) continue;
    if (item.kind === 'text') {
      allLines.push(item.text);
      const next = flat[i + 1];
      const wrapped =
        !isTitleLine(item.text) &&
        next?.kind === 'text' &&
        compact(next.text).length <= 12 &&
        compact(item.text).length >= 4 &&
        isTitleLine(plainLine(item.text) + plainLine(next.text));
      if (isTitleLine(item.text) || wrapped) {
        const title = titleText(
          wrapped && next?.kind === 'text'
            ? plainLine(item.text) + plainLine(next.text)
            : item.text,
        );
        current = {
          kind: kindOfTitle(title),
          title,
          line: item.line,
          items: [],
          at: allLines.length - 1,
        };
        sections.push(current);
        if (wrapped) {
          allLines.push(next?.kind === 'text' ? next.text : '');
          i += 1;
        }
        continue;
      }
      if (current) current.items.push({ kind: 'text', text: item.text, line: item.line });
      continue;
    }
    const rows = rowsOf(item.table, tables, item.line);
    tables += 1;
    const at = allLines.length;
    // A table before any title is prose of the head (a red head laid out as a table):
    // its cells are lines of their own.
    allLines.push(
      ...rows.map((r) =>
        current ? r.cells.join('\t') : r.cells.filter((c) => c.trim() !== '').join(' '),
      ),
    );
    const inTable = titleRow(rows[0]);
    if (inTable) {
      current = {
        kind: kindOfTitle(inTable),
        title: inTable,
        line: rows[0]?.line ?? item.line,
        items: [],
        at,
      };
      sections.push(current);
      current.items.push(...rows.slice(1));
      continue;
    }
    if (!current) {
      const kind = untitledKind(rows);
      if (
        kind &&
        sections.length === 0 &&
        rows.length > 1 &&
        rows.some((r) => r.cells.filter((c) => c !== '').length >= 2)
      ) {
        // A table with no title before any titled one: a red head laid out as a table is
        // prose, anything with amounts a table.
        if (
          kind !== 'allocation' ||
          rows.some((r) => r.cells.some((c) => /^-?[\d,.]+$/.test(compact(c))))
        ) {
          current = { kind, title: '', line: item.line, items: [...rows], at };
          sections.push(current);
          continue;
        }
      }
      continue;
    }
    current.items.push(...rows);
  }
  const kept = sections.filter((s) =>
    s.items.some((it) => it.kind === 'row' && it.cells.some((c) => c.trim() !== '')),
  );
  // The head is everything before the first table (an attachment list of titles included).
  return { headLines: allLines.slice(0, kept[0]?.at ?? allLines.length), allLines, sections: kept };
}

/** The rows of a section (its text lines left out). */
export function sectionRows(section: Section): SectionRow[] {
  return section.items.filter((it): it is SectionRow => it.kind === 'row');
}
