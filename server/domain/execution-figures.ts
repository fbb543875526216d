/**
 * The figures of execution, from sums: progress = spent / allocated, unspent = allocated −
 * spent, benchmark (序时进度) = month / 12, and the warning level from progress / benchmark.
 * A region without a report is "not reported", never zero spending.
 */
import { subFen, type Fen } from './money.ts';

export type WarningLevel = 'GREEN' | 'YELLOW' | 'RED' | 'NOT_REPORTED';

export interface WarningThresholds {
  /** progress / benchmark below this is RED. */
  red: number;
  /** progress / benchmark below this (and not RED) is YELLOW. */
  yellow: number;
}

export const DEFAULT_THRESHOLDS: WarningThresholds = { red: 0.6, yellow: 0.8 };

export function benchmarkOf(month: number): number {
  return month / 12;
}

export function progressOf(spent: Fen | null, allocated: Fen): number | null {
  if (spent === null || allocated <= 0) return null;
  return spent / allocated;
}

export function unspentOf(spent: Fen | null, allocated: Fen): Fen | null {
  return spent === null ? null : subFen(allocated, spent);
}

/**
 * progress / benchmark = (spent / allocated) / (month / 12), worked out as one division of
 * exact integers, spent·12 / (allocated·month): dividing the two rounded fractions can put a
 * region that sits exactly on a threshold just below it (0.6 / 0.75 = 0.7999…).
 */
export function benchmarkRatio(spent: Fen | null, allocated: Fen, month: number): number | null {
  if (spent === null || allocated <= 0 || month <= 0) return null;
  return (spent * 12) / (allocated * month);
}

export function warningOf(
  spent: Fen | null,
  allocated: Fen,
  month: number,
  thresholds: WarningThresholds,
): WarningLevel {
  if (spent === null) return 'NOT_REPORTED';
  const ratio = benchmarkRatio(spent, allocated, month);
  if (ratio === null) return 'GREEN';
  if (ratio < thresholds.red) return 'RED';
  if (ratio < thresholds.yellow) return 'YELLOW';
  return 'GREEN';
}
