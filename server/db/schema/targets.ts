/**
 * Performance targets (附件3 区域绩效目标表) and results. Indicators are identified across
 * regions and years by their name (the reliable part of the garbled tables); each sheet row
 * keeps the levels as decided, the labels as the sheet wrote them, and the target as parsed.
 */
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Level1, Level2 } from '../../domain/framework.ts';
import type { TargetKind, TargetOp } from '../../importer/target-value.ts';
import { createdAt, fenColumn, sampleFlag } from './columns.ts';
import { documentRevisions } from './documents.ts';
import { regions } from './regions.ts';

export const targetSheets = sqliteTable(
  'target_sheets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => documentRevisions.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    /** The region as the sheet title wrote it (`木垒县`). */
    writtenRegion: text('written_region').notNull(),
    year: integer('year'),
    projectName: text('project_name'),
    /** Department rows: 自治区主管部门, 地级财政部门, 地级主管部门 → their values. */
    departments: text('departments', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    fundTotal: fenColumn('fund_total'),
    centralFunds: fenColumn('central_funds'),
    /** Null when the sheet leaves 地方资金 blank. */
    localFunds: fenColumn('local_funds'),
  },
  (t) => [uniqueIndex('target_sheets_revision_region_uq').on(t.revisionId, t.regionId)],
);

export const targetGoals = sqliteTable(
  'target_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sheetId: integer('sheet_id')
      .notNull()
      .references(() => targetSheets.id),
    ordinal: integer('ordinal').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('target_goals_sheet_ordinal_uq').on(t.sheetId, t.ordinal)],
);

/** The catalogue of indicators by name: what results and comparisons refer to. */
export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Name as first written. */
    name: text('name').notNull(),
    /** Compact NFKC form of the name: the same indicator however its punctuation was written. */
    nameKey: text('name_key').notNull(),
  },
  (t) => [uniqueIndex('indicators_name_key_uq').on(t.nameKey)],
);

export const sheetIndicators = sqliteTable(
  'sheet_indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sheetId: integer('sheet_id')
      .notNull()
      .references(() => targetSheets.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    level1: text('level1').$type<Level1>().notNull(),
    level2: text('level2').$type<Level2>(),
    /** The labels as this sheet placed them, before the levels were decided across sheets. */
    writtenLevel1: text('written_level1').$type<Level1>(),
    writtenLevel2: text('written_level2').$type<Level2>(),
    targetText: text('target_text').notNull(),
    targetKind: text('target_kind').$type<TargetKind>().notNull(),
    targetOp: text('target_op').$type<TargetOp>(),
    targetValue: real('target_value'),
    targetUnit: text('target_unit'),
    /** For deadlines: the event counted from (收到补助资金) or the due date. */
    targetReference: text('target_reference'),
  },
  (t) => [
    uniqueIndex('sheet_indicators_sheet_ordinal_uq').on(t.sheetId, t.ordinal),
    index('sheet_indicators_indicator_idx').on(t.indicatorId, t.sheetId),
  ],
);

/** What a region achieved on an indicator in a year; each report is kept, the latest counts. */
export const indicatorResults = sqliteTable(
  'indicator_results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    /** The achieved figure for numeric targets (90 for 90 %). */
    value: real('value'),
    /** The result as reported, in words (`已按时发放`). */
    text: text('text'),
    /** For qualitative targets, met or not as reported. */
    outcome: text('outcome').$type<'MET' | 'PARTIAL' | 'NOT_MET'>(),
    /** For deadlines: the date it was done. */
    achievedOn: text('achieved_on'),
    reportedOn: text('reported_on').notNull(),
    reportedBy: text('reported_by').notNull(),
    isSample: sampleFlag(),
    createdAt: createdAt(),
  },
  (t) => [index('indicator_results_lookup_idx').on(t.indicatorId, t.regionId, t.year, t.id)],
);
