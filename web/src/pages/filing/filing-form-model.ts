/**
 * The monthly feedback form (附件4 财政资金使用跟踪反馈表) as data: which counties file, which
 * funds each received, what the clerk has typed (a draft per line), the figures derived from it
 * as they type (unspent, progress, lag against the time-elapsed benchmark). Pure, so it is
 * tested without a browser. What is wrong with it: filing-validation.ts; what is sent:
 * filing-input.ts.
 *
 * Money is exact: every amount is read into integer fen (server/domain/money.ts) and all
 * arithmetic is on fen; only the progress ratio is a float, and only for display.
 */
import {
  addFen,
  fenToWanString,
  MoneyError,
  parseAmount,
  subFen,
  type Fen,
} from '../../../../server/domain/money.ts';
import { DIRECTION_CODES, type DirectionCode } from '../../../../server/domain/directions.ts';

export { DIRECTION_CODES, type DirectionCode };

/** Amounts on the form carry at most 2 decimals of 万元 (to the hundred yuan), as the API takes them. */
export const MAX_DECIMALS = 2;
/** The server stores at most this many characters per text field. */
export const MAX_TEXT = 2000;

// ---------------------------------------------------------------------------------------------
// Counties and their funds, from the year's documents

export interface DocumentFunds {
  number: string;
  /** 提前下达 → 0, 第N批 → N; absent or null when the notice names none. */
  batch?: number | null;
  issuedOn?: string | null;
  spendingDirections: readonly DirectionCode[];
  program: { id?: string; name: string };
  allocations: readonly {
    region: { name: string; aliases: readonly string[] };
    annualTotal: number;
    isSubtotal: boolean;
  }[];
}

export interface County {
  name: string;
  aliases: string[];
}

/** Regions that receive money directly (subtotal rows are sums of other rows), in document order. */
export function countiesOf(documents: readonly DocumentFunds[]): County[] {
  const counties = new Map<string, County>();
  // A region that issues notices of its own passes the money on: its row in the upstream
  // notice is what it received, not a fund it files spending for.
  const issuers = new Set(
    documents.flatMap((d) => d.allocations.filter((a) => a.isSubtotal).map((a) => a.region.name)),
  );
  for (const doc of documents) {
    for (const a of doc.allocations) {
      if (a.isSubtotal || issuers.has(a.region.name) || counties.has(a.region.name)) continue;
      counties.set(a.region.name, { name: a.region.name, aliases: [...a.region.aliases] });
    }
  }
  return [...counties.values()];
}

/** The county a URL names, by its name or an alias (木垒县 → 木垒哈萨克自治县). */
export function findCounty(counties: readonly County[], name: string | null): County | null {
  if (!name) return null;
  const wanted = name.trim();
  return counties.find((c) => c.name === wanted || c.aliases.includes(wanted)) ?? null;
}

export interface FundLine {
  documentNumber: string;
  /** 收到的财政专项资金名称: the program's name. */
  fundName: string;
  /** 资金金额: the allocation's annual total (col 2), in fen. */
  amount: Fen;
  /** The directions this fund may be spent on (the notice's; all five when it names none). */
  directions: DirectionCode[];
}

/** Order of issue within a fund-year (as the server's counting rule): batch, then date. */
function issuedLater(a: DocumentFunds, b: DocumentFunds): boolean {
  const batch = (d: DocumentFunds) => d.batch ?? Number.MAX_SAFE_INTEGER;
  if (batch(a) !== batch(b)) return batch(a) > batch(b);
  return (a.issuedOn ?? '') > (b.issuedOn ?? '');
}

/**
 * One line per fund-year allocated to the county: its latest notice, whose 全年 is the
 * fund-year's total so far (a report line per notice would count the money twice).
 */
export function fundsFor(documents: readonly DocumentFunds[], county: string): FundLine[] {
  const lines: FundLine[] = [];
  const allocating = documents.filter((d) =>
    d.allocations.some((a) => !a.isSubtotal && a.region.name === county),
  );
  const latest = allocating.filter(
    (doc) =>
      !allocating.some(
        (other) =>
          other !== doc &&
          other.program.id !== undefined &&
          other.program.id === doc.program.id &&
          issuedLater(other, doc),
      ),
  );
  for (const doc of latest) {
    const allocation = doc.allocations.find((a) => !a.isSubtotal && a.region.name === county);
    if (!allocation) continue;
    lines.push({
      documentNumber: doc.number,
      fundName: doc.program.name,
      amount: wanToFen(allocation.annualTotal),
      directions:
        doc.spendingDirections.length > 0 ? [...doc.spendingDirections] : [...DIRECTION_CODES],
    });
  }
  return lines;
}

/** An API amount (a JSON number of 万元 with at most 6 decimals) in fen. */
export function wanToFen(wan: number): Fen {
  const fen = parseAmount(String(wan));
  if (fen === null) throw new MoneyError(`${wan} is not an amount`);
  return fen;
}

// ---------------------------------------------------------------------------------------------
// What the clerk types

export interface LineDraft {
  spent: string;
  directions: Partial<Record<DirectionCode, string>>;
  reason: string;
  measures: string;
  measuresDueOn: string;
}

export const EMPTY_DRAFT: LineDraft = {
  spent: '',
  directions: {},
  reason: '',
  measures: '',
  measuresDueOn: '',
};

