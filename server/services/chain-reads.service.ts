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

/** What a chain node shows from the stored figures alone (fund_year_regions). */
export interface ChainFiguresModel {
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
}

/** What needs the notices' rows: days, the notices on both sides, warnings, timeliness. */
export interface ChainDetailsModel {
  daysToAllocate: number | null;
  daysWaiting: number | null;
  upstreamNotices: ChainNoticeModel[];
  ownNotices: ChainNoticeModel[];
  warnings: ChainWarningModel[];
  timeliness: TimelinessModel | null;
}

export interface ChainNodeModel extends ChainFiguresModel {
  execution: ExecutionModel;
  thresholds: WarningThresholds;
  /**
   * Read when a field asks for it, once for the node and its siblings together: the rows
   * behind it are thousands for a province's prefectures, and most views ask only figures.
   */
  details: () => Promise<ChainDetailsModel>;
  /** The children's figures when read with the node's (the query's root), by region id. */
  childFigures?: Map<number, ChainFiguresModel>;
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

/** A notice's part for a region: its row, or its rows for the region's children summed. */
type NoticePart = Pick<
  ChainRow,
  'documentId' | 'number' | 'batch' | 'issuedOn' | 'upstreamNumber' | 'thisBatch' | 'annualTotal'
>;

function noticeOf(
  rows: NoticePart[],
  daysAfterUpstream: number | null,
  receivedOn: string | null = null,
): ChainNoticeModel {
  const first = rows[0];
  if (!first) throw new Error('a notice without rows');
  let amount = 0;
  let annualTotal = 0;
  for (const r of rows) {
    amount += r.thisBatch;
    annualTotal += r.annualTotal;
  }
  return {
    documentId: first.documentId,
    number: first.number,
    batch: first.batch,
    batchName: batchName(first.batch),
    issuedOn: first.issuedOn,
    receivedOn,
    upstreamNumber: first.upstreamNumber,
    amount: amount as Fen,
    annualTotal: annualTotal as Fen,
    daysAfterUpstream,
  };
}

function groupBy<T, K>(items: T[], key: (t: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

const byDocument = <T extends NoticePart>(rows: T[]) => groupBy(rows, (r) => r.documentId);

/** In order of issue (the same day: in order of import). */
const byIssue = (a: ChainNoticeModel, b: ChainNoticeModel) =>
  (a.issuedOn ?? '') < (b.issuedOn ?? '')
    ? -1
    : (a.issuedOn ?? '') > (b.issuedOn ?? '')
      ? 1
      : a.documentId - b.documentId;

/** The stored figures of several regions, in one statement whatever their number. */
export async function chainFiguresOfRegions(
  db: Db,
  regions: RegionRow[],
  query: ChainQuery,
): Promise<Map<number, ChainFiguresModel>> {
  // No regions, no figures: the statement below would still scan the whole year.
  if (regions.length === 0) return new Map();
  const totals = new Map(
    (
      await chainRepo.chainTotalsOf(
        db,
        regions.map((r) => r.id),
        query.year,
        query.programId,
      )
    ).map((t) => [t.regionId, t]),
  );
  return new Map(
    regions.map((region) => [region.id, figuresOf(region, totals.get(region.id), query)]),
  );
}

function figuresOf(
  region: RegionRow,
  /** Undefined: no fund-year of the year reaches the region. */
  totals: chainRepo.ChainTotals | undefined,
  query: ChainQuery,
): ChainFiguresModel {
  const received = totals?.received ?? null;
  const passedDown = totals?.passedDown ?? 0;
  const kept = totals?.kept ?? 0;
  const hasOwn = totals?.hasOwnNotice ?? false;
  // A county spends what it receives: 未分配 and 分配进度 are for the levels that pass money on.
  const passesOn = region.level !== 'county';
  const unallocated =
    received === null || !passesOn ? null : hasOwn ? received - passedDown - kept : received;
  const allocationProgress =
    received === null || received === 0 || !passesOn ? null : (passedDown + kept) / received;
  return {
    region,
    year: query.year,
    month: query.month,
    asOf: query.asOf,
    limitDays: query.limitDays,
    programId: query.programId,
    received: received as Fen | null,
    passedDown: passedDown as Fen,
    kept: kept as Fen,
    unallocated: unallocated as Fen | null,
    allocationProgress,
  };
}

/**
 * The details of several regions' nodes in three statements, whatever their number: their own
 * rows, their children's rows summed per notice, their receipt dates. `unallocated` (from the
 * figures) only decides the OVER_ALLOCATED warning.
 */
export async function chainDetailsOfRegions(
  db: Db,
  nodes: Pick<ChainFiguresModel, 'region' | 'unallocated'>[],
  query: ChainQuery,
): Promise<Map<number, ChainDetailsModel>> {
  if (nodes.length === 0) return new Map();
  const ids = nodes.map((n) => n.region.id);
  const own = await chainRepo.ownRowsOf(db, query.year, ids, query.programId);
  const children = await chainRepo.childrenByNotice(db, query.year, ids, query.programId);
  const receipts = await chainRepo.receiptsOf(db, ids);
  const ownOf = new Map(groupBy(own, (r) => r.regionId).map((g) => [g[0]?.regionId, g]));
  const childrenOf = new Map(groupBy(children, (c) => c.parentId).map((g) => [g[0]?.parentId, g]));
  const receivedOn = new Map<number, Map<number, string>>();
  for (const r of receipts) {
    const dates = receivedOn.get(r.regionId) ?? new Map<number, string>();
    dates.set(r.documentId, r.receivedOn);
    receivedOn.set(r.regionId, dates);
  }
  return new Map(
    nodes.map((node) => [
      node.region.id,
      detailsOf(
        node,
        ownOf.get(node.region.id) ?? [],
        childrenOf.get(node.region.id) ?? [],
        query,
        receivedOn.get(node.region.id) ?? new Map<number, string>(),
      ),
    ]),
  );
}

function detailsOf(
  node: Pick<ChainFiguresModel, 'region' | 'unallocated'>,
  /** The region's rows as a recipient and its 本级 rows. */
  rows: (ChainRow & { programId: number })[],
  /** Its own notices' rows for its children, summed per notice. */
  children: chainRepo.ChildrenOfNotice[],
  query: ChainQuery,
  /** Receipt dates the region recorded, by upstream document id. */
  receivedOn: Map<number, string>,
): ChainDetailsModel {
  const { region, unallocated } = node;
  const passesOn = region.level !== 'county';
  const receipts = rows.filter(isReceiptRow);
  const ownDocs = byDocument<NoticePart>([...rows.filter((r) => r.isOwnUse), ...children]);

  // The days count from the recorded receipt, else from the upstream notice's issue date.
  const upstreamNotices = byDocument(receipts)
    .map((g) => noticeOf(g, null, receivedOn.get(g[0]?.documentId ?? 0) ?? null))
    .sort(byIssue);
  const startOf = (n: ChainNoticeModel) => n.receivedOn ?? n.issuedOn;
  const upstreamByNumber = new Map(upstreamNotices.map((n) => [n.number, n]));
  const ownNotices = ownDocs
    .map((g) => {
      const first = g[0];
      const upstream = first?.upstreamNumber
        ? upstreamByNumber.get(first.upstreamNumber)
        : undefined;
      const start = upstream ? startOf(upstream) : null;
      const days = start && first?.issuedOn ? daysBetween(start, first.issuedOn) : null;
      return noticeOf(g, days);
    })
    .sort(byIssue);

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

  return { daysToAllocate, daysWaiting, upstreamNotices, ownNotices, warnings, timeliness };
}

/**
 * Chain nodes of sibling regions: figures now; their details in one read for all of them,
 * the first time any of them is asked.
 */
function nodesOf(
  db: Db,
  items: { figures: ChainFiguresModel; execution: ExecutionModel }[],
  query: ChainQuery,
  thresholds: WarningThresholds,
): ChainNodeModel[] {
  let all: Promise<Map<number, ChainDetailsModel>> | null = null;
  const figures = items.map((i) => i.figures);
  return items.map(({ figures: f, execution }) => ({
    ...f,
    execution,
    thresholds,
    details: async () => {
      all ??= chainDetailsOfRegions(db, figures, query);
      const details = (await all).get(f.region.id);
      if (!details) throw new Error(`chain details of ${f.region.name} missing`);
      return details;
    },
  }));
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
  const execution = await withChildren(db, root, scope, thresholds);
  // The root's figures and its children's in one statement: every view shows the children.
  const childFigures = await chainFiguresOfRegions(
    db,
    [root, ...(execution.children ?? []).map((c) => c.region)],
    query,
  );
  const figures = childFigures.get(root.id);
  if (!figures) throw new Error(`chain figures of ${root.name} missing`);
  const [node] = nodesOf(db, [{ figures, execution }], query, thresholds);
  if (!node) throw new Error(`chain node of ${root.name} missing`);
  return { ...node, childFigures };
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
  const figures =
    node.childFigures ??
    (await chainFiguresOfRegions(
      db,
      executions.map((e) => e.region),
      query,
    ));
  return nodesOf(
    db,
    executions.flatMap((execution) => {
      const f = figures.get(execution.region.id);
      return f ? [{ figures: f, execution }] : [];
    }),
    query,
    node.thresholds,
  );
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
