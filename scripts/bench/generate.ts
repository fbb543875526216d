/**
 * Generates a benchmark data set through the product's own write paths: the region tree
 * (addRegionTree), one notice per fund, batch and prefecture (importNotice, which parses the
 * text), twelve monthly reports per county (a sample through submitSpendingReport one by one,
 * the rest through the batch path submitSpendingReports), and indicator results
 * (recordIndicatorResult). Returns what it wrote and how fast.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { openDb } from '../../server/db/open.ts';
import { allRows, firstRow } from '../../server/db/sql-rows.ts';
import { DIRECTION_CODES } from '../../server/domain/directions.ts';
import { fen, type Fen } from '../../server/domain/money.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { recordIndicatorResult } from '../../server/services/indicators.service.ts';
import { addRegionTree } from '../../server/services/region-tree.service.ts';
import { submitSpendingReports } from '../../server/services/spending-batch.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import type { SpendingReportInput } from '../../server/services/spending-validation.ts';
import { BENCH_INDICATORS, noticeText } from './notice-text.ts';
import { fundName, provincesWithPrefectures, regionTree, type Scale } from './scale.ts';
import { systemActor } from '../../server/services/actor.ts';

/** The benchmark writes as the system does (bulk imports, the CLI). */
const BENCH_SYSTEM = systemActor('bench');

/** The clock the data is written at: after the data year, so all twelve months are open. */
export const BENCH_NOW = new Date('2026-01-20T02:00:00Z');

/** A county's funds: each document allocating to it and the annual amount. */
type CountyFunds = Map<string, { number: string; annual: Fen; fund: number }[]>;

export interface Generated {
  db: Db;
  regions: number;
  notices: number;
  noticeMs: number;
  reports: number;
  spendingLines: number;
  /** The batch path (submitSpendingReports). */
  batchLines: number;
  batchMs: number;
  /** The one-report path (submitSpendingReport), on a sample of counties. */
  singleLines: number;
  singleMs: number;
  indicatorResults: number;
}

/** Deterministic 0..1 from integers: the same data set every run. */
function unit(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) h = Math.imul(h ^ x, 16777619) >>> 0;
  return (Math.imul(h ^ (h >>> 15), 2246822507) >>> 0) / 2 ** 32;
}

/**
 * The notices of every fund, batch and level, the real way: a province's notice allocates to
 * its prefectures (upstream of theirs), each prefecture's notice to its counties. A fund in two
 * batches: the first batch's money is the second notice's 提前 column, and its 全年 includes it
 * (全年 = 提前 + 此次), so summing 全年 over notices would count the first batch twice; the
 * counting rule must not. Returns each county's funds (the latest notice of each fund-year) and
 * the national total the counties were allocated, for the check after import.
 */
