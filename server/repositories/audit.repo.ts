/** The audit trail: appended to, read in pages, never changed (the database refuses). */
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { auditLog, type AuditOutcome } from '../db/tables.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function appendAudit(db: Db, row: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}

export interface AuditFilter {
  actor?: string | null;
  operation?: string | null;
  outcome?: AuditOutcome | null;
  /** UTC ISO bounds: from inclusive, to exclusive. */
  from?: string | null;
  to?: string | null;
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actor) parts.push(eq(auditLog.actor, filter.actor));
  if (filter.operation) parts.push(eq(auditLog.operation, filter.operation));
  if (filter.outcome) parts.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** Newest first; `beforeId` continues a page. */
export async function auditPage(
  db: Db,
  filter: AuditFilter,
  limit: number,
  beforeId: number | null,
): Promise<AuditRow[]> {
  const where = and(conditions(filter), beforeId === null ? undefined : lt(auditLog.id, beforeId));
  return await db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit);
}

/** Oldest first, in batches of `size` after `afterId`: for exports of any length. */
export async function auditBatch(
  db: Db,
  filter: AuditFilter,
  afterId: number,
  size: number,
): Promise<AuditRow[]> {
  return await db
    .select()
    .from(auditLog)
    .where(and(conditions(filter), gte(auditLog.id, afterId + 1)))
    .orderBy(auditLog.id)
    .limit(size);
}

export async function countAudit(db: Db, filter: AuditFilter = {}): Promise<number> {
  return (await db.select({ n: count() }).from(auditLog).where(conditions(filter)))[0]?.n ?? 0;
}
