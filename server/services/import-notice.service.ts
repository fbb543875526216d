/**
 * Imports a notice: parse (pure), then store everything in one IMMEDIATE transaction.
 * The same text again changes nothing; a different text under a known number becomes a new
 * revision, the earlier ones kept. Used by the CLI and, later, the API.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { fenToWanString } from '../domain/money.ts';
import { parseNotice } from '../importer/parse-notice.ts';
import { noticeTextTooLarge, tooManyRows, withoutControlCharacters } from '../importer/edge.ts';
import {
  NoticeFormatError,
  type ImportWarning,
  type NoticeRegion,
  type ParsedNotice,
} from '../importer/types.ts';
import * as documentsRepo from '../repositories/documents.repo.ts';
import * as regionsRepo from '../repositories/regions.repo.ts';
import * as rollupsRepo from '../repositories/rollups.repo.ts';
import { actorName, type Actor } from './actor.ts';
import { audited } from './audit.service.ts';
import { requireRole } from './authorization.ts';
import { existingRegionFor, type RegionChoice } from './notice-region-match.ts';
import { InputError } from './errors.ts';
import { refreshChainAndTotals } from './fund-year-chain.service.ts';
import { adoptTopLevelRegion, isOwnUseRow, withOwnUseRows } from './notice-chain-links.ts';
import type { FieldError } from './spending-validation.ts';

export interface ImportSummary {
  outcome: 'created' | 'revised' | 'unchanged';
  document: {
    number: string;
    revision: number;
    title: string;
    year: number;
    batch: number | null;
    issuedOn: string | null;
    upstreamNumber: string | null;
    program: string | null;
  };
  regions: { name: string; level: string; parent: string | null; aliases: string[] }[];
  /** Amounts in 万元 as exact decimal strings. */
  allocations: {
    region: string;
    annualTotal: string;
    earlyAdvance: string | null;
    thisBatch: string;
  }[];
  sheets: { region: string; goals: number; indicators: number }[];
  warnings: { severity: string; code: string; message: string }[];
}

/** A parsed notice with its number known (read or given) and a title ('' when none). */
type NumberedNotice = ParsedNotice & {
  header: ParsedNotice['header'] & { number: string; title: string };
};

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function summarise(
  notice: NumberedNotice,
  outcome: ImportSummary['outcome'],
  revision: number,
): ImportSummary {
  const name = (key: string | null) => notice.regions.find((r) => r.key === key)?.name ?? null;
  return {
    outcome,
    document: {
      number: notice.header.number ?? '',
      revision,
      title: notice.header.title,
      year: notice.header.year,
      batch: notice.header.batch,
      issuedOn: notice.header.issuedOn,
      upstreamNumber: notice.header.upstreamNumber,
      program: notice.header.programName,
    },
    regions: notice.regions.map((r) => ({
      name: r.name,
      level: r.level,
      parent: name(r.parentKey),
      aliases: r.aliases,
    })),
    allocations: notice.allocations.map((a) => ({
      region: name(a.regionKey) ?? a.writtenName,
      annualTotal: fenToWanString(a.annualTotal),
      earlyAdvance: a.earlyAdvance === null ? null : fenToWanString(a.earlyAdvance),
      thisBatch: fenToWanString(a.thisBatch),
    })),
    sheets: notice.targetSheets.map((s) => ({
      region: name(s.regionKey) ?? s.writtenRegion,
      goals: s.goals.length,
      indicators: s.indicators.length,
    })),
    warnings: notice.warnings.map(({ severity, code, message }) => ({ severity, code, message })),
  };
}

/**
 * Finds or creates each region of the notice under its parent; returns key → region id. A
 * reviewer's choice (an existing region, or a new one) overrides the match by name.
 */
async function storeRegions(
  tx: Db,
  noticeRegions: NoticeRegion[],
  choices: Map<string, RegionChoice> = new Map(),
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const rowsByKey = new Map<string, regionsRepo.RegionRow>();
  // Parents come before children in the notice's list.
  for (const region of noticeRegions) {
    const parent = region.parentKey ? (rowsByKey.get(region.parentKey) ?? null) : null;
    const names = [region.name, ...region.aliases];
    const { existing, conflict } = await existingRegionFor(
      tx,
      region,
      parent,
      choices.get(region.key),
    );
    if (conflict)
      throw new InputError(
        'REGION_EXISTS',
        'corrections.regionMatches',
        `已有地区「${conflict.name}」，不能再新建同名地区`,
      );
    const row =
      existing ??
      // chain: a region imported before its upstream notice is placed under it (unless the
      // reviewer chose otherwise); see notice-chain-links.ts
      (choices.has(region.key)
        ? undefined
        : await adoptTopLevelRegion(tx, parent, names, region.level)) ??
      (await regionsRepo.insertRegion(tx, { name: region.name, level: region.level, parent }));
    const known = new Set([row.name, ...(await regionsRepo.aliasesOf(tx, row.id))]);
    // A name that already denotes another region is not made an alias (it would be ambiguous).
    const fresh: string[] = [];
    for (const n of names) {
      if (known.has(n)) continue;
      const denoted = await regionsRepo.findRegionsByNames(tx, [n]);
      if (denoted.every((r) => r.id === row.id)) fresh.push(n);
    }
    await regionsRepo.addAliases(tx, row.id, fresh);
    rowsByKey.set(region.key, row);
    ids.set(region.key, row.id);
  }
  return ids;
}

