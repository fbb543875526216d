/** What the database holds: the dashboard's default period and its sample-data mark. */
import type { Db } from '../db/connection.ts';
import * as statusRepo from '../repositories/status.repo.ts';

export function dataStatus(db: Db) {
  return {
    latestPeriod: statusRepo.latestReportedPeriod(db),
    years: statusRepo.documentYears(db),
    hasSampleData: statusRepo.hasSampleData(db),
  };
}
