/** Whole days between two ISO dates (`2022-05-13` → `2022-06-07` is 25). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The 30-day rule (收到补助资金后30日内) unless ALLOCATION_DAYS_LIMIT says otherwise. */
export function allocationDaysLimit(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ALLOCATION_DAYS_LIMIT ?? 30);
  return Number.isInteger(value) && value > 0 ? value : 30;
}

/** The last day of a month, or today when that is earlier (figures "as of" a month). */
export function asOfMonth(year: number, month: number, now: Date): string {
  const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  return end < today ? end : today;
}
