/**
 * Pure data shaping for the indicator comparison: the matrix of indicators × regions, the
 * series of one numeric indicator for the chart, how a result reads, and a count of statuses.
 * Statuses come from the server; nothing here decides whether a target is met.
 */
import type { IndicatorMatrix_RowFragment, IndicatorStatus } from '../../gql/graphql.ts';

export type ComparisonRow = IndicatorMatrix_RowFragment;
export type MatrixCell = ComparisonRow['regions'][number];

export interface MatrixRow {
  /** Unique within a notice: level 1 and name. */
  key: string;
  name: string;
  level1: ComparisonRow['level1'];
  level2: ComparisonRow['level2'];
  /** One per matrix column; null where the region's sheet lacks the indicator. */
  cells: (MatrixCell | null)[];
  /** Whether some region's target is a comparison with a value (≥90%): then it can be charted. */
  numeric: boolean;
  /** First row of a new level-1 category. */
  groupStart: boolean;
}

export interface Matrix {
  /** Column order: regions in the order the server first names them (the prefecture first). */
  regions: string[];
  rows: MatrixRow[];
}

export function isNumericCell(cell: MatrixCell): boolean {
  return cell.target.kind === 'COMPARISON' && cell.target.value !== null;
}

export function buildMatrix(rows: readonly ComparisonRow[]): Matrix {
  const regions: string[] = [];
  for (const row of rows) {
    for (const cell of row.regions) {
      if (!regions.includes(cell.region.name)) regions.push(cell.region.name);
    }
  }
  return {
    regions,
    rows: rows.map((row, i) => {
      const byRegion = new Map(row.regions.map((c) => [c.region.name, c]));
      return {
        key: `${row.level1}|${row.name}`,
        name: row.name,
        level1: row.level1,
        level2: row.level2,
        cells: regions.map((r) => byRegion.get(r) ?? null),
        numeric: row.regions.some(isNumericCell),
        groupStart: i > 0 && rows[i - 1]?.level1 !== row.level1,
      };
    }),
  };
}

/** The notice the URL names (any bracket style the user typed is the server's business), else the newest. */
export function chooseDocument<D extends { number: string; targetSheets?: readonly unknown[] }>(
  documents: readonly D[],
  wanted: string | null,
): D | null {
  // By default the first notice that sets targets (a 提前下达 or upstream notice may set none).
  if (wanted === null)
    return documents.find((d) => (d.targetSheets?.length ?? 1) > 0) ?? documents[0] ?? null;
  return documents.find((d) => d.number === wanted) ?? null;
}

type ResultLike = { value: number | null; text: string | null } | null | undefined;

/** What a result reads: as reported in words, else the figure with the target's unit. */
export function resultText(result: ResultLike, target: { unit: string | null }): string | null {
  if (!result) return null;
  if (result.text !== null && result.text.trim() !== '') return result.text;
  if (result.value !== null) return `${result.value}${target.unit ?? ''}`;
  return null;
}

/**
 * The result a matrix cell shows above its status light: none for a qualitative outcome
 * (应保尽保 → 已完成), which the status word already says, nor when nothing was reported.
 */
export function cellResult(cell: {
  target: { kind: MatrixCell['target']['kind']; unit: string | null };
  result: { value: number | null; text: string | null; outcome: string | null } | null;
}): string | null {
  if (cell.target.kind === 'QUALITATIVE' && cell.result?.outcome) return null;
  return resultText(cell.result, cell.target);
}

export interface ChartPoint {
  region: string;
  /** The latest result; null when none was reported (no bar). */
  result: number | null;
  /** The region's target value; null when its target is not a number. */
  target: number | null;
  status: IndicatorStatus;
}

export interface ChartSeries {
  /** Regions with a result, in matrix order. */
  points: ChartPoint[];
  /** Regions whose sheet sets the indicator but that have no result yet (no bar to draw). */
  missing: string[];
  /** The target when every region has the same one (drawn as one dashed line), else null. */
  uniformTarget: number | null;
  unit: string | null;
  /** Top of the value axis: 100 for percentages (or more if a value exceeds it), else automatic. */
  yMax: number | null;
}

/** The regions whose sheet sets the indicator, in matrix order: bars for those with a result. */
export function chartSeries(row: MatrixRow): ChartSeries {
  const cells = row.cells.filter((c): c is MatrixCell => c !== null);
  const all = cells.map((c) => ({
    region: c.region.name,
    result: c.result?.value ?? null,
    target: isNumericCell(c) ? c.target.value : null,
    status: c.status,
  }));
  const points = all.filter((p) => p.result !== null);
  const missing = all.filter((p) => p.result === null).map((p) => p.region);
  const targets = new Set(points.map((p) => p.target));
  const only = targets.size === 1 ? [...targets][0] : null;
  const unit = cells.find(isNumericCell)?.target.unit ?? null;
  const values = points.flatMap((p) => [p.result, p.target]).filter((v): v is number => v !== null);
  const yMax = unit === '%' ? Math.max(100, ...values) : null;
  return { points, missing, uniformTarget: only ?? null, unit, yMax };
}

export const STATUS_ORDER: readonly IndicatorStatus[] = ['MET', 'PARTIAL', 'NOT_MET', 'PENDING'];

/** How many cells have each status (cells the sheets do not set are not counted). */
export function statusCounts(matrix: Matrix): Record<IndicatorStatus, number> & { total: number } {
  const counts = { MET: 0, PARTIAL: 0, NOT_MET: 0, PENDING: 0, total: 0 };
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      if (!cell) continue;
      counts[cell.status] += 1;
      counts.total += 1;
    }
  }
  return counts;
}
