/**
 * Pure data shaping for the region view: the picker's options from the region tree, the
 * allocation rows (clawbacks marked), forms grouped by month with their versions, spending by
 * direction in the notice's order, and the reasons and measures. No figures are recomputed
 * here: progress, shares, warnings and lateness come from the server.
 */
import type {
  RegionAllocations_DocumentFragment,
  RegionDirections_ExecutionFragment,
  RegionLevel,
  RegionReasons_LagFragment,
  RegionReasons_ReportFragment,
  RegionReports_ReportFragment,
  SpendingDirection,
  WarningLevel,
} from '../../gql/graphql.ts';

// ---------------------------------------------------------------- region tree

export interface RegionTreeNode {
  name: string;
  aliases: string[];
  level: RegionLevel;
  children?: RegionTreeNode[] | null;
}

export interface RegionOption {
  name: string;
  aliases: string[];
  level: RegionLevel;
  /** 0 for the top of the tree. */
  depth: number;
  parent: string | null;
  children: string[];
}

/** The tree depth first, each region followed by its children, as the picker lists them. */
export function flattenRegions(tree: readonly RegionTreeNode[]): RegionOption[] {
  const out: RegionOption[] = [];
  const walk = (nodes: readonly RegionTreeNode[], depth: number, parent: string | null) => {
    for (const node of nodes) {
      const children = node.children ?? [];
      out.push({
        name: node.name,
        aliases: node.aliases,
        level: node.level,
        depth,
        parent,
        children: children.map((c) => c.name),
      });
      walk(children, depth + 1, node.name);
    }
  };
  walk(tree, 0, null);
  return out;
}

/** The option a URL names, by official name or alias (木垒县 → 木垒哈萨克自治县). */
export function findRegion(
  options: readonly RegionOption[],
  wanted: string | null,
): RegionOption | null {
  if (wanted === null) return null;
  const name = wanted.trim();
  return (
    options.find((o) => o.name === name) ?? options.find((o) => o.aliases.includes(name)) ?? null
  );
}

// ---------------------------------------------------------------- allocation

export interface AllocationRow {
  documentNumber: string;
  title: string;
  region: string;
  annualTotal: number;
  earlyAdvance: number | null;
  priorBatches: number | null;
  thisBatch: number;
  isSubtotal: boolean;
  /** A negative batch: money taken back (阜康市 −20). */
  isClawback: boolean;
  /** The region the view is about (its children's rows follow it). */
  isSelf: boolean;
}

/**
 * Per notice, the region's own row and then its children's rows in the table's order. Notices
 * that allocate nothing to the region or its children are left out.
 */
export function allocationRows(
  documents: readonly RegionAllocations_DocumentFragment[],
  region: string,
  children: readonly string[],
): AllocationRow[] {
  const below = new Set(children);
  return documents.flatMap((doc) => {
    const own = doc.allocations.filter((a) => a.region.name === region);
    const theirs = doc.allocations.filter((a) => below.has(a.region.name));
    return [...own, ...theirs].map((a) => ({
      documentNumber: doc.number,
      title: doc.title,
      region: a.region.name,
      annualTotal: a.annualTotal,
      earlyAdvance: a.earlyAdvance,
      priorBatches: a.priorBatches,
      thisBatch: a.thisBatch,
      isSubtotal: a.isSubtotal,
      isClawback: a.thisBatch < 0,
      isSelf: a.region.name === region,
    }));
  });
}

export interface AllocationGroup {
  documentNumber: string;
  title: string;
  rows: AllocationRow[];
}

