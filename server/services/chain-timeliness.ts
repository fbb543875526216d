/**
 * A target sheet's 时效指标 of the form `收到补助资金后N日内`, evaluated from the allocation
 * chain (days from the upstream notice to the region's own notice, or still waiting) instead
 * of a typed-in result. Only for a region that passes money on and whose upstream notice is
 * imported; otherwise null and the reported result decides, as before.
 */
import type { Db } from '../db/connection.ts';
import type { IndicatorStatus } from '../domain/indicator-evaluation.ts';
import type { SheetIndicatorRow } from '../repositories/document-reads.repo.ts';
import { regionById } from '../repositories/regions.repo.ts';
import { chainFigures } from './chain-reads.service.ts';

const RECEIPT = /收到.*资金/;

export function chainDeadlineStatus(
  db: Db,
  indicator: Pick<
    SheetIndicatorRow,
    'targetKind' | 'targetValue' | 'targetUnit' | 'targetReference'
  >,
  regionId: number,
  year: number,
  now: Date = new Date(),
): IndicatorStatus | null {
  if (indicator.targetKind !== 'DEADLINE' || indicator.targetValue === null) return null;
  if (indicator.targetUnit !== '日' || !RECEIPT.test(indicator.targetReference ?? '')) return null;
  const region = regionById(db, regionId);
  if (!region || region.level === 'county') return null;
  const timeliness = chainFigures(db, region, {
    year,
    month: 12,
    region: null,
    programId: null,
    asOf: now.toISOString().slice(0, 10),
    limitDays: indicator.targetValue,
  }).timeliness;
  return timeliness?.status ?? null;
}
