/**
 * The counting rule for the notices of one fund-year reaching one region (README: Batches and
 * levels). Each notice's 此次下达 is its own money; its 全年 column is the running total so far,
 * so the allocation in force is the sum of the notices' own money, which is the latest
 * notice's 全年. Notices are taken in their order of issue (提前下达 → 第一批 → 第二批 …),
 * never in the order they were imported.
 */
import { fenToWanString, type Fen } from './money.ts';

export interface BatchRow {
  documentId: number;
  number: string;
  /** 提前下达 → 0, 第N批 → N, null when the notice names none. */
  batch: number | null;
  issuedOn: string | null;
  annualTotal: Fen;
  earlyAdvance: Fen | null;
  priorBatches: Fen | null;
  thisBatch: Fen;
}

export interface BatchCheck {
  code: 'EARLIER_NOTICE_MISSING' | 'EARLIER_AMOUNT_DIFFERS';
  documentId: number;
  number: string;
  /** What the notice says was allocated before it (全年 − 此次). */
  stated: Fen;
  /** What the imported earlier notices allocated. */
  imported: Fen;
  message: string;
}

export interface FundYearWalk {
  /** The allocation in force after every notice. */
  inForce: Fen;
  /** The rows in order of issue, each with the total in force after it. */
  steps: { row: BatchRow; totalAfter: Fen }[];
  checks: BatchCheck[];
}

/** Order of issue: batch (提前下达 first; a notice naming none after the batches), date, id. */
export function compareBatches(a: BatchRow, b: BatchRow): number {
  const batch = (r: BatchRow) => r.batch ?? Number.MAX_SAFE_INTEGER;
  return (
    batch(a) - batch(b) ||
    (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') ||
    a.documentId - b.documentId
  );
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 0 → 提前下达, 2 → 第二批 (as notices write it), 12 → 第12批; '' when none. */
export const batchName = (batch: number | null): string =>
  batch === null ? '' : batch === 0 ? '提前下达' : `第${NUMERALS[batch] ?? batch}批`;

/**
 * A row that states money allocated before it (a 提前 or 已下达 column, or 全年 ≠ 此次) is
 * cumulative: its 全年 replaces the running total, and its earlier money is checked against
 * the notices imported before it. Any other row adds its own money.
 */
export function walkFundYear(rows: BatchRow[], regionName: string): FundYearWalk {
  const ordered = [...rows].sort(compareBatches);
  let total = 0;
  const steps: FundYearWalk['steps'] = [];
  const checks: BatchCheck[] = [];
  ordered.forEach((row, i) => {
    const stated = row.annualTotal - row.thisBatch;
    const cumulative = row.earlyAdvance !== null || row.priorBatches !== null || stated !== 0;
    if (cumulative) {
      if (stated !== total) {
        const label = `${batchName(row.batch) || row.number}（${row.number}）`;
        const column =
          row.earlyAdvance !== null && row.priorBatches === null ? '年初提前下达' : '此前已下达';
        checks.push(
          i === 0
            ? {
                code: 'EARLIER_NOTICE_MISSING',
                documentId: row.documentId,
                number: row.number,
                stated: stated as Fen,
                imported: 0 as Fen,
                message: `${label}为${regionName}列${column} ${fenToWanString(stated as Fen)} 万元，未导入此前的指标文件 · ${row.number} names ${fenToWanString(stated as Fen)} 万元 allocated earlier to ${regionName}; no such notice is imported`,
              }
            : {
                code: 'EARLIER_AMOUNT_DIFFERS',
                documentId: row.documentId,
                number: row.number,
                stated: stated as Fen,
                imported: total as Fen,
                message: `${label}为${regionName}列${column} ${fenToWanString(stated as Fen)} 万元，已导入的此前文件合计 ${fenToWanString(total as Fen)} 万元（${ordered
                  .slice(0, i)
                  .map((r) => r.number)
                  .join(
                    '、',
                  )}） · ${row.number} names ${fenToWanString(stated as Fen)} 万元 allocated earlier to ${regionName}; the imported earlier notices allocated ${fenToWanString(total as Fen)} 万元`,
              },
        );
      }
      total = row.annualTotal;
    } else {
      total += row.thisBatch;
    }
    steps.push({ row, totalAfter: total as Fen });
  });
  return { inForce: total as Fen, steps, checks };
}
