/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one username, or
 * `maxFailures * 4` from one address, within `windowMs`, further attempts are refused until
 * the window has passed. A success clears the username's count. Kept in memory: one server
 * process serves the product, and a restart only gives a guesser one more window.
 */
export interface LimiterOptions {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: LimiterOptions = { maxFailures: 5, windowMs: 15 * 60_000 };

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: LimiterOptions = DEFAULT_LIMITS) {}

  /** Milliseconds until an attempt is allowed again, or 0. */
  retryAfterMs(username: string, address: string, now: number): number {
    return Math.max(
      this.wait(`user:${username}`, this.options.maxFailures, now),
      this.wait(`addr:${address}`, this.options.maxFailures * 4, now),
    );
  }

  recordFailure(username: string, address: string, now: number): void {
    for (const key of [`user:${username}`, `addr:${address}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`user:${username}`);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  private wait(key: string, limit: number, now: number): number {
    const times = this.recent(key, now);
    if (times.length < limit) return 0;
    const oldest = times[times.length - limit] ?? now;
    return oldest + this.options.windowMs - now;
  }
}
