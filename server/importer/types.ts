/** What the importer understood of a notice, before anything is stored. */
import type { Level1, Level2 } from '../domain/framework.ts';
import type { Fen } from '../domain/money.ts';
import type { RegionLevel } from '../domain/region-names.ts';
import type { DirectionCode } from '../domain/directions.ts';
import type { ParsedTarget } from './target-value.ts';

export interface PolicyReference {
  title: string;
  number: string | null;
}

export interface DocumentHeader {
  /** Null when the notice shows no number of its own (the reviewer must give it). */
  number: string | null;
  /** Null when the text shows no title (`关于…的通知`). */
  title: string | null;
  issuers: string[];
  /** The region whose bureau issued the notice, from its finance bureau's name. */
  issuerRegion: string | null;
  issuedOn: string | null;
  year: number;
  /** 第二批 → 2; 提前下达 → 0; null when the notice names no batch. */
  batch: number | null;
  upstreamNumber: string | null;
  policyReferences: PolicyReference[];
  programName: string | null;
  fundSource: 'central' | 'local';
  directFund: { code: string; name: string } | null;
  revenueSubject: { code: string; name: string } | null;
  expenditureSubject: { code: string; name: string } | null;
  spendingDirections: DirectionCode[];
}

/** A region as the notice knows it: every spelling seen, and its place in the tree. */
export interface NoticeRegion {
  key: string;
  name: string;
  aliases: string[];
  level: RegionLevel;
  /** Key of the parent within the notice, null for the issuing region. */
  parentKey: string | null;
  /**
   * What kind of recipient: a region of the tree, or a department (卫健局), a township (镇/乡)
   * or a zone (开发区/管理区/经开区), which are recipients under the issuing region.
   */
  recipientKind?: 'region' | 'department' | 'township' | 'zone';
}

/** An amount a column names besides the main figures: a part of a stated sum, or a memo (附：…). */
export interface ExtraAmount {
  name: string;
  amount: Fen;
  /** extra: a part of the sum in the column before it (小计 = its parts); memo: outside all sums. */
  kind: 'extra' | 'memo';
  /** 0-based grid column; -1 for a `其中：…` row folded into the row above. */
  column: number;
}

export interface AllocationRow {
  regionKey: string;
  /** The name as the row writes it. */
  writtenName: string;
  line: number;
  annualTotal: Fen;
  earlyAdvance: Fen | null;
  priorBatches: Fen | null;
  thisBatch: Fen;
  /** True for a row that totals other rows (the prefecture, or 合计, or `X市小计`). */
  isSubtotal: boolean;
  /**
   * True for money a region keeps for its own use (`市本级`, `州本级`, `本级`): the row carries
   * that region's key and is not a subtotal.
   */
  isOwnUse: boolean;
  /** Amounts of the extra and memo columns, by name. */
  extras: ExtraAmount[];
}

export interface ParsedIndicator {
  ordinal: number;
  line: number;
  name: string;
  nameKey: string;
  /** What the sheet's own labels say, where they say anything consistent. */
  writtenLevel1: Level1 | null;
  writtenLevel2: Level2 | null;
  /** Decided across the document's sheets by the framework. */
  level1: Level1;
  level2: Level2 | null;
  target: ParsedTarget;
}

export interface ParsedTargetSheet {
  line: number;
  regionKey: string;
  writtenRegion: string;
  year: number | null;
  projectName: string | null;
  attributes: Record<string, string>;
  fundTotal: Fen | null;
  centralFunds: Fen | null;
  localFunds: Fen | null;
  goals: string[];
  indicators: ParsedIndicator[];
}

export interface FeedbackFormLayout {
  title: string;
  unit: string | null;
  columns: string[];
  notes: string[];
}

export type Severity = 'warning' | 'info';

export interface ImportWarning {
  severity: Severity;
  code: string;
  message: string;
  regionKey: string | null;
}

/** One column of the allocation table as read: what its header says and the role given it. */
export interface AllocationColumn {
  /** 0-based index in the table's grid. */
  index: number;
  /** The header's words over this column (merged header rows joined), '' when none. */
  header: string;
  /**
   * annualTotal, earlyAdvance, priorBatches, thisBatch; `extra` (a part of the stated sum
   * before it, e.g. 彩票公益金) or `memo` (附：…, outside all sums), named by `name`.
   */
  role: string;
  /** The amount's name for extra and memo columns. */
  name?: string;
}

/** How the allocation table was read, for the review page to show and correct. */
export interface AllocationTableReading {
  /** 元, 万元 or 亿元: amounts are converted from it exactly. */
  unit: string;
  /** False when the table states no unit and 万元 was assumed (the reviewer must confirm). */
  unitStated: boolean;
  columns: AllocationColumn[];
}

export interface ParsedNotice {
  header: DocumentHeader;
  amountUnit: string;
  allocationTable: AllocationTableReading;
  regions: NoticeRegion[];
  allocations: AllocationRow[];
  targetSheets: ParsedTargetSheet[];
  feedbackForm: FeedbackFormLayout | null;
  warnings: ImportWarning[];
}

/** A notice the importer cannot read: says what is missing or where. */
export class NoticeFormatError extends Error {
  override name = 'NoticeFormatError';
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
  }
}

/**
 * What a reviewer corrected before storing (review page, GraphQL preview, CLI `--number`).
 * Each is applied by the interpreter, and the reconciliation is recomputed from it.
 */
export interface NoticeCorrections {
  /** The notice's own 文号, when it shows none or the reader got it wrong. */
  number?: string;
  year?: number;
  /** 第N批 → N; 提前下达 → 0; null: no batch. */
  batch?: number | null;
  /** The allocation table's unit, when it is not stated or was read wrong. */
  unit?: '元' | '万元' | '亿元';
  /** A column's role in the allocation table, by its 0-based index in the table's grid. */
  columnRoles?: { column: number; role: string }[];
  /** The issuing region, when the text does not say it (no …财政局 anywhere). */
  issuingRegion?: string;
}
