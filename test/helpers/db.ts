/** An in-memory database built from the real migrations, and the seed notice. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../server/db/connection.ts';
import { rowCounts } from '../../server/db/maintenance.ts';
import { systemActor } from '../../server/services/actor.ts';
import { openTestDb } from './engine.ts';

const here = dirname(fileURLToPath(import.meta.url));

export const SEED_NOTICE_PATH = resolve(here, '../../samples/changji-2022-batch2-notice.txt');

export function seedNoticeText(): string {
  return readFileSync(SEED_NOTICE_PATH, 'utf8');
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(here, '../fixtures/notices', name), 'utf8');
}

/** A new database on the engine the suite runs on (helpers/engine.ts). */
export async function testDb(): Promise<Db> {
  return await openTestDb();
}

/**
 * Row counts of every data table: "nothing was written" is these being equal before and after.
 * The audit trail is left out: a refused attempt is meant to leave its row (see auditCount);
 * so are the sign-in limits, which count every password guess (auth/login-limiter.ts).
 */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts = await rowCounts(db);
  delete counts.audit_log;
  delete counts.sign_in_limits;
  return counts;
}

/** The system acting in tests that call services directly (the CLI's rights). */
export const TEST_ACTOR = systemActor('test');

export async function auditCount(db: Db): Promise<number> {
  return (await rowCounts(db)).audit_log ?? 0;
}
