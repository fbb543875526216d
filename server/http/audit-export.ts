/**
 * GET /audit/export.csv (ADMIN): the audit trail as CSV, oldest first, with the same filters as
 * the API (actor, operation, outcome, from, to). UTF-8 with a BOM so Excel reads the Chinese;
 * written batch by batch, so a trail of years streams without being held in memory.
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/connection.ts';
import type { AuditOutcome } from '../db/schema/index.ts';
import type { AccountActor } from '../services/actor.ts';
import type { AuditRow } from '../repositories/audit.repo.ts';
import { auditExport } from '../services/audit.service.ts';
import { InputError } from '../services/errors.ts';
import { sendJson } from './json-body.ts';

const COLUMNS = [
  'id',
  'at',
  'actor',
  'role',
  'via',
  'operation',
  'object',
  'outcome',
  'code',
  'summary',
];

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote always; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const OUTCOMES = new Set<string>(['OK', 'REFUSED', 'FAILED']);

export async function handleAuditExport(
  req: IncomingMessage,
  res: ServerResponse,
  db: Db,
  actor: AccountActor,
): Promise<void> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const outcome = params.get('outcome');
  const filter = {
    actor: params.get('actor'),
    operation: params.get('operation'),
    outcome: outcome && OUTCOMES.has(outcome) ? (outcome as AuditOutcome) : null,
    from: params.get('from'),
    to: params.get('to'),
  };
  let batches: AsyncGenerator<AuditRow[]>;
  let first: IteratorResult<AuditRow[]>;
  try {
    batches = auditExport(db, actor, filter);
    first = await batches.next();
  } catch (e) {
    if (e instanceof InputError)
      return sendJson(res, e.code === 'FORBIDDEN' ? 403 : 400, {
        error: { code: e.code, message: e.message },
      });
    throw e;
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="audit-log.csv"',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.write(`\uFEFF${COLUMNS.join(',')}\r\n`);
  for (let batch = first; !batch.done; batch = await batches.next()) {
    const lines = batch.value.map((row) =>
      [
        row.id,
        row.at,
        row.actor,
        row.role,
        row.via,
        row.operation,
        row.object,
        row.outcome,
        row.code,
        JSON.stringify(row.summary),
      ]
        .map(csvField)
        .join(','),
    );
    // Wait for the client to take a batch before reading the next: memory stays one batch.
    if (!res.write(`${lines.join('\r\n')}\r\n`)) {
      await Promise.race([once(res, 'drain'), once(res, 'close')]);
      if (res.destroyed) return; // The client went away.
    }
  }
  res.end();
}