async function importNotices(
  db: Db,
  scale: Scale,
): Promise<{
  funds: CountyFunds;
  notices: number;
  countyTotal: Fen;
  firstNotice: Map<string, string>;
}> {
  const funds: CountyFunds = new Map();
  const firstNotice = new Map<string, string>();
  let notices = 0;
  let countyTotal = 0;
  const byProvince = provincesWithPrefectures(scale);
  for (let f = 0; f < scale.funds; f++) {
    const batches = f < scale.secondBatchFunds ? [1, 2] : [1];
    for (const batch of batches) {
      const last = batch === batches[batches.length - 1];
      // Whole 万元 with two decimals: amounts a notice writes, exact in fen.
      const money = (c: { index: number }, b: number) =>
        b === 1
          ? fen(Math.round(100 + unit(f, 1, c.index) * 5000) * 1_000_000)
          : fen(Math.round(unit(c.index, f, b) * 100_000) * 100);
      for (const [province, prefs] of byProvince) {
        const provinceNumber = `${province}财社〔${scale.year}〕${f * 2 + batch}号`;
        const rows = prefs.map((p) => ({
          name: p.name,
          early: fen(batch === 1 ? 0 : p.counties.reduce((s, c) => s + money(c, 1), 0)),
          thisBatch: fen(p.counties.reduce((s, c) => s + money(c, batch), 0)),
        }));
        await importNotice(db, {
          text: noticeText({
            issuer: province,
            bureau: '财政厅',
            sheets: false,
            number: provinceNumber,
            upstreamNumber: `财社〔${scale.year}〕${f * 2 + batch}号`,
            fund: fundName(f),
            year: scale.year,
            batch: batch === 1 ? '第一批' : '第二批',
            issuedOn: `${scale.year}年${batch === 1 ? 2 : 5}月1日`,
            counties: rows,
          }),
          sourceName: `bench-${provinceNumber}`,
          actor: BENCH_SYSTEM,
        });
        notices++;
        for (const p of prefs) {
          const counties = p.counties.map((c) => ({
            name: c.name,
            early: fen(batch === 1 ? 0 : money(c, 1)),
            thisBatch: money(c, batch),
          }));
          const number = `${p.name}财社〔${scale.year}〕${f * 2 + batch}号`;
          const text = noticeText({
            issuer: p.name,
            number,
            upstreamNumber: provinceNumber,
            fund: fundName(f),
            year: scale.year,
            batch: batch === 1 ? '第一批' : '第二批',
            issuedOn: `${scale.year}年${batch === 1 ? 3 : 5}月${batch === 1 ? 1 : 20}日`,
            counties,
          });
          await importNotice(db, { text, sourceName: `bench-${number}`, actor: BENCH_SYSTEM });
          notices++;
          for (const c of counties) {
            if (f === 0 && batch === 1) firstNotice.set(c.name, number);
            if (!last) continue;
            // A report has one line per fund-year: the latest notice, its 全年.
            const annual = fen(c.early + c.thisBatch);
            countyTotal += annual;
            const list = funds.get(c.name) ?? [];
            list.push({ number, annual, fund: f });
            funds.set(c.name, list);
          }
        }
      }
    }
  }
  return { funds, notices, countyTotal: fen(countyTotal), firstNotice };
}

/**
 * The allocation the product counts for the whole country must be what counties were given.
 * Plain SQL both engines run: the subtree by LIKE (paths are digits and slashes), the sum
 * compared as text (PostgreSQL's sum of bigint is numeric).
 */
async function checkNationalTotal(db: Db, year: number, expected: Fen): Promise<void> {
  const root = await firstRow<{ path: string }>(
    db,
    sql`select path from regions where parent_id is null and name = '全国'`,
  );
  const counted = await firstRow<{ n: number | string | null }>(
    db,
    sql`select sum(t.allocated) as n from allocation_region_totals t join regions g on g.id = t.region_id
        where t.year = ${year} and g.path like ${`${root?.path ?? ''}%`}`,
  );
  if (String(counted?.n) !== String(expected)) {
    throw new Error(
      `national allocation ${counted?.n} fen ≠ the counties' ${expected} fen: money counted twice or lost`,
    );
  }
}

/** One county's report for a month: cumulative spending at its own pace, one direction a line. */
function reportFor(
  county: string,
  c: number,
  month: number,
  list: { number: string; annual: Fen; fund: number }[],
  year: number,
): SpendingReportInput {
  return {
    region: county,
    year,
    month,
    lines: list.map((d, i) => {
      const pace = 0.45 + unit(c, i) * 0.75;
      const spent = fen(Math.floor(d.annual * Math.min(1, (pace * month) / 12)));
      const lagging = spent * 12 < d.annual * month;
      return {
        documentNumber: d.number,
        spent,
        directions: [
          {
            direction: DIRECTION_CODES[d.fund % DIRECTION_CODES.length] ?? 'SUBSISTENCE_ALLOWANCE',
            spent,
          },
        ],
        reason: lagging ? '部分资金拨付流程尚未完成' : null,
        measures: lagging ? '加快审核拨付' : null,
        measuresDueOn: lagging ? `${year + 1}-03-31` : null,
      };
    }),
  };
}

