/**
 * The allocation chain as leadership reads it, per region and fund-year: 上级下达 (received),
 * 分配下级 (passed down), 本级 (kept), 未分配, 分配进度, the days the money waited, and the
 * spending of the money counted under the region. Figures come from fund_year_regions (kept
 * current on import); the notices on each side and their days from the current rows.
 */
import type { Db } from '../db/connection.ts';
import type { ChainRow } from '../domain/allocation-chain.ts';
import { isReceiptRow } from '../domain/allocation-chain.ts';
import { daysBetween } from '../domain/days.ts';
import { batchName, walkFundYear, type BatchCheck } from '../domain/fund-year.ts';
import { fenToWanString, type Fen } from '../domain/money.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import * as chainRepo from '../repositories/chain.repo.ts';
import { regionsByIds, type RegionRow } from '../repositories/regions.repo.ts';
import { scopeOf, withChildren, type ExecutionModel } from './execution.service.ts';

export interface ChainNoticeModel {
  documentId: number;
  number: string;
  batch: number | null;
  batchName: string;
  issuedOn: string | null;
  /** For an upstream notice: the date the region's bureau recorded receiving it, if any. */
  receivedOn: string | null;
  upstreamNumber: string | null;
  /** This notice's own money for the region (此次下达; for an own notice: passed down + kept). */
  amount: Fen;
  /** Its 全年 column (for an own notice: summed over its rows). */
  annualTotal: Fen;
  /** Days from the upstream notice (imported, with a row for the region) to this one. */
  daysAfterUpstream: number | null;
}

export type ChainWarningCode =
  'UNALLOCATED_OVERDUE' | 'LATE_ALLOCATION' | 'OVER_ALLOCATED' | BatchCheck['code'];

export interface ChainWarningModel {
  code: ChainWarningCode;
  region: RegionRow;
  documentNumber: string | null;
  days: number | null;
  amount: Fen | null;
  message: string;
}

export interface TimelinessModel {
  limitDays: number;
  /** The longest wait so far: to an own notice, or (still waiting) to the as-of date. */
  days: number | null;
  status: 'MET' | 'NOT_MET' | 'PENDING';
}

export interface ChainNodeModel {
  region: RegionRow;
  year: number;
  month: number;
  asOf: string;
  limitDays: number;
  programId: number | null;
  received: Fen | null;
  passedDown: Fen;
  kept: Fen;
  unallocated: Fen | null;
  allocationProgress: number | null;
  execution: ExecutionModel;
  daysToAllocate: number | null;
  daysWaiting: number | null;
  upstreamNotices: ChainNoticeModel[];
  ownNotices: ChainNoticeModel[];
  warnings: ChainWarningModel[];
  timeliness: TimelinessModel | null;
  thresholds: WarningThresholds;
}

export interface ChainQuery {
  year: number;
  month: number;
  region: string | null;
  programId: number | null;
  asOf: string;
  limitDays: number;
}

const wan = (f: number) => fenToWanString(f as Fen);

function noticeOf(
  rows: ChainRow[],
  daysAfterUpstream: number | null,
  receivedOn: string | null = null,
): ChainNoticeModel {
  const first = rows[0];
  if (!first) throw new Error('a notice without rows');
  return {
    documentId: first.documentId,
    number: first.number,
    batch: first.batch,
    batchName: batchName(first.batch),
    issuedOn: first.issuedOn,
    receivedOn,
    upstreamNumber: first.upstreamNumber,
    amount: rows.reduce((s, r) => s + r.thisBatch, 0) as Fen,
    annualTotal: rows.reduce((s, r) => s + r.annualTotal, 0) as Fen,
    daysAfterUpstream,
  };
}

function byDocument(rows: ChainRow[]): ChainRow[][] {
  const groups = new Map<number, ChainRow[]>();
  for (const r of rows) groups.set(r.documentId, [...(groups.get(r.documentId) ?? []), r]);
  return [...groups.values()];
}

/** A region's chain node: figures, notices on both sides, days and warnings. */
export async function chainNode(
  db: Db,
  region: RegionRow,
  execution: ExecutionModel,
  query: ChainQuery,
  thresholds: WarningThresholds,
): Promise<ChainNodeModel> {
  return { ...(await chainFigures(db, region, query)), execution, thresholds };
}

export type ChainFiguresModel = Omit<ChainNodeModel, 'execution' | 'thresholds'>;

/** Everything of a chain node but the execution figures. */
export async function chainFigures(
  db: Db,
  region: RegionRow,
  query: ChainQuery,
): Promise<ChainFiguresModel> {
  const figures = (await chainFiguresOfRegions(db, [region], query)).get(region.id);
  if (!figures) throw new Error(`chain figures of ${region.name} missing`);
  return figures;
}

