/**
 * Review before storing: an admin hands in a notice (any format, or pasted text) with
 * corrections, sees what was read — the document's fields, the allocation table's columns and
 * unit, each region's place in the existing tree, the target sheets, every warning — and only
 * then imports it, with the same corrections, in one audited transaction that keeps the
 * corrections as import notes. The role is checked before the file is read.
 */
import type { Db } from '../db/connection.ts';
import type { Fen } from '../domain/money.ts';
import type { SourceFormat } from '../importer/document-model.ts';
import type {
  AllocationTableReading,
  ImportWarning,
  NoticeCorrections,
  ParsedNotice,
} from '../importer/types.ts';
import type { RegionRow } from '../repositories/regions.repo.ts';
import { audited, type AuditContext, type AuditNote } from './audit.service.ts';
import { requireRole } from './authorization.ts';
import { InputError } from './errors.ts';
import { storeNotice, textHash, type ImportSummary } from './import-notice.service.ts';
import {
  conflictErrors,
  matchNoticeRegions,
  regionChoices,
  type RegionChoice,
  type RegionMatch,
} from './notice-region-match.ts';
import {
  checkCorrections,
  correctionNotes,
  noticeSource,
  readNotice,
  type NoticeInput,
  type NoticeSource,
  type ReadNotice,
} from './notice-source.ts';
import type { FieldError } from './spending-validation.ts';

const IMPORT_NOTICES = '导入指标文件 import notices';

export interface PreviewRegion {
  key: string;
  name: string;
  /** Every spelling the notice uses. */
  writtenNames: string[];
  level: string;
  parentName: string | null;
  /** The existing region it is stored as; null: a new region. */
  existing: RegionRow | null;
  /** True when the reviewer chose the match. */
  chosen: boolean;
}

export interface PreviewAllocation {
  writtenName: string;
  regionKey: string;
  regionName: string;
  existing: RegionRow | null;
  annualTotal: Fen;
  earlyAdvance: Fen | null;
  priorBatches: Fen | null;
  thisBatch: Fen;
  isSubtotal: boolean;
}

export interface NoticePreview {
  sourceName: string;
  format: SourceFormat | null;
  document: {
    /** null: none found in the file and none given. */
    number: string | null;
    numberCorrected: boolean;
    title: string | null;
    year: number;
    batch: number | null;
    issuers: string[];
    issuerRegion: string | null;
    issuedOn: string | null;
    upstreamNumber: string | null;
    programName: string | null;
  } | null;
  allocationTable: AllocationTableReading | null;
  regions: PreviewRegion[];
  allocations: PreviewAllocation[];
  sheets: {
    writtenRegion: string;
    regionName: string;
    existing: RegionRow | null;
    fundTotal: Fen | null;
    goals: number;
    indicators: number;
  }[];
  warnings: (ImportWarning & { regionName: string | null })[];
  /** What stops the import (the preview still shows everything that could be read). */
  errors: FieldError[];
}

const emptyPreview = (sourceName: string, errors: FieldError[]): NoticePreview => ({
  sourceName,
  format: null,
  document: null,
  allocationTable: null,
  regions: [],
  allocations: [],
  sheets: [],
  warnings: [],
  errors,
});

/** The role first: a refused actor gets its audit row before a byte of the file is read. */
async function refuseUnlessAdmin(db: Db, context: AuditContext, operation: string): Promise<void> {
  const { actor } = context;
  if (actor.kind === 'system' || actor.role === 'ADMIN') return;
  await audited(db, context, operation, 'notice', (_tx, note) => {
    note.summary = { refusedBeforeReading: true };
    requireRole(actor, ['ADMIN'], IMPORT_NOTICES);
    return Promise.resolve();
  });
}

interface Prepared {
  source: NoticeSource | null;
  read: ReadNotice | null;
  corrections: NoticeCorrections;
  regionMatches: NonNullable<NoticeInput['corrections']>['regionMatches'];
  errors: FieldError[];
}

/** Decodes, reads and interprets outside any transaction (reading a PDF may take a while). */
async function prepare(input: NoticeInput): Promise<Prepared> {
  const checked = checkCorrections(input.corrections);
  const source = noticeSource(input);
  const base = { corrections: checked.corrections, regionMatches: checked.regionMatches };
  if ('code' in source) return { ...base, source: null, read: null, errors: [source] };
  if (checked.errors.length > 0) return { ...base, source, read: null, errors: checked.errors };
  const read = await readNotice(source, checked.corrections);
  if ('code' in read) return { ...base, source, read: null, errors: [read] };
  return { ...base, source, read, errors: [] };
}

