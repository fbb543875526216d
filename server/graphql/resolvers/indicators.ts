import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  indicatorComparison,
  recordIndicatorResult,
  regionIndicators,
} from '../../services/indicators.service.ts';
import { nextUtcDay, nowUntil } from '../clock.ts';
import { targetOf } from './shared.ts';

export const indicatorResolvers: Resolvers = {
  Query: {
    // A 收到补助资金后N日内 target is judged as of today: the answer changes at midnight.
    indicatorComparison: (_, { documentNumber }, { db, clock }) =>
      indicatorComparison(db, documentNumber, nowUntil(clock, nextUtcDay)),
    regionIndicators: (_, { region, documentNumber }, { db, clock }) =>
      regionIndicators(db, region, documentNumber, nowUntil(clock, nextUtcDay)),
  },
  Mutation: {
    recordIndicatorResult: (_, { input }, { db, now, actor }) =>
      recordIndicatorResult(db, input, { actor, now }),
  },
  IndicatorComparisonRow: {
    regions: (row) => row.cells,
  },
  IndicatorRegionCell: {
    region: (cell) => cell.region,
    indicator: (cell) => cell.indicator,
    target: (cell) => targetOf(cell.indicator),
  },
  IndicatorResult: {
    id: (r) => String(r.id),
  },
};
