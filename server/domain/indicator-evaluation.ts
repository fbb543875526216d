/**
 * Whether a region met a target: comparison targets against the result, relative targets
 * (不低于上年, 有所提升) against the previous year's result, deadlines against the days or
 * dates, qualitative targets as reported. PARTIAL for a numeric target means within
 * PARTIAL_MARGIN of it (90 % of a ≥ target reached, or at most 10 % over a ≤ target).
 */
import type { TargetKind, TargetOp } from '../importer/target-value.ts';

export type IndicatorStatus = 'MET' | 'PARTIAL' | 'NOT_MET' | 'PENDING';

export const PARTIAL_MARGIN = 0.1;

export interface TargetSpec {
  kind: TargetKind;
  op: TargetOp | null;
  value: number | null;
  unit: string | null;
  reference: string | null;
}

export interface ResultSpec {
  value: number | null;
  outcome: 'MET' | 'PARTIAL' | 'NOT_MET' | null;
  achievedOn: string | null;
}

function compare(op: TargetOp, actual: number, goal: number): boolean {
  switch (op) {
    case 'GTE':
      return actual >= goal;
    case 'GT':
      return actual > goal;
    case 'EQ':
      return actual === goal;
    case 'LTE':
      return actual <= goal;
    case 'LT':
      return actual < goal;
  }
}

function near(op: TargetOp, actual: number, goal: number): boolean {
  if (op === 'GTE' || op === 'GT') return actual >= goal * (1 - PARTIAL_MARGIN);
  if (op === 'LTE' || op === 'LT') return actual <= goal * (1 + PARTIAL_MARGIN);
  return Math.abs(actual - goal) <= Math.abs(goal) * PARTIAL_MARGIN;
}

export function evaluateIndicator(
  target: TargetSpec,
  result: ResultSpec | null,
  previous: ResultSpec | null,
): IndicatorStatus {
  if (!result) return 'PENDING';
  if (result.outcome && (target.kind === 'QUALITATIVE' || result.value === null))
    return result.outcome;
  const op = target.op ?? 'GTE';
  switch (target.kind) {
    case 'QUALITATIVE':
      return 'PENDING';
    case 'RELATIVE_TO_PREVIOUS_YEAR':
      if (result.value === null || previous?.value == null) return 'PENDING';
      return compare(op, result.value, previous.value) ? 'MET' : 'NOT_MET';
    case 'DEADLINE':
      if (target.unit === 'date' && target.reference && result.achievedOn) {
        return result.achievedOn <= target.reference ? 'MET' : 'NOT_MET';
      }
      if (result.value === null || target.value === null) return 'PENDING';
      return compare(op, result.value, target.value) ? 'MET' : 'NOT_MET';
    case 'COMPARISON':
      if (result.value === null || target.value === null) return 'PENDING';
      if (compare(op, result.value, target.value)) return 'MET';
      return near(op, result.value, target.value) ? 'PARTIAL' : 'NOT_MET';
  }
}
