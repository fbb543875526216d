/** Fills the subtree totals once for a database written before they existed. */
import { writeTransaction, type Db } from '../db/connection.ts';
import * as rollupsRepo from '../repositories/rollups.repo.ts';

export async function fillSubtreeTotalsIfEmpty(db: Db): Promise<void> {
  if ((await rollupsRepo.periodsWithoutSubtreeTotals(db)).length === 0) return;
  await writeTransaction(db, async (tx) => {
    // Asked again under the write lock: a second server starting on the same PostgreSQL
    // database may have filled them meanwhile.
    await rollupsRepo.refreshSubtreeTotals(tx, await rollupsRepo.periodsWithoutSubtreeTotals(tx));
  });
}