function storeWarnings(
  warnings: ImportWarning[],
  regionIds: Map<string, number>,
): documentsRepo.NewImportWarning[] {
  return warnings.map((w) => ({
    severity: w.severity,
    code: w.code,
    message: w.message,
    regionId: w.regionKey ? (regionIds.get(w.regionKey) ?? null) : null,
  }));
}

const IMPORT_NOTICES = '导入指标文件 import notices';

/**
 * Reads and stores a notice (ADMIN or the system). A text that is no notice throws
 * InputError NOT_A_NOTICE before anything is written; it is audited as a refusal.
 */
export async function importNotice(
  db: Db,
  written: { text: string; sourceName: string; actor: Actor; now?: Date },
): Promise<ImportSummary> {
  // The edge (importer/edge.ts): display controls removed before anything reads the text.
  const input = { ...written, text: withoutControlCharacters(written.text) };
  const context = { actor: input.actor, now: input.now ?? new Date() };
  const hash = textHash(input.text);
  return await audited(
    db,
    context,
    'importNotice',
    `source:${input.sourceName}`,
    async (tx, note) => {
      note.summary = {
        sourceName: input.sourceName,
        textHash: hash,
        characters: input.text.length,
      };
      requireRole(input.actor, ['ADMIN'], IMPORT_NOTICES);
      if (input.text.length > MAX_NOTICE_CHARS)
        throw new InputError(
          'TEXT_TOO_LARGE',
          'text',
          `文本过长（${input.text.length} 字符，上限 ${MAX_NOTICE_CHARS}）`,
        );
      const tooLong = noticeTextTooLarge(input.text);
      if (tooLong) throw new InputError('TEXT_TOO_LARGE', 'text', tooLong);
      let parsed: ReturnType<typeof parseNotice>;
      try {
        parsed = parseNotice(input.text);
      } catch (e) {
        if (e instanceof NoticeFormatError) throw new InputError('NOT_A_NOTICE', 'text', e.message);
        throw e;
      }
      const tooMany = tooManyRows(parsed);
      if (tooMany) throw new InputError('TOO_MANY_ROWS', 'text', tooMany);
      const summary = await storeNotice(tx, parsed, input, hash);
      note.object = `document:${summary.document.number}`;
      note.summary = {
        ...note.summary,
        after: { outcome: summary.outcome, revision: summary.document.revision },
      };
      return summary;
    },
  );
}

/** What a reviewer decided before storing: where regions go, and the notes that say so. */
export interface ReviewDecisions {
  regionChoices: Map<string, RegionChoice>;
  /** Kept with the import run as notes (severity info). */
  notes: ImportWarning[];
}

/** The notice's own number, or the reviewer's; a notice without either is not stored. */
function documentNumber(notice: ParsedNotice): string {
  const number: string | null = notice.header.number;
  if (!number)
    throw new InputError(
      'NUMBER_MISSING',
      'corrections.number',
      '文件中没有找到文号，请填写文号（命令行 --number）。No document number found: give one.',
    );
  return number;
}

