/**
 * The audit trail: one row per change and per refused attempt, written in the same
 * transaction as the change. Append-only: triggers (migration 0002) make the database refuse
 * UPDATE and DELETE on it, and nothing prunes it.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export type AuditOutcome = 'OK' | 'REFUSED' | 'FAILED';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** UTC, ISO 8601 with milliseconds. */
    at: text('at').notNull(),
    /** The account, when a person acted; null for the system (CLI, sample data). */
    accountId: integer('account_id'),
    /** Who, as a name that stays readable after the account is renamed: `admin`, `cli`. */
    actor: text('actor').notNull(),
    role: text('role').notNull(),
    /** Through what: `session`, `token`, `cli`, `system`. */
    via: text('via').notNull(),
    operation: text('operation').notNull(),
    /** What was acted on, e.g. `region:昌吉市 2022-09`, `report:12`, `account:li.si`. */
    object: text('object').notNull(),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    /** For a refusal, its code (FORBIDDEN, a validation code, …). */
    code: text('code'),
    /** Before and after, or what was asked and why it was refused. */
    summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actor, t.id),
    index('audit_log_operation_idx').on(t.operation, t.id),
  ],
);
