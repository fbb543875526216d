/**
 * Sample data for a first run: the bundled seed notice, and clearly flagged monthly spending
 * reports and indicator results for 2022 so a newcomer sees a living dashboard. The reports go
 * through the same write path as a county's. Deterministic: the same figures every time.
 *
 * The spread: most counties near the time-elapsed benchmark, 木垒 lagging badly, 玛纳斯 behind,
 * 奇台 not reported for the latest month, 昌吉市 with a corrected resubmission, 玛纳斯 late once.
 * Reports are dated as filed in the month they report (the week before its end).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTransaction, type Db } from '../db/connection.ts';
import { DIRECTIONS, type DirectionCode } from '../domain/directions.ts';
import { addFen, fen, subFen, type Fen } from '../domain/money.ts';
import * as indicatorsRepo from '../repositories/indicators.repo.ts';
import { systemActor } from './actor.ts';
import * as spendingRepo from '../repositories/spending.repo.ts';
import { importNotice } from './import-notice.service.ts';
import { submitSpendingReport } from './spending.service.ts';
import * as documentsRepo from '../repositories/documents.repo.ts';

import type { SpendingLineInput } from './spending-validation.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const SAMPLE_NOTICE = resolve(here, '../../samples/changji-2022-batch2-notice.txt');
/**
 * Notices of our own writing that fit the seed, flagged as sample: its 提前下达 notice (the
 * seed's column 3) and the 自治区 notice it names as upstream (its 昌吉州 row), so a newcomer
 * sees a fund-year's batches and the chain of levels.
 */
export const SAMPLE_CHAIN_NOTICES = [
  resolve(here, '../../samples/changji-2022-advance-notice.txt'),
  resolve(here, '../../samples/xinjiang-2022-batch2-notice.txt'),
];
export const SAMPLE_YEAR = 2022;
/** The latest month with sample reports. */
export const SAMPLE_LATEST_MONTH = 10;
const SAMPLE_USER = 'sample-data';

/** Progress relative to the benchmark, per county (by name); others run at 1.0. */
const PACE: Record<string, number> = {
  昌吉市: 1.03,
  阜康市: 0.96,
  呼图壁县: 1.06,
  玛纳斯县: 0.74,
  奇台县: 0.99,
  吉木萨尔县: 0.93,
  木垒哈萨克自治县: 0.46,
};
const NOT_REPORTED_LATEST = '奇台县';
const RESUBMITTED = { region: '昌吉市', month: 9 };
const LATE_FILER = { region: '玛纳斯县', month: 8 };

/** How spending divides between directions, in per mille. */
const DIRECTION_SHARE: Record<DirectionCode, number> = {
  SUBSISTENCE_ALLOWANCE: 620,
  EXTREME_POVERTY_SUPPORT: 180,
  TEMPORARY_ASSISTANCE: 120,
  VAGRANT_ASSISTANCE: 30,
  ORPHAN_SUPPORT: 50,
};

const ROUND = 10_000; // 0.01 万元 in fen: sample figures are in whole hundreds of yuan.

function roundFen(value: number): Fen {
  return fen(Math.round(value / ROUND) * ROUND);
}

function splitByDirection(spent: Fen): { direction: DirectionCode; spent: Fen }[] {
  const parts = DIRECTIONS.map((d) => ({
    direction: d.code,
    spent: fen(Math.floor((spent * DIRECTION_SHARE[d.code]) / 1000 / ROUND) * ROUND),
  }));
  // The rounding remainder goes to the largest direction, so the parts add up exactly.
  const first = parts[0];
  if (first) first.spent = addFen(first.spent, subFen(spent, addFen(...parts.map((p) => p.spent))));
  return parts;
}

function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function spentFor(annual: Fen, pace: number, month: number, regionIndex: number): Fen {
  // A little month-to-month unevenness, as treasury payments come in lumps.
  const wobble = 1 + 0.03 * Math.sin(month * 1.7 + regionIndex);
  return fen(Math.min(annual, roundFen((annual * month * pace * wobble) / 12)));
}