function previewOf(
  read: ReadNotice,
  sourceName: string,
  corrections: NoticeCorrections,
  matches: RegionMatch[],
  errors: FieldError[],
): NoticePreview {
  const { notice } = read;
  const byKey = new Map(matches.map((m) => [m.key, m]));
  const nameOf = (key: string | null) => (key ? (byKey.get(key)?.region.name ?? null) : null);
  const number: string | null = notice.header.number;
  const numberErrors: FieldError[] = number
    ? []
    : [
        {
          code: 'NUMBER_MISSING',
          field: 'corrections.number',
          message: `「${sourceName}」中没有找到文号，请填写文号`,
        },
      ];
  const h = notice.header;
  return {
    sourceName,
    format: read.format,
    document: {
      number: number || null,
      numberCorrected: corrections.number !== undefined,
      title: h.title,
      year: h.year,
      batch: h.batch,
      issuers: h.issuers,
      issuerRegion: h.issuerRegion,
      issuedOn: h.issuedOn,
      upstreamNumber: h.upstreamNumber,
      programName: h.programName,
    },
    allocationTable: notice.allocationTable,
    regions: matches.map((m) => ({
      key: m.key,
      name: m.region.name,
      writtenNames: writtenNamesOf(notice, m.key),
      level: m.region.level,
      parentName: nameOf(m.region.parentKey),
      existing: m.existing,
      chosen: m.chosen,
    })),
    allocations: notice.allocations.map((a) => ({
      writtenName: a.writtenName,
      regionKey: a.regionKey,
      regionName: nameOf(a.regionKey) ?? a.writtenName,
      existing: byKey.get(a.regionKey)?.existing ?? null,
      annualTotal: a.annualTotal,
      earlyAdvance: a.earlyAdvance,
      priorBatches: a.priorBatches,
      thisBatch: a.thisBatch,
      isSubtotal: a.isSubtotal,
    })),
    sheets: notice.targetSheets.map((s) => ({
      writtenRegion: s.writtenRegion,
      regionName: nameOf(s.regionKey) ?? s.writtenRegion,
      existing: byKey.get(s.regionKey)?.existing ?? null,
      fundTotal: s.fundTotal,
      goals: s.goals.length,
      indicators: s.indicators.length,
    })),
    warnings: notice.warnings.map((w) => ({ ...w, regionName: nameOf(w.regionKey) })),
    errors: [...numberErrors, ...errors],
  };
}

function writtenNamesOf(notice: ParsedNotice, key: string): string[] {
  const region = notice.regions.find((r) => r.key === key);
  const names = [
    ...(region ? [region.name, ...region.aliases] : []),
    ...notice.allocations.filter((a) => a.regionKey === key).map((a) => a.writtenName),
    ...notice.targetSheets.filter((s) => s.regionKey === key).map((s) => s.writtenRegion),
  ];
  return [...new Set(names)];
}

/** What the trail keeps of a preview or an import: the source, the corrections, the outcome. */
function noteInput(note: AuditNote, prepared: Prepared, errors: FieldError[]): void {
  note.summary = {
    source: prepared.source?.name ?? null,
    bytes: prepared.source?.bytes.length ?? null,
    format: prepared.read?.format ?? null,
    corrections: prepared.corrections,
    regionMatches: prepared.regionMatches ?? [],
    errors: errors.map((e) => ({ code: e.code, field: e.field })),
  };
  if (errors.length > 0) note.refusedCode = errors[0]?.code ?? 'INVALID';
}

/** The region decisions within the transaction: choices, matches, and what stops the import. */
async function decideRegions(
  tx: Db,
  prepared: Prepared,
  read: ReadNotice,
): Promise<{ choices: Map<string, RegionChoice>; matches: RegionMatch[]; errors: FieldError[] }> {
  const { choices, errors } = await regionChoices(tx, read.notice, prepared.regionMatches ?? []);
  const matches = await matchNoticeRegions(tx, read.notice, choices);
  return { choices, matches, errors: [...errors, ...conflictErrors(matches)] };
}

