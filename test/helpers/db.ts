/** An in-memory database built from the real migrations, and the seed notice. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../server/db/connection.ts';
import { systemActor } from '../../server/services/actor.ts';

const here = dirname(fileURLToPath(import.meta.url));

export const SEED_NOTICE_PATH = resolve(here, '../../samples/changji-2022-batch2-notice.txt');

export function seedNoticeText(): string {
  return readFileSync(SEED_NOTICE_PATH, 'utf8');
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(here, '../fixtures/notices', name), 'utf8');
}

export async function testDb(): Promise<Db> {
  return await openDatabase(':memory:');
}

/**
 * Row counts of every data table: "nothing was written" is these being equal before and after.
 * The audit trail is left out: a refused attempt is meant to leave its row (see auditCount);
 * so are the sign-in limits, which count every password guess (auth/login-limiter.ts).
 */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not in ('audit_log', 'sign_in_limits')",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
    ]),
  );
}

/** The system acting in tests that call services directly (the CLI's rights). */
export const TEST_ACTOR = systemActor('test');

export function auditCount(db: Db): number {
  return (db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
}