function lineFor(
  documentNumber: string,
  annual: Fen,
  spent: Fen,
  month: number,
): SpendingLineInput {
  const lagging = spent * 12 < annual * month;
  return {
    documentNumber,
    spent,
    directions: splitByDirection(spent),
    reason: lagging ? '部分乡镇救助对象动态调整尚未完成，资金拨付进度滞后于序时进度' : null,
    measures: lagging ? '督促乡镇加快审核认定，按月足额发放；财政、民政部门每旬调度支出进度' : null,
    measuresDueOn: lagging ? lastDayOf(SAMPLE_YEAR, Math.min(month + 1, 12)) : null,
  };
}

/**
 * When a county filed its month: in the last week before the month end (Beijing morning), as
 * the notice asks; 玛纳斯 filed late once, so the calendar has something to show.
 */
function filingDate(county: string, month: number, index: number): Date {
  if (county === LATE_FILER.region && month === LATE_FILER.month) {
    return new Date(Date.UTC(SAMPLE_YEAR, month, 3, 2)); // the 3rd of the next month
  }
  const day = 20 + ((index * 3 + month) % 8); // 20th–27th
  return new Date(Date.UTC(SAMPLE_YEAR, month - 1, day, 2));
}

async function addSpendingReports(
  db: Db,
  documentNumber: string,
  counties: { id: number; name: string }[],
): Promise<number> {
  const document = await documentsRepo.findDocument(db, documentNumber);
  if (!document) throw new Error(`sample notice ${documentNumber} is not imported`);
  let count = 0;
  for (const [index, county] of counties.entries()) {
    const fund = (await spendingRepo.fundsForRegion(db, county.id, [documentNumber]))[0]
      ?.allocation;
    if (!fund) continue;
    const pace = PACE[county.name] ?? 1;
    let previous = fen(0);
    for (let month = 1; month <= SAMPLE_LATEST_MONTH; month++) {
      if (month === SAMPLE_LATEST_MONTH && county.name === NOT_REPORTED_LATEST) continue;
      const spent = fen(Math.max(previous, spentFor(fund.annualTotal, pace, month, index)));
      previous = spent;
      const submit = async (value: Fen, at: Date) => {
        const result = await submitSpendingReport(
          db,
          {
            region: county.name,
            year: SAMPLE_YEAR,
            month,
            lines: [lineFor(documentNumber, fund.annualTotal, value, month)],
          },
          { actor: systemActor(SAMPLE_USER), now: at, isSample: true },
        );
        if (result.errors.length > 0)
          throw new Error(`sample report refused: ${JSON.stringify(result.errors)}`);
        count++;
      };
      const filedOn = filingDate(county.name, month, index);
      // The corrected resubmission: a first version with a slip, then the right figure.
      if (county.name === RESUBMITTED.region && month === RESUBMITTED.month) {
        await submit(roundFen(spent * 0.9), filedOn);
        await submit(spent, new Date(filedOn.getTime() + 3 * 86_400_000));
      } else {
        await submit(spent, filedOn);
      }
    }
  }
  return count;
}

