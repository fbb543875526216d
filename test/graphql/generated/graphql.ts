/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChainTimelinessStatus =
  | 'MET'
  | 'NOT_MET'
  | 'PENDING';

export type ColumnRoleInput = {
  column: number;
  /** annualTotal（全年合计）、earlyAdvance（提前下达）、priorBatches（已下达）、thisBatch（此次下达），或其他金额名称。 */
  role: string;
};

/** 一项资金的支出方向金额。Spending of one direction within a line. */
export type DirectionAmountInput = {
  direction: SpendingDirection;
  spent: number | string;
};

/** 资金来源。Where a program's money comes from. */
export type FundSource =
  /** 中央财政 Central government */
  | 'CENTRAL'
  /** 地方财政 Local government */
  | 'LOCAL';

/** 导入问题的严重程度。Severity of an import finding. */
export type ImportSeverity =
  /** 说明 A note */
  | 'INFO'
  /** 核对不符，需处理 A breach to act on */
  | 'WARNING';

/** 一级指标。Level-1 indicator category. */
export type IndicatorLevel1 =
  /** 效益指标 */
  | 'EFFECT'
  /** 产出指标 */
  | 'OUTPUT'
  /** 满意度指标 */
  | 'SATISFACTION';

/** 二级指标。Level-2 indicator category. */
export type IndicatorLevel2 =
  /** 成本指标 */
  | 'COST'
  /** 生态效益指标 */
  | 'ECOLOGICAL'
  /** 经济效益指标 */
  | 'ECONOMIC'
  /** 质量指标 */
  | 'QUALITY'
  /** 数量指标 */
  | 'QUANTITY'
  /** 服务对象满意度指标 */
  | 'SERVICE_SATISFACTION'
  /** 社会效益指标 */
  | 'SOCIAL'
  /** 可持续影响指标 */
  | 'SUSTAINABILITY'
  /** 时效指标 */
  | 'TIMELINESS';

/** 定性指标按报送结果。A qualitative result as reported. */
export type IndicatorOutcome =
  | 'MET'
  | 'NOT_MET'
  | 'PARTIAL';

/** 一项指标完成值。An indicator result to record. */
export type IndicatorResultInput = {
  /** 完成日期 YYYY-MM-DD。Date done, for deadlines. */
  achievedOn?: string | null | undefined;
  /** 设定该指标的文件文号。Number of the notice that set the target. */
  documentNumber: string;
  /** 三级指标名称。Indicator name. */
  indicator: string;
  outcome?: IndicatorOutcome | null | undefined;
  /** 地区；县市账户可省略（总是用账户所属地区）。Region; a COUNTY account may omit it (its own is used). */
  region?: string | null | undefined;
  text?: string | null | undefined;
  value?: number | null | undefined;
  year: number;
};

/** 指标完成状态。Whether a target is met. */
export type IndicatorStatus =
  /** 已完成 Met */
  | 'MET'
  /** 未完成 Not met */
  | 'NOT_MET'
  /** 部分完成 Partly met */
  | 'PARTIAL'
  /** 尚无结果 No result yet */
  | 'PENDING';

/** 审核人员的更正。What a reviewer corrected before storing. */
export type NoticeCorrectionsInput = {
  /** 第N批为 N，提前下达为 0；显式传 null 表示不分批次。Batch N; 0 for 提前下达; null: no batch. */
  batch?: number | null | undefined;
  /** 某列的用途（按分配表中从 0 起的列号）。A column's role, by its 0-based index in the table. */
  columnRoles?: Array<ColumnRoleInput> | null | undefined;
  /** 文号（文件中没有或读错时）。The notice's number, when it shows none or it was read wrong. */
  number?: string | null | undefined;
  /** 地区匹配：文件中的写法 → 已有地区或新建。Region matches: a written name → an existing region, or new. */
  regionMatches?: Array<RegionMatchInput> | null | undefined;
  /** 分配表单位：元、万元 或 亿元。The allocation table's unit. */
  unit?: string | null | undefined;
  year?: number | null | undefined;
};

/**
 * 要导入的指标文件：上传的文件（base64，按内容识别格式）或粘贴的文本，二者选一。
 * A notice: an uploaded file (base64, recognised by content) or pasted text, one of the two.
 */
export type NoticeImportInput = {
  corrections?: NoticeCorrectionsInput | null | undefined;
  file?: string | null | undefined;
  /** 文件名，只用于提示。The file's name, used in messages only. */
  fileName?: string | null | undefined;
  text?: string | null | undefined;
};

/** 行政区划级别。Administrative level. */
export type RegionLevel =
  /** 全国 Country */
  | 'COUNTRY'
  /** 县/市/区 County */
  | 'COUNTY'
  /** 地/州/市 Prefecture */
  | 'PREFECTURE'
  /** 省/自治区 Province or autonomous region */
  | 'PROVINCE';

export type RegionMatchInput = {
  /** 已有地区的编号；null 表示新建。An existing region's id; null: a new region. */
  regionId?: string | number | null | undefined;
  /** 文件中写的地区名。The region's name as the notice writes it. */
  writtenName: string;
};

/** 支出方向。Spending direction. */
export type SpendingDirection =
  /** 特困人员救助供养 Extreme-poverty support */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 孤儿基本生活保障 Basic living support for orphans */
  | 'ORPHAN_SUPPORT'
  /** 低保 Subsistence allowance */
  | 'SUBSISTENCE_ALLOWANCE'
  /** 临时救助 Temporary assistance */
  | 'TEMPORARY_ASSISTANCE'
  /** 流浪乞讨人员救助（含未成年人保护）Assistance to vagrants and beggars (incl. protection of minors) */
  | 'VAGRANT_ASSISTANCE';

