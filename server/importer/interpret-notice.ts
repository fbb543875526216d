/**
 * Reads a notice from the document model, whatever format it came from: the header from the
 * prose, the allocation table, target sheets and feedback form from the tables. A reviewer's
 * corrections (number, year, batch, unit, column roles, issuing region) are applied here and
 * everything that depends on them (amounts, the tree, the reconciliation) is read again.
 * Throws NoticeFormatError when the document is not such a notice; returns warnings for
 * breaches and for what the reviewer must confirm.
 */
import { addFen, ZERO, type Fen } from '../domain/money.ts';
import { chineseNumeral, compact } from '../domain/text.ts';
import { parseAllocationTable } from './allocation-table.ts';
import { canonicalDocumentNumber, parseDocumentHeader } from './document-header.ts';
import type { DocumentModel } from './document-model.ts';
import { parseFeedbackForm } from './feedback-form.ts';
import { decideLevels } from './indicator-levels.ts';
import { findNoticeRegion, foldDetailRows, resolveNoticeRegions } from './notice-regions.ts';
import { reconcile } from './reconcile.ts';
import { withoutInvisibles } from './invisible-characters.ts';
import { findSections, type Section } from './sections.ts';
import { parseTargetSheet, type RawTargetSheet } from './target-sheet.ts';
import {
  NoticeFormatError,
  type AllocationRow,
  type ImportWarning,
  type NoticeCorrections,
  type ParsedNotice,
  type ParsedTargetSheet,
} from './types.ts';

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** `2022年困难群众救助补助资金（第二批）分配表` → `困难群众救助补助资金`. */
function programFromTitle(title: string): string | null {
  const name = compact(title)
    // `天水市2023年…`: a table on its own may begin with its region.
    .replace(/^[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|地区|省|市|州|县|盟|旗)(?=\d{4}年)/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/[(（][^)）]*[)）]/g, '')
    // `2023年第三批中央财政…`: the batch before the name is not part of it either.
    .replace(/^(提前下达|第[一二三四五六七八九十\d]+批)+/, '')
    .replace(/(中央财政|中央)/, '')
    .replace(/(分配|下达|安排)?(情况|明细)?表$/, '')
    // `…资金提前下达分配表`, `…资金第三批分配表`: the batch is not part of the program's name.
    .replace(/(提前下达|预算|第[一二三四五六七八九十\d]+批)+$/, '');
  return name || null;
}

/** Why a text with no allocation table is refused, in words the user can act on. */
function noTableMessage(lines: string[], sections: Section[]): string {
  const text = compact(lines.join(''));
  const listed = /附件[:：]?\d*\.?[^。]{0,40}(分配表|分配情况表|资金表)/.test(text);
  // A target sheet's own title (not the attachment list's `2.区域绩效目标表`).
  const sheetTitle = lines.some((l) =>
    /^[^\d附《]{0,30}绩效目标(申报)?表([(（][^)）]*[)）])?$/.test(compact(l).replace(/\|/g, '')),
  );
  if (sections.some((s) => s.kind === 'targetSheet') || sheetTitle) {
    return 'no allocation table found: the text holds a target sheet (绩效目标表) but no table of regions and amounts (分配表; an allocation made in the body only cannot be imported as a table)';
  }
  if (listed) {
    return 'no allocation table found: the text lists the allocation table as an attachment (附件) but does not contain it; the tables are separate files: import the attachment itself (.xlsx, .docx or .pdf) or paste its table';
  }
  // `现下达你区…资金134.39万元`: the money is in the prose only.
  const inProse = /下达[^。]{0,60}?\d[\d,.]*\s*(亿元|万元|元)/.exec(text);
  if (inProse) {
    return `no allocation table found: the notice allocates its money in the text only (「${inProse[0].slice(-40)}」), not in a table of regions and amounts (分配表); an allocation in the prose cannot be imported: enter it as a table (地区 | 金额) with a title ending in 分配表`;
  }
  return 'no allocation table found (expected a title ending in 分配表 or 情况表 followed by rows of regions and amounts)';
}

