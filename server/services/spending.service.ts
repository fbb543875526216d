/**
 * Filing a monthly feedback form: validate everything, then store a new version and make it
 * the current figures for the region and month, all in one IMMEDIATE transaction.
 */
import type { Db } from '../db/connection.ts';
import type { DirectionCode } from '../domain/directions.ts';
import { fenToWanString, subFen, ZERO, type Fen } from '../domain/money.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import { regionById, type RegionRow } from '../repositories/regions.repo.ts';
import { reportsByIds } from '../repositories/report-reads.repo.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { actorName, type Actor } from './actor.ts';
import { audited, type AuditNote } from './audit.service.ts';
import { requireOwnRegion, writableRegion } from './authorization.ts';
import { idArgument } from './documents.service.ts';
import { InputError } from './errors.ts';
import { isFieldError } from './regions.service.ts';
import { readAmount } from './amount-input.ts';
import { lagWarnings } from './lag-warnings.ts';
import {
  validateLines,
  validatePeriod,
  type FieldError,
  type SpendingLineInput,
  type SpendingReportInput,
} from './spending-validation.ts';

export interface StoredReport {
  id: number;
  regionId: number;
  regionName: string;
  year: number;
  month: number;
  version: number;
  lines: { documentNumber: string; amount: number; spent: number; unspent: number }[];
}

/** `warnings` did not stop the filing: lines behind the benchmark that give no reason or measures. */
export type SubmitResult =
  | { report: StoredReport; errors: []; warnings: FieldError[] }
  | { report: null; errors: FieldError[]; warnings: [] };

const FILE_REPORTS = '填报支出 file spending reports';

export interface FilingOptions {
  actor: Actor;
  now: Date;
  isSample?: boolean;
  /** Errors found before the rules ran (amounts that are no amounts), refused with the rest. */
  inputErrors?: FieldError[];
}

/** Files a report for the region named in the input (the system) or the account's own region. */
export async function submitSpendingReport(
  db: Db,
  input: SpendingReportInput,
  options: FilingOptions,
): Promise<SubmitResult> {
  const object = `region:${input.region ?? ''} ${input.year}-${input.month}`;
  return await audited(db, options, 'submitSpendingReport', object, async (tx, note) => {
    const region = await writableRegion(tx, options.actor, input.region, 'region', FILE_REPORTS);
    return await fileReport(tx, note, region, input, options);
  });
}

/**
 * Corrects a stored report: a new version for that report's region and month. A COUNTY
 * account may only correct its own region's reports.
 */
export async function amendSpendingReport(
  db: Db,
  writtenId: string,
  lines: SpendingLineInput[],
  options: FilingOptions,
): Promise<SubmitResult> {
  const object = `report:${writtenId.slice(0, 20)}`;
  return await audited(db, options, 'amendSpendingReport', object, async (tx, note) => {
    note.summary = { request: { reportId: writtenId, ...requestSummary(null, lines) } };
    const reportId = idArgument(writtenId, 'reportId') ?? 0;
    const report = (await reportsByIds(tx, [reportId]))[0];
    const region = report ? await regionById(tx, report.regionId) : undefined;
    if (!report || !region)
      throw new InputError(
        'REPORT_NOT_FOUND',
        'reportId',
        `没有编号为 ${reportId} 的报表。No report ${reportId}.`,
      );
    requireOwnRegion(options.actor, region, 'reportId', FILE_REPORTS);
    const input = { region: region.name, year: report.year, month: report.month, lines };
    return await fileReport(tx, note, region, input, options);
  });
}

