/** Fills the subtree totals once for a database written before they existed. */
import { writeTransaction, type Db } from '../db/connection.ts';
import * as rollupsRepo from '../repositories/rollups.repo.ts';

export async function fillSubtreeTotalsIfEmpty(db: Db): Promise<void> {
  const periods = await rollupsRepo.periodsWithoutSubtreeTotals(db);
  if (periods.length === 0) return;
  await writeTransaction(db, async (tx) => {
    await rollupsRepo.refreshSubtreeTotals(tx, periods);
  });
}