/** The preview within a transaction or on a read-only connection: matches read, nothing written. */
async function previewIn(tx: Db, prepared: Prepared, sourceName: string): Promise<NoticePreview> {
  const { read } = prepared;
  if (!read) return emptyPreview(sourceName, prepared.errors);
  const regions = await decideRegions(tx, prepared, read);
  return previewOf(read, sourceName, prepared.corrections, regions.matches, regions.errors);
}

/** A dry run for the system (the command line): the preview without an audit row. */
export async function dryRunNotice(db: Db, input: NoticeInput): Promise<NoticePreview> {
  const prepared = await prepare(input);
  return await previewIn(db, prepared, prepared.source?.name ?? input.fileName ?? '');
}

/**
 * What the importer would store, and everything that would stop it. Writes nothing but its
 * audit row (REFUSED when something stops the import).
 */
export async function previewNoticeImport(
  db: Db,
  input: NoticeInput,
  context: AuditContext,
): Promise<NoticePreview> {
  await refuseUnlessAdmin(db, context, 'previewNoticeImport');
  const prepared = await prepare(input);
  const sourceName = prepared.source?.name ?? input.fileName ?? '';
  return await audited(
    db,
    context,
    'previewNoticeImport',
    `source:${sourceName}`,
    async (tx, note) => {
      requireRole(context.actor, ['ADMIN'], IMPORT_NOTICES);
      const preview = await previewIn(tx, prepared, sourceName);
      noteInput(note, prepared, preview.errors);
      return preview;
    },
  );
}

export type ConfirmResult =
  { summary: ImportSummary; errors: [] } | { summary: null; errors: FieldError[] };

function regionNotes(matches: RegionMatch[]): { regionKey: string; message: string }[] {
  return matches
    .filter((m) => m.chosen)
    .map((m) => ({
      regionKey: m.key,
      message: m.existing
        ? `「${m.region.name}」匹配到已有地区 ${m.existing.name}（编号 ${m.existing.id}）`
        : `「${m.region.name}」作为新地区`,
    }));
}

/**
 * Imports the notice with the reviewer's corrections: one transaction with its audit row; the
 * corrections are kept as notes of the import run. A refusal comes back as errors, nothing written.
 */
export async function confirmNoticeImport(
  db: Db,
  input: NoticeInput,
  context: AuditContext,
): Promise<ConfirmResult> {
  await refuseUnlessAdmin(db, context, 'importNoticeFile');
  const prepared = await prepare(input);
  const sourceName = prepared.source?.name ?? input.fileName ?? '';
  try {
    return await audited(
      db,
      context,
      'importNoticeFile',
      `source:${sourceName}`,
      async (tx, note): Promise<ConfirmResult> => {
        requireRole(context.actor, ['ADMIN'], IMPORT_NOTICES);
        const { read } = prepared;
        if (!read) {
          noteInput(note, prepared, prepared.errors);
          return { summary: null, errors: prepared.errors };
        }
        const regions = await decideRegions(tx, prepared, read);
        noteInput(note, prepared, regions.errors);
        if (regions.errors.length > 0) return { summary: null, errors: regions.errors };
        const corrections = prepared.corrections;
        const hasCorrections = Object.keys(corrections).length > 0 || regions.choices.size > 0;
        // Corrections change what is stored, so the same file with other corrections is a revision.
        const hash = textHash(
          hasCorrections
            ? `${read.text}\n${JSON.stringify([corrections, [...regions.choices]])}`
            : read.text,
        );
        const summary = await storeNotice(
          tx,
          read.notice,
          { text: read.text, sourceName, actor: context.actor },
          hash,
          {
            regionChoices: regions.choices,
            notes: correctionNotes(read.notice, corrections, regionNotes(regions.matches)),
          },
        );
        note.object = `document:${summary.document.number}`;
        note.summary = {
          ...note.summary,
          after: { outcome: summary.outcome, revision: summary.document.revision },
        };
        return { summary, errors: [] };
      },
    );
  } catch (e) {
    // A refusal of the input (e.g. no number) is the payload's; FORBIDDEN stays an error.
    if (e instanceof InputError && e.code !== 'FORBIDDEN')
      return { summary: null, errors: [{ code: e.code, field: e.field, message: e.message }] };
    throw e;
  }
}
