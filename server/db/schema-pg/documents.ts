/** Programs, notices and their revisions, as ../schema/documents.ts: the same tables for PostgreSQL. */
import {
  index,
  integer,
  json,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { DirectionCode } from '../../domain/directions.ts';
import type { FeedbackFormLayout, PolicyReference } from '../../importer/types.ts';
import { createdAt, idColumn, sampleFlag } from './columns.ts';
import { importRuns } from './imports.ts';

export const programs = pgTable(
  'programs',
  {
    id: idColumn(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    source: text('source').$type<'central' | 'local'>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('programs_name_year_uq').on(t.name, t.year)],
);

export const documents = pgTable(
  'documents',
  {
    id: idColumn(),
    number: text('number').notNull(),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    currentRevisionId: integer('current_revision_id').references(
      (): AnyPgColumn => documentRevisions.id,
    ),
    isSample: sampleFlag(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('documents_number_uq').on(t.number),
    index('documents_program_idx').on(t.programId),
  ],
);

// JSON columns are `json` (the text as written, keys in their order), not `jsonb`.
export const documentRevisions = pgTable(
  'document_revisions',
  {
    id: idColumn(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    issuers: json('issuers').$type<string[]>().notNull(),
    issuedOn: text('issued_on'),
    year: integer('year').notNull(),
    batch: integer('batch'),
    upstreamNumber: text('upstream_number'),
    policyReferences: json('policy_references').$type<PolicyReference[]>().notNull(),
    directFundCode: text('direct_fund_code'),
    directFundName: text('direct_fund_name'),
    revenueSubjectCode: text('revenue_subject_code'),
    revenueSubjectName: text('revenue_subject_name'),
    expenditureSubjectCode: text('expenditure_subject_code'),
    expenditureSubjectName: text('expenditure_subject_name'),
    spendingDirections: json('spending_directions').$type<DirectionCode[]>().notNull(),
    amountUnit: text('amount_unit').notNull(),
    feedbackForm: json('feedback_form').$type<FeedbackFormLayout | null>(),
    rawText: text('raw_text').notNull(),
    textHash: text('text_hash').notNull(),
    importRunId: integer('import_run_id')
      .notNull()
      .references(() => importRuns.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_revisions_document_revision_uq').on(t.documentId, t.revision),
    uniqueIndex('document_revisions_document_hash_uq').on(t.documentId, t.textHash),
    index('document_revisions_year_idx').on(t.year),
  ],
);
