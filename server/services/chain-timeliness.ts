/**
 * A target sheet's 时效指标 of the form `收到补助资金后N日内`, evaluated from the allocation
 * chain (days from the upstream notice to the region's own notice, or still waiting) instead
 * of a typed-in result. Only for a region that passes money on and whose upstream notice is
 * imported; otherwise null and the reported result decides, as before. Three statements for
 * a whole comparison, whatever the number of regions; none when no cell has such a target.
 */
import type { Db } from '../db/connection.ts';
import type { IndicatorStatus } from '../domain/indicator-evaluation.ts';
import type { SheetIndicatorRow } from '../repositories/document-reads.repo.ts';
import { regionsPassingOn } from '../repositories/chain.repo.ts';
import { chainDetailsOfRegions } from './chain-reads.service.ts';

const RECEIPT = /收到.*资金/;

type DeadlineTarget = Pick<
  SheetIndicatorRow,
  'targetKind' | 'targetValue' | 'targetUnit' | 'targetReference'
>;

/** N of a `收到…资金后N日内` target, or null for any other target. */
function receiptDays(indicator: DeadlineTarget): number | null {
  if (indicator.targetKind !== 'DEADLINE' || indicator.targetValue === null) return null;
  if (indicator.targetUnit !== '日' || !RECEIPT.test(indicator.targetReference ?? '')) return null;
  return indicator.targetValue;
}

/**
 * For cells (region × indicator), the status from the chain where it applies, by position
 * (null elsewhere).
 */
export async function chainDeadlineStatuses(
  db: Db,
  cells: { regionId: number; indicator: DeadlineTarget }[],
  year: number,
  now: Date,
): Promise<(IndicatorStatus | null)[]> {
  const regionIds = [
    ...new Set(cells.filter((c) => receiptDays(c.indicator) !== null).map((c) => c.regionId)),
  ];
  // Most notices set no such target: then nothing to read.
  if (regionIds.length === 0) return cells.map(() => null);
  const passingOn = await regionsPassingOn(db, regionIds);
  const query = {
    year,
    month: 12,
    region: null,
    programId: null,
    asOf: now.toISOString().slice(0, 10),
    limitDays: 30,
  };
  // Timeliness needs no stored figures: unallocated only decides a warning, not read here.
  const figures = await chainDetailsOfRegions(
    db,
    passingOn.map((region) => ({ region, unallocated: null })),
    query,
  );
  return cells.map((cell) => {
    const limit = receiptDays(cell.indicator);
    const chain = figures.get(cell.regionId);
    if (limit === null || !chain?.timeliness) return null;
    // The sheet's own N is the limit: the waited days against it.
    const { days } = chain.timeliness;
    if (days === null) return 'PENDING';
    if (days > limit) return 'NOT_MET';
    return chain.daysWaiting === null ? 'MET' : 'PENDING';
  });
}
