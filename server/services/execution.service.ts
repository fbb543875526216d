/**
 * Execution figures for the dashboards and analysts. Every figure of a region is folded from
 * per-region sums read in one GROUP BY each (execution.repo.ts): the SQL count does not grow
 * with the number of regions. A parent's figures are sums over its subtree, never averages.
 */
import type { Db } from '../db/connection.ts';
import type { DirectionCode } from '../domain/directions.ts';
import {
  benchmarkOf,
  progressOf,
  unspentOf,
  warningOf,
  type WarningLevel,
  type WarningThresholds,
} from '../domain/execution-figures.ts';
import { addFen, ZERO, type Fen } from '../domain/money.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import { findDocument } from '../repositories/documents.repo.ts';
import * as executionRepo from '../repositories/execution.repo.ts';
import type { FundFilter } from '../repositories/execution.repo.ts';
import {
  childrenOf,
  regionsByIds,
  regionsUnder,
  rootRegions,
  type RegionRow,
} from '../repositories/regions.repo.ts';
import { hasCountedMoney as hasOwnAllocation } from '../repositories/chain.repo.ts';
import { InputError } from './errors.ts';
import { offsetPageOf, offsetWindow, type Page } from './pagination.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';

export interface ExecutionScope {
  year: number;
  month: number;
  filter: FundFilter;
}

/** A node's figures; its region a full row, or only its id until a page is shown (`withRegions`). */
export interface ExecutionModel<R extends { id: number } = RegionRow> {
  scope: ExecutionScope;
  region: R;
  year: number;
  month: number;
  allocated: Fen;
  spent: Fen | null;
  unspent: Fen | null;
  progress: number | null;
  benchmark: number;
  warning: WarningLevel;
  reported: boolean;
  reportedCount: number;
  expectedCount: number;
  reportedAllocated: Fen;
  reportedProgress: number | null;
  /** Children folded from the same reads, when they were computed with this node. */
  children: ExecutionModel[] | null;
}

export interface ExecutionQuery {
  year: number;
  month: number;
  region?: string | null;
  programId?: number | null;
  documentNumber?: string | null;
}

function checkPeriod(year: number, month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InputError('MONTH_OUT_OF_RANGE', 'month', `月份 ${month} 不在 1–12 之间`);
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InputError('YEAR_OUT_OF_RANGE', 'year', `年度 ${year} 不是 2000–2100 之间的整数`);
  }
}

/** A region, and its children when finding it read them already. */
interface Root {
  region: RegionRow;
  children?: RegionRow[];
}

/** The region asked for, or the top of the tree (the first root: the first notice's issuer). */
async function rootFor(db: Db, name: string | null | undefined): Promise<Root> {
  if (name) {
    const found = await resolveRegion(db, name);
    if (isFieldError(found)) throw new InputError(found.code, found.field, found.message);
    return { region: found };
  }
  const roots = await rootRegions(db);
  const top = roots[0];
  if (!top) throw new InputError('NO_DATA', 'region', '尚未导入任何指标文件');
  return await whereTheMoneyIs(db, top);
}

/**
 * Below a top region that only passes money on to one region (the 自治区 notice of the sample
 * allocating to 昌吉州 alone), the default view starts at that region: leadership sees its
 * counties, not a level with one row.
 */
async function whereTheMoneyIs(db: Db, top: RegionRow): Promise<Root> {
  let region = top;
  for (let depth = 0; depth < 8; depth++) {
    const children = await childrenOf(db, region.id);
    const only = children[0];
    if (children.length !== 1 || !only || (await hasOwnAllocation(db, region.id)))
      return { region, children };
    region = only;
  }
  return { region };
}

export async function scopeOf(
  db: Db,
  query: ExecutionQuery,
): Promise<{ scope: ExecutionScope; root: RegionRow; children?: RegionRow[] }> {
  checkPeriod(query.year, query.month);
  let documentId: number | null = null;
  if (query.documentNumber) {
    const number = canonicalDocumentNumber(query.documentNumber) ?? query.documentNumber;
    const document = await findDocument(db, number);
    if (!document) {
      throw new InputError(
        'DOCUMENT_NOT_FOUND',
        'documentNumber',
        `没有文号为「${number}」的指标文件`,
      );
    }
    documentId = document.id;
  }
  const { region: root, children } = await rootFor(db, query.region);
  return {
    root,
    children,
    scope: {
      year: query.year,
      month: query.month,
      filter: { year: query.year, programId: query.programId ?? null, documentId },
    },
  };
}

