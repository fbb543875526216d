/**
 * The official forms as .xlsx files: a document's allocation table (附件1), a region's target
 * sheet (附件3), and a region's feedback form (附件4) for a month, filled from its latest report
 * or blank for filling in. Reads through the repositories; the layouts live in server/excel/.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../excel/load-exceljs.ts';
import type { Db } from '../db/connection.ts';
import { addAllocationSheet } from '../excel/allocation-form.ts';
import { addFeedbackFormSheet, type FeedbackFormLine } from '../excel/feedback-form-export.ts';
import { addTargetSheet } from '../excel/target-sheet-form.ts';
import * as excelReads from '../repositories/excel-reads.repo.ts';
import * as reportReads from '../repositories/report-reads.repo.ts';
import { latestReportId } from '../repositories/spending.repo.ts';
import { documentByNumber } from './documents.service.ts';
import { InputError } from './errors.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import { validatePeriod } from './spending-validation.ts';

export interface XlsxFile {
  filename: string;
  bytes: Buffer;
}

const BATCH_NAMES = ['提前下达', '第一批', '第二批', '第三批', '第四批', '第五批', '第六批'];

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '资金执行分析';
  workbook.created = new Date(0);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function revisionOf(db: Db, documentNumber: string) {
  const document = await documentByNumber(db, documentNumber);
  const revision = document ? await excelReads.currentRevisionOf(db, document.id) : undefined;
  if (!revision) {
    throw new InputError(
      'DOCUMENT_NOT_FOUND',
      'document',
      `没有文号为「${documentNumber.slice(0, 40)}」的指标文件`,
    );
  }
  return revision;
}

async function regionOf(db: Db, name: string) {
  const region = await resolveRegion(db, name);
  if (isFieldError(region)) throw new InputError(region.code, region.field, region.message);
  return region;
}

/** `2022年困难群众救助补助资金（第二批）分配表`, as the notice titles its 附件1. */
export function allocationTitle(revision: {
  year: number;
  batch: number | null;
  programName: string;
}): string {
  const batch =
    revision.batch === null ? '' : `（${BATCH_NAMES[revision.batch] ?? `第${revision.batch}批`}）`;
  return `${revision.year}年${revision.programName}${batch}分配表`;
}

export async function allocationWorkbook(db: Db, documentNumber: string): Promise<XlsxFile> {
  const revision = await revisionOf(db, documentNumber);
  const workbook = await newWorkbook();
  addAllocationSheet(workbook, {
    documentNumber: revision.number,
    title: allocationTitle(revision),
    rows: await excelReads.allocationRows(db, revision.revisionId),
  });
  return {
    filename: `附件1 ${allocationTitle(revision)}（${revision.number}）.xlsx`,
    bytes: await bytesOf(workbook),
  };
}

export async function targetSheetWorkbook(
  db: Db,
  documentNumber: string,
  regionName: string,
): Promise<XlsxFile> {
  const revision = await revisionOf(db, documentNumber);
  const region = await regionOf(db, regionName);
  const found = await excelReads.targetSheetOf(db, revision.revisionId, region.id);
  if (!found) {
    throw new InputError(
      'TARGET_SHEET_NOT_FOUND',
      'region',
      `${revision.number} 没有${region.name}的区域绩效目标表`,
    );
  }
  const workbook = await newWorkbook();
  addTargetSheet(workbook, {
    year: found.sheet.year ?? revision.year,
    regionName: region.name,
    projectName: found.sheet.projectName,
    departments: found.sheet.departments,
    fundTotal: found.sheet.fundTotal,
    centralFunds: found.sheet.centralFunds,
    localFunds: found.sheet.localFunds,
    goals: found.goals,
    indicators: found.indicators,
  });
  return {
    filename: `附件3 区域绩效目标表 ${region.name}（${revision.number}）.xlsx`,
    bytes: await bytesOf(workbook),
  };
}

/** The lines of the form: every fund of the year for the region, with the latest report's figures. */
async function feedbackLines(
  db: Db,
  regionId: number,
  year: number,
  month: number,
  blank: boolean,
): Promise<FeedbackFormLine[]> {
  const funds = await excelReads.fundsOfRegion(db, regionId, year);
  const reportId = blank ? null : await latestReportId(db, regionId, year, month);
  const reported = reportId === null ? [] : await reportReads.linesByReportIds(db, [reportId]);
  const directions = await reportReads.directionsByLineIds(
    db,
    reported.map((l) => l.id),
  );
  return funds.map((fund) => {
    const line = reported.find((l) => l.documentId === fund.documentId);
    return {
      fundName: fund.programName,
      documentNumber: fund.number,
      amount: fund.annualTotal,
      spent: line ? line.spent : null,
      directions: line
        ? directions
            .filter((d) => d.lineId === line.id)
            .map((d) => ({ direction: d.direction, spent: d.spent }))
        : [],
      reason: line?.reason ?? null,
      measures: line?.measures ?? null,
      measuresDueOn: line?.measuresDueOn ?? null,
    };
  });
}

export async function feedbackWorkbook(
  db: Db,
  query: { region: string; year: number; month: number; blank: boolean },
  now: Date,
): Promise<XlsxFile> {
  const region = await regionOf(db, query.region);
  const period = validatePeriod(query.year, query.month, now)[0];
  if (period) throw new InputError(period.code, period.field, period.message);
  const workbook = await newWorkbook();
  addFeedbackFormSheet(workbook, {
    regionName: region.name,
    year: query.year,
    month: query.month,
    lines: await feedbackLines(db, region.id, query.year, query.month, query.blank),
  });
  const kind = query.blank ? '（空白）' : '';
  return {
    filename: `附件4 跟踪反馈表 ${region.name} ${query.year}年${query.month}月${kind}.xlsx`,
    bytes: await bytesOf(workbook),
  };
}