/** A county that skips December: "not reported" must show at scale too. */
const skipsDecember = (c: number) => c % 23 === 5;

/** What a generation wrote and how fast, kept beside a kept data set. */
export type GenerationFigures = Omit<Generated, 'db'>;

/** Generates into `location`: a SQLite file or an empty PostgreSQL database (a postgres:// URL). */
export async function generate(
  location: string,
  scale: Scale,
  log: (line: string) => void,
): Promise<Generated> {
  const db = await openDb(location);
  await addRegionTree(db, regionTree(scale));
  let t = performance.now();
  const { funds, notices, countyTotal, firstNotice } = await importNotices(db, scale);
  const noticeMs = performance.now() - t;
  log(`  ${notices} notices imported in ${(noticeMs / 1000).toFixed(1)} s`);
  await checkNationalTotal(db, scale.year, countyTotal);
  log(`  national allocation = the sum of the counties' (${countyTotal} fen): counted once`);

  const options = { actor: BENCH_SYSTEM, now: BENCH_NOW };
  const counties = [...funds.entries()];
  const reportsOf = (county: string, c: number) =>
    Array.from({ length: 12 }, (_, m) => m + 1)
      .filter((m) => !(m === 12 && skipsDecember(c)))
      .map((m) => reportFor(county, c, m, funds.get(county) ?? [], scale.year));
  // A few counties through the one-report path (one transaction, one fsync each).
  const single = Math.max(1, Math.round(counties.length / 100));
  let singleLines = 0;
  t = performance.now();
  for (const [c, [county]] of counties.slice(0, single).entries()) {
    for (const input of reportsOf(county, c)) {
      const result = await submitSpendingReport(db, input, options);
      if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      singleLines += input.lines.length;
    }
  }
  const singleMs = performance.now() - t;
  // The rest through the batch path, a few hundred reports a transaction.
  let batchLines = 0;
  let batchMs = 0;
  let reports = 0;
  const CHUNK = 50;
  for (let from = single; from < counties.length; from += CHUNK) {
    const inputs = counties
      .slice(from, from + CHUNK)
      .flatMap(([county], i) => reportsOf(county, from + i));
    t = performance.now();
    const result = await submitSpendingReports(db, inputs, options);
    batchMs += performance.now() - t;
    if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    batchLines += result.lines;
    reports += result.stored;
  }
  reports += counties
    .slice(0, single)
    .reduce((n, [county], c) => n + reportsOf(county, c).length, 0);
  log(`  ${reports} reports, ${singleLines + batchLines} lines`);

  // Results for two indicators of the first fund's notices, every county.
  let indicatorResults = 0;
  const indicatorOptions = { actor: BENCH_SYSTEM, now: BENCH_NOW };
  for (const [c, [county]] of counties.entries()) {
    const first = firstNotice.has(county) ? { number: firstNotice.get(county) ?? '' } : null;
    if (!first) continue;
    const results = [
      { indicator: BENCH_INDICATORS[2]?.[0] ?? '', value: 90 + Math.round(unit(c, 7) * 10) },
      { indicator: BENCH_INDICATORS[0]?.[0] ?? '', outcome: 'MET' as const },
    ];
    for (const r of results) {
      const recorded = await recordIndicatorResult(
        db,
        { region: county, documentNumber: first.number, year: scale.year, ...r },
        indicatorOptions,
      );
      if (recorded.errors.length > 0) throw new Error(JSON.stringify(recorded.errors));
      indicatorResults++;
    }
  }
  return {
    db,
    regions: Number(
      (await allRows<{ n: number | string }>(db, sql`select count(*) as n from regions`))[0]?.n,
    ),
    notices,
    noticeMs,
    reports,
    spendingLines: singleLines + batchLines,
    batchLines,
    batchMs,
    singleLines,
    singleMs,
    indicatorResults,
  };
}