/** Per-region sums rolled up to every ancestor: what each node of the subtree adds up to. */
interface Totals {
  allocated: Fen;
  expected: number;
  spent: Fen;
  reported: number;
  /** The allocation of the regions that reported: what their spending compares with. */
  reportedAllocated: Fen;
}

type SubtreeTotals = Map<number, Totals>;

const NO_TOTALS: Totals = {
  allocated: ZERO,
  expected: 0,
  spent: ZERO,
  reported: 0,
  reportedAllocated: ZERO,
};

/** Adds a region's figures to itself and every ancestor on its path (`/1/5/9/`). */
function addUp(totals: SubtreeTotals, path: string, add: (t: Totals) => void): void {
  for (const id of path.split('/').filter(Boolean).map(Number)) {
    const t = totals.get(id) ?? { ...NO_TOTALS };
    add(t);
    totals.set(id, t);
  }
}

/** All funds of a year: the subtree totals the writes keep, one row per region asked about. */
const allFunds = (scope: ExecutionScope) =>
  scope.filter.programId == null && scope.filter.documentId == null;

function totalsOf(rows: executionRepo.SubtreeFigures[]): SubtreeTotals {
  return new Map(rows.map(({ regionId, ...t }) => [regionId, t]));
}

/** One program or notice: its per-region rows (1/40 of all funds') folded up the tree. */
async function foldTotals(db: Db, root: RegionRow, scope: ExecutionScope): Promise<SubtreeTotals> {
  const totals: SubtreeTotals = new Map();
  const spent = await executionRepo.spentByRegion(db, root.path, scope.filter, scope.month);
  const reported = new Set(spent.map((row) => row.regionId));
  for (const row of spent) {
    addUp(totals, row.path, (t) => {
      t.spent = addFen(t.spent, row.amount);
      t.reported++;
    });
  }
  for (const row of await executionRepo.allocatedByRegion(db, root.path, scope.filter)) {
    addUp(totals, row.path, (t) => {
      t.allocated = addFen(t.allocated, row.amount);
      t.expected++;
      if (reported.has(row.regionId)) t.reportedAllocated = addFen(t.reportedAllocated, row.amount);
    });
  }
  return totals;
}

function fold(
  region: RegionRow,
  totals: SubtreeTotals,
  scope: ExecutionScope,
  thresholds: WarningThresholds,
): ExecutionModel {
  return foldFigures(region, totals.get(region.id) ?? NO_TOTALS, scope, thresholds);
}

function foldFigures<R extends { id: number }>(
  region: R,
  t: Totals,
  scope: ExecutionScope,
  thresholds: WarningThresholds,
): ExecutionModel<R> {
  const spent = t.reported > 0 ? t.spent : null;
  const progress = progressOf(spent, t.allocated);
  const benchmark = benchmarkOf(scope.month);
  return {
    scope,
    region,
    year: scope.year,
    month: scope.month,
    allocated: t.allocated,
    spent,
    unspent: unspentOf(spent, t.allocated),
    progress,
    benchmark,
    warning: warningOf(spent, t.allocated, scope.month, thresholds),
    reported: t.reported > 0 && t.reported >= t.expected,
    reportedCount: t.reported,
    expectedCount: t.expected,
    reportedAllocated: t.reportedAllocated,
    reportedProgress: progressOf(spent, t.reportedAllocated),
    children: null,
  };
}

export async function withChildren(
  db: Db,
  root: RegionRow,
  scope: ExecutionScope,
  thresholds: WarningThresholds,
  knownChildren?: RegionRow[],
): Promise<ExecutionModel> {
  const children = knownChildren ?? (await childrenOf(db, root.id));
  const totals = allFunds(scope)
    ? totalsOf(
        await executionRepo.subtreeFiguresOf(
          db,
          [root.id, ...children.map((c) => c.id)],
          scope.year,
          scope.month,
        ),
      )
    : await foldTotals(db, root, scope);
  const node = fold(root, totals, scope, thresholds);
  node.children = children
    .map((child) => fold(child, totals, scope, thresholds))
    .filter((child) => child.expectedCount > 0);
  return node;
}

