/**
 * Keeps the allocation chain (fund_year_regions) and the yearly region totals that sum it
 * current, inside the caller's write transaction: after a notice or its revision is stored,
 * for every fund-year that has rows for the touched regions.
 */
import { writeTransaction, type Db } from '../db/connection.ts';
import { regionChainFigures } from '../domain/allocation-chain.ts';
import * as chainRepo from '../repositories/chain.repo.ts';
import * as rollupsRepo from '../repositories/rollups.repo.ts';

export async function refreshChain(tx: Db, programId: number, regionIds: number[]): Promise<void> {
  const touched = [...new Set(regionIds)];
  const rows = await chainRepo.chainRows(tx, programId, touched);
  await chainRepo.replaceChainFigures(
    tx,
    programId,
    rows[0]?.year ?? (await chainRepo.programYear(tx, programId)),
    touched,
    touched.map((id) => regionChainFigures(id, rows)),
  );
}

/**
 * The chain of a fund-year (an imported notice's program) for the regions the notice touched,
 * then their yearly totals. Without a program: every fund-year touching the regions.
 */
export async function refreshChainAndTotals(
  tx: Db,
  regionIds: number[],
  programId?: number,
): Promise<void> {
  if (regionIds.length === 0) return;
  const programs =
    programId === undefined ? await chainRepo.programsTouching(tx, regionIds) : [programId];
  for (const program of programs) await refreshChain(tx, program, regionIds);
  await rollupsRepo.refreshAllocationTotals(tx, regionIds);
}

/** Fills the chain of a database whose notices were imported before the chain existed. */
export async function fillChainIfEmpty(db: Db): Promise<void> {
  if ((await chainRepo.chainRowCount(db)) > 0) return;
  const programs = await chainRepo.programsWithAllocations(db);
  if (programs.length === 0) return;
  await writeTransaction(db, async (tx) => {
    const all: number[] = [];
    for (const programId of programs) {
      const regionIds = await chainRepo.regionsOfProgram(tx, programId);
      await refreshChain(tx, programId, regionIds);
      all.push(...regionIds);
    }
    await rollupsRepo.refreshAllocationTotals(tx, all);
  });
}