/** The parts of a stored report the form is pre-filled from. */
export interface ReportLines {
  lines: readonly {
    documentNumber: string;
    spent: number;
    directions: readonly { direction: DirectionCode; spent: number }[];
    reason?: string | null;
    measures?: string | null;
    measuresDueOn?: string | null;
  }[];
}

/** Drafts pre-filled from the county's latest report for the month, else empty. */
export function draftsFrom(funds: readonly FundLine[], report: ReportLines | null): LineDraft[] {
  return funds.map((fund) => {
    const line = report?.lines.find((l) => l.documentNumber === fund.documentNumber);
    if (!line) return { ...EMPTY_DRAFT, directions: {} };
    const directions: LineDraft['directions'] = {};
    for (const d of line.directions) directions[d.direction] = wanText(wanToFen(d.spent));
    return {
      spent: wanText(wanToFen(line.spent)),
      directions,
      reason: line.reason ?? '',
      measures: line.measures ?? '',
      measuresDueOn: line.measuresDueOn ?? '',
    };
  });
}

/** Exact 万元 text of a fen amount, as typed into a field or sent to the API: "1012.5". */
export function wanText(amount: Fen): string {
  return fenToWanString(amount);
}

// ---------------------------------------------------------------------------------------------
// Reading amounts and deriving the figures

export type AmountProblem = 'NOT_A_NUMBER' | 'TOO_MANY_DECIMALS' | 'NEGATIVE' | 'TOO_LARGE';

export type AmountReading =
  { kind: 'empty' } | { kind: 'amount'; fen: Fen } | { kind: 'invalid'; problem: AmountProblem };

/**
 * Reads what a clerk typed in 万元: `1012.5`, `1,012.50`, full-width digits. Negative amounts are
 * read (so the message can say so) and flagged; more than 2 decimals is refused, not rounded.
 */
export function readWan(text: string): AmountReading {
  const t = text.normalize('NFKC').replace(/[\s,]/g, '');
  if (t === '') return { kind: 'empty' };
  const decimals = /\.(\d+)\D*$/.exec(t)?.[1]?.length ?? 0;
  let fen: Fen | null;
  try {
    fen = parseAmount(t);
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    return {
      kind: 'invalid',
      problem: decimals > MAX_DECIMALS ? 'TOO_MANY_DECIMALS' : 'TOO_LARGE',
    };
  }
  if (fen === null) return { kind: 'invalid', problem: 'NOT_A_NUMBER' };
  if (decimals > MAX_DECIMALS) return { kind: 'invalid', problem: 'TOO_MANY_DECIMALS' };
  if (fen < 0) return { kind: 'invalid', problem: 'NEGATIVE' };
  return { kind: 'amount', fen };
}

/** The amount typed, or null when the text is empty or no valid amount. */
export const amountOf = (text: string): Fen | null => {
  const r = readWan(text);
  return r.kind === 'amount' ? r.fen : null;
};

/** Time-elapsed benchmark (序时进度) as of a month's end. */
export const benchmarkOf = (month: number): number => month / 12;

/** Whether spending lags the benchmark: spent / amount < month / 12, decided in whole fen. */
export function lagsBenchmark(amount: Fen, spent: Fen, month: number): boolean {
  return amount > 0 && spent * 12 < amount * month;
}

export interface LineFigures {
  /** The spending typed, when it is a valid amount. */
  spent: Fen | null;
  /** 未支出金额 = 资金金额 − 实际支出金额 (may be negative while the spending is above the amount). */
  unspent: Fen | null;
  /** 实际支出进度 = 实际支出 / 资金金额, 0–1; null without spending or with a zero amount. */
  progress: number | null;
  lagging: boolean;
  /** Whether any direction was filled in. */
  split: boolean;
  /** Sum of the directions, when every filled one is a valid amount. */
  splitSum: Fen | null;
}

export function lineFigures(fund: FundLine, draft: LineDraft, month: number): LineFigures {
  const spent = amountOf(draft.spent);
  const filled = fund.directions
    .map((d) => draft.directions[d] ?? '')
    .filter((text) => text.trim() !== '');
  const parts = filled.map(amountOf);
  const valid = parts.filter((p): p is Fen => p !== null);
  return {
    spent,
    unspent: spent === null ? null : subFen(fund.amount, spent),
    progress: spent === null || fund.amount === 0 ? null : spent / fund.amount,
    lagging: spent !== null && lagsBenchmark(fund.amount, spent, month),
    split: filled.length > 0,
    splitSum: filled.length > 0 && valid.length === parts.length ? addFen(...valid) : null,
  };
}

export interface Totals {
  amount: Fen;
  /** Null until every line has a valid spending. */
  spent: Fen | null;
  unspent: Fen | null;
  progress: number | null;
}

/** The form's 合计 row: sums of the amounts, never averages of the ratios. */
export function totalsOf(funds: readonly FundLine[], figures: readonly LineFigures[]): Totals {
  const amount = addFen(...funds.map((f) => f.amount));
  const spentParts = figures.map((f) => f.spent);
  const complete = spentParts.every((s): s is Fen => s !== null);
  const spent = complete && spentParts.length > 0 ? addFen(...spentParts) : null;
  return {
    amount,
    spent,
    unspent: spent === null ? null : subFen(amount, spent),
    progress: spent === null || amount === 0 ? null : spent / amount,
  };
}
