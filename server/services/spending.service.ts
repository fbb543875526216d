/**
 * Filing a monthly feedback form: validate everything, then store a new version and make it
 * the current figures for the region and month, all in one IMMEDIATE transaction.
 */
import { writeTransaction, type Db } from '../db/connection.ts';
import type { DirectionCode } from '../domain/directions.ts';
import { subFen, ZERO, type Fen } from '../domain/money.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
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

export function submitSpendingReport(
  db: Db,
  input: SpendingReportInput,
  options: { submittedBy: string; now: Date; isSample?: boolean },
): SubmitResult {
  const lines = input.lines.map((l) => ({
    ...l,
    documentNumber: canonicalDocumentNumber(l.documentNumber) ?? l.documentNumber.trim(),
  }));
  return writeTransaction(db, (tx) => {
    const region = resolveRegion(tx, input.region);
    const errors = validatePeriod(input.year, input.month, options.now);
    if (isFieldError(region)) return { report: null, errors: [region, ...errors], warnings: [] };
    const funds = spendingRepo.fundsForRegion(
      tx,
      region.id,
      lines.map((l) => l.documentNumber),
    );
    const byNumber = new Map(funds.map((f) => [f.number, f]));
    const year = errors.length === 0 ? input.year : null;
    errors.push(...validateLines(lines, byNumber, { regionName: region.name, year }));
    if (errors.length > 0) return { report: null, errors, warnings: [] };

    const fundOf = (number: string) => {
      const allocation = funds.find((f) => f.number === number)?.allocation;
      if (!allocation) throw new Error(`fund ${number} vanished after validation`);
      return allocation;
    };
    const version = spendingRepo.nextVersion(tx, region.id, input.year, input.month);
    const stored = spendingRepo.insertReport(
      tx,
      {
        regionId: region.id,
        year: input.year,
        month: input.month,
        version,
        submittedBy: options.submittedBy,
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
    spendingRepo.setCurrentReport(
      tx,
      { regionId: region.id, year: input.year, month: input.month },
      stored.id,
    );
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
  });
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

/** The API's form: amounts arrive as 万元 text and are checked before the rules run. */
export function submitSpendingReportInWan(
  db: Db,
  input: { region: string; year: number; month: number; lines: ApiSpendingLine[] },
  options: { submittedBy: string; now: Date },
): SubmitResult {
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
  const lines: SpendingLineInput[] = input.lines.map((l, i) => ({
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
  if (errors.length > 0) return { report: null, errors, warnings: [] };
  return submitSpendingReport(db, { ...input, lines }, options);
}
