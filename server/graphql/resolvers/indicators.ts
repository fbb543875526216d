import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  indicatorComparison,
  recordIndicatorResult,
  regionIndicators,
} from '../../services/indicators.service.ts';
import { regionOf, targetOf } from './shared.ts';

export const indicatorResolvers: Resolvers = {
  Query: {
    indicatorComparison: (_, { documentNumber }, { db }) => indicatorComparison(db, documentNumber),
    regionIndicators: (_, { region, documentNumber }, { db }) =>
      regionIndicators(db, region, documentNumber),
  },
  Mutation: {
    recordIndicatorResult: (_, { input }, { db, now, actor }) =>
      recordIndicatorResult(db, input, { actor, now }),
  },
  IndicatorComparisonRow: {
    regions: (row) => row.cells,
  },
  IndicatorRegionCell: {
    region: (cell, _, { loaders }) => regionOf(loaders, cell.regionId),
    indicator: (cell) => cell.indicator,
    target: (cell) => targetOf(cell.indicator),
  },
  IndicatorResult: {
    id: (r) => String(r.id),
  },
};
