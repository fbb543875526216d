/** The allocation table (附件1): one row per region and document revision, amounts in fen. */
import { index, integer, sqliteTable, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fenColumn } from './columns.ts';
import { documentRevisions } from './documents.ts';
import { regions } from './regions.ts';

export const allocations = sqliteTable(
  'allocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => documentRevisions.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    rowNo: integer('row_no').notNull(),
    /** col 2 中央全年实际下达资金合计 */
    annualTotal: fenColumn('annual_total').notNull(),
    /** col 3 年初提前下达资金; null when the table has no such column. */
    earlyAdvance: fenColumn('early_advance'),
    /** Batches between the early advance and this one, when a table lists them. */
    priorBatches: fenColumn('prior_batches'),
    /** col 4 此次下达资金; negative for a clawback. */
    thisBatch: fenColumn('this_batch').notNull(),
    // A row that totals other rows (the prefecture's): kept as written, never added to sums
    // of its children, or the prefecture would be counted twice.
    isSubtotal: integer('is_subtotal', { mode: 'boolean' }).notNull(),
    // A row for the issuer's own use (`市本级`, `州本级`): money kept, not passed down. The
    // issuer can then have two rows in one table (its 合计 row and its 本级 row).
    isOwnUse: integer('is_own_use', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('allocations_revision_region_uq').on(t.revisionId, t.regionId, t.isOwnUse),
    // Covering index for "allocated to these regions under the current revisions".
    index('allocations_region_revision_idx').on(
      t.regionId,
      t.revisionId,
      t.isSubtotal,
      t.annualTotal,
    ),
  ],
);
