/**
 * Monthly spending reports (附件4 跟踪反馈表). A resubmission for the same region and month adds
 * a version; nothing is overwritten. `spending_current` and `spending_direction_current` hold
 * the latest version's figures, one row per region × month × fund (or direction): every
 * dashboard sum reads them, and they are rewritten in the same transaction as the report.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { DIRECTION_CODES, type DirectionCode } from '../../domain/directions.ts';
import { createdAt, fenColumn, sampleFlag } from './columns.ts';
import { documents } from './documents.ts';
import { regions } from './regions.ts';

const directionCheck = (column: string) =>
  sql.raw(`${column} in (${DIRECTION_CODES.map((c) => `'${c}'`).join(', ')})`);

export const spendingReports = sqliteTable(
  'spending_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    version: integer('version').notNull(),
    submittedBy: text('submitted_by').notNull(),
    isSample: sampleFlag(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('spending_reports_region_period_version_uq').on(
      t.regionId,
      t.year,
      t.month,
      t.version,
    ),
    index('spending_reports_period_idx').on(t.year, t.month),
    check('spending_reports_month_ck', sql`${t.month} between 1 and 12`),
  ],
);

export const spendingLines = sqliteTable(
  'spending_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => spendingReports.id),
    /** The fund, named on the form by the number of the notice that allocated it. */
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    lineNo: integer('line_no').notNull(),
    /** 资金金额: the amount received, as the allocation stood when the report was filed. */
    amount: fenColumn('amount').notNull(),
    /** 实际支出金额: cumulative to the month's end, from treasury payment data. */
    spent: fenColumn('spent').notNull(),
    reason: text('reason'),
    measures: text('measures'),
    measuresDueOn: text('measures_due_on'),
  },
  (t) => [
    uniqueIndex('spending_lines_report_document_uq').on(t.reportId, t.documentId),
    check('spending_lines_spent_ck', sql`${t.spent} >= 0`),
  ],
);

export const spendingLineDirections = sqliteTable(
  'spending_line_directions',
  {
    lineId: integer('line_id')
      .notNull()
      .references(() => spendingLines.id),
    direction: text('direction').$type<DirectionCode>().notNull(),
    spent: fenColumn('spent').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lineId, t.direction] }),
    check('spending_line_directions_direction_ck', directionCheck('direction')),
  ],
);

export const spendingCurrent = sqliteTable(
  'spending_current',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    reportId: integer('report_id')
      .notNull()
      .references(() => spendingReports.id),
    amount: fenColumn('amount').notNull(),
    spent: fenColumn('spent').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.month, t.regionId, t.documentId] }),
    index('spending_current_region_idx').on(t.regionId, t.year, t.month),
    index('spending_current_document_idx').on(t.documentId, t.year, t.month, t.regionId, t.spent),
  ],
);

export const spendingDirectionCurrent = sqliteTable(
  'spending_direction_current',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    direction: text('direction').$type<DirectionCode>().notNull(),
    spent: fenColumn('spent').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId, t.documentId, t.direction] })],
);
