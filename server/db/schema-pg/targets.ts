/**
 * Performance targets and results, as ../schema/targets.ts: the same tables for PostgreSQL.
 * SQLite's `real` is an 8-byte double: here `double precision` (PostgreSQL's `real` is 4 bytes).
 */
import {
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Level1, Level2 } from '../../domain/framework.ts';
import type { TargetKind, TargetOp } from '../../importer/target-value.ts';
import { createdAt, fenColumn, idColumn, sampleFlag } from './columns.ts';
import { documentRevisions } from './documents.ts';
import { regions } from './regions.ts';

export const targetSheets = pgTable(
  'target_sheets',
  {
    id: idColumn(),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => documentRevisions.id),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    writtenRegion: text('written_region').notNull(),
    year: integer('year'),
    projectName: text('project_name'),
    // `json`: department names come back in the order the sheet listed them.
    departments: json('departments').$type<Record<string, string>>().notNull(),
    fundTotal: fenColumn('fund_total'),
    centralFunds: fenColumn('central_funds'),
    localFunds: fenColumn('local_funds'),
  },
  (t) => [uniqueIndex('target_sheets_revision_region_uq').on(t.revisionId, t.regionId)],
);

export const targetGoals = pgTable(
  'target_goals',
  {
    id: idColumn(),
    sheetId: integer('sheet_id')
      .notNull()
      .references(() => targetSheets.id),
    ordinal: integer('ordinal').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('target_goals_sheet_ordinal_uq').on(t.sheetId, t.ordinal)],
);

export const indicators = pgTable(
  'indicators',
  {
    id: idColumn(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
  },
  (t) => [uniqueIndex('indicators_name_key_uq').on(t.nameKey)],
);

export const sheetIndicators = pgTable(
  'sheet_indicators',
  {
    id: idColumn(),
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
    writtenLevel1: text('written_level1').$type<Level1>(),
    writtenLevel2: text('written_level2').$type<Level2>(),
    targetText: text('target_text').notNull(),
    targetKind: text('target_kind').$type<TargetKind>().notNull(),
    targetOp: text('target_op').$type<TargetOp>(),
    targetValue: doublePrecision('target_value'),
    targetUnit: text('target_unit'),
    targetReference: text('target_reference'),
  },
  (t) => [
    uniqueIndex('sheet_indicators_sheet_ordinal_uq').on(t.sheetId, t.ordinal),
    index('sheet_indicators_indicator_idx').on(t.indicatorId, t.sheetId),
  ],
);

export const indicatorResults = pgTable(
  'indicator_results',
  {
    id: idColumn(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    value: doublePrecision('value'),
    text: text('text'),
    outcome: text('outcome').$type<'MET' | 'PARTIAL' | 'NOT_MET'>(),
    achievedOn: text('achieved_on'),
    reportedOn: text('reported_on').notNull(),
    reportedBy: text('reported_by').notNull(),
    isSample: sampleFlag(),
    createdAt: createdAt(),
  },
  (t) => [index('indicator_results_lookup_idx').on(t.indicatorId, t.regionId, t.year, t.id)],
);