/** A result per indicator: mostly met, with a few misses so the status lights mean something. */
async function addIndicatorResults(
  db: Db,
  documentId: number,
  counties: { id: number; name: string }[],
): Promise<number> {
  const rows: indicatorsRepo.NewIndicatorResult[] = [];
  const base = { reportedBy: SAMPLE_USER, isSample: true };
  for (const [c, county] of counties.entries()) {
    const lagging = (PACE[county.name] ?? 1) < 0.6;
    (await indicatorsRepo.targetsForRegion(db, documentId, county.id)).forEach((target, i) => {
      const miss = lagging && i % 4 === 1;
      const result = {
        ...base,
        regionId: county.id,
        indicatorId: target.indicatorId,
        year: SAMPLE_YEAR,
      };
      const reportedOn = lastDayOf(SAMPLE_YEAR, SAMPLE_LATEST_MONTH);
      switch (target.kind) {
        case 'COMPARISON': {
          const goal = target.value ?? 0;
          const value = miss ? goal - 3.5 : Math.min(100, goal + 1 + ((c + i) % 5));
          rows.push({ ...result, value, text: `${value}%`, reportedOn });
          break;
        }
        case 'RELATIVE_TO_PREVIOUS_YEAR': {
          const last = 500 + 20 * c + 15 * i;
          const now = miss ? last : last + 30 + ((c * 7 + i) % 20);
          rows.push({
            ...result,
            year: SAMPLE_YEAR - 1,
            value: last,
            text: `${last}`,
            reportedOn: `${SAMPLE_YEAR - 1}-12-31`,
          });
          rows.push({ ...result, value: now, text: `${now}`, reportedOn });
          break;
        }
        case 'DEADLINE': {
          const days = miss ? (target.value ?? 30) + 8 : 10 + ((c * 3) % 15);
          const done = new Date(Date.UTC(SAMPLE_YEAR, 5, 7 + days)).toISOString().slice(0, 10);
          rows.push({
            ...result,
            value: days,
            text: `收到资金后${days}日下达`,
            achievedOn: done,
            reportedOn,
          });
          break;
        }
        case 'QUALITATIVE':
          rows.push({
            ...result,
            outcome: miss ? 'PARTIAL' : 'MET',
            text: miss ? '部分完成' : '已完成',
            reportedOn,
          });
          break;
      }
    });
  }
  await indicatorsRepo.insertIndicatorResults(db, rows);
  return rows.length;
}

export interface SampleDataSummary {
  documentNumber: string;
  reports: number;
  indicatorResults: number;
}

/** Imports the bundled notice (if absent) and adds the sample reports and results. */
export async function addSampleData(db: Db): Promise<SampleDataSummary> {
  const text = readFileSync(SAMPLE_NOTICE, 'utf8');
  const imported = await importNotice(db, {
    text,
    sourceName: 'changji-2022-batch2-notice.txt',
    actor: systemActor(SAMPLE_USER),
  });
  const number = imported.document.number;
  await importSampleChain(db);
  if ((await spendingRepo.countSampleReports(db)) > 0)
    return { documentNumber: number, reports: 0, indicatorResults: 0 };
  return await writeTransaction(db, async (tx) => {
    const document = await documentsRepo.findDocument(tx, number);
    if (!document) throw new Error('the sample notice did not import');
    const regions = (await documentsRepo.allocatedRegions(tx, document.id)).map((a) => ({
      id: a.regionId,
      name: a.regionName,
      isSubtotal: a.isSubtotal,
    }));
    return {
      documentNumber: number,
      // Counties file reports; every region with a target sheet (the prefecture too) has results.
      reports: await addSpendingReports(
        tx,
        number,
        regions.filter((r) => !r.isSubtotal),
      ),
      indicatorResults: await addIndicatorResults(tx, document.id, regions),
    };
  });
}

async function importSampleChain(db: Db): Promise<void> {
  for (const path of SAMPLE_CHAIN_NOTICES) {
    const summary = await importNotice(db, {
      text: readFileSync(path, 'utf8'),
      sourceName: basename(path),
      actor: systemActor(SAMPLE_USER),
    });
    await documentsRepo.markSample(db, summary.document.number);
  }
}

/** Removes every sample report and result; the imported notices stay. */
export async function removeSampleData(
  db: Db,
): Promise<{ reports: number; indicatorResults: number }> {
  return await writeTransaction(db, async (tx) => {
    const reports = await spendingRepo.countSampleReports(tx);
    for (const period of await spendingRepo.deleteSampleReports(tx)) {
      await spendingRepo.setCurrentReport(
        tx,
        period,
        await spendingRepo.latestReportId(tx, period.regionId, period.year, period.month),
      );
    }
    return { reports, indicatorResults: await indicatorsRepo.deleteSampleResults(tx) };
  });
}
