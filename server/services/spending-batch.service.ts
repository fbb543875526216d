/**
 * Filing many monthly reports at once (a bulk import of a month's forms): every report goes
 * through the same rules as submitSpendingReport, then all are stored in one IMMEDIATE
 * transaction with the same current-figures maintenance. One refused report refuses the
 * batch: nothing is written, and each error names its report (`reports.3.lines.0.spent`).
 * For the system only (bulk imports, the benchmark): a county files its own reports one by
 * one. The batch is one audit row.
 */
import type { Db } from '../db/connection.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import type { RegionRow } from '../repositories/regions.repo.ts';
import * as bulkRepo from '../repositories/spending-bulk.repo.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { actorName, type Actor } from './actor.ts';
import { audited } from './audit.service.ts';
import { requireRole } from './authorization.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import {
  validateLines,
  validatePeriod,
  type FieldError,
  type SpendingReportInput,
} from './spending-validation.ts';

export type SubmitBatchResult =
  { stored: number; lines: number; errors: [] } | { stored: 0; lines: 0; errors: FieldError[] };

type Funds = Awaited<ReturnType<typeof spendingRepo.fundsForRegion>>;

export async function submitSpendingReports(
  db: Db,
  inputs: SpendingReportInput[],
  options: { actor: Actor; now: Date; isSample?: boolean },
): Promise<SubmitBatchResult> {
  const object = `batch:${inputs.length} reports`;
  return await audited(db, options, 'submitSpendingReports', object, async (tx, note) => {
    requireRole(options.actor, [], '批量导入报表 import reports in bulk');
    // A batch names the same regions and funds again and again: look each up once.
    const regions = new Map<string, RegionRow | FieldError>();
    const funds = new Map<string, Map<string, Funds[number]>>();
    const errors: FieldError[] = [];
    const ready: bulkRepo.BulkReport[] = [];
    for (const [r, input] of inputs.entries()) {
      const lines = input.lines.map((l) => ({
        ...l,
        documentNumber: canonicalDocumentNumber(l.documentNumber) ?? l.documentNumber.trim(),
      }));
      const name = input.region ?? '';
      const region = regions.get(name) ?? (await resolveRegion(tx, name));
      regions.set(name, region);
      const found = validatePeriod(input.year, input.month, options.now);
      if (isFieldError(region)) found.unshift(region);
      else {
        const numbers = lines.map((l) => l.documentNumber);
        const key = `${region.id}|${numbers.join('|')}`;
        const byNumber =
          funds.get(key) ??
          new Map(
            (await spendingRepo.fundsForRegion(tx, region.id, numbers)).map((f) => [f.number, f]),
          );
        funds.set(key, byNumber);
        const year = found.length === 0 ? input.year : null;
        found.push(...validateLines(lines, byNumber, { regionName: region.name, year }));
        if (found.length === 0) {
          ready.push({
            regionId: region.id,
            year: input.year,
            month: input.month,
            submittedBy: actorName(options.actor),
            isSample: options.isSample ?? false,
            createdAt: options.now.toISOString(),
            lines: lines.map((l) => {
              const allocation = byNumber.get(l.documentNumber)?.allocation;
              if (!allocation)
                throw new Error(`fund ${l.documentNumber} vanished after validation`);
              return {
                documentId: allocation.documentId,
                amount: allocation.annualTotal,
                spent: l.spent,
                reason: l.reason?.trim() || null,
                measures: l.measures?.trim() || null,
                measuresDueOn: l.measuresDueOn ?? null,
                directions: l.directions ?? [],
              };
            }),
          });
        }
      }
      errors.push(...found.map((e) => ({ ...e, field: `reports.${r}.${e.field}` })));
    }
    if (errors.length > 0) {
      note.refusedCode = errors[0]?.code ?? 'INVALID';
      note.summary = { errors };
      return { stored: 0, lines: 0, errors };
    }
    await bulkRepo.storeReports(tx, ready);
    const lines = ready.reduce((n, r) => n + r.lines.length, 0);
    note.summary = { after: { reports: ready.length, lines } };
    return { stored: ready.length, lines, errors: [] };
  });
}
