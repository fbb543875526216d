/** The administrative tree (行政区划), as ../schema/regions.ts: the same tables for PostgreSQL. */
import { index, integer, pgTable, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { RegionLevel } from '../../domain/region-names.ts';
import { createdAt, idColumn, textCollateC } from './columns.ts';

export const regions = pgTable(
  'regions',
  {
    id: idColumn(),
    name: text('name').notNull(),
    level: text('level').$type<RegionLevel>().notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => regions.id),
    // Materialised path of ids (`/1/5/`): a subtree is one indexed prefix range. Compared
    // byte by byte (COLLATE "C", as SQLite compares text) whatever the database's locale:
    // then `path LIKE '/1/5/%'` and ranges use the plain index, and no locale reorders `/`.
    path: textCollateC('path').notNull(),
    depth: integer('depth').notNull(),
    code: text('code'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('regions_parent_name_uq').on(t.parentId, t.name),
    index('regions_path_idx').on(t.path),
    uniqueIndex('regions_code_uq').on(t.code),
  ],
);

export const regionAliases = pgTable(
  'region_aliases',
  {
    id: idColumn(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    alias: text('alias').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('region_aliases_alias_region_uq').on(t.alias, t.regionId)],
);