/** Validates and stores one filing, inside the caller's audited transaction. */
export async function fileReport(
  tx: Db,
  note: AuditNote,
  region: RegionRow | FieldError,
  input: SpendingReportInput,
  options: FilingOptions,
): Promise<SubmitResult> {
  const lines = input.lines.map((l) => ({
    ...l,
    documentNumber: canonicalDocumentNumber(l.documentNumber) ?? l.documentNumber.trim(),
  }));
  const period = `${input.year}-${input.month}`;
  note.summary = { ...note.summary, request: requestSummary(input.region, lines) };
  const errors = [
    ...(options.inputErrors ?? []),
    ...validatePeriod(input.year, input.month, options.now),
  ];
  const refuse = (all: FieldError[]): SubmitResult => {
    note.refusedCode = all[0]?.code ?? 'INVALID';
    note.summary = { ...note.summary, errors: all };
    return { report: null, errors: all, warnings: [] };
  };
  if (isFieldError(region)) return refuse([region, ...errors]);
  note.object = `region:${region.name} ${period}`;
  const funds = await spendingRepo.fundsForRegion(
    tx,
    region.id,
    lines.map((l) => l.documentNumber),
  );
  const byNumber = new Map(funds.map((f) => [f.number, f]));
  const year = errors.length === 0 ? input.year : null;
  errors.push(...validateLines(lines, byNumber, { regionName: region.name, year }));
  if (errors.length > 0) return refuse(errors);

  const fundOf = (number: string) => {
    const allocation = funds.find((f) => f.number === number)?.allocation;
    if (!allocation) throw new Error(`fund ${number} vanished after validation`);
    return allocation;
  };
  const version = await spendingRepo.nextVersion(tx, region.id, input.year, input.month);
  const stored = await spendingRepo.insertReport(
    tx,
    {
      regionId: region.id,
      year: input.year,
      month: input.month,
      version,
      submittedBy: actorName(options.actor),
      isSample: options.isSample ?? false,
      // The same clock that decided the period is open decides, later, whether it was late.
      createdAt: options.now.toISOString(),
    },
    lines.map((l) => ({
      documentId: fundOf(l.documentNumber).documentId,
      amount: fundOf(l.documentNumber).annualTotal,
      spent: l.spent,
      reason: l.reason?.trim() || null,
      measures: l.measures?.trim() || null,
      measuresDueOn: l.measuresDueOn ?? null,
      directions: l.directions ?? [],
    })),
  );
  await spendingRepo.setCurrentReport(
    tx,
    { regionId: region.id, year: input.year, month: input.month },
    stored.id,
  );
  note.object = `report:${stored.id} ${region.name} ${period}`;
  note.summary = {
    before: version > 1 ? { version: version - 1 } : null,
    after: { reportId: stored.id, version, ...requestSummary(region.name, lines) },
  };
  return {
    errors: [],
    warnings: lagWarnings(
      lines.map((l) => ({ ...l, amount: fundOf(l.documentNumber).annualTotal })),
      input.month,
    ),
    report: {
      id: stored.id,
      regionId: region.id,
      regionName: region.name,
      year: stored.year,
      month: stored.month,
      version: stored.version,
      lines: lines.map((l) => {
        const amount = fundOf(l.documentNumber).annualTotal;
        return {
          documentNumber: l.documentNumber,
          amount,
          spent: l.spent,
          unspent: subFen(amount, l.spent),
        };
      }),
    },
  };
}

/** What the trail keeps of a filing: the region asked for and each line's fund and spending. */
function requestSummary(region: string | null | undefined, lines: SpendingLineInput[]) {
  return {
    region: region ?? null,
    lines: lines.map((l) => ({ document: l.documentNumber, spentWan: fenToWanString(l.spent) })),
  };
}

export interface ApiSpendingLine {
  documentNumber: string;
  spent: string;
  directions?: { direction: DirectionCode; spent: string }[] | null;
  reason?: string | null;
  measures?: string | null;
  measuresDueOn?: string | null;
  amount?: string | null;
  unspent?: string | null;
  progress?: number | null;
}

/** The API's form: amounts arrive as 万元 text and are checked with the rules. */
export async function submitSpendingReportInWan(
  db: Db,
  input: { region?: string | null; year: number; month: number; lines: ApiSpendingLine[] },
  options: FilingOptions,
): Promise<SubmitResult> {
  const { lines, errors } = linesInWan(input.lines);
  return await submitSpendingReport(db, { ...input, lines }, { ...options, inputErrors: errors });
}

/** The API's correction: amounts in 万元 text, like submitSpendingReportInWan. */
export async function amendSpendingReportInWan(
  db: Db,
  reportId: string,
  apiLines: ApiSpendingLine[],
  options: FilingOptions,
): Promise<SubmitResult> {
  const { lines, errors } = linesInWan(apiLines);
  return await amendSpendingReport(db, reportId, lines, { ...options, inputErrors: errors });
}

/** Reads each amount; an unreadable one becomes zero here and an error for the filing. */
function linesInWan(apiLines: ApiSpendingLine[]): {
  lines: SpendingLineInput[];
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const amount = (text: string, field: string): Fen => {
    const value = readAmount(text, field);
    if (isFieldError(value)) {
      errors.push(value);
      return ZERO;
    }
    return value;
  };
  const optional = (text: string | null | undefined, field: string) =>
    text == null ? null : amount(text, field);
  const lines: SpendingLineInput[] = apiLines.map((l, i) => ({
    documentNumber: l.documentNumber,
    spent: amount(l.spent, `lines.${i}.spent`),
    directions: l.directions?.map((d, j) => ({
      direction: d.direction,
      spent: amount(d.spent, `lines.${i}.directions.${j}.spent`),
    })),
    reason: l.reason,
    measures: l.measures,
    measuresDueOn: l.measuresDueOn,
    amount: optional(l.amount, `lines.${i}.amount`),
    unspent: optional(l.unspent, `lines.${i}.unspent`),
    progress: l.progress,
  }));
  return { lines, errors };
}
