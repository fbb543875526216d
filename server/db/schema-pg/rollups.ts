/** Per-region totals kept current with every write, as ../schema/rollups.ts, for PostgreSQL. */
import { integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { fenColumn } from './columns.ts';
import { regions } from './regions.ts';

export const spendingRegionTotals = pgTable(
  'spending_region_totals',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    spent: fenColumn('spent').notNull(),
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId] })],
);

export const allocationRegionTotals = pgTable(
  'allocation_region_totals',
  {
    year: integer('year').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    allocated: fenColumn('allocated').notNull(),
    allocations: integer('allocations').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.regionId] })],
);

export const executionSubtreeTotals = pgTable(
  'execution_subtree_totals',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    allocated: fenColumn('allocated').notNull(),
    expected: integer('expected').notNull(),
    spent: fenColumn('spent').notNull(),
    reported: integer('reported').notNull(),
    reportedAllocated: fenColumn('reported_allocated').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId] })],
);