/** 反馈表的一行。One line of a feedback form. */
export type SpendingLineInput = {
  /**
   * 表上的资金金额（可选，须等于所列文件的全年数）。Amount as the form states it (optional; must equal the named notice's 全年).
   * 同一资金年度的两份文件不能各填一行（FUND_YEAR_DUPLICATE）。Two notices of one fund-year cannot each have a line (FUND_YEAR_DUPLICATE).
   */
  amount?: number | string | null | undefined;
  /** 按支出方向拆分（可选；须等于 spent）。Split by direction (optional; must add up to spent). */
  directions?: Array<DirectionAmountInput> | null | undefined;
  /** 资金的文号。Number of the notice that allocated the fund. */
  documentNumber: string;
  measures?: string | null | undefined;
  /** 整改时间 YYYY-MM-DD。When the measures are due. */
  measuresDueOn?: string | null | undefined;
  /** 表上的支出进度 0–1（可选，须一致）。Progress as the form states it (optional; checked). */
  progress?: number | null | undefined;
  reason?: string | null | undefined;
  /** 截至月末累计实际支出（万元）。Cumulative spending to the month's end (万元). */
  spent: number | string;
  /** 表上的未支出金额（可选，须一致）。Unspent as the form states it (optional; checked). */
  unspent?: number | string | null | undefined;
};

/** 一份跟踪反馈表。A monthly feedback form. */
export type SpendingReportInput = {
  lines: Array<SpendingLineInput>;
  month: number;
  /**
   * 地区名称或别名；县市账户可省略（总是用账户所属地区，填写其他地区被拒绝）。Region name or alias;
   * a COUNTY account may omit it (its own region is always used; another region is refused).
   */
  region?: string | null | undefined;
  year: number;
};

/** 目标值类型。Kind of target value. */
export type TargetKind =
  /** 比较，如 ≥90% */
  | 'COMPARISON'
  /** 时限，如 收到补助资金后30日内 */
  | 'DEADLINE'
  /** 定性，如 应保尽保 */
  | 'QUALITATIVE'
  /** 与上年比较，如 不低于上年、有所提升 */
  | 'RELATIVE_TO_PREVIOUS_YEAR';

/** 比较方式。Comparison operator. */
export type TargetOp =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

/**
 * 预警等级：支出进度 / 序时进度 < 0.6 为红，< 0.8 为黄，否则为绿（阈值可配置）；当月未报送为 NOT_REPORTED。
 * Warning level from progress / benchmark: < 0.6 RED, < 0.8 YELLOW, else GREEN (configurable); NOT_REPORTED without a report.
 */
export type WarningLevel =
  | 'GREEN'
  | 'NOT_REPORTED'
  | 'RED'
  | 'YELLOW';

export type AllocationChainLevelsQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  limitDays?: number | null | undefined;
}>;


export type AllocationChainLevelsQuery = { allocationChain: { asOf: string, received: number | null, passedDown: number, kept: number, unallocated: number | null, allocationProgress: number | null, allocated: number, daysToAllocate: number | null, daysWaiting: number | null, region: { name: string }, timeliness: { limitDays: number, days: number | null, status: ChainTimelinessStatus } | null, warnings: Array<{ code: string, documentNumber: string | null, days: number | null, amount: number | null, message: string }>, children: Array<{ received: number | null, passedDown: number, kept: number, unallocated: number | null, allocationProgress: number | null, allocated: number, spent: number | null, spendingProgress: number | null, daysToAllocate: number | null, daysWaiting: number | null, region: { name: string }, timeliness: { limitDays: number, days: number | null, status: ChainTimelinessStatus } | null, ownNotices: Array<{ number: string, issuedOn: string | null, upstreamNumber: string | null, amount: number, daysAfterUpstream: number | null }>, upstreamNotices: Array<{ number: string, amount: number, annualTotal: number }>, warnings: Array<{ code: string, days: number | null, amount: number | null }> }> } };

export type RegionFundYearsQueryVariables = Exact<{
  region: string;
  year: number;
}>;


export type RegionFundYearsQuery = { fundYears: Array<{ inForce: number, program: { name: string }, notices: Array<{ totalAfter: number, notice: { number: string, batchName: string, amount: number, annualTotal: number } }>, checks: Array<{ code: string, message: string }> }> };

export type AllocationChainFiguresQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
}>;


export type AllocationChainFiguresQuery = { allocationChain: { received: number | null, passedDown: number, kept: number, allocated: number, region: { name: string }, children: Array<{ received: number | null, passedDown: number, kept: number, allocated: number, region: { name: string } }> } };

export type DashboardExecutionQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
}>;


export type DashboardExecutionQuery = { execution: { year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, children: Array<{ year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, region: { name: string } }>, trend: Array<{ month: number, spent: number | null, progress: number | null, benchmark: number, reportedCount: number, expectedCount: number }>, byDirection: Array<{ direction: SpendingDirection, spent: number, share: number | null }>, region: { name: string } } | null };

