/**
 * Slows password guessing, counted in the database (sign_in_limits) so a restart or a second
 * process does not reset it. An attempt is counted BEFORE its password is hashed, in one
 * IMMEDIATE transaction, so fifteen wrong passwords sent at once are fifteen counted attempts,
 * not fifteen hashes racing one check; a success gives its count back.
 *
 * Scopes and limits within a 15-minute window:
 *  - an account from one address: 5 — the usual lock; other addresses are not affected, so one
 *    address (a guesser, or a colleague mistyping) cannot lock out the right password elsewhere;
 *  - an account from all addresses: 20 — bounds guessing spread over many addresses;
 *  - one address over all accounts: 100 — bounds spraying one password over many accounts, set
 *    high so an office behind one NAT address is not locked out by a few typos;
 *  - an account's password changes (the current password): 5.
 * A scope over its limit is locked for one window, and each further lock doubles (backoff, up
 * to 32 windows); a lock answers 429 with Retry-After.
 */
import { writeTransaction, type Db } from '../db/connection.ts';
import * as repo from '../repositories/sign-in-limits.repo.ts';

export interface LimiterOptions {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: LimiterOptions = { maxFailures: 5, windowMs: 15 * 60_000 };

export interface Scope {
  scope: string;
  max: number;
}

export interface LoginLimiter {
  /** Counts an attempt before it is checked: 0 when it may go on, else ms to wait. */
  reserve(scopes: readonly Scope[], now: number): Promise<number>;
  /** The attempt succeeded: gives its count back, and clears `cleared`. */
  succeeded(scopes: readonly Scope[], cleared: readonly string[]): Promise<void>;
}

export function signInScopes(
  username: string,
  address: string,
  options: LimiterOptions = DEFAULT_LIMITS,
): Scope[] {
  const n = options.maxFailures;
  return [
    { scope: `pair:${username}|${address}`, max: n },
    { scope: `account:${username}`, max: n * 4 },
    { scope: `address:${address}`, max: n * 20 },
  ];
}

export function passwordChangeScopes(accountId: number, options = DEFAULT_LIMITS): Scope[] {
  return [{ scope: `change:${accountId}`, max: options.maxFailures }];
}

const MAX_BACKOFF = 32;

export class DatabaseLoginLimiter implements LoginLimiter {
  constructor(
    private readonly db: Db,
    private readonly options: LimiterOptions = DEFAULT_LIMITS,
  ) {}

  async reserve(scopes: readonly Scope[], now: number): Promise<number> {
    const { windowMs } = this.options;
    return await writeTransaction(this.db, async (tx) => {
      const stored = new Map(
        (
          await repo.limitsOf(
            tx,
            scopes.map((s) => s.scope),
          )
        ).map((r) => [r.scope, r]),
      );
      const rows = scopes.map(({ scope, max }) => {
        const row = stored.get(scope) ?? {
          scope,
          failures: 0,
          windowStartedAt: now,
          lockedUntil: 0,
          locks: 0,
        };
        // A new window once the last one has passed (a lock keeps its own end).
        if (now - row.windowStartedAt >= windowMs) {
          row.failures = 0;
          row.windowStartedAt = now;
        }
        return { row, max };
      });
      let wait = 0;
      for (const { row, max } of rows) {
        if (row.lockedUntil > now) wait = Math.max(wait, row.lockedUntil - now);
        else if (row.failures >= max) {
          row.lockedUntil = now + windowMs * Math.min(2 ** row.locks, MAX_BACKOFF);
          row.locks += 1;
          row.failures = 0;
          row.windowStartedAt = now;
          await repo.saveLimit(tx, row);
          wait = Math.max(wait, row.lockedUntil - now);
        }
      }
      if (wait > 0) return wait;
      for (const { row } of rows) await repo.saveLimit(tx, { ...row, failures: row.failures + 1 });
      await repo.deleteStale(tx, now - windowMs * (MAX_BACKOFF + 1));
      return 0;
    });
  }

  async succeeded(scopes: readonly Scope[], cleared: readonly string[]): Promise<void> {
    await writeTransaction(this.db, async (tx) => {
      for (const { scope } of scopes) await repo.uncount(tx, scope);
      for (const scope of cleared) await repo.deleteLimit(tx, scope);
    });
  }
}