export function interpretNotice(
  written: DocumentModel,
  corrections: NoticeCorrections = {},
): ParsedNotice {
  const { model, warning: invisibles } = withoutInvisibles(written);
  const layout = findSections(model);
  if (!layout.allLines.some((l) => l.trim() !== ''))
    throw new NoticeFormatError('the file is empty');
  const { sections } = layout;
  const allocationSection = sections.find((s) => s.kind === 'allocation');
  if (!allocationSection) throw new NoticeFormatError(noTableMessage(layout.allLines, sections));

  const read = parseDocumentHeader(layout.headLines, layout.allLines);
  const header = { ...read.header };
  const warnings: ImportWarning[] = invisibles ? [invisibles] : [];
  if (corrections.number !== undefined) {
    const number = canonicalDocumentNumber(corrections.number);
    if (!number) {
      throw new NoticeFormatError(
        `the number given (${corrections.number}) is not a document number such as 昌州财社〔2022〕11号`,
      );
    }
    header.number = number;
  }
  warnings.push(
    ...read.warnings.filter(
      (w) =>
        !(w.code === 'NUMBER_MISSING' && header.number !== null) &&
        !(w.code === 'ISSUER_FROM_ADDRESS' && corrections.issuingRegion !== undefined),
    ),
  );
  if (corrections.year !== undefined) header.year = corrections.year;
  if (corrections.batch !== undefined) header.batch = corrections.batch;
  // An attachment on its own (a workbook of the table alone): the table's title says the year
  // and the batch when the prose does not.
  if (!Number.isFinite(header.year)) {
    const fromTable = /(\d{4})年/.exec(allocationSection.title)?.[1];
    if (!fromTable) {
      throw new NoticeFormatError(
        "cannot tell the notice's year: no year in its title, number, body or table title; give it on the review page",
      );
    }
    header.year = Number(fromTable);
  }
  if (read.header.title === null && read.header.batch === null && corrections.batch === undefined) {
    const batch = /第\s*([一二三四五六七八九十\d]+)\s*批/.exec(allocationSection.title)?.[1];
    if (batch) header.batch = chineseNumeral(batch);
    else if (/提前下达/.test(allocationSection.title)) header.batch = 0;
  }
  if (corrections.issuingRegion !== undefined)
    header.issuerRegion = compact(corrections.issuingRegion);
  // A table on its own titled `天水市2023年…分配表` names the region whose table it is.
  const titledRegion =
    /^([\u4e00-\u9fff]{1,12}?(?:自治区|自治州|地区|省|市|州|县|盟|旗))(?:\d{4}年)/.exec(
      compact(allocationSection.title),
    )?.[1];
  // With no title of its own, the table's title says whether the money is central.
  if (read.header.title === null && /中央/.test(allocationSection.title))
    header.fundSource = 'central';
  if (header.issuerRegion === null && titledRegion) {
    header.issuerRegion = titledRegion;
    warnings.push({
      severity: 'warning',
      code: 'ISSUER_FROM_TABLE_TITLE',
      message: `文中没有发文机关；按分配表标题读取发文地区「${titledRegion}」，请核对（the issuing region is read from the table's title）`,
      regionKey: titledRegion,
    });
  }

  const table = parseAllocationTable(allocationSection, {
    unit: corrections.unit,
    columnRoles: corrections.columnRoles,
  });
  warnings.push(...table.warnings);
  table.rows = foldDetailRows(table.rows, header.issuerRegion);
  const tree = resolveNoticeRegions(header.issuerRegion, table.rows);
  if (header.issuerRegion === null) {
    warnings.push({
      severity: 'warning',
      code: 'ISSUER_FROM_TABLE',
      message: `文中没有发文机关；「${tree.parentKey}」一行等于其余各行之和，按发文地区读取，请核对`,
      regionKey: tree.parentKey,
    });
  }

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
      isOwnUse: tree.ownUseRows.has(i),
      extras: row.extras,
    };
  });

  const regions = tree.regions;
  const rawSheets: { regionKey: string; regionName: string; sheet: RawTargetSheet }[] = [];
  const sheetSections = sections.filter((s) => s.kind === 'targetSheet');
  for (const section of sheetSections) {
    const sheet = parseTargetSheet(section, Number.isFinite(header.year) ? header.year : null);
    // A sheet naming no region is the issuing region's (a department's own notice).
    const written = sheet.writtenRegion ?? tree.parentKey;
    let region = findNoticeRegion(regions, written);
    if (!region) {
      region = {
        key: written,
        name: written,
        aliases: [],
        level: regions.find((r) => r.parentKey === tree.parentKey)?.level ?? 'county',
        parentKey: tree.parentKey,
        recipientKind: 'region',
      };
      regions.push(region);
    } else if (region.name !== written && !region.aliases.includes(written)) {
      region.aliases.push(written);
    }
    if (rawSheets.some((s) => s.regionKey === region.key)) {
      throw new NoticeFormatError(`two target sheets for ${region.name}`, sheet.line);
    }
    rawSheets.push({ regionKey: region.key, regionName: region.name, sheet });
    warnings.push(...sheet.notes.map((n) => ({ ...n, regionKey: region.key })));
  }
  if (sheetSections.length === 0) {
    warnings.push({
      severity: 'info',
      code: 'NO_TARGET_SHEETS',
      message: '文件中没有区域绩效目标表（the notice holds no target sheets）',
      regionKey: null,
    });
  }

  const levels = decideLevels(rawSheets);
  warnings.push(...levels.warnings);
  const targetSheets: ParsedTargetSheet[] = rawSheets.map(({ regionKey, sheet }) => ({
    line: sheet.line,
    regionKey,
    writtenRegion: sheet.writtenRegion ?? regionKey,
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
      columns: table.columns.map((c) => ({
        index: c.index,
        header: c.header,
        role: c.role,
        ...(c.role === 'extra' || c.role === 'memo' ? { name: c.name } : {}),
      })),
    },
    regions,
    allocations,
    targetSheets,
    feedbackForm: feedbackSection ? parseFeedbackForm(feedbackSection) : null,
  };
  return { ...notice, warnings: [...reconcile(notice), ...warnings] };
}