export type DocumentListQueryVariables = Exact<{
  year?: number | null | undefined;
  programId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentListQuery = { documents: { totalCount: number, nodes: Array<{ number: string, year: number, batch: number | null, revision: number }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProgramListQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type ProgramListQuery = { programs: Array<{ id: string, name: string, year: number, source: FundSource, documents: Array<{ number: string }> }> };

export type ImportRunListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImportRunListQuery = { importRuns: { totalCount: number, nodes: Array<{ sourceName: string, documentNumber: string, outcome: string, importedBy: string, warnings: Array<{ code: string, severity: ImportSeverity, message: string, region: { name: string } | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type DocumentFindingsQueryVariables = Exact<{
  number: string;
}>;


export type DocumentFindingsQuery = { document: { number: string, revision: number, revisions: Array<{ revision: number, textHash: string }>, warnings: Array<{ code: string, message: string, severity: ImportSeverity, region: { name: string } | null }>, notes: Array<{ code: string, severity: ImportSeverity, region: { name: string } | null }> } | null };

export type ImportNoticeMutationVariables = Exact<{
  text: string;
  sourceName?: string | null | undefined;
}>;


export type ImportNoticeMutation = { importNotice: { outcome: string | null, document: { number: string, year: number, revision: number, allocations: Array<{ annualTotal: number, region: { name: string } }> } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type ExecutionFiguresFragment = { year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, region: { name: string } };

export type ExecutionDetailQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  programId?: string | number | null | undefined;
  documentNumber?: string | null | undefined;
}>;


export type ExecutionDetailQuery = { execution: { year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, previousMonth: { year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, region: { name: string } } | null, previousYear: { year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, region: { name: string } } | null, trend: Array<{ month: number, spent: number | null, progress: number | null, benchmark: number, reportedCount: number, expectedCount: number }>, byDirection: Array<{ direction: SpendingDirection, spent: number, share: number | null }>, byProgram: Array<{ allocated: number, spent: number | null, unspent: number | null, progress: number | null, program: { name: string, year: number } }>, region: { name: string } } | null };

export type LaggingRegionListQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  includeNotReported?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LaggingRegionListQuery = { laggingRegions: { totalCount: number, nodes: Array<{ year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, region: { name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UnspentBalanceListQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnspentBalanceListQuery = { unspentBalances: { totalCount: number, nodes: Array<{ year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, region: { name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type FilingStatusOfQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
}>;


export type FilingStatusOfQuery = { filingStatus: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { name: string }, report: { id: string, version: number } | null }> } };

export type LagExplanationListQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
}>;


export type LagExplanationListQuery = { lagExplanations: Array<{ documentNumber: string, progress: number | null, benchmark: number, reason: string | null, measures: string | null, measuresDueOn: string | null, overdue: boolean, region: { name: string }, report: { version: number } }> };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: boolean };

export type RecordIndicatorResultMutationVariables = Exact<{
  input: IndicatorResultInput;
}>;


export type RecordIndicatorResultMutation = { recordIndicatorResult: { status: IndicatorStatus | null, result: { year: number, value: number | null, text: string | null, outcome: IndicatorOutcome | null, achievedOn: string | null, reportedOn: string, reportedBy: string } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type RegionIndicatorListQueryVariables = Exact<{
  region: string;
  number: string;
}>;


export type RegionIndicatorListQuery = { regionIndicators: Array<{ status: IndicatorStatus, region: { name: string }, indicator: { name: string, level1: IndicatorLevel1, level2: IndicatorLevel2 | null }, target: { text: string, kind: TargetKind }, result: { year: number, value: number | null } | null, previousResult: { year: number, value: number | null } | null }> };

export type PreviewNoticeImportMutationVariables = Exact<{
  input: NoticeImportInput;
}>;


export type PreviewNoticeImportMutation = { previewNoticeImport: { sourceName: string, format: string | null, document: { number: string | null, numberCorrected: boolean, title: string | null, year: number, batch: number | null, issuers: Array<string>, issuerRegion: string | null, issuedOn: string | null, upstreamNumber: string | null } | null, allocationTable: { unit: string, unitStated: boolean, columns: Array<{ index: number, header: string, role: string }> } | null, regions: Array<{ name: string, writtenNames: Array<string>, level: string, parentName: string | null, chosen: boolean, existing: { id: string, name: string } | null }>, allocations: Array<{ writtenName: string, regionName: string, annualTotal: number, earlyAdvance: number | null, thisBatch: number, isSubtotal: boolean, existing: { id: string, name: string } | null }>, sheets: Array<{ writtenRegion: string, regionName: string, fundTotal: number | null, goals: number, indicators: number }>, warnings: Array<{ severity: ImportSeverity, code: string, message: string, regionName: string | null }>, errors: Array<{ code: string, field: string, message: string }> } };

export type ImportNoticeFileMutationVariables = Exact<{
  input: NoticeImportInput;
}>;


export type ImportNoticeFileMutation = { importNoticeFile: { outcome: string | null, document: { number: string, year: number, batch: number | null, revision: number, allocations: Array<{ annualTotal: number, earlyAdvance: number | null, thisBatch: number, region: { id: string, name: string } }>, notes: Array<{ code: string, message: string }> } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type RegionByNameQueryVariables = Exact<{
  name: string;
}>;


export type RegionByNameQuery = { region: { id: string, name: string, aliases: Array<string>, level: RegionLevel, parent: { name: string, level: RegionLevel } | null, children: Array<{ name: string }> } | null };

export type RegionTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionTreeQuery = { regions: Array<{ name: string, level: RegionLevel, parent: { name: string } | null, children: Array<{ name: string, level: RegionLevel, aliases: Array<string>, parent: { name: string } | null, children: Array<{ name: string }> }> }> };

export type RegionsFilteredQueryVariables = Exact<{
  level?: RegionLevel | null | undefined;
  parent?: string | null | undefined;
}>;


export type RegionsFilteredQuery = { regions: Array<{ name: string, level: RegionLevel }> };

export type ReportFieldsFragment = { id: string, year: number, month: number, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, isSample: boolean, region: { name: string } };

export type SubmitReportDetailedMutationVariables = Exact<{
  input: SpendingReportInput;
}>;


export type SubmitReportDetailedMutation = { submitSpendingReport: { report: { id: string, year: number, month: number, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, isSample: boolean, lines: Array<{ documentNumber: string, fundName: string, amount: number, spent: number, unspent: number, progress: number | null, reason: string | null, measures: string | null, measuresDueOn: string | null, directions: Array<{ direction: SpendingDirection, spent: number, share: number | null }> }>, region: { name: string } } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type SpendingReportListQueryVariables = Exact<{
  region?: string | null | undefined;
  year?: number | null | undefined;
  month?: number | null | undefined;
  latestOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SpendingReportListQuery = { spendingReports: { totalCount: number, nodes: Array<{ id: string, year: number, month: number, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, isSample: boolean, lines: Array<{ spent: number }>, versions: Array<{ version: number, isLatest: boolean }>, region: { name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SpendingReportByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type SpendingReportByIdQuery = { spendingReport: { id: string, year: number, month: number, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, isSample: boolean, region: { name: string } } | null };

export type DocumentQueryVariables = Exact<{
  number: string;
}>;


export type DocumentQuery = { document: { number: string, title: string, year: number, batch: number | null, issuedOn: string | null, upstreamNumber: string | null, allocations: Array<{ annualTotal: number, earlyAdvance: number | null, thisBatch: number, region: { name: string, level: RegionLevel, parent: { name: string } | null } }>, targetSheets: Array<{ fundTotal: number | null, centralFunds: number | null, localFunds: number | null, goals: Array<string>, region: { name: string }, indicators: Array<{ level1: IndicatorLevel1, level2: IndicatorLevel2 | null, name: string, target: { text: string, kind: TargetKind, op: TargetOp | null, value: number | null, unit: string | null } }> }>, warnings: Array<{ code: string, message: string }> } | null };

export type ExecutionQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
}>;


export type ExecutionQuery = { execution: { allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, region: { name: string }, children: Array<{ allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, region: { name: string } }> } | null };

export type IndicatorComparisonQueryVariables = Exact<{
  number: string;
}>;


export type IndicatorComparisonQuery = { indicatorComparison: Array<{ name: string, level1: IndicatorLevel1, level2: IndicatorLevel2 | null, regions: Array<{ status: IndicatorStatus, region: { name: string }, target: { text: string, kind: TargetKind, op: TargetOp | null, value: number | null, unit: string | null }, result: { value: number | null, text: string | null, reportedOn: string } | null }> }> };

export type SubmitSpendingReportMutationVariables = Exact<{
  input: SpendingReportInput;
}>;


export type SubmitSpendingReportMutation = { submitSpendingReport: { report: { id: string, year: number, month: number, version: number, region: { name: string }, lines: Array<{ documentNumber: string, amount: number, spent: number, unspent: number, progress: number | null }> } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type ExampleLaggingCountiesQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type ExampleLaggingCountiesQuery = { laggingRegions: { totalCount: number, nodes: Array<{ allocated: number, spent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, region: { name: string } }> } };

export type ExampleUnspentBalancesQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type ExampleUnspentBalancesQuery = { unspentBalances: { nodes: Array<{ allocated: number, unspent: number | null, progress: number | null, region: { name: string } }> } };

export type ExampleFilingStatusQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type ExampleFilingStatusQuery = { filingStatus: { deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { name: string } }> } };

export type ExampleTrendAndComparisonsQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type ExampleTrendAndComparisonsQuery = { execution: { spent: number | null, progress: number | null, region: { name: string }, previousMonth: { spent: number | null, progress: number | null } | null, previousYear: { spent: number | null, progress: number | null } | null, trend: Array<{ month: number, spent: number | null, progress: number | null, benchmark: number, reportedCount: number, expectedCount: number }>, byDirection: Array<{ direction: SpendingDirection, spent: number, share: number | null }>, byProgram: Array<{ allocated: number, spent: number | null, progress: number | null, program: { name: string, year: number } }> } | null };

export type ExampleReportVersionsQueryVariables = Exact<{
  region: string;
  year: number;
  month: number;
}>;


export type ExampleReportVersionsQuery = { spendingReports: { totalCount: number, nodes: Array<{ id: string, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, isSample: boolean, lines: Array<{ documentNumber: string, fundName: string, amount: number, spent: number, unspent: number, progress: number | null, directions: Array<{ direction: SpendingDirection, spent: number }> }> }> } };

export type ExampleLagExplanationsQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type ExampleLagExplanationsQuery = { lagExplanations: Array<{ documentNumber: string, progress: number | null, benchmark: number, reason: string | null, measures: string | null, measuresDueOn: string | null, overdue: boolean, region: { name: string } }> };

export type ExampleRegionIndicatorsQueryVariables = Exact<{
  region: string;
  number: string;
}>;


export type ExampleRegionIndicatorsQuery = { regionIndicators: Array<{ status: IndicatorStatus, indicator: { name: string, level1: IndicatorLevel1, level2: IndicatorLevel2 | null }, target: { text: string, kind: TargetKind, op: TargetOp | null, value: number | null, unit: string | null }, result: { value: number | null, text: string | null, outcome: IndicatorOutcome | null, reportedOn: string } | null, previousResult: { value: number | null } | null }> };

export type ExampleRegionTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleRegionTreeQuery = { regions: Array<{ name: string, level: RegionLevel, aliases: Array<string>, children: Array<{ name: string, level: RegionLevel, aliases: Array<string> }> }> };

export type ExampleRecordIndicatorResultMutationVariables = Exact<{
  input: IndicatorResultInput;
}>;


export type ExampleRecordIndicatorResultMutation = { recordIndicatorResult: { status: IndicatorStatus | null, result: { id: string, year: number, value: number | null, reportedOn: string } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type ExampleImportWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleImportWarningsQuery = { importRuns: { totalCount: number, nodes: Array<{ documentNumber: string, outcome: string, importedAt: string, warnings: Array<{ severity: ImportSeverity, code: string, message: string, region: { name: string } | null }> }> } };

export type ExampleAllocationChainQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  county: string;
}>;


export type ExampleAllocationChainQuery = { allocationChain: { received: number | null, passedDown: number, kept: number, unallocated: number | null, allocationProgress: number | null, allocated: number, spent: number | null, region: { name: string, level: RegionLevel }, warnings: Array<{ code: string, message: string }>, children: Array<{ received: number | null, passedDown: number, kept: number, unallocated: number | null, allocationProgress: number | null, daysToAllocate: number | null, daysWaiting: number | null, region: { name: string }, timeliness: { limitDays: number, days: number | null, status: ChainTimelinessStatus } | null, ownNotices: Array<{ number: string, issuedOn: string | null, upstreamNumber: string | null, amount: number, daysAfterUpstream: number | null }>, children: Array<{ received: number | null, allocated: number, spent: number | null, spendingProgress: number | null, region: { name: string } }> }> }, fundYears: Array<{ inForce: number, program: { name: string, year: number }, notices: Array<{ totalAfter: number, notice: { number: string, batchName: string, issuedOn: string | null, amount: number, annualTotal: number } }>, checks: Array<{ code: string, message: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExecutionFiguresFragmentDoc = new TypedDocumentString(`
    fragment ExecutionFigures on Execution {
  region {
    name
  }
  year
  month
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reported
  reportedCount
  expectedCount
}
    `, {"fragmentName":"ExecutionFigures"}) as unknown as TypedDocumentString<ExecutionFiguresFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFields on SpendingReport {
  id
  region {
    name
  }
  year
  month
  version
  isLatest
  submittedAt
  submittedBy
  isSample
}
    `, {"fragmentName":"ReportFields"}) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const AllocationChainLevelsDocument = new TypedDocumentString(`
    query AllocationChainLevels($year: Int!, $month: Int!, $region: String, $limitDays: Int) {
  allocationChain(
    year: $year
    month: $month
    region: $region
    limitDays: $limitDays
  ) {
    region {
      name
    }
    asOf
    received
    passedDown
    kept
    unallocated
    allocationProgress
    allocated
    daysToAllocate
    daysWaiting
    timeliness {
      limitDays
      days
      status
    }
    warnings {
      code
      documentNumber
      days
      amount
      message
    }
    children {
      region {
        name
      }
      received
      passedDown
      kept
      unallocated
      allocationProgress
      allocated
      spent
      spendingProgress
      daysToAllocate
      daysWaiting
      timeliness {
        limitDays
        days
        status
      }
      ownNotices {
        number
        issuedOn
        upstreamNumber
        amount
        daysAfterUpstream
      }
      upstreamNotices {
        number
        amount
        annualTotal
      }
      warnings {
        code
        days
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllocationChainLevelsQuery, AllocationChainLevelsQueryVariables>;
export const RegionFundYearsDocument = new TypedDocumentString(`
    query RegionFundYears($region: String!, $year: Int!) {
  fundYears(region: $region, year: $year) {
    program {
      name
    }
    inForce
    notices {
      notice {
        number
        batchName
        amount
        annualTotal
      }
      totalAfter
    }
    checks {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegionFundYearsQuery, RegionFundYearsQueryVariables>;
export const AllocationChainFiguresDocument = new TypedDocumentString(`
    query AllocationChainFigures($year: Int!, $month: Int!, $region: String) {
  allocationChain(year: $year, month: $month, region: $region) {
    region {
      name
    }
    received
    passedDown
    kept
    allocated
    children {
      region {
        name
      }
      received
      passedDown
      kept
      allocated
    }
  }
}
    `) as unknown as TypedDocumentString<AllocationChainFiguresQuery, AllocationChainFiguresQueryVariables>;
export const DashboardExecutionDocument = new TypedDocumentString(`
    query DashboardExecution($year: Int!, $month: Int!, $region: String) {
  execution(year: $year, month: $month, region: $region) {
    ...ExecutionFigures
    children {
      ...ExecutionFigures
    }
    trend {
      month
      spent
      progress
      benchmark
      reportedCount
      expectedCount
    }
    byDirection {
      direction
      spent
      share
    }
  }
}
    fragment ExecutionFigures on Execution {
  region {
    name
  }
  year
  month
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reported
  reportedCount
  expectedCount
}`) as unknown as TypedDocumentString<DashboardExecutionQuery, DashboardExecutionQueryVariables>;
export const DocumentListDocument = new TypedDocumentString(`
    query DocumentList($year: Int, $programId: ID, $first: Int, $after: String) {
  documents(year: $year, programId: $programId, first: $first, after: $after) {
    totalCount
    nodes {
      number
      year
      batch
      revision
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentListQuery, DocumentListQueryVariables>;
export const ProgramListDocument = new TypedDocumentString(`
    query ProgramList($year: Int) {
  programs(year: $year) {
    id
    name
    year
    source
    documents {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramListQuery, ProgramListQueryVariables>;
export const ImportRunListDocument = new TypedDocumentString(`
    query ImportRunList($first: Int, $after: String) {
  importRuns(first: $first, after: $after) {
    totalCount
    nodes {
      sourceName
      documentNumber
      outcome
      importedBy
      warnings {
        code
        severity
        message
        region {
          name
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRunListQuery, ImportRunListQueryVariables>;
export const DocumentFindingsDocument = new TypedDocumentString(`
    query DocumentFindings($number: String!) {
  document(number: $number) {
    number
    revision
    revisions {
      revision
      textHash
    }
    warnings {
      code
      message
      severity
      region {
        name
      }
    }
    notes {
      code
      severity
      region {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentFindingsQuery, DocumentFindingsQueryVariables>;
export const ImportNoticeDocument = new TypedDocumentString(`
    mutation ImportNotice($text: String!, $sourceName: String) {
  importNotice(text: $text, sourceName: $sourceName) {
    outcome
    document {
      number
      year
      revision
      allocations {
        region {
          name
        }
        annualTotal
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportNoticeMutation, ImportNoticeMutationVariables>;
export const ExecutionDetailDocument = new TypedDocumentString(`
    query ExecutionDetail($year: Int!, $month: Int!, $region: String, $programId: ID, $documentNumber: String) {
  execution(
    year: $year
    month: $month
    region: $region
    programId: $programId
    documentNumber: $documentNumber
  ) {
    ...ExecutionFigures
    previousMonth {
      ...ExecutionFigures
    }
    previousYear {
      ...ExecutionFigures
    }
    trend {
      month
      spent
      progress
      benchmark
      reportedCount
      expectedCount
    }
    byDirection {
      direction
      spent
      share
    }
    byProgram {
      program {
        name
        year
      }
      allocated
      spent
      unspent
      progress
    }
  }
}
    fragment ExecutionFigures on Execution {
  region {
    name
  }
  year
  month
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reported
  reportedCount
  expectedCount
}`) as unknown as TypedDocumentString<ExecutionDetailQuery, ExecutionDetailQueryVariables>;
export const LaggingRegionListDocument = new TypedDocumentString(`
    query LaggingRegionList($year: Int!, $month: Int!, $region: String, $includeNotReported: Boolean, $first: Int, $after: String) {
  laggingRegions(
    year: $year
    month: $month
    region: $region
    includeNotReported: $includeNotReported
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...ExecutionFigures
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ExecutionFigures on Execution {
  region {
    name
  }
  year
  month
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reported
  reportedCount
  expectedCount
}`) as unknown as TypedDocumentString<LaggingRegionListQuery, LaggingRegionListQueryVariables>;
export const UnspentBalanceListDocument = new TypedDocumentString(`
    query UnspentBalanceList($year: Int!, $month: Int!, $region: String, $first: Int, $after: String) {
  unspentBalances(
    year: $year
    month: $month
    region: $region
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...ExecutionFigures
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ExecutionFigures on Execution {
  region {
    name
  }
  year
  month
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reported
  reportedCount
  expectedCount
}`) as unknown as TypedDocumentString<UnspentBalanceListQuery, UnspentBalanceListQueryVariables>;
export const FilingStatusOfDocument = new TypedDocumentString(`
    query FilingStatusOf($year: Int!, $month: Int!, $region: String) {
  filingStatus(year: $year, month: $month, region: $region) {
    year
    month
    deadline
    filedCount
    expectedCount
    regions {
      region {
        name
      }
      filed
      version
      submittedAt
      late
      report {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilingStatusOfQuery, FilingStatusOfQueryVariables>;
export const LagExplanationListDocument = new TypedDocumentString(`
    query LagExplanationList($year: Int!, $month: Int!, $region: String) {
  lagExplanations(year: $year, month: $month, region: $region) {
    region {
      name
    }
    documentNumber
    progress
    benchmark
    reason
    measures
    measuresDueOn
    overdue
    report {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<LagExplanationListQuery, LagExplanationListQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const RecordIndicatorResultDocument = new TypedDocumentString(`
    mutation RecordIndicatorResult($input: IndicatorResultInput!) {
  recordIndicatorResult(input: $input) {
    result {
      year
      value
      text
      outcome
      achievedOn
      reportedOn
      reportedBy
    }
    status
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordIndicatorResultMutation, RecordIndicatorResultMutationVariables>;
export const RegionIndicatorListDocument = new TypedDocumentString(`
    query RegionIndicatorList($region: String!, $number: String!) {
  regionIndicators(region: $region, documentNumber: $number) {
    region {
      name
    }
    indicator {
      name
      level1
      level2
    }
    target {
      text
      kind
    }
    result {
      year
      value
    }
    previousResult {
      year
      value
    }
    status
  }
}
    `) as unknown as TypedDocumentString<RegionIndicatorListQuery, RegionIndicatorListQueryVariables>;
export const PreviewNoticeImportDocument = new TypedDocumentString(`
    mutation PreviewNoticeImport($input: NoticeImportInput!) {
  previewNoticeImport(input: $input) {
    sourceName
    format
    document {
      number
      numberCorrected
      title
      year
      batch
      issuers
      issuerRegion
      issuedOn
      upstreamNumber
    }
    allocationTable {
      unit
      unitStated
      columns {
        index
        header
        role
      }
    }
    regions {
      name
      writtenNames
      level
      parentName
      existing {
        id
        name
      }
      chosen
    }
    allocations {
      writtenName
      regionName
      existing {
        id
        name
      }
      annualTotal
      earlyAdvance
      thisBatch
      isSubtotal
    }
    sheets {
      writtenRegion
      regionName
      fundTotal
      goals
      indicators
    }
    warnings {
      severity
      code
      message
      regionName
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewNoticeImportMutation, PreviewNoticeImportMutationVariables>;
export const ImportNoticeFileDocument = new TypedDocumentString(`
    mutation ImportNoticeFile($input: NoticeImportInput!) {
  importNoticeFile(input: $input) {
    outcome
    document {
      number
      year
      batch
      revision
      allocations {
        region {
          id
          name
        }
        annualTotal
        earlyAdvance
        thisBatch
      }
      notes {
        code
        message
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportNoticeFileMutation, ImportNoticeFileMutationVariables>;
export const RegionByNameDocument = new TypedDocumentString(`
    query RegionByName($name: String!) {
  region(name: $name) {
    id
    name
    aliases
    level
    parent {
      name
      level
    }
    children {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegionByNameQuery, RegionByNameQueryVariables>;
export const RegionTreeDocument = new TypedDocumentString(`
    query RegionTree {
  regions {
    name
    level
    parent {
      name
    }
    children {
      name
      level
      aliases
      parent {
        name
      }
      children {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionTreeQuery, RegionTreeQueryVariables>;
export const RegionsFilteredDocument = new TypedDocumentString(`
    query RegionsFiltered($level: RegionLevel, $parent: String) {
  regions(level: $level, parent: $parent) {
    name
    level
  }
}
    `) as unknown as TypedDocumentString<RegionsFilteredQuery, RegionsFilteredQueryVariables>;
export const SubmitReportDetailedDocument = new TypedDocumentString(`
    mutation SubmitReportDetailed($input: SpendingReportInput!) {
  submitSpendingReport(input: $input) {
    report {
      ...ReportFields
      lines {
        documentNumber
        fundName
        amount
        spent
        unspent
        progress
        reason
        measures
        measuresDueOn
        directions {
          direction
          spent
          share
        }
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ReportFields on SpendingReport {
  id
  region {
    name
  }
  year
  month
  version
  isLatest
  submittedAt
  submittedBy
  isSample
}`) as unknown as TypedDocumentString<SubmitReportDetailedMutation, SubmitReportDetailedMutationVariables>;
export const SpendingReportListDocument = new TypedDocumentString(`
    query SpendingReportList($region: String, $year: Int, $month: Int, $latestOnly: Boolean, $first: Int, $after: String) {
  spendingReports(
    region: $region
    year: $year
    month: $month
    latestOnly: $latestOnly
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...ReportFields
      lines {
        spent
      }
      versions {
        version
        isLatest
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ReportFields on SpendingReport {
  id
  region {
    name
  }
  year
  month
  version
  isLatest
  submittedAt
  submittedBy
  isSample
}`) as unknown as TypedDocumentString<SpendingReportListQuery, SpendingReportListQueryVariables>;
export const SpendingReportByIdDocument = new TypedDocumentString(`
    query SpendingReportById($id: ID!) {
  spendingReport(id: $id) {
    ...ReportFields
  }
}
    fragment ReportFields on SpendingReport {
  id
  region {
    name
  }
  year
  month
  version
  isLatest
  submittedAt
  submittedBy
  isSample
}`) as unknown as TypedDocumentString<SpendingReportByIdQuery, SpendingReportByIdQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($number: String!) {
  document(number: $number) {
    number
    title
    year
    batch
    issuedOn
    upstreamNumber
    allocations {
      region {
        name
        level
        parent {
          name
        }
      }
      annualTotal
      earlyAdvance
      thisBatch
    }
    targetSheets {
      region {
        name
      }
      fundTotal
      centralFunds
      localFunds
      goals
      indicators {
        level1
        level2
        name
        target {
          text
          kind
          op
          value
          unit
        }
      }
    }
    warnings {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const ExecutionDocument = new TypedDocumentString(`
    query Execution($year: Int!, $month: Int!, $region: String) {
  execution(year: $year, month: $month, region: $region) {
    region {
      name
    }
    allocated
    spent
    unspent
    progress
    benchmark
    warning
    reported
    children {
      region {
        name
      }
      allocated
      spent
      unspent
      progress
      benchmark
      warning
      reported
    }
  }
}
    `) as unknown as TypedDocumentString<ExecutionQuery, ExecutionQueryVariables>;
export const IndicatorComparisonDocument = new TypedDocumentString(`
    query IndicatorComparison($number: String!) {
  indicatorComparison(documentNumber: $number) {
    name
    level1
    level2
    regions {
      region {
        name
      }
      target {
        text
        kind
        op
        value
        unit
      }
      result {
        value
        text
        reportedOn
      }
      status
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorComparisonQuery, IndicatorComparisonQueryVariables>;
export const SubmitSpendingReportDocument = new TypedDocumentString(`
    mutation SubmitSpendingReport($input: SpendingReportInput!) {
  submitSpendingReport(input: $input) {
    report {
      id
      region {
        name
      }
      year
      month
      version
      lines {
        documentNumber
        amount
        spent
        unspent
        progress
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitSpendingReportMutation, SubmitSpendingReportMutationVariables>;
export const ExampleLaggingCountiesDocument = new TypedDocumentString(`
    query ExampleLaggingCounties($year: Int!, $month: Int!) {
  laggingRegions(year: $year, month: $month, first: 20) {
    totalCount
    nodes {
      region {
        name
      }
      allocated
      spent
      progress
      benchmark
      warning
      reported
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleLaggingCountiesQuery, ExampleLaggingCountiesQueryVariables>;
export const ExampleUnspentBalancesDocument = new TypedDocumentString(`
    query ExampleUnspentBalances($year: Int!, $month: Int!) {
  unspentBalances(year: $year, month: $month) {
    nodes {
      region {
        name
      }
      allocated
      unspent
      progress
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleUnspentBalancesQuery, ExampleUnspentBalancesQueryVariables>;
export const ExampleFilingStatusDocument = new TypedDocumentString(`
    query ExampleFilingStatus($year: Int!, $month: Int!) {
  filingStatus(year: $year, month: $month) {
    deadline
    filedCount
    expectedCount
    regions {
      region {
        name
      }
      filed
      version
      submittedAt
      late
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleFilingStatusQuery, ExampleFilingStatusQueryVariables>;
export const ExampleTrendAndComparisonsDocument = new TypedDocumentString(`
    query ExampleTrendAndComparisons($year: Int!, $month: Int!) {
  execution(year: $year, month: $month) {
    region {
      name
    }
    spent
    progress
    previousMonth {
      spent
      progress
    }
    previousYear {
      spent
      progress
    }
    trend {
      month
      spent
      progress
      benchmark
      reportedCount
      expectedCount
    }
    byDirection {
      direction
      spent
      share
    }
    byProgram {
      program {
        name
        year
      }
      allocated
      spent
      progress
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleTrendAndComparisonsQuery, ExampleTrendAndComparisonsQueryVariables>;
export const ExampleReportVersionsDocument = new TypedDocumentString(`
    query ExampleReportVersions($region: String!, $year: Int!, $month: Int!) {
  spendingReports(region: $region, year: $year, month: $month) {
    totalCount
    nodes {
      id
      version
      isLatest
      submittedAt
      submittedBy
      isSample
      lines {
        documentNumber
        fundName
        amount
        spent
        unspent
        progress
        directions {
          direction
          spent
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleReportVersionsQuery, ExampleReportVersionsQueryVariables>;
export const ExampleLagExplanationsDocument = new TypedDocumentString(`
    query ExampleLagExplanations($year: Int!, $month: Int!) {
  lagExplanations(year: $year, month: $month) {
    region {
      name
    }
    documentNumber
    progress
    benchmark
    reason
    measures
    measuresDueOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<ExampleLagExplanationsQuery, ExampleLagExplanationsQueryVariables>;
export const ExampleRegionIndicatorsDocument = new TypedDocumentString(`
    query ExampleRegionIndicators($region: String!, $number: String!) {
  regionIndicators(region: $region, documentNumber: $number) {
    indicator {
      name
      level1
      level2
    }
    target {
      text
      kind
      op
      value
      unit
    }
    result {
      value
      text
      outcome
      reportedOn
    }
    previousResult {
      value
    }
    status
  }
}
    `) as unknown as TypedDocumentString<ExampleRegionIndicatorsQuery, ExampleRegionIndicatorsQueryVariables>;
export const ExampleRegionTreeDocument = new TypedDocumentString(`
    query ExampleRegionTree {
  regions {
    name
    level
    aliases
    children {
      name
      level
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleRegionTreeQuery, ExampleRegionTreeQueryVariables>;
export const ExampleRecordIndicatorResultDocument = new TypedDocumentString(`
    mutation ExampleRecordIndicatorResult($input: IndicatorResultInput!) {
  recordIndicatorResult(input: $input) {
    result {
      id
      year
      value
      reportedOn
    }
    status
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleRecordIndicatorResultMutation, ExampleRecordIndicatorResultMutationVariables>;
export const ExampleImportWarningsDocument = new TypedDocumentString(`
    query ExampleImportWarnings {
  importRuns(first: 10) {
    totalCount
    nodes {
      documentNumber
      outcome
      importedAt
      warnings {
        severity
        code
        message
        region {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleImportWarningsQuery, ExampleImportWarningsQueryVariables>;
export const ExampleAllocationChainDocument = new TypedDocumentString(`
    query ExampleAllocationChain($year: Int!, $month: Int!, $region: String, $county: String!) {
  allocationChain(year: $year, month: $month, region: $region) {
    region {
      name
      level
    }
    received
    passedDown
    kept
    unallocated
    allocationProgress
    allocated
    spent
    warnings {
      code
      message
    }
    children {
      region {
        name
      }
      received
      passedDown
      kept
      unallocated
      allocationProgress
      daysToAllocate
      daysWaiting
      timeliness {
        limitDays
        days
        status
      }
      ownNotices {
        number
        issuedOn
        upstreamNumber
        amount
        daysAfterUpstream
      }
      children {
        region {
          name
        }
        received
        allocated
        spent
        spendingProgress
      }
    }
  }
  fundYears(region: $county, year: $year) {
    program {
      name
      year
    }
    inForce
    notices {
      notice {
        number
        batchName
        issuedOn
        amount
        annualTotal
      }
      totalAfter
    }
    checks {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleAllocationChainQuery, ExampleAllocationChainQueryVariables>;