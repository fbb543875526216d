/**
 * Filing a monthly feedback form: validate everything, then store a new version and make it
 * the current figures for the region and month, all in one IMMEDIATE transaction.
 */
import { writeTransaction, type Db } from '../db/connection.ts';
import { subFen } from '../domain/money.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import {
  validateLines,
  validatePeriod,
  type FieldError,
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

export type SubmitResult =
  { report: StoredReport; errors: [] } | { report: null; errors: FieldError[] };

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
    if (isFieldError(region)) return { report: null, errors: [region, ...errors] };
    const funds = spendingRepo.fundsForRegion(
      tx,
      region.id,
      lines.map((l) => l.documentNumber),
    );
    errors.push(...validateLines(lines, new Map(funds.map((f) => [f.number, f])), region.name));
    if (errors.length > 0) return { report: null, errors };

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
