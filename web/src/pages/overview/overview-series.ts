/**
 * Turns the overview's `execution` answer into what the cards, charts and table draw. Pure:
 * no React, no DOM. The figures themselves (progress, warning, unspent) come from the server;
 * this only counts, orders and labels them. "Not reported" stays null and is labelled as such,
 * never drawn as zero.
 */
import { formatPercent, formatWan, type Lang } from '../../lib/format.ts';
import type { WarningLevel } from '../../gql/graphql.ts';

/** A region's figures as the API gives them (Execution). */
export interface RegionFigures {
  region: { name: string };
  allocated: number;
  spent?: number | null;
  unspent?: number | null;
  progress?: number | null;
  benchmark: number;
  warning: WarningLevel;
}

export interface TrendInput {
  month: number;
  progress?: number | null;
  benchmark: number;
  reportedCount: number;
  expectedCount: number;
}

/** The colours of the warning levels (the same as the status lights). */
export const WARNING_COLOR: Record<WarningLevel, string> = {
  GREEN: '#15803d',
  YELLOW: '#d97706',
  RED: '#b91c1c',
  NOT_REPORTED: '#7b8794',
};

/** The rows the overview compares: the children, or the region itself when it has none. */
export function regionRows<T extends RegionFigures>(execution: T & { children: T[] }): T[] {
  return execution.children.length > 0 ? execution.children : [execution];
}

export interface LagSummary {
  /** RED + YELLOW. */
  lagging: number;
  red: number;
  yellow: number;
  notReported: number;
  total: number;
  /** What the regions that have not reported were allocated (it counts as unspent). */
  notReportedAllocated: number;
}

/** 万元 with up to 6 decimals, as integers of a fen, so sums do not drift. */
const FEN_PER_WAN = 1_000_000;

export function lagSummary(
  rows: readonly Pick<RegionFigures, 'warning' | 'allocated'>[],
): LagSummary {
  const count = (level: WarningLevel) => rows.filter((r) => r.warning === level).length;
  const missingFen = rows
    .filter((r) => r.warning === 'NOT_REPORTED')
    .reduce((sum, r) => sum + Math.round(r.allocated * FEN_PER_WAN), 0);
  return {
    lagging: count('RED') + count('YELLOW'),
    red: count('RED'),
    yellow: count('YELLOW'),
    notReported: count('NOT_REPORTED'),
    total: rows.length,
    notReportedAllocated: missingFen / FEN_PER_WAN,
  };
}

/** Not-reported rows go last, after every reported one; otherwise by `key`, largest first. */
function largestFirst<T>(rows: readonly T[], key: (row: T) => number | null | undefined): T[] {
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((a, b) => {
      const av = a.value ?? null;
      const bv = b.value ?? null;
      if (av === null || bv === null) {
        if (av === bv) return a.index - b.index;
        return av === null ? 1 : -1;
      }
      return bv - av || a.index - b.index;
    })
    .map((entry) => entry.row);
}

export interface Bar {
  name: string;
  /** The measured value; null when the region has not reported. */
  value: number | null;
  /** For a region without a report: the length of the hatched "not reported" bar (else null). */
  missing: number | null;
  warning: WarningLevel;
  color: string;
  /** What the bar's end says: the value, or "not reported". */
  label: string;
}

/** The progress axis runs to 100 % (or further when a region has spent more). */
export function progressAxisMax(rows: readonly RegionFigures[]): number {
  return Math.max(1, ...rows.map((r) => r.progress ?? 0));
}

/** Every region's progress, furthest first; not reported as a full-length hatched bar. */
export function progressBars(
  rows: readonly RegionFigures[],
  lang: Lang,
  notReported: string,
): Bar[] {
  const axisMax = progressAxisMax(rows);
  return largestFirst(rows, (r) => r.progress).map((r) => {
    const value = r.progress ?? null;
    return {
      name: r.region.name,
      value,
      missing: value === null ? axisMax : null,
      warning: r.warning,
      color: WARNING_COLOR[r.warning],
      label: value === null ? notReported : formatPercent(value, lang),
    };
  });
}

/** Unspent balances, largest first; not reported last, as a hatched bar as long as the longest. */
export function unspentBars(
  rows: readonly RegionFigures[],
  lang: Lang,
  notReported: string,
): Bar[] {
  const known = rows
    .map((r) => r.unspent)
    .filter((v): v is number => v !== null && v !== undefined);
  const longest = Math.max(0, ...known);
  return largestFirst(rows, (r) => r.unspent).map((r) => {
    const value = r.unspent ?? null;
    return {
      name: r.region.name,
      value,
      missing: value === null ? longest || Math.max(...rows.map((x) => x.allocated)) : null,
      warning: r.warning,
      color: WARNING_COLOR[r.warning],
      label: value === null ? notReported : formatWan(value, lang),
    };
  });
}

export interface TrendPoint {
  month: number;
  /** Cumulative progress; null for a month nobody reported (a gap, not a zero). */
  progress: number | null;
  benchmark: number;
  /** Whether every region expected to report had reported that month. */
  complete: boolean;
  reportedCount: number;
  expectedCount: number;
}

export function trendSeries(trend: readonly TrendInput[]): TrendPoint[] {
  return [...trend]
    .sort((a, b) => a.month - b.month)
    .map((p) => ({
      month: p.month,
      progress: p.progress ?? null,
      benchmark: p.benchmark,
      complete: p.reportedCount >= p.expectedCount,
      reportedCount: p.reportedCount,
      expectedCount: p.expectedCount,
    }));
}

export interface RegionOption {
  /** The URL value: '' for the default (top) region. */
  value: string;
  name: string;
  depth: number;
}

export interface RegionNode {
  name: string;
  children?: RegionNode[] | null;
}

/** The region tree as a flat, indented option list; the first top region is the default (''). */
export function regionOptions(tops: readonly RegionNode[]): RegionOption[] {
  const options: RegionOption[] = [];
  const walk = (node: RegionNode, depth: number) => {
    options.push({ value: options.length === 0 ? '' : node.name, name: node.name, depth });
    node.children?.forEach((child) => walk(child, depth + 1));
  };
  tops.forEach((top) => walk(top, 0));
  return options;
}
