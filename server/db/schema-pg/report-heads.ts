/** The latest report of each region's month, as ../schema/report-heads.ts, for PostgreSQL. */
import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { regions } from './regions.ts';
import { spendingReports } from './spending.ts';

export const spendingReportHeads = pgTable(
  'spending_report_heads',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    reportId: integer('report_id')
      .notNull()
      .references(() => spendingReports.id),
    version: integer('version').notNull(),
    submittedAt: text('submitted_at').notNull(),
    firstSubmittedAt: text('first_submitted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId] })],
);