export async function storeNotice(
  tx: Db,
  parsed: ParsedNotice,
  input: { text: string; sourceName: string; actor: Actor },
  hash: string,
  review: ReviewDecisions = { regionChoices: new Map(), notes: [] },
): Promise<ImportSummary> {
  const notice = withOwnUseRows(parsed); // chain: 市本级 rows are the issuer's own use
  const header = {
    ...notice.header,
    number: documentNumber(notice),
    title: notice.header.title ?? '',
  };
  const existing = await documentsRepo.findDocument(tx, header.number);
  if (existing) {
    const same = await documentsRepo.findRevisionByHash(tx, existing.id, hash);
    if (same) return summarise({ ...notice, header }, 'unchanged', same.revision);
  }
  const regionIds = await storeRegions(tx, notice.regions, review.regionChoices);
  const programId = await documentsRepo.upsertProgram(tx, {
    name: header.programName ?? header.title,
    year: header.year,
    source: header.fundSource,
  });
  const document = existing ?? (await documentsRepo.insertDocument(tx, header.number, programId));
  const revision = (await documentsRepo.latestRevisionNumber(tx, document.id)) + 1;
  const outcome = existing ? 'revised' : 'created';
  const summary = summarise({ ...notice, header }, outcome, revision);
  const importRunId = await documentsRepo.insertImportRun(
    tx,
    {
      sourceName: input.sourceName,
      textHash: hash,
      documentNumber: header.number,
      outcome,
      importedBy: actorName(input.actor),
      summary: { ...summary, warnings: undefined },
    },
    storeWarnings([...notice.warnings, ...review.notes], regionIds),
  );
  const revisionRow = await documentsRepo.insertRevision(tx, {
    documentId: document.id,
    revision,
    title: header.title,
    issuers: header.issuers,
    issuedOn: header.issuedOn,
    year: header.year,
    batch: header.batch,
    upstreamNumber: header.upstreamNumber,
    policyReferences: header.policyReferences,
    directFundCode: header.directFund?.code ?? null,
    directFundName: header.directFund?.name ?? null,
    revenueSubjectCode: header.revenueSubject?.code ?? null,
    revenueSubjectName: header.revenueSubject?.name ?? null,
    expenditureSubjectCode: header.expenditureSubject?.code ?? null,
    expenditureSubjectName: header.expenditureSubject?.name ?? null,
    spendingDirections: header.spendingDirections,
    amountUnit: notice.amountUnit,
    feedbackForm: notice.feedbackForm,
    rawText: input.text,
    textHash: hash,
    importRunId,
  });
  const regionId = (key: string) => {
    const id = regionIds.get(key);
    if (id === undefined) throw new Error(`region ${key} was not stored`);
    return id;
  };
  await documentsRepo.insertAllocations(
    tx,
    notice.allocations.map((a, i) => ({
      revisionId: revisionRow.id,
      regionId: regionId(a.regionKey),
      rowNo: i + 1,
      annualTotal: a.annualTotal,
      earlyAdvance: a.earlyAdvance,
      priorBatches: a.priorBatches,
      thisBatch: a.thisBatch,
      isSubtotal: a.isSubtotal,
      isOwnUse: isOwnUseRow(a, notice), // chain
    })),
  );
  // The region totals follow the revision now in force: its regions, and the previous one's.
  await refreshChainAndTotals(
    tx,
    [
      // chain: fund_year_regions, then the totals that sum it
      ...regionIds.values(),
      ...(existing?.currentRevisionId
        ? await rollupsRepo.allocationRegionIds(tx, existing.currentRevisionId)
        : []),
    ],
    document.programId,
  );
  if (existing) await rollupsRepo.refreshSpendingTotalsOfDocument(tx, existing.id);
  const catalogue = await documentsRepo.indicatorIds(
    tx,
    notice.targetSheets.flatMap((s) =>
      s.indicators.map(({ name, nameKey }) => ({ name, nameKey })),
    ),
  );
  for (const sheet of notice.targetSheets) {
    await documentsRepo.insertTargetSheet(
      tx,
      {
        revisionId: revisionRow.id,
        regionId: regionId(sheet.regionKey),
        writtenRegion: sheet.writtenRegion,
        year: sheet.year,
        projectName: sheet.projectName,
        departments: sheet.attributes,
        fundTotal: sheet.fundTotal,
        centralFunds: sheet.centralFunds,
        localFunds: sheet.localFunds,
      },
      sheet.goals,
      sheet.indicators.map((ind) => ({
        indicatorId: catalogue.get(ind.nameKey) ?? 0,
        ordinal: ind.ordinal,
        name: ind.name,
        level1: ind.level1,
        level2: ind.level2,
        writtenLevel1: ind.writtenLevel1,
        writtenLevel2: ind.writtenLevel2,
        targetText: ind.target.text,
        targetKind: ind.target.kind,
        targetOp: ind.target.op,
        targetValue: ind.target.value,
        targetUnit: ind.target.unit,
        targetReference: ind.target.reference,
      })),
    );
  }
  return summary;
}

/** A notice's text larger than this is no notice (the seed is ~25 KB). */
export const MAX_NOTICE_CHARS = 2_000_000;

export type ImportOutcome =
  | { outcome: ImportSummary['outcome']; documentNumber: string; errors: [] }
  | { outcome: null; documentNumber: null; errors: FieldError[] };

/** The importer for the API: a notice the importer cannot read is an error for field `text`. */
export async function importNoticeText(
  db: Db,
  input: { text: string; sourceName: string | null; actor: Actor; now: Date },
): Promise<ImportOutcome> {
  const fail = (code: string, message: string): ImportOutcome => ({
    outcome: null,
    documentNumber: null,
    errors: [{ code, field: 'text', message }],
  });
  try {
    const summary = await importNotice(db, {
      text: input.text,
      sourceName: (input.sourceName ?? 'api').slice(0, 200),
      actor: input.actor,
      now: input.now,
    });
    return { outcome: summary.outcome, documentNumber: summary.document.number, errors: [] };
  } catch (e) {
    // A refusal of the text (or of a notice without a number) is the payload's; a refusal of
    // the actor (FORBIDDEN) is an error.
    if (e instanceof InputError && e.code !== 'FORBIDDEN') return fail(e.code, e.message);
    throw e;
  }
}
