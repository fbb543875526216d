/** Each import that stored something and its warnings, as ../schema/imports.ts, for PostgreSQL. */
import { index, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import type { Severity } from '../../importer/types.ts';
import { createdAt, idColumn } from './columns.ts';
import { regions } from './regions.ts';

export const importRuns = pgTable('import_runs', {
  id: idColumn(),
  sourceName: text('source_name').notNull(),
  textHash: text('text_hash').notNull(),
  documentNumber: text('document_number').notNull(),
  outcome: text('outcome').$type<'created' | 'revised'>().notNull(),
  importedBy: text('imported_by').notNull(),
  // `json`, not `jsonb`: the text is kept as written, so keys come back in their order.
  summary: json('summary').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

export const importWarnings = pgTable(
  'import_warnings',
  {
    id: idColumn(),
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