/** The chain figures of several regions in three statements, whatever their number. */
export async function chainFiguresOfRegions(
  db: Db,
  regions: RegionRow[],
  query: ChainQuery,
): Promise<Map<number, ChainFiguresModel>> {
  // No regions, no figures: the statements below would still scan the whole year.
  if (regions.length === 0) return new Map();
  const ids = regions.map((r) => r.id);
  const stored = await chainRepo.chainFiguresOf(db, ids, query.year, query.programId);
  const rows = await chainRepo.yearRowsWithChildren(db, query.year, ids, query.programId);
  const receipts = await chainRepo.receiptsOf(db, ids);
  return new Map(
    regions.map((region) => [
      region.id,
      figuresOf(
        region,
        stored.filter((f) => f.regionId === region.id),
        rows.filter((r) => r.regionId === region.id || r.parentId === region.id),
        query,
        new Map(
          receipts.filter((r) => r.regionId === region.id).map((r) => [r.documentId, r.receivedOn]),
        ),
      ),
    ]),
  );
}

function figuresOf(
  region: RegionRow,
  stored: chainRepo.StoredChainFigures[],
  rows: (ChainRow & { programId: number })[],
  query: ChainQuery,
  /** Receipt dates the region recorded, by upstream document id. */
  receivedOn: Map<number, string>,
): ChainFiguresModel {
  const receivedRows = stored.filter((f) => f.received !== null);
  const received = receivedRows.length
    ? (receivedRows.reduce((s, f) => s + (f.received ?? 0), 0) as Fen)
    : null;
  const passedDown = stored.reduce((s, f) => s + f.passedDown, 0) as Fen;
  const kept = stored.reduce((s, f) => s + f.kept, 0) as Fen;
  const hasOwn = stored.some((f) => f.hasOwnNotice);
  // A county spends what it receives: 未分配 and 分配进度 are for the levels that pass money on.
  const passesOn = region.level !== 'county';
  const unallocated =
    received === null || !passesOn
      ? null
      : ((hasOwn ? received - passedDown - kept : received) as Fen);
  const allocationProgress =
    received === null || received === 0 || !passesOn ? null : (passedDown + kept) / received;

  const receipts = rows.filter((r) => r.regionId === region.id && isReceiptRow(r));
  const own = rows.filter(
    (r) =>
      (r.regionId === region.id && r.isOwnUse) ||
      (r.regionId !== region.id && r.parentId === region.id && isReceiptRow(r)),
  );
  const ownDocs = byDocument(own);

  // The days count from the recorded receipt, else from the upstream notice's issue date.
  const upstreamNotices = byDocument(receipts).map((g) =>
    noticeOf(g, null, receivedOn.get(g[0]?.documentId ?? 0) ?? null),
  );
  const startOf = (n: ChainNoticeModel) => n.receivedOn ?? n.issuedOn;
  const upstreamByNumber = new Map(upstreamNotices.map((n) => [n.number, n]));
  const ownNotices = ownDocs.map((g) => {
    const first = g[0];
    const upstream = first?.upstreamNumber ? upstreamByNumber.get(first.upstreamNumber) : undefined;
    const start = upstream ? startOf(upstream) : null;
    const days = start && first?.issuedOn ? daysBetween(start, first.issuedOn) : null;
    return noticeOf(g, days);
  });

  const warnings: ChainWarningModel[] = [];
  const name = region.name;
  for (const programRows of groupBy(receipts, (r) => r.programId)) {
    for (const check of walkFundYear(programRows, name).checks) {
      warnings.push({
        code: check.code,
        region,
        documentNumber: check.number,
        days: null,
        amount: check.stated,
        message: check.message,
      });
    }
  }

  // Timeliness: a region that passes money on (not a county) must do so within the limit.
  let daysToAllocate: number | null = null;
  let daysWaiting: number | null = null;
  if (passesOn) {
    for (const up of upstreamNotices) {
      const start = startOf(up);
      if (!start || up.amount === 0) continue;
      const linked = ownNotices.filter((n) => n.upstreamNumber === up.number);
      const days = linked.map((n) => n.daysAfterUpstream).filter((d): d is number => d !== null);
      if (days.length > 0) {
        const first = Math.min(...days);
        daysToAllocate = Math.max(daysToAllocate ?? 0, first);
        if (first > query.limitDays) {
          warnings.push({
            code: 'LATE_ALLOCATION',
            region,
            documentNumber: up.number,
            days: first,
            amount: up.amount,
            message: `${name}收到${up.number}后第 ${first} 天才分配下达（时限 ${query.limitDays} 天） · ${name} passed on the money of ${up.number} after ${first} days (limit ${query.limitDays})`,
          });
        }
      } else if (linked.length === 0) {
        const waiting = daysBetween(start, query.asOf);
        if (waiting < 0) continue;
        daysWaiting = Math.max(daysWaiting ?? 0, waiting);
        if (waiting > query.limitDays) {
          warnings.push({
            code: 'UNALLOCATED_OVERDUE',
            region,
            documentNumber: up.number,
            days: waiting,
            amount: up.amount,
            message: `已下达未分配：${name}收到${up.number}（${wan(up.amount)} 万元）已 ${waiting} 天未分配（时限 ${query.limitDays} 天） · allocated but not passed on: ${name} has held ${wan(up.amount)} 万元 of ${up.number} for ${waiting} days (limit ${query.limitDays})`,
          });
        }
      }
    }
    if (unallocated !== null && unallocated < 0) {
      const over = (0 - unallocated) as Fen;
      warnings.push({
        code: 'OVER_ALLOCATED',
        region,
        documentNumber: null,
        days: null,
        amount: over,
        message: `${name}分配下级与本级合计超过上级下达 ${wan(over)} 万元 · ${name} passed down and kept ${wan(over)} 万元 more than it received`,
      });
    }
  }
  const waited = Math.max(daysToAllocate ?? -1, daysWaiting ?? -1);
  const timeliness: TimelinessModel | null =
    passesOn && upstreamNotices.length > 0
      ? {
          limitDays: query.limitDays,
          days: waited < 0 ? null : waited,
          status:
            waited > query.limitDays
              ? 'NOT_MET'
              : daysWaiting === null && daysToAllocate !== null
                ? 'MET'
                : 'PENDING',
        }
      : null;

  return {
    region,
    year: query.year,
    month: query.month,
    asOf: query.asOf,
    limitDays: query.limitDays,
    programId: query.programId,
    received,
    passedDown,
    kept,
    unallocated,
    allocationProgress,
    daysToAllocate,
    daysWaiting,
    upstreamNotices,
    ownNotices,
    warnings,
    timeliness,
  };
}

