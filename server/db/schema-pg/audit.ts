/**
 * The audit trail, as ../schema/audit.ts, for PostgreSQL. Append-only: trigger functions
 * (drizzle-pg custom migration audit_log_append_only) make the database refuse UPDATE, DELETE
 * and TRUNCATE on it.
 */
import { index, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import type { AuditOutcome } from '../schema/audit.ts';
import { idColumn } from './columns.ts';

export type { AuditOutcome };

export const auditLog = pgTable(
  'audit_log',
  {
    id: idColumn(),
    /** UTC, ISO 8601 with milliseconds, as text (identical to SQLite's). */
    at: text('at').notNull(),
    accountId: integer('account_id'),
    actor: text('actor').notNull(),
    role: text('role').notNull(),
    via: text('via').notNull(),
    operation: text('operation').notNull(),
    object: text('object').notNull(),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    code: text('code'),
    summary: json('summary').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actor, t.id),
    index('audit_log_operation_idx').on(t.operation, t.id),
  ],
);
