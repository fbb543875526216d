/**
 * The filing calendar as data: each county's state for a month (filed on time, filed late,
 * overdue, still open) as the server decided it, and the year's grid of months × counties.
 * Lateness is the server's rule (the deadline is the month's last day, China time, and a
 * correction does not make an on-time filing late); this only names its answer.
 */

export type FilingState = 'ON_TIME' | 'FILED_LATE' | 'OVERDUE' | 'OPEN';

export interface FilingEntryData {
  region: { name: string };
  filed: boolean;
  late: boolean;
  version?: number | null;
  submittedAt?: string | null;
}

export interface FilingStatusData {
  year: number;
  month: number;
  deadline: string;
  filedCount: number;
  expectedCount: number;
  regions: readonly FilingEntryData[];
}

export function filingState(entry: { filed: boolean; late: boolean }): FilingState {
  if (entry.filed) return entry.late ? 'FILED_LATE' : 'ON_TIME';
  return entry.late ? 'OVERDUE' : 'OPEN';
}

/** A type alias (not an interface), so it fills a message's placeholders directly. */
export type MonthSummary = {
  filed: number;
  expected: number;
  late: number;
  overdue: number;
};

export function monthSummary(status: FilingStatusData): MonthSummary {
  const states = status.regions.map(filingState);
  return {
    filed: status.filedCount,
    expected: status.expectedCount,
    late: states.filter((s) => s === 'FILED_LATE').length,
    overdue: states.filter((s) => s === 'OVERDUE').length,
  };
}

export interface GridCell {
  month: number;
  state: FilingState;
  version: number | null;
}

export interface GridRow {
  region: string;
  cells: GridCell[];
}

export interface YearGrid {
  months: number[];
  rows: GridRow[];
  /** Per month: how many filed, of how many expected. */
  filed: { month: number; filed: number; expected: number }[];
}

/**
 * Months 1–12 × counties from the twelve monthly statuses (in any order). Counties keep the
 * order the server gives (by place in the region tree); a county missing from a month (not
 * expected to file then) gets no cell state but OPEN is not invented: it is left out of `cells`.
 */
export function yearGrid(statuses: readonly FilingStatusData[]): YearGrid {
  const byMonth = new Map(statuses.map((s) => [s.month, s]));
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const regions: string[] = [];
  for (const month of months)
    for (const e of byMonth.get(month)?.regions ?? [])
      if (!regions.includes(e.region.name)) regions.push(e.region.name);
  return {
    months,
    rows: regions.map((region) => ({
      region,
      cells: months.flatMap((month) => {
        const entry = byMonth.get(month)?.regions.find((e) => e.region.name === region);
        return entry ? [{ month, state: filingState(entry), version: entry.version ?? null }] : [];
      }),
    })),
    filed: months.map((month) => {
      const s = byMonth.get(month);
      return { month, filed: s?.filedCount ?? 0, expected: s?.expectedCount ?? 0 };
    }),
  };
}