/** The rows under their notice, notices in the order given. */
export function byDocument(rows: readonly AllocationRow[]): AllocationGroup[] {
  const groups = new Map<string, AllocationGroup>();
  for (const row of rows) {
    const group = groups.get(row.documentNumber) ?? {
      documentNumber: row.documentNumber,
      title: row.title,
      rows: [],
    };
    group.rows.push(row);
    groups.set(row.documentNumber, group);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------- directions

/** The notice's order of spending directions (低保 first). */
export const DIRECTION_ORDER: readonly SpendingDirection[] = [
  'SUBSISTENCE_ALLOWANCE',
  'EXTREME_POVERTY_SUPPORT',
  'TEMPORARY_ASSISTANCE',
  'VAGRANT_ASSISTANCE',
  'ORPHAN_SUPPORT',
];

export interface DirectionRow {
  direction: SpendingDirection;
  spent: number;
  share: number | null;
  /** Width of the share bar, 0–100. */
  barPercent: number;
}

export function directionRows(
  byDirection: RegionDirections_ExecutionFragment['byDirection'],
): DirectionRow[] {
  const rank = (d: SpendingDirection) => {
    const i = DIRECTION_ORDER.indexOf(d);
    return i < 0 ? DIRECTION_ORDER.length : i;
  };
  return [...byDirection]
    .sort((a, b) => rank(a.direction) - rank(b.direction))
    .map((d) => ({ ...d, barPercent: percentWidth(d.share) }));
}

// ---------------------------------------------------------------- progress bars

function percentWidth(fraction: number | null): number {
  if (fraction === null || !Number.isFinite(fraction)) return 0;
  return Math.min(100, Math.max(0, fraction * 100));
}

/** Where a progress bar ends and where the benchmark mark sits, 0–100 (clamped). */
export function progressBar(
  progress: number | null,
  benchmark: number,
): { progressPercent: number; benchmarkPercent: number } {
  return { progressPercent: percentWidth(progress), benchmarkPercent: percentWidth(benchmark) };
}

// ---------------------------------------------------------------- forms and versions

export interface ReportGroup<R> {
  /** region|year|month */
  key: string;
  latest: R;
  /** The earlier versions, newest first. */
  earlier: R[];
}

type ReportKey = Pick<RegionReports_ReportFragment, 'year' | 'month' | 'version' | 'isLatest'> & {
  region: { name: string };
};

/**
 * One group per region and month: the latest version and the earlier ones. Newest month first;
 * regions in the order given (a parent's children as the allocation table lists them), else
 * in the order the server gave.
 */
export function groupReports<R extends ReportKey>(
  reports: readonly R[],
  regions: readonly string[] = [],
): ReportGroup<R>[] {
  const groups = new Map<string, R[]>();
  const regionOrder = new Map<string, number>(regions.map((name, i) => [name, i]));
  for (const r of reports) {
    if (!regionOrder.has(r.region.name)) regionOrder.set(r.region.name, regionOrder.size);
    const key = `${r.region.name}|${r.year}|${r.month}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: ReportGroup<R>[] = [];
  for (const [key, versions] of groups) {
    const sorted = [...versions].sort((a, b) => b.version - a.version);
    const latest = sorted.find((r) => r.isLatest) ?? sorted[0];
    if (!latest) continue;
    out.push({ key, latest, earlier: sorted.filter((r) => r !== latest) });
  }
  return out.sort(
    (a, b) =>
      b.latest.year - a.latest.year ||
      b.latest.month - a.latest.month ||
      (regionOrder.get(a.latest.region.name) ?? 0) - (regionOrder.get(b.latest.region.name) ?? 0),
  );
}

/** The children the server counts as not reported for the month, in order. */
export function notReported(
  children: readonly { region: { name: string }; warning: WarningLevel }[],
): string[] {
  return children.filter((c) => c.warning === 'NOT_REPORTED').map((c) => c.region.name);
}

/** Whether the forms cover more than one notice (then each line names its notice). */
export function hasSeveralDocuments(
  reports: readonly { lines: readonly { documentNumber: string }[] }[],
): boolean {
  return new Set(reports.flatMap((r) => r.lines.map((l) => l.documentNumber))).size > 1;
}

// ---------------------------------------------------------------- reasons and measures

export interface ReasonRow {
  key: string;
  region: string;
  year: number;
  month: number;
  version: number;
  isLatest: boolean;
  documentNumber: string;
  progress: number | null;
  /** Known for the chosen month's lagging lines (from the server). */
  benchmark: number | null;
  reason: string | null;
  measures: string | null;
  measuresDueOn: string | null;
  overdue: boolean;
}

/**
 * Every form line that gives a reason or measures, and every line the server counts as lagging
 * for the chosen month (even without a reason: that gap is shown). Newest month first, then the
 * latest version first.
 */
export function reasonRows(
  reports: readonly RegionReasons_ReportFragment[],
  lags: readonly RegionReasons_LagFragment[],
): ReasonRow[] {
  const lagOf = new Map(lags.map((l) => [`${l.report.id}|${l.documentNumber}`, l]));
  const rows = new Map<string, ReasonRow>();
  for (const report of reports) {
    for (const line of report.lines) {
      const key = `${report.id}|${line.documentNumber}`;
      const lag = lagOf.get(key);
      if (!lag && line.reason === null && line.measures === null) continue;
      rows.set(key, {
        key,
        region: report.region.name,
        year: report.year,
        month: report.month,
        version: report.version,
        isLatest: report.isLatest,
        documentNumber: line.documentNumber,
        progress: line.progress,
        benchmark: lag?.benchmark ?? null,
        reason: line.reason,
        measures: line.measures,
        measuresDueOn: line.measuresDueOn,
        overdue: lag?.overdue ?? false,
      });
    }
  }
  // A lagging line whose form is not among the listed ones still shows.
  for (const [key, lag] of lagOf) {
    if (rows.has(key)) continue;
    rows.set(key, {
      key,
      region: lag.region.name,
      year: lag.report.year,
      month: lag.report.month,
      version: lag.report.version,
      isLatest: lag.report.isLatest,
      documentNumber: lag.documentNumber,
      progress: lag.progress,
      benchmark: lag.benchmark,
      reason: lag.reason,
      measures: lag.measures,
      measuresDueOn: lag.measuresDueOn,
      overdue: lag.overdue,
    });
  }
  return [...rows.values()].sort(
    (a, b) => b.year - a.year || b.month - a.month || b.version - a.version,
  );
}
