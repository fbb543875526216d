/** Failed password checks per scope, as ../schema/sign-in-limits.ts, for PostgreSQL. */
import { bigint, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const signInLimits = pgTable('sign_in_limits', {
  scope: text('scope').primaryKey(),
  failures: integer('failures').notNull(),
  // Milliseconds since the epoch (≈ 1.8 × 10¹²) do not fit a 32-bit `integer`: int8, read as
  // an exact number (below 2^53 until the year 287,396).
  windowStartedAt: bigint('window_started_at', { mode: 'number' }).notNull(),
  lockedUntil: bigint('locked_until', { mode: 'number' }).notNull().default(0),
  locks: integer('locks').notNull().default(0),
});