export async function execution(
  db: Db,
  query: ExecutionQuery,
  thresholds: WarningThresholds,
): Promise<ExecutionModel> {
  const { root, scope, children } = await scopeOf(db, query);
  return await withChildren(db, root, scope, thresholds, children);
}

export async function childrenExecution(
  db: Db,
  node: ExecutionModel,
  thresholds: WarningThresholds,
): Promise<ExecutionModel[]> {
  return (
    node.children ?? (await withChildren(db, node.region, node.scope, thresholds)).children ?? []
  );
}

/** The same region and funds for another month (month-on-month) or year (year-on-year). */
export async function shiftedExecution(
  db: Db,
  node: ExecutionModel,
  shift: { months?: number; years?: number },
  thresholds: WarningThresholds,
): Promise<ExecutionModel | null> {
  const month = node.month - (shift.months ?? 0);
  const year = node.year - (shift.years ?? 0);
  if (month < 1) return null;
  const scope = { year, month, filter: { ...node.scope.filter, year } };
  return await withChildren(db, node.region, scope, thresholds);
}

export interface TrendPoint {
  month: number;
  spent: Fen | null;
  progress: number | null;
  benchmark: number;
  reportedCount: number;
  expectedCount: number;
}

export async function trend(db: Db, node: ExecutionModel): Promise<TrendPoint[]> {
  const rows = await executionRepo.spentByMonth(db, node.region, node.scope.filter, node.month);
  return Array.from({ length: node.month }, (_, i) => {
    const month = i + 1;
    const ofMonth = rows.find((r) => r.month === month);
    const spent = ofMonth ? ofMonth.amount : null;
    return {
      month,
      spent,
      progress: progressOf(spent, node.allocated),
      benchmark: benchmarkOf(month),
      reportedCount: ofMonth?.regions ?? 0,
      expectedCount: node.expectedCount,
    };
  });
}

export async function byDirection(
  db: Db,
  node: ExecutionModel,
): Promise<{ direction: DirectionCode; spent: Fen; share: number | null }[]> {
  const rows = await executionRepo.spentByDirection(
    db,
    node.region.path,
    node.scope.filter,
    node.month,
  );
  const total = addFen(...rows.map((r) => r.amount));
  return rows.map((r) => ({
    direction: r.direction,
    spent: r.amount,
    share: total > 0 ? r.amount / total : null,
  }));
}

export interface ProgramExecutionModel {
  programId: number;
  allocated: Fen;
  spent: Fen | null;
  unspent: Fen | null;
  progress: number | null;
}

export async function byProgram(db: Db, node: ExecutionModel): Promise<ProgramExecutionModel[]> {
  const allocated = await executionRepo.allocatedByProgram(db, node.region.path, node.scope.filter);
  const spent = await executionRepo.spentByProgram(
    db,
    node.region.path,
    node.scope.filter,
    node.month,
  );
  return allocated.map((a) => {
    const s = spent.find((r) => r.programId === a.programId)?.amount ?? null;
    return {
      programId: a.programId,
      allocated: a.amount,
      spent: s,
      unspent: unspentOf(s, a.amount),
      progress: progressOf(s, a.amount),
    };
  });
}

/**
 * Every region of a level under the root with money counted in it, as figures with the
 * region's id only (a national list is 2,850 counties; a page shows 20): `withRegions` loads
 * the rows of those shown.
 */
export async function figuresAtLevel(
  db: Db,
  query: ExecutionQuery,
  level: RegionRow['level'],
  thresholds: WarningThresholds,
): Promise<ExecutionModel<{ id: number }>[]> {
  const { root, scope } = await scopeOf(db, query);
  if (allFunds(scope)) {
    const rows = await executionRepo.subtreeFiguresAtLevel(
      db,
      root.path,
      level,
      scope.year,
      scope.month,
    );
    return rows.map((t) => foldFigures({ id: t.regionId }, t, scope, thresholds));
  }
  return await foldedAtLevel(db, root, scope, level, thresholds);
}

