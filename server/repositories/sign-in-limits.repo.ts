/** Counters of failed password checks by scope (auth/login-limiter.ts). */
import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { signInLimits } from '../db/schema/index.ts';

export type SignInLimitRow = typeof signInLimits.$inferSelect;

export function limitsOf(db: Db, scopes: readonly string[]): SignInLimitRow[] {
  return db
    .select()
    .from(signInLimits)
    .where(inArray(signInLimits.scope, [...scopes]))
    .all();
}

export function saveLimit(db: Db, row: SignInLimitRow): void {
  db.insert(signInLimits)
    .values(row)
    .onConflictDoUpdate({
      target: signInLimits.scope,
      set: {
        failures: row.failures,
        windowStartedAt: row.windowStartedAt,
        lockedUntil: row.lockedUntil,
        locks: row.locks,
      },
    })
    .run();
}

export function deleteLimit(db: Db, scope: string): void {
  db.delete(signInLimits).where(eq(signInLimits.scope, scope)).run();
}

/** Gives back one counted attempt (it turned out to be a success). */
export function uncount(db: Db, scope: string): void {
  db.update(signInLimits)
    .set({ failures: sql`max(${signInLimits.failures} - 1, 0)` })
    .where(eq(signInLimits.scope, scope))
    .run();
}

/** Forgets windows that ended long ago and are not locked. */
export function deleteStale(db: Db, beforeMs: number): void {
  db.delete(signInLimits)
    .where(
      sql`${lt(signInLimits.windowStartedAt, beforeMs)} and ${signInLimits.lockedUntil} < ${beforeMs}`,
    )
    .run();
}
