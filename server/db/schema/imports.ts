/** Each import that stored something, and what it found wrong with the notice. */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Severity } from '../../importer/types.ts';
import { createdAt } from './columns.ts';
import { regions } from './regions.ts';

export const importRuns = sqliteTable('import_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The file name or upload name the text came from. */
  sourceName: text('source_name').notNull(),
  textHash: text('text_hash').notNull(),
  documentNumber: text('document_number').notNull(),
  /** `created` for a new document, `revised` for a new revision of a known one. */
  outcome: text('outcome').$type<'created' | 'revised'>().notNull(),
  importedBy: text('imported_by').notNull(),
  summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

export const importWarnings = sqliteTable(
  'import_warnings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importRunId: integer('import_run_id')
      .notNull()
      .references(() => importRuns.id),
    severity: text('severity').$type<Severity>().notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    regionId: integer('region_id').references(() => regions.id),
  },
  (t) => [index('import_warnings_run_idx').on(t.importRunId)],
);