function groupBy<T>(items: T[], key: (t: T) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

export async function allocationChain(
  db: Db,
  query: ChainQuery,
  thresholds: WarningThresholds,
): Promise<ChainNodeModel> {
  const { root, scope } = await scopeOf(db, {
    year: query.year,
    month: query.month,
    region: query.region,
    programId: query.programId,
  });
  return await chainNode(
    db,
    root,
    await withChildren(db, root, scope, thresholds),
    query,
    thresholds,
  );
}

/** The child regions with money in the chain, each as a node. */
export async function chainChildren(db: Db, node: ChainNodeModel): Promise<ChainNodeModel[]> {
  const query: ChainQuery = {
    year: node.year,
    month: node.month,
    region: null,
    programId: node.programId,
    asOf: node.asOf,
    limitDays: node.limitDays,
  };
  // The execution of each child comes with the parent's (one tree read); a child's own
  // children are read when asked for.
  const executions =
    node.execution.children ??
    (await withChildren(db, node.region, node.execution.scope, node.thresholds)).children ??
    [];
  const figures = await chainFiguresOfRegions(
    db,
    executions.map((e) => e.region),
    query,
  );
  return executions.flatMap((execution) => {
    const f = figures.get(execution.region.id);
    return f ? [{ ...f, execution, thresholds: node.thresholds }] : [];
  });
}

export interface FundYearModel {
  region: RegionRow;
  programId: number;
  year: number;
  inForce: Fen;
  notices: (ChainNoticeModel & { totalAfter: Fen })[];
  checks: ChainWarningModel[];
}

/**
 * The notices of each fund-year reaching a region, in order of issue, with the total in force
 * after each and the checks between them. For a region nothing from above is imported for,
 * its own notices' rows for itself (the 合计 row) stand for what it had.
 */
export async function fundYears(db: Db, region: RegionRow, year: number): Promise<FundYearModel[]> {
  const rows = await chainRepo.yearRows(db, year, [region.id], null);
  const receipts = rows.filter(isReceiptRow);
  const used = receipts.length > 0 ? receipts : rows.filter((r) => r.isSubtotal);
  return groupBy(used, (r) => r.programId).map((programRows) => {
    const walk = walkFundYear(programRows, region.name);
    return {
      region,
      programId: programRows[0]?.programId ?? 0,
      year,
      inForce: walk.inForce,
      notices: walk.steps.map((s) => ({
        ...noticeOf([s.row as ChainRow], null),
        totalAfter: s.totalAfter,
      })),
      checks: walk.checks.map((c) => ({
        code: c.code,
        region,
        documentNumber: c.number,
        days: null,
        amount: c.stated,
        message: c.message,
      })),
    };
  });
}

/**
 * The checks between the batches of every fund-year of a year, for the data-quality page:
 * each notice's stated earlier money against the notices imported before it.
 */
export async function fundYearChecks(db: Db, year: number): Promise<ChainWarningModel[]> {
  const rows = await chainRepo.receiptRowsOfYear(db, year);
  const regions = new Map(
    (await regionsByIds(db, [...new Set(rows.map((r) => r.regionId))])).map((r) => [r.id, r]),
  );
  const groups = new Map<string, ChainRow[]>();
  for (const r of rows) {
    const key = `${r.regionId}/${r.programId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const checks: ChainWarningModel[] = [];
  for (const group of groups.values()) {
    const region = regions.get(group[0]?.regionId ?? 0);
    if (!region) continue;
    for (const c of walkFundYear(group, region.name).checks) {
      checks.push({
        code: c.code,
        region,
        documentNumber: c.number,
        days: null,
        amount: c.stated,
        message: c.message,
      });
    }
  }
  return checks.sort(
    (a, b) => a.region.path.localeCompare(b.region.path) || a.code.localeCompare(b.code),
  );
}
