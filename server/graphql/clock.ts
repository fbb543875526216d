/**
 * How an answer depends on the clock, so the response cache (response-cache.ts) keeps it until
 * its content would change and no longer: a filing-status answer until the month's deadline
 * passes, "overdue" flags until the next day. A resolver that needs "now" asks for it with
 * `nowUntil`, saying when what it computes from it can next change; reading `context.now`
 * directly (without saying) keeps the answer for the current minute only, the safe default.
 */
export interface ClockUse {
  /** The request's instant (ms). */
  at: number;
  /** `context.now` was read without a horizon. */
  unspecified: boolean;
  /** The earliest instant at which a clock-dependent part of the answer changes. */
  changesAt: number;
}

export const newClockUse = (at: number): ClockUse => ({
  at,
  unspecified: false,
  changesAt: Infinity,
});

/** The instant the request's answer stops being valid by the clock; null: never. */
export function expiresAt(clock: ClockUse): number | null {
  const minute = clock.unspecified ? (Math.floor(clock.at / 60_000) + 1) * 60_000 : Infinity;
  const until = Math.min(minute, clock.changesAt);
  return Number.isFinite(until) ? until : null;
}

/**
 * The request's clock, for a resolver that knows when its answer next changes: `horizon`
 * returns that instant (ms), or Infinity when the answer no longer depends on the clock.
 */
export function nowUntil(clock: ClockUse, horizon: (now: Date) => number): Date {
  const now = new Date(clock.at);
  clock.changesAt = Math.min(clock.changesAt, horizon(now));
  return now;
}

/** The next UTC midnight: when a date computed as "today" (UTC) next changes. */
export function nextUtcDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
}
