/**
 * Indicator targets across regions with their latest results and status, and recording a
 * result. Results are kept (append-only); the latest of a region × indicator × year counts.
 */
import type { Db } from '../db/connection.ts';
import type { Level1, Level2 } from '../domain/framework.ts';
import { evaluateIndicator, type IndicatorStatus } from '../domain/indicator-evaluation.ts';
import { compact } from '../domain/text.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import { indicatorNameKey } from '../importer/target-sheet.ts';
import type { SheetIndicatorRow } from '../repositories/document-reads.repo.ts';
import { findDocument, type DocumentRow } from '../repositories/documents.repo.ts';
import type { RegionRow } from '../repositories/regions.repo.ts';
import * as indicatorsRepo from '../repositories/indicators.repo.ts';
import type { IndicatorResultRow } from '../repositories/indicators.repo.ts';
import { actorName, type Actor } from './actor.ts';
import { audited } from './audit.service.ts';
import { chainDeadlineStatuses } from './chain-timeliness.ts';
import { writableRegion } from './authorization.ts';
import { InputError } from './errors.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import { MAX_TEXT_LENGTH, type FieldError } from './spending-validation.ts';

export interface IndicatorCellModel {
  regionId: number;
  /** The sheet's region, read with the cell (the comparison shows its name on every cell). */
  region: RegionRow;
  indicator: SheetIndicatorRow;
  result: IndicatorResultRow | null;
  previousResult: IndicatorResultRow | null;
  status: IndicatorStatus;
}

export interface IndicatorComparisonRowModel {
  name: string;
  level1: Level1;
  level2: Level2 | null;
  cells: IndicatorCellModel[];
}

async function documentOrThrow(
  db: Db,
  written: string,
): Promise<{ document: DocumentRow; revisionId: number }> {
  const number = canonicalDocumentNumber(written) ?? written.trim();
  const document = await findDocument(db, number);
  if (!document?.currentRevisionId) {
    throw new InputError(
      'DOCUMENT_NOT_FOUND',
      'documentNumber',
      `没有文号为「${number.slice(0, 60)}」的指标文件`,
    );
  }
  return { document, revisionId: document.currentRevisionId };
}

function statusOf(
  indicator: SheetIndicatorRow,
  result: IndicatorResultRow | null,
  previous: IndicatorResultRow | null,
) {
  return evaluateIndicator(
    {
      kind: indicator.targetKind,
      op: indicator.targetOp,
      value: indicator.targetValue,
      unit: indicator.targetUnit,
      reference: indicator.targetReference,
    },
    result,
    previous,
  );
}

/**
 * Cells for the sheets of a document's current revision (optionally one region), with latest
 * results: two statements (three when the document has no sheets: does it exist at all?).
 */
async function cells(
  db: Db,
  written: string,
  regionId: number | null,
  now: Date,
): Promise<IndicatorCellModel[]> {
  const number = canonicalDocumentNumber(written) ?? written.trim();
  const rows = await indicatorsRepo.comparisonCells(db, number, regionId);
  if (rows.length === 0) {
    await documentOrThrow(db, written);
    return [];
  }
  const year = rows[0]?.year ?? 0;
  const results = await indicatorsRepo.resultsFor(
    db,
    [...new Set(rows.map((r) => r.indicator.indicatorId))],
    [...new Set(rows.map((r) => r.region.id))],
    [year, year - 1],
  );
  const latest = new Map<string, IndicatorResultRow>();
  for (const r of results) latest.set(`${r.regionId}/${r.indicatorId}/${r.year}`, r);
  // 收到补助资金后N日内 targets of regions that pass money on: from the chain.
  const fromChain = await chainDeadlineStatuses(
    db,
    rows.map(({ region, indicator }) => ({ regionId: region.id, indicator })),
    year,
    now,
  );
  return rows.map(({ region, indicator }, i) => {
    const result = latest.get(`${region.id}/${indicator.indicatorId}/${year}`) ?? null;
    const previousResult = latest.get(`${region.id}/${indicator.indicatorId}/${year - 1}`) ?? null;
    return {
      regionId: region.id,
      region,
      indicator,
      result,
      previousResult,
      status: fromChain[i] ?? statusOf(indicator, result, previousResult),
    };
  });
}

/**
 * One row per indicator of a notice, in the order the sheets list them. `now`: the day a
 * 收到补助资金后N日内 target is judged on (from the chain as of that day).
 */
export async function indicatorComparison(
  db: Db,
  documentNumber: string,
  now: Date,
): Promise<IndicatorComparisonRowModel[]> {
  const all = await cells(db, documentNumber, null, now);
  const rows = new Map<number, { cells: IndicatorCellModel[]; ordinals: number[] }>();
  for (const cell of all) {
    const row = rows.get(cell.indicator.indicatorId) ?? { cells: [], ordinals: [] };
    row.cells.push(cell);
    row.ordinals.push(cell.indicator.ordinal);
    rows.set(cell.indicator.indicatorId, row);
  }
  // Sheets differ in which indicators they hold; the mean position keeps each where most put it.
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...rows.values()]
    .sort((a, b) => mean(a.ordinals) - mean(b.ordinals))
    .map((row) => {
      const first = row.cells[0]?.indicator;
      return {
        name: first?.name ?? '',
        level1: first?.level1 ?? 'OUTPUT',
        level2: first?.level2 ?? null,
        cells: row.cells,
      };
    });
}