/** One program or notice: the level's regions folded from their per-region rows. */
async function foldedAtLevel(
  db: Db,
  root: RegionRow,
  scope: ExecutionScope,
  level: RegionRow['level'],
  thresholds: WarningThresholds,
): Promise<ExecutionModel[]> {
  const totals = await foldTotals(db, root, scope);
  return (await regionsUnder(db, root.path, level))
    .map((region) => fold(region, totals, scope, thresholds))
    .filter((node) => node.expectedCount > 0);
}

/** The nodes with their regions' rows, in the same order. */
export async function withRegions(
  db: Db,
  nodes: ExecutionModel<{ id: number }>[],
): Promise<ExecutionModel[]> {
  const rows = new Map(
    (await regionsByIds(db, [...new Set(nodes.map((n) => n.region.id))])).map((r) => [r.id, r]),
  );
  return nodes.map((node) => {
    const region = rows.get(node.region.id);
    if (!region) throw new Error(`region ${node.region.id} vanished while its figures were read`);
    return { ...node, region };
  });
}

/** Every region of a level under the root with money counted in it, regions loaded. */
export async function regionsAtLevel(
  db: Db,
  query: ExecutionQuery,
  level: RegionRow['level'],
  thresholds: WarningThresholds,
): Promise<ExecutionModel[]> {
  return await withRegions(db, await figuresAtLevel(db, query, level, thresholds));
}

/**
 * Behind the benchmark, furthest behind first; regions that have not reported lead. Behind:
 * spent·12 < allocated·month in exact integers (the progress and benchmark fractions, each
 * rounded, can tie a region that is not quite on it). Lists of all funds are paged in SQL by the
 * same rule (execution.repo.ts `subtreeFiguresPage`).
 */
export function lagging<T extends ExecutionModel<{ id: number }>>(
  nodes: T[],
  includeNotReported: boolean,
): T[] {
  const behind = nodes.filter((n) =>
    n.reportedCount === 0 ? includeNotReported : isBehind(n.spent, n.allocated, n.month),
  );
  return behind.sort((a, b) => rank(a) - rank(b) || a.region.id - b.region.id);
}

function isBehind(spent: Fen | null, allocated: Fen, month: number): boolean {
  return spent !== null && allocated > 0 && BigInt(spent) * 12n < BigInt(allocated) * BigInt(month);
}

/** A page of a level's regions, lagging or by unspent balance, with their regions' rows. */
export async function levelPage(
  db: Db,
  query: ExecutionQuery,
  level: RegionRow['level'],
  thresholds: WarningThresholds,
  order: executionRepo.LevelOrder,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<ExecutionModel>> {
  const { root, scope } = await scopeOf(db, query);
  const window = offsetWindow(first, after);
  if (!allFunds(scope)) {
    const nodes = await foldedAtLevel(db, root, scope, level, thresholds);
    const ordered =
      order.kind === 'unspent' ? byUnspent(nodes) : lagging(nodes, order.includeNotReported);
    const { offset, limit } = window;
    return offsetPageOf(ordered.slice(offset, offset + limit), ordered.length, offset);
  }
  const { totalCount, rows } = await executionRepo.subtreeFiguresPage(
    db,
    { rootPath: root.path, level, year: scope.year, month: scope.month },
    order,
    window,
  );
  const nodes = rows.map((t) => foldFigures({ id: t.regionId }, t, scope, thresholds));
  return offsetPageOf(await withRegions(db, nodes), totalCount, window.offset);
}

function rank(node: ExecutionModel<{ id: number }>): number {
  return node.reportedCount === 0 ? -1 : (node.progress ?? 0);
}

/** Largest unspent first; regions without a report (unspent unknown) last. */
export function byUnspent<T extends ExecutionModel<{ id: number }>>(nodes: T[]): T[] {
  return [...nodes].sort(
    (a, b) => (b.unspent ?? -Infinity) - (a.unspent ?? -Infinity) || a.region.id - b.region.id,
  );
}
