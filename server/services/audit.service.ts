/**
 * Every change, and every refused attempt, leaves exactly one row in the audit trail,
 * written in the same transaction as the change. A refusal (InputError, ForbiddenError, or a
 * result that reports validation errors) rolls back whatever the attempt began (a savepoint)
 * but keeps its audit row; an unexpected failure rolls everything back and is then recorded
 * as FAILED on its own.
 */
import { savepoint, writeTransaction, type Db } from '../db/connection.ts';
import type { AuditOutcome } from '../db/schema/index.ts';
import * as auditRepo from '../repositories/audit.repo.ts';
import { actorName, type Actor } from './actor.ts';
import { requireRole } from './authorization.ts';
import { InputError } from './errors.ts';
import { afterId, keysetPage, pageSize, type Page } from './pagination.ts';

/** What an attempt tells the trail about itself; `object` is named as soon as it is known. */
export interface AuditNote {
  object: string;
  summary: Record<string, unknown>;
  /** Set when the attempt was refused without throwing (errors returned as data). */
  refusedCode?: string;
}

export interface AuditContext {
  actor: Actor;
  now: Date;
}

const MAX_TEXT = 200;
const MAX_ITEMS = 50;

/** Keeps summaries small: a 1 MB string in a refused input is recorded as its first 200 characters. */
export function clip(value: unknown): unknown {
  if (typeof value === 'string')
    return value.length > MAX_TEXT
      ? `${value.slice(0, MAX_TEXT)}…(${value.length} characters)`
      : value;
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map(clip);
    return value.length > MAX_ITEMS ? [...items, `…(${value.length} items)`] : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clip(v)]));
  return value;
}

function row(
  context: AuditContext,
  operation: string,
  note: AuditNote,
  outcome: AuditOutcome,
  code: string | null,
) {
  const { actor } = context;
  return {
    at: context.now.toISOString(),
    accountId: actor.kind === 'account' ? actor.accountId : null,
    actor: actorName(actor),
    role: actor.kind === 'account' ? actor.role : 'SYSTEM',
    via: actor.kind === 'account' ? actor.via : 'system',
    operation,
    object: clip(note.object) as string,
    outcome,
    code,
    summary: clip(note.summary) as Record<string, unknown>,
  };
}

/** Carries a refusal out of the savepoint, so that what the attempt began is rolled back. */
class Refused<T> extends Error {
  constructor(
    readonly value: T,
    readonly code: string,
  ) {
    super(`refused: ${code}`);
  }
}

/**
 * Runs `attempt` in one IMMEDIATE transaction and appends its audit row there. `attempt`
 * fills in `note`; it refuses by throwing an InputError (rethrown after the refusal is
 * recorded) or by setting `note.refusedCode` and returning its errors as data.
 */
export async function audited<T>(
  db: Db,
  context: AuditContext,
  operation: string,
  object: string,
  attempt: (tx: Db, note: AuditNote) => Promise<T>,
): Promise<T> {
  const note: AuditNote = { object, summary: {} };
  // Set inside the transaction callback (so an object: TypeScript cannot follow the closure).
  const refused: { error: InputError | null } = { error: null };
  let value: T;
  try {
    value = await writeTransaction(db, async (tx) => {
      try {
        // A savepoint, so a refusal undoes whatever the attempt wrote before refusing.
        const result = await savepoint(tx, async (inner) => {
          const attempted = await attempt(inner, note);
          if (note.refusedCode) throw new Refused(attempted, note.refusedCode);
          return attempted;
        });
        await auditRepo.appendAudit(tx, row(context, operation, note, 'OK', null));
        return result;
      } catch (e) {
        if (e instanceof Refused) {
          await auditRepo.appendAudit(tx, row(context, operation, note, 'REFUSED', e.code));
          return e.value as T;
        }
        if (!(e instanceof InputError)) throw e;
        // Commit the refusal's audit row; the error reaches the caller after the commit.
        refused.error = e;
        note.summary = { ...note.summary, field: e.field, message: e.message };
        await auditRepo.appendAudit(tx, row(context, operation, note, 'REFUSED', e.code));
        return undefined as T;
      }
    });
  } catch (e) {
    await recordFailure(db, context, operation, note, e);
    throw e;
  }
  if (refused.error) throw refused.error;
  return value;
}

/** The change was rolled back; the attempt is still part of the record (if the database lets us). */
async function recordFailure(
  db: Db,
  context: AuditContext,
  operation: string,
  note: AuditNote,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  try {
    await writeTransaction(db, (tx) =>
      auditRepo.appendAudit(
        tx,
        row(
          context,
          operation,
          { ...note, summary: { ...note.summary, error: message } },
          'FAILED',
          'INTERNAL',
        ),
      ),
    );
  } catch {
    // The original error matters more; it is rethrown and logged by the caller.
  }
}

export interface AuditQuery extends auditRepo.AuditFilter {
  first?: number | null;
  after?: string | null;
}

/** The trail, newest first, a page at a time (ADMIN). */
export async function listAudit(
  db: Db,
  actor: Actor,
  query: AuditQuery,
): Promise<Page<auditRepo.AuditRow>> {
  requireRole(actor, ['ADMIN'], '查看审计记录 read the audit trail');
  const limit = pageSize(query.first);
  const rows = await auditRepo.auditPage(db, query, limit + 1, afterId(query.after));
  return keysetPage(rows, limit, await auditRepo.countAudit(db, query));
}

/** Every matching row, oldest first, in batches: an export of any length in little memory. */
export async function* auditExport(
  db: Db,
  actor: Actor,
  filter: auditRepo.AuditFilter,
): AsyncGenerator<auditRepo.AuditRow[]> {
  requireRole(actor, ['ADMIN'], '导出审计记录 export the audit trail');
  for (let after = 0; ;) {
    const batch = await auditRepo.auditBatch(db, filter, after, 1000);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]?.id ?? after;
  }
}
