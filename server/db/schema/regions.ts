/** The administrative tree (行政区划): country → province → prefecture → county, any depth. */
import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { RegionLevel } from '../../domain/region-names.ts';
import { createdAt } from './columns.ts';

export const regions = sqliteTable(
  'regions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    level: text('level').$type<RegionLevel>().notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => regions.id),
    // Materialised path of ids (`/1/5/`): a subtree is one indexed prefix range, so
    // national sums need no recursive query.
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** 行政区划代码, when known. */
    code: text('code'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('regions_parent_name_uq').on(t.parentId, t.name),
    index('regions_path_idx').on(t.path),
    uniqueIndex('regions_code_uq').on(t.code),
  ],
);

/** Other spellings of a region: short forms (`木垒县`), names as a notice wrote them. */
export const regionAliases = sqliteTable(
  'region_aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    alias: text('alias').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('region_aliases_alias_region_uq').on(t.alias, t.regionId)],
);
