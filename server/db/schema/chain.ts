/**
 * The allocation chain of a fund-year (a program) per region, kept current in the write
 * transaction of every notice import (services/fund-year-chain.service.ts). `counted` is the
 * money that stopped at this region under the counting rule (README: Batches and levels):
 * summed over a subtree it gives every yuan once, at the lowest level it reached.
 */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, fenColumn } from './columns.ts';
import { documents, programs } from './documents.ts';
import { regions } from './regions.ts';

export const fundYearRegions = sqliteTable(
  'fund_year_regions',
  {
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    year: integer('year').notNull(),
    /** 上级下达: in force from the upstream notices' rows for this region; null when none. */
    received: fenColumn('received'),
    /** 分配下级: in force from this region's own notices' rows for its children. */
    passedDown: fenColumn('passed_down').notNull(),
    /** 本级: in force from this region's own-use rows. */
    kept: fenColumn('kept').notNull(),
    /** The money counted at this region itself (see the file comment). */
    counted: fenColumn('counted').notNull(),
    /** Whether this region has issued a notice of the fund-year. */
    hasOwnNotice: integer('has_own_notice', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.regionId] })],
);

/**
 * When a region's bureau recorded receiving an upstream notice's money (收到补助资金): the
 * 30-day rule counts from this date when it is recorded, else from the notice's issue date.
 * One row per notice and region; recording again replaces the date (the audit trail keeps
 * every change).
 */
export const fundReceipts = sqliteTable(
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
