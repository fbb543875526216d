/** Counters of failed password checks by scope (auth/login-limiter.ts). */
import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { signInLimits } from '../db/tables.ts';

export type SignInLimitRow = typeof signInLimits.$inferSelect;

export async function limitsOf(db: Db, scopes: readonly string[]): Promise<SignInLimitRow[]> {
  return await db
    .select()
    .from(signInLimits)
    .where(inArray(signInLimits.scope, [...scopes]));
}

export async function saveLimit(db: Db, row: SignInLimitRow): Promise<void> {
  await db
    .insert(signInLimits)
    .values(row)
    .onConflictDoUpdate({
      target: signInLimits.scope,
      set: {
        failures: row.failures,
        windowStartedAt: row.windowStartedAt,
        lockedUntil: row.lockedUntil,
        locks: row.locks,
      },
    });
}

export async function deleteLimit(db: Db, scope: string): Promise<void> {
  await db.delete(signInLimits).where(eq(signInLimits.scope, scope));
}

/** Gives back one counted attempt (it turned out to be a success). */
export async function uncount(db: Db, scope: string): Promise<void> {
  await db
    .update(signInLimits)
    // `case`, not SQLite's scalar max(a, b) (PostgreSQL's is greatest): both engines know it.
    .set({
      failures: sql`case when ${signInLimits.failures} > 0 then ${signInLimits.failures} - 1 else 0 end`,
    })
    .where(eq(signInLimits.scope, scope));
}

/** Forgets windows that ended long ago and are not locked. */
export async function deleteStale(db: Db, beforeMs: number): Promise<void> {
  await db
    .delete(signInLimits)
    .where(
      sql`${lt(signInLimits.windowStartedAt, beforeMs)} and ${signInLimits.lockedUntil} < ${beforeMs}`,
    );
}
