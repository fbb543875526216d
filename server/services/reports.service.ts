/** Reading spending reports for the API: pages, one report, the derived figures of a line. */
import type { Db } from '../db/connection.ts';
import { progressOf } from '../domain/execution-figures.ts';
import { subFen, type Fen } from '../domain/money.ts';
import * as reads from '../repositories/report-reads.repo.ts';
import { idArgument } from './documents.service.ts';
import { InputError } from './errors.ts';
import { afterId, keysetPage, pageSize, type Page } from './pagination.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';

export async function listReports(
  db: Db,
  args: {
    region?: string | null;
    year?: number | null;
    month?: number | null;
    latestOnly: boolean;
    first?: number | null;
    after?: string | null;
  },
): Promise<Page<reads.SpendingReportRow>> {
  let rootPath: string | null = null;
  if (args.region) {
    const region = await resolveRegion(db, args.region);
    if (isFieldError(region)) throw new InputError(region.code, region.field, region.message);
    rootPath = region.path;
  }
  const limit = pageSize(args.first);
  const { rows, total } = await reads.pageReports(
    db,
    { rootPath, year: args.year ?? null, month: args.month ?? null, latestOnly: args.latestOnly },
    { limit, beforeId: afterId(args.after) },
  );
  return keysetPage(rows, limit, total);
}

export function reportIdArgument(id: string): number {
  return idArgument(id, 'id') ?? 0;
}

export function lineFigures(line: { amount: Fen; spent: Fen }): {
  unspent: Fen;
  progress: number | null;
} {
  return {
    unspent: subFen(line.amount, line.spent),
    progress: progressOf(line.spent, line.amount),
  };
}
