import type { Resolvers } from '../generated/resolvers-types.ts';
import { dataStatus } from '../../services/status.service.ts';

export const statusResolvers: Resolvers = {
  Query: {
    health: () => true,
    dataStatus: (_, __, { db }) => dataStatus(db),
  },
};
