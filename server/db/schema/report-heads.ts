/**
 * The latest report of each region's month, kept current in the same transaction as every
 * write that stores or removes a report (repositories/report-heads.repo.ts): which version is
 * current, when it was filed, and when the month's first version was filed (the filing status'
 * "late" flag). The filing status then reads one row per region instead of searching every
 * region's versions twice (max version, first filing).
 */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { regions } from './regions.ts';
import { spendingReports } from './spending.ts';

export const spendingReportHeads = sqliteTable(
  'spending_report_heads',
  {
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    /** The latest version's report. */
    reportId: integer('report_id')
      .notNull()
      .references(() => spendingReports.id),
    version: integer('version').notNull(),
    /** The latest version's created_at. */
    submittedAt: text('submitted_at').notNull(),
    /** The earliest created_at among the month's versions. */
    firstSubmittedAt: text('first_submitted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.month, t.regionId] })],
);
