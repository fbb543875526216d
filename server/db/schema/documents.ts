/**
 * Programs (资金项目), the notices that allocate them (指标文件) and their revisions. A document
 * is identified by its number; each differing text imported under that number is a new
 * revision, and the document points at the current one.
 */
import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { DirectionCode } from '../../domain/directions.ts';
import type { FeedbackFormLayout, PolicyReference } from '../../importer/types.ts';
import { createdAt, sampleFlag } from './columns.ts';
import { importRuns } from './imports.ts';

export const programs = sqliteTable(
  'programs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    /** Where the money comes from: `central` (中央) or `local`. */
    source: text('source').$type<'central' | 'local'>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('programs_name_year_uq').on(t.name, t.year)],
);

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    currentRevisionId: integer('current_revision_id').references(
      (): AnySQLiteColumn => documentRevisions.id,
    ),
    /** A notice the sample data imported (our own writing, not an official document). */
    isSample: sampleFlag(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('documents_number_uq').on(t.number),
    index('documents_program_idx').on(t.programId),
  ],
);

export const documentRevisions = sqliteTable(
  'document_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    issuers: text('issuers', { mode: 'json' }).$type<string[]>().notNull(),
    issuedOn: text('issued_on'),
    year: integer('year').notNull(),
    /** 第二批 → 2, 提前下达 → 0, null when the notice names no batch. */
    batch: integer('batch'),
    upstreamNumber: text('upstream_number'),
    policyReferences: text('policy_references', { mode: 'json' })
      .$type<PolicyReference[]>()
      .notNull(),
    directFundCode: text('direct_fund_code'),
    directFundName: text('direct_fund_name'),
    revenueSubjectCode: text('revenue_subject_code'),
    revenueSubjectName: text('revenue_subject_name'),
    expenditureSubjectCode: text('expenditure_subject_code'),
    expenditureSubjectName: text('expenditure_subject_name'),
    spendingDirections: text('spending_directions', { mode: 'json' })
      .$type<DirectionCode[]>()
      .notNull(),
    /** The unit the notice's tables are written in (万元 or 元); stored amounts are fen. */
    amountUnit: text('amount_unit').notNull(),
    feedbackForm: text('feedback_form', { mode: 'json' }).$type<FeedbackFormLayout | null>(),
    rawText: text('raw_text').notNull(),
    /** SHA-256 of the raw text: the same file imported again is recognised and changes nothing. */
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
