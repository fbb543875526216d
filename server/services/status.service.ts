/** What the database holds: the dashboard's default period and its sample-data mark. */
import type { Db } from '../db/connection.ts';
import * as statusRepo from '../repositories/status.repo.ts';

export async function dataStatus(db: Db) {
  return {
    latestPeriod: await statusRepo.latestReportedPeriod(db),
    years: await statusRepo.documentYears(db),
    hasSampleData: await statusRepo.hasSampleData(db),
  };
}
