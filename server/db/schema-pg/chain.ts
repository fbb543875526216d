/** The allocation chain and recorded receipts, as ../schema/chain.ts, for PostgreSQL. */
import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, fenColumn } from './columns.ts';
import { documents, programs } from './documents.ts';
import { regions } from './regions.ts';

export const fundYearRegions = pgTable(
  'fund_year_regions',
  {
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    year: integer('year').notNull(),
    received: fenColumn('received'),
    passedDown: fenColumn('passed_down').notNull(),
    kept: fenColumn('kept').notNull(),
    counted: fenColumn('counted').notNull(),
    hasOwnNotice: boolean('has_own_notice').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.regionId] })],
);

export const fundReceipts = pgTable(
  'fund_receipts',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    receivedOn: text('received_on').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.regionId] })],
);
