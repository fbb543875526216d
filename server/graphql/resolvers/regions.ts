import type { RegionLevel, Resolvers } from '../generated/resolvers-types.ts';
import { regionByName, regionsList } from '../../services/regions.service.ts';

export const regionResolvers: Resolvers = {
  Query: {
    region: (_, { name }, { db }) => regionByName(db, name),
    regions: (_, { level, parent }, { db }) =>
      regionsList(db, {
        level: level ? (level.toLowerCase() as Lowercase<RegionLevel>) : null,
        parent: parent ?? null,
      }),
  },
  Region: {
    id: (r) => String(r.id),
    level: (r) => r.level.toUpperCase() as RegionLevel,
    aliases: async (r, _, { loaders }) => (await loaders.aliases.load(r.id)).map((a) => a.alias),
    parent: (r, _, { loaders }) => (r.parentId === null ? null : loaders.region.load(r.parentId)),
    children: (r, _, { loaders }) => loaders.children.load(r.id),
  },
};
