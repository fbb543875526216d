/**
 * Helpers for the readers' tests: read a fixture through readDocument and the interpreter,
 * and reduce a parsed notice to what two routes of the same document must agree on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { interpretNotice } from '../../../server/importer/interpret-notice.ts';
import { parseNotice } from '../../../server/importer/parse-notice.ts';
import { readDocument } from '../../../server/importer/readers/read-document.ts';
import type { ParsedNotice } from '../../../server/importer/types.ts';

export const DOCUMENTS = path.resolve(import.meta.dirname, '../../fixtures/documents');
export const NOTICES = path.resolve(import.meta.dirname, '../../fixtures/notices');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(DOCUMENTS, name));
}

export async function noticeFrom(name: string): Promise<ParsedNotice> {
  return interpretNotice(await readDocument(fixture(name), { fileName: name }));
}

export function noticeFromText(file: string): ParsedNotice {
  return parseNotice(readFileSync(file, 'utf8'));
}

/** Whitespace is not part of what a notice says (`≥ 95 ％` = `≥95％`, `2024 年` = `2024年`). */
const squeeze = (text: string | null): string | null =>
  text === null ? null : text.replace(/\s+/g, '');

/**
 * Everything a route must reproduce: the document's fields, the allocation table (columns,
 * unit, every row's figures in fen), the regions, every target sheet with its figures, goals
 * and indicators (decided levels and targets), and the feedback form's columns. Source line
 * numbers and the levels each sheet writes (the seed's text garbles those) are left out.
 */
export function comparable(notice: ParsedNotice) {
  return {
    header: { ...notice.header, title: squeeze(notice.header.title) },
    unit: notice.allocationTable.unit,
    unitStated: notice.allocationTable.unitStated,
    columns: notice.allocationTable.columns.map((c) => c.role),
    regions: notice.regions,
    allocations: notice.allocations.map(({ line: _line, ...row }) => row),
    sheets: notice.targetSheets.map((s) => ({
      region: s.regionKey,
      writtenRegion: s.writtenRegion,
      year: s.year,
      projectName: s.projectName,
      fundTotal: s.fundTotal,
      centralFunds: s.centralFunds,
      localFunds: s.localFunds,
      goals: s.goals.map(squeeze),
      indicators: s.indicators.map((i) => ({
        name: squeeze(i.name),
        level1: i.level1,
        level2: i.level2,
        target: { ...i.target, text: squeeze(i.target.text) },
      })),
    })),
    feedbackColumns: notice.feedbackForm?.columns.map(squeeze) ?? null,
  };
}
