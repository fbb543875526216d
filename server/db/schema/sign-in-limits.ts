/**
 * Failed password checks, counted per scope (an account; an account from one address; one
 * address; an account's password changes), in the database so that the count survives a
 * restart and holds across processes. See auth/login-limiter.ts for the rule.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const signInLimits = sqliteTable('sign_in_limits', {
  /** `account:admin`, `pair:admin|10.0.0.1`, `address:10.0.0.1`, `change:7`. */
  scope: text('scope').primaryKey(),
  /** Attempts counted in the current window (an attempt counts before its hash is checked). */
  failures: integer('failures').notNull(),
  /** Milliseconds since the epoch: when the current window began. */
  windowStartedAt: integer('window_started_at').notNull(),
  /** Refused until then (ms since the epoch); 0 when not locked. */
  lockedUntil: integer('locked_until').notNull().default(0),
  /** Locks so far: each doubles the next lock's length (backoff), up to 32 windows. */
  locks: integer('locks').notNull().default(0),
});
