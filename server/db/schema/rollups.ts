/**
 * Per-region totals that every national figure starts from, kept current in the same
 * transaction as the write that changes them: the spending of a region's latest reports by
 * month (spending_current summed, funds of the report's year only) and a region's allocation
 * by year (current revisions, subtotal rows excluded). A national sum then reads one row per
 * county instead of one per county and fund. Figures filtered to one program or notice read
 * the finer tables, which are small per fund.
 */
import { integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { fenColumn } from './columns.ts';
import { regions } from './regions.ts';

export const spendingRegionTotals = sqliteTable(
  'spending_region_totals',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    spent: fenColumn('spent').notNull(),
    /** How many current lines the sum covers (a row exists only when there is one). */
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId] })],
);

export const allocationRegionTotals = sqliteTable(
  'allocation_region_totals',
  {
    year: integer('year').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    allocated: fenColumn('allocated').notNull(),
    /** How many current allocation rows the sum covers. */
    allocations: integer('allocations').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.regionId] })],
);

/**
 * What every region's whole subtree adds up to (the region itself included), by year and month:
 * the figures of an execution node, for all funds of the year. Kept bottom-up in the same write
 * transaction as the per-region totals above (a region's row = its own totals + its children's
 * rows), so a national, provincial or prefectural figure is one row, not a fold over thousands.
 * A row exists when something under the region was allocated or reported that year and month;
 * the allocation columns repeat in each month's row (the tree's allocation is yearly).
 */
export const executionSubtreeTotals = sqliteTable(
  'execution_subtree_totals',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    allocated: fenColumn('allocated').notNull(),
    /** Regions of the subtree with money counted at them: those expected to report. */
    expected: integer('expected').notNull(),
    spent: fenColumn('spent').notNull(),
    /** Regions of the subtree with a report for the month. */
    reported: integer('reported').notNull(),
    /** The allocation of the regions that reported: what their spending compares with. */
    reportedAllocated: fenColumn('reported_allocated').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId] })],
);