export async function regionIndicators(
  db: Db,
  regionName: string,
  documentNumber: string,
  now: Date,
): Promise<IndicatorCellModel[]> {
  const region = await resolveRegion(db, regionName);
  if (isFieldError(region)) throw new InputError(region.code, region.field, region.message);
  return await cells(db, documentNumber, region.id, now);
}

export interface IndicatorResultInput {
  /** Required of the system; a COUNTY account records for its own region. */
  region?: string | null;
  documentNumber: string;
  indicator: string;
  year: number;
  value?: number | null;
  text?: string | null;
  outcome?: 'MET' | 'PARTIAL' | 'NOT_MET' | null;
  achievedOn?: string | null;
}

export type RecordResult =
  | { result: IndicatorResultRow; status: IndicatorStatus; errors: [] }
  | { result: null; status: null; errors: FieldError[] };

const MAX_RESULT_VALUE = 1e12;

export async function recordIndicatorResult(
  db: Db,
  input: IndicatorResultInput,
  options: { actor: Actor; now: Date },
): Promise<RecordResult> {
  const context = { actor: options.actor, now: options.now };
  const object = `region:${input.region ?? ''} indicator:${input.indicator.slice(0, 60)}`;
  return await audited(db, context, 'recordIndicatorResult', object, async (tx, note) => {
    note.summary = { request: input };
    const errors: FieldError[] = [];
    const fail = (e: FieldError[]) => {
      note.refusedCode = e[0]?.code ?? 'INVALID';
      note.summary = { request: input, errors: e };
      return { result: null, status: null, errors: e } as const;
    };
    const region = await writableRegion(
      tx,
      options.actor,
      input.region,
      'region',
      '填报绩效 record indicator results',
    );
    if (isFieldError(region)) return fail([region]);
    const number = canonicalDocumentNumber(input.documentNumber) ?? input.documentNumber.trim();
    const document = await findDocument(tx, number);
    if (!document) {
      return fail([
        {
          code: 'DOCUMENT_NOT_FOUND',
          field: 'documentNumber',
          message: `没有文号为「${number.slice(0, 60)}」的指标文件`,
        },
      ]);
    }
    const found = await indicatorsRepo.sheetIndicatorFor(
      tx,
      document.id,
      region.id,
      indicatorNameKey(input.indicator),
    );
    if (!found) {
      return fail([
        {
          code: 'INDICATOR_NOT_FOUND',
          field: 'indicator',
          message: `${number} 没有给${region.name}设定指标「${compact(input.indicator).slice(0, 80)}」`,
        },
      ]);
    }
    const thisYear = options.now.getUTCFullYear();
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > thisYear) {
      errors.push({
        code: 'YEAR_OUT_OF_RANGE',
        field: 'year',
        message: `年度 ${input.year} 须在 2000–${thisYear} 之间`,
      });
    }
    if (
      input.value != null &&
      (!Number.isFinite(input.value) || Math.abs(input.value) > MAX_RESULT_VALUE)
    ) {
      errors.push({
        code: 'VALUE_INVALID',
        field: 'value',
        message: `完成值 ${input.value} 不是合理的数`,
      });
    }
    if (input.text && input.text.length > MAX_TEXT_LENGTH) {
      errors.push({
        code: 'TEXT_TOO_LONG',
        field: 'text',
        message: `不能超过 ${MAX_TEXT_LENGTH} 字`,
      });
    }
    if (input.achievedOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.achievedOn)) {
      errors.push({
        code: 'DATE_INVALID',
        field: 'achievedOn',
        message: '完成日期应为 YYYY-MM-DD',
      });
    }
    const kind = found.sheetIndicator.targetKind;
    if (kind === 'QUALITATIVE' && !input.outcome) {
      errors.push({
        code: 'OUTCOME_REQUIRED',
        field: 'outcome',
        message: '定性指标须填写完成情况（MET / PARTIAL / NOT_MET）',
      });
    }
    if ((kind === 'COMPARISON' || kind === 'RELATIVE_TO_PREVIOUS_YEAR') && input.value == null) {
      errors.push({
        code: 'VALUE_REQUIRED',
        field: 'value',
        message: `「${found.sheetIndicator.targetText}」须填写完成值`,
      });
    }
    if (kind === 'DEADLINE' && input.value == null && !input.achievedOn) {
      errors.push({
        code: 'VALUE_REQUIRED',
        field: 'value',
        message: '时限类指标须填写用时（天）或完成日期',
      });
    }
    if (errors.length > 0) return fail(errors);
    const row = await indicatorsRepo.insertIndicatorResult(tx, {
      regionId: region.id,
      indicatorId: found.sheetIndicator.indicatorId,
      year: input.year,
      value: input.value ?? null,
      text: input.text?.trim() || null,
      outcome: input.outcome ?? null,
      achievedOn: input.achievedOn ?? null,
      reportedOn: options.now.toISOString().slice(0, 10),
      reportedBy: actorName(options.actor),
    });
    note.object = `indicatorResult:${row.id} ${region.name} ${input.year}`;
    note.summary = { after: { ...input, region: region.name } };
    const previous =
      (await indicatorsRepo.resultsFor(tx, [row.indicatorId], [region.id], [input.year - 1])).at(
        -1,
      ) ?? null;
    return { result: row, status: statusOf(found.sheetIndicator, row, previous), errors: [] };
  });
}
