/** Monthly spending reports and their current figures, as ../schema/spending.ts, for PostgreSQL. */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { DIRECTION_CODES, type DirectionCode } from '../../domain/directions.ts';
import { createdAt, fenColumn, idColumn, sampleFlag } from './columns.ts';
import { documents } from './documents.ts';
import { regions } from './regions.ts';

const directionCheck = (column: string) =>
  sql.raw(`${column} in (${DIRECTION_CODES.map((c) => `'${c}'`).join(', ')})`);

export const spendingReports = pgTable(
  'spending_reports',
  {
    id: idColumn(),
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

export const spendingLines = pgTable(
  'spending_lines',
  {
    id: idColumn(),
    reportId: integer('report_id')
      .notNull()
      .references(() => spendingReports.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    lineNo: integer('line_no').notNull(),
    amount: fenColumn('amount').notNull(),
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

export const spendingLineDirections = pgTable(
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

export const spendingCurrent = pgTable(
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

export const spendingDirectionCurrent = pgTable(
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
