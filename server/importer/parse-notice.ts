/**
 * Reads a whole notice into checked, structured data (pure: no database). Throws
 * NoticeFormatError when the text is not such a notice; returns warnings for breaches.
 */
import { addFen, ZERO, type Fen } from '../domain/money.ts';
import { compact } from '../domain/text.ts';
import { parseAllocationTable } from './allocation-table.ts';
import { parseDocumentHeader } from './document-header.ts';
import { parseFeedbackForm } from './feedback-form.ts';
import { decideLevels } from './indicator-levels.ts';
import { findNoticeRegion, resolveNoticeRegions } from './notice-regions.ts';
import { reconcile } from './reconcile.ts';
import { findSections } from './sections.ts';
import { parseTargetSheet, type RawTargetSheet } from './target-sheet.ts';
import {
  NoticeFormatError,
  type AllocationRow,
  type ImportWarning,
  type ParsedNotice,
  type ParsedTargetSheet,
} from './types.ts';

/** Lines of the text, without a byte-order mark and with any line ending. */
export function noticeLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** `2022年困难群众救助补助资金（第二批）分配表` → `困难群众救助补助资金`. */
function programFromTitle(title: string): string | null {
  const name = compact(title)
    .replace(/^\d{4}年度?/, '')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/(中央财政|中央)/, '')
    .replace(/分配(情况)?(明细)?表$/, '')
    // `…资金提前下达分配表`, `…资金第三批分配表`: the batch is not part of the program's name.
    .replace(/(提前下达|预算|第[一二三四五六七八九十\d]+批)+$/, '');
  return name || null;
}

export function parseNotice(text: string): ParsedNotice {
  return parseNoticeLines(noticeLines(text));
}

/** The notice read from its lines (tables as tab- or `|`-separated rows). */
export function parseNoticeLines(lines: string[]): ParsedNotice {
  if (!lines.some((l) => l.trim() !== '')) throw new NoticeFormatError('the file is empty');
  const sections = findSections(lines);
  const allocationSection = sections.find((s) => s.kind === 'allocation');
  if (!allocationSection) {
    throw new NoticeFormatError(
      'no allocation table found (expected a title ending in 分配表 followed by rows of regions and amounts)',
    );
  }
  const header = parseDocumentHeader(lines, sections[0]?.start ?? lines.length);
  const table = parseAllocationTable(lines, allocationSection);
  const tree = resolveNoticeRegions(header.issuerRegion, table.rows);

  const allocations: AllocationRow[] = table.rows.map((row, i) => {
    const { annualTotal, earlyAdvance, priorBatches, thisBatch } = row.amounts;
    const parts = [earlyAdvance, priorBatches, thisBatch].filter((v): v is Fen => v !== undefined);
    return {
      regionKey: tree.rowKeys[i] ?? '',
      writtenName: row.writtenName,
      line: row.line,
      annualTotal: annualTotal ?? addFen(...parts),
      earlyAdvance: earlyAdvance ?? null,
      priorBatches: priorBatches ?? null,
      thisBatch: thisBatch ?? ZERO,
      isSubtotal: tree.subtotalRows.has(i),
    };
  });

  const warnings: ImportWarning[] = [];
  const regions = tree.regions;
  const rawSheets: { regionKey: string; regionName: string; sheet: RawTargetSheet }[] = [];
  for (const section of sections.filter((s) => s.kind === 'targetSheet')) {
    const sheet = parseTargetSheet(lines, section);
    let region = findNoticeRegion(regions, sheet.writtenRegion);
    if (!region) {
      region = {
        key: sheet.writtenRegion,
        name: sheet.writtenRegion,
        aliases: [],
        level: regions.find((r) => r.parentKey === tree.parentKey)?.level ?? 'county',
        parentKey: tree.parentKey,
      };
      regions.push(region);
    } else if (
      region.name !== sheet.writtenRegion &&
      !region.aliases.includes(sheet.writtenRegion)
    ) {
      region.aliases.push(sheet.writtenRegion);
    }
    if (rawSheets.some((s) => s.regionKey === region.key)) {
      throw new NoticeFormatError(`two target sheets for ${region.name}`, sheet.line);
    }
    rawSheets.push({ regionKey: region.key, regionName: region.name, sheet });
    warnings.push(...sheet.notes.map((n) => ({ ...n, regionKey: region.key })));
  }

  const levels = decideLevels(rawSheets);
  warnings.push(...levels.warnings);
  const targetSheets: ParsedTargetSheet[] = rawSheets.map(({ regionKey, sheet }) => ({
    line: sheet.line,
    regionKey,
    writtenRegion: sheet.writtenRegion,
    year: sheet.year,
    projectName: sheet.projectName,
    attributes: sheet.attributes,
    fundTotal: sheet.fundTotal,
    centralFunds: sheet.centralFunds,
    localFunds: sheet.localFunds,
    goals: sheet.goals,
    indicators: sheet.rows.map((row, i) => {
      const decided = levels.decisions.get(row.nameKey);
      return {
        ordinal: i + 1,
        line: row.line,
        name: row.name,
        nameKey: row.nameKey,
        writtenLevel1: row.voteLevel1,
        writtenLevel2: row.voteLevel2,
        level1: decided?.level1 ?? 'OUTPUT',
        level2: decided?.level2 ?? null,
        target: row.target,
      };
    }),
  }));

  const feedbackSection = sections.find((s) => s.kind === 'feedbackForm');
  const notice = {
    header: {
      ...header,
      programName:
        mostCommon(targetSheets.map((s) => s.projectName)) ??
        programFromTitle(allocationSection.title),
    },
    amountUnit: table.unit,
    allocationTable: {
      unit: table.unit,
      unitStated: table.unitStated,
      // Header words per column are not tracked by the line reader yet.
      columns: table.columns.map((role, index) => ({ index: index + 1, header: '', role })),
    },
    regions,
    allocations,
    targetSheets,
    feedbackForm: feedbackSection ? parseFeedbackForm(lines, feedbackSection) : null,
  };
  return { ...notice, warnings: [...reconcile(notice), ...warnings] };
}
