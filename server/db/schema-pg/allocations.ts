/** The allocation table (附件1), as ../schema/allocations.ts: the same table for PostgreSQL. */
import { boolean, index, integer, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { fenColumn, idColumn } from './columns.ts';
import { documentRevisions } from './documents.ts';
import { regions } from './regions.ts';

export const allocations = pgTable(
  'allocations',
  {
    id: idColumn(),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => documentRevisions.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    rowNo: integer('row_no').notNull(),
    annualTotal: fenColumn('annual_total').notNull(),
    earlyAdvance: fenColumn('early_advance'),
    priorBatches: fenColumn('prior_batches'),
    thisBatch: fenColumn('this_batch').notNull(),
    isSubtotal: boolean('is_subtotal').notNull(),
    isOwnUse: boolean('is_own_use').notNull().default(false),
  },
  (t) => [
    uniqueIndex('allocations_revision_region_uq').on(t.revisionId, t.regionId, t.isOwnUse),
    index('allocations_region_revision_idx').on(
      t.regionId,
      t.revisionId,
      t.isSubtotal,
      t.annualTotal,
    ),
  ],
);
