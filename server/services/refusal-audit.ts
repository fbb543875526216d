/**
 * The audit row of a refused read (a route's gate, or a query's FORBIDDEN field): reads write
 * nothing else, so without this a refused look at the audit trail or the accounts would leave
 * no trace. One REFUSED row, in its own IMMEDIATE transaction.
 */
import type { AuditContext } from './audit.service.ts';
import { audited } from './audit.service.ts';
import { identityOnlyWrites, type Db } from '../db/connection.ts';

export async function auditRefusal(
  db: Db,
  context: AuditContext,
  operation: string,
  object: string,
  code: string,
  message?: string,
): Promise<void> {
  try {
    await identityOnlyWrites(() =>
      audited(db, context, operation, object.slice(0, 200), (_tx, note) => {
        note.refusedCode = code;
        if (message) note.summary = { message };
        return Promise.resolve();
      }),
    );
  } catch {
    // An unwritable database must not turn a refusal into a 500; /health reports it.
  }
}
