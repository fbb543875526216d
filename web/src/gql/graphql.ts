/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountChangesInput = {
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  region?: string | null | undefined;
  role?: Role | null | undefined;
  username: string;
};

export type AuditOutcome =
  | 'FAILED'
  | 'OK'
  | 'REFUSED';

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

export type NewAccountInput = {
  displayName?: string | null | undefined;
  /** 省略则生成一次性密码。Omit for a generated one-time password. */
  password?: string | null | undefined;
  /** 县市账户必填。Required for COUNTY accounts. */
  region?: string | null | undefined;
  role: Role;
  username: string;
};

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

/**
 * 角色。Roles: ADMIN imports notices and manages accounts; LEADER and ANALYST read everything
 * (ANALYST also uses the explorer and API tokens); COUNTY reads everything and files its own
 * region's reports and indicator results.
 */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'COUNTY'
  | 'LEADER';

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

export type AppShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQuery = { dataStatus: { years: Array<number>, hasSampleData: boolean, latestPeriod: { year: number, month: number } | null }, me: { username: string, displayName: string, role: Role, region: { name: string } | null } };

export type FilterProgramsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type FilterProgramsQuery = { programs: Array<{ id: string, name: string, year: number }> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AccountListQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountListQuery = { accounts: Array<{ username: string, displayName: string, role: Role, disabled: boolean, mustChangePassword: boolean, region: { name: string } | null }> };

export type CreateAccountMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { oneTimePassword: string | null, account: { username: string } } };

export type SetAccountDisabledMutationVariables = Exact<{
  input: AccountChangesInput;
}>;


export type SetAccountDisabledMutation = { updateAccount: { username: string } };

export type ResetPasswordMutationVariables = Exact<{
  username: string;
}>;


export type ResetPasswordMutation = { resetPassword: string };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type AllocationPageQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  programId?: string | number | null | undefined;
}>;


export type AllocationPageQuery = { allocationChain: { asOf: string, received: number | null, passedDown: number, kept: number, unallocated: number | null, allocationProgress: number | null, allocated: number, spent: number | null, spendingProgress: number | null, daysToAllocate: number | null, daysWaiting: number | null, region: { name: string, level: RegionLevel, parent: { name: string } | null }, timeliness: { limitDays: number } | null, upstreamNotices: Array<{ number: string, batchName: string, issuedOn: string | null, amount: number }>, ownNotices: Array<{ number: string, batchName: string, issuedOn: string | null, amount: number, daysAfterUpstream: number | null }>, warnings: Array<{ code: string, message: string }>, children: Array<{ received: number | null, passedDown: number, kept: number, unallocated: number | null, allocationProgress: number | null, allocated: number, spent: number | null, spendingProgress: number | null, daysToAllocate: number | null, daysWaiting: number | null, region: { name: string, level: RegionLevel }, warnings: Array<{ code: string, message: string }> }> } };

export type AuditTrailQueryVariables = Exact<{
  actor?: string | null | undefined;
  operation?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, actor: string, role: string, via: string, operation: string, object: string, outcome: AuditOutcome, code: string | null, summary: string }> } };

export type FilingCalendar_StatusFragment = { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> };

export type FilingCalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type FilingCalendarYearQuery = { m1: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m2: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m3: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m4: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m5: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m6: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m7: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m8: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m9: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m10: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m11: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> }, m12: { year: number, month: number, deadline: string, filedCount: number, expectedCount: number, regions: Array<{ filed: boolean, version: number | null, submittedAt: string | null, late: boolean, region: { id: string, name: string } }> } };

export type FilingForm_ReportFragment = { id: string, version: number, submittedAt: string, lines: Array<{ documentNumber: string, spent: number, reason: string | null, measures: string | null, measuresDueOn: string | null, directions: Array<{ direction: SpendingDirection, spent: number }> }> };

export type FilingSubmitReportMutationVariables = Exact<{
  input: SpendingReportInput;
}>;


export type FilingSubmitReportMutation = { submitSpendingReport: { report: { id: string, version: number, submittedAt: string } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type FilingFundsQueryVariables = Exact<{
  year: number;
}>;


export type FilingFundsQuery = { documents: { nodes: Array<{ number: string, batch: number | null, issuedOn: string | null, spendingDirections: Array<SpendingDirection>, program: { id: string, name: string }, allocations: Array<{ annualTotal: number, isSubtotal: boolean, region: { name: string, aliases: Array<string> } }> }> } };

export type FilingLatestReportQueryVariables = Exact<{
  region: string;
  year: number;
  month: number;
}>;


export type FilingLatestReportQuery = { spendingReports: { nodes: Array<{ id: string, version: number, submittedAt: string, lines: Array<{ documentNumber: string, spent: number, reason: string | null, measures: string | null, measuresDueOn: string | null, directions: Array<{ direction: SpendingDirection, spent: number }> }> }> }, filingStatus: { deadline: string, regions: Array<{ filed: boolean, late: boolean, region: { name: string } }> } };

export type WorkbookPreviewFieldsFragment = { lines: Array<{ row: number, documentNumber: string, fundName: string, amount: number, spent: number, unspent: number, progress: number | null }>, problems: Array<{ cell: string | null, code: string, message: string }>, warnings: Array<{ cell: string | null, code: string, message: string }> };

export type FilingPreviewWorkbookMutationVariables = Exact<{
  file: string;
  region: string;
  year: number;
  month: number;
}>;


export type FilingPreviewWorkbookMutation = { previewFeedbackWorkbook: { lines: Array<{ row: number, documentNumber: string, fundName: string, amount: number, spent: number, unspent: number, progress: number | null }>, problems: Array<{ cell: string | null, code: string, message: string }>, warnings: Array<{ cell: string | null, code: string, message: string }> } };

export type FilingSubmitWorkbookMutationVariables = Exact<{
  file: string;
  region: string;
  year: number;
  month: number;
}>;


export type FilingSubmitWorkbookMutation = { submitFeedbackWorkbook: { report: { version: number, submittedAt: string } | null, problems: Array<{ cell: string | null, code: string, message: string }> } };

export type ImportPreviewFieldsFragment = { sourceName: string, format: string | null, document: { number: string | null, numberCorrected: boolean, title: string | null, year: number, batch: number | null, issuers: Array<string>, issuedOn: string | null, upstreamNumber: string | null } | null, allocationTable: { unit: string, unitStated: boolean, columns: Array<{ index: number, header: string, role: string }> } | null, regions: Array<{ name: string, writtenNames: Array<string>, level: string, parentName: string | null, chosen: boolean, existing: { id: string, name: string } | null }>, allocations: Array<{ writtenName: string, regionName: string, annualTotal: number, earlyAdvance: number | null, thisBatch: number, isSubtotal: boolean, existing: { id: string, name: string } | null }>, sheets: Array<{ writtenRegion: string, regionName: string, fundTotal: number | null, goals: number, indicators: number }>, warnings: Array<{ severity: ImportSeverity, code: string, message: string, regionName: string | null }>, errors: Array<{ code: string, field: string, message: string }> };

export type ImportPagePreviewMutationVariables = Exact<{
  input: NoticeImportInput;
}>;


export type ImportPagePreviewMutation = { previewNoticeImport: { sourceName: string, format: string | null, document: { number: string | null, numberCorrected: boolean, title: string | null, year: number, batch: number | null, issuers: Array<string>, issuedOn: string | null, upstreamNumber: string | null } | null, allocationTable: { unit: string, unitStated: boolean, columns: Array<{ index: number, header: string, role: string }> } | null, regions: Array<{ name: string, writtenNames: Array<string>, level: string, parentName: string | null, chosen: boolean, existing: { id: string, name: string } | null }>, allocations: Array<{ writtenName: string, regionName: string, annualTotal: number, earlyAdvance: number | null, thisBatch: number, isSubtotal: boolean, existing: { id: string, name: string } | null }>, sheets: Array<{ writtenRegion: string, regionName: string, fundTotal: number | null, goals: number, indicators: number }>, warnings: Array<{ severity: ImportSeverity, code: string, message: string, regionName: string | null }>, errors: Array<{ code: string, field: string, message: string }> } };

export type ImportPageImportMutationVariables = Exact<{
  input: NoticeImportInput;
}>;


export type ImportPageImportMutation = { importNoticeFile: { outcome: string | null, document: { number: string, year: number, revision: number } | null, errors: Array<{ code: string, field: string, message: string }> } };

export type ImportPageRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageRegionsQuery = { prefectures: Array<{ id: string, name: string }>, counties: Array<{ id: string, name: string, parent: { name: string } | null }> };

export type IndicatorMatrix_RowFragment = { name: string, level1: IndicatorLevel1, level2: IndicatorLevel2 | null, regions: Array<{ status: IndicatorStatus, region: { name: string }, target: { text: string, kind: TargetKind, op: TargetOp | null, value: number | null, unit: string | null }, result: { value: number | null, text: string | null, outcome: IndicatorOutcome | null } | null, previousResult: { value: number | null, text: string | null } | null }> };

export type IndicatorsPageDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsPageDocumentsQuery = { documents: { nodes: Array<{ number: string, title: string, year: number, targetSheets: Array<{ year: number | null }> }> } };

export type IndicatorsPageComparisonQueryVariables = Exact<{
  documentNumber: string;
}>;


export type IndicatorsPageComparisonQuery = { indicatorComparison: Array<{ name: string, level1: IndicatorLevel1, level2: IndicatorLevel2 | null, regions: Array<{ status: IndicatorStatus, region: { name: string }, target: { text: string, kind: TargetKind, op: TargetOp | null, value: number | null, unit: string | null }, result: { value: number | null, text: string | null, outcome: IndicatorOutcome | null } | null, previousResult: { value: number | null, text: string | null } | null }> }> };

export type OverviewAllocationQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  programId?: string | number | null | undefined;
}>;


export type OverviewAllocationQuery = { allocationChain: { received: number | null, unallocated: number | null, allocationProgress: number | null, daysWaiting: number | null } };

export type OverviewCards_ExecutionFragment = { allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reportedCount: number, expectedCount: number, reportedProgress: number | null };

export type OverviewPageQueryVariables = Exact<{
  year: number;
  month: number;
  region?: string | null | undefined;
  programId?: string | number | null | undefined;
}>;


export type OverviewPageQuery = { execution: { year: number, month: number, allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reportedCount: number, expectedCount: number, reportedProgress: number | null, region: { name: string, parent: { name: string, parent: { name: string } | null } | null }, children: Array<{ allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, region: { name: string } }>, trend: Array<{ month: number, spent: number | null, progress: number | null, benchmark: number, reportedCount: number, expectedCount: number }> } | null, programs: Array<{ id: string, name: string }> };

export type OverviewRegionOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewRegionOptionsQuery = { regions: Array<{ name: string, children: Array<{ name: string, children: Array<{ name: string }> }> }> };

export type OverviewRegion_FiguresFragment = { allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, region: { name: string } };

export type OverviewTrend_ExecutionFragment = { region: { name: string }, trend: Array<{ month: number, spent: number | null, progress: number | null, benchmark: number, reportedCount: number, expectedCount: number }> };

export type QualityFundYearChecksQueryVariables = Exact<{
  year: number;
}>;


export type QualityFundYearChecksQuery = { fundYearChecks: Array<{ code: string, documentNumber: string | null, message: string, region: { name: string } }> };

export type QualityFindings_FindingFragment = { code: string, message: string, severity: ImportSeverity, region: { name: string } | null };

export type QualityPageDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type QualityPageDocumentsQuery = { documents: { nodes: Array<{ number: string, title: string, year: number, revision: number, warnings: Array<{ code: string, message: string, severity: ImportSeverity, region: { name: string } | null }>, notes: Array<{ code: string, message: string, severity: ImportSeverity, region: { name: string } | null }>, revisions: Array<{ revision: number, importedAt: string, importRun: { id: string, sourceName: string, outcome: string, importedBy: string, importedAt: string, warnings: Array<{ severity: ImportSeverity }> } }> }> } };

export type RegionAllocations_DocumentFragment = { number: string, title: string, allocations: Array<{ annualTotal: number, earlyAdvance: number | null, priorBatches: number | null, thisBatch: number, isSubtotal: boolean, region: { name: string } }> };

export type RegionCards_ExecutionFragment = { allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number };

export type RegionChildren_ExecutionFragment = { year: number, month: number, children: Array<{ allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, region: { name: string } }> };

export type RegionDirections_ExecutionFragment = { byDirection: Array<{ direction: SpendingDirection, spent: number, share: number | null }> };

export type RegionFundYearsQueryVariables = Exact<{
  region: string;
  year: number;
}>;


export type RegionFundYearsQuery = { fundYears: Array<{ inForce: number, program: { id: string, name: string }, notices: Array<{ totalAfter: number, notice: { number: string, batchName: string, issuedOn: string | null, amount: number, annualTotal: number } }>, checks: Array<{ code: string, message: string }> }> };

export type RegionPageIndicatorsQueryVariables = Exact<{
  region: string;
  documentNumber: string;
}>;


export type RegionPageIndicatorsQuery = { regionIndicators: Array<{ status: IndicatorStatus, indicator: { id: string, name: string, level1: IndicatorLevel1, level2: IndicatorLevel2 | null }, target: { text: string, kind: TargetKind, unit: string | null }, result: { value: number | null, text: string | null, outcome: IndicatorOutcome | null } | null, previousResult: { value: number | null, text: string | null } | null }> };

export type RegionPageTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionPageTreeQuery = { regions: Array<{ name: string, aliases: Array<string>, level: RegionLevel, children: Array<{ name: string, aliases: Array<string>, level: RegionLevel, children: Array<{ name: string, aliases: Array<string>, level: RegionLevel }> }> }> };

export type RegionPageDataQueryVariables = Exact<{
  region: string;
  year: number;
  month: number;
  programId?: string | number | null | undefined;
  reportMonth?: number | null | undefined;
}>;


export type RegionPageDataQuery = { execution: { allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, reported: boolean, reportedCount: number, expectedCount: number, year: number, month: number, byDirection: Array<{ direction: SpendingDirection, spent: number, share: number | null }>, children: Array<{ allocated: number, spent: number | null, unspent: number | null, progress: number | null, benchmark: number, warning: WarningLevel, region: { name: string } }> } | null, documents: { nodes: Array<{ number: string, title: string, allocations: Array<{ annualTotal: number, earlyAdvance: number | null, priorBatches: number | null, thisBatch: number, isSubtotal: boolean, region: { name: string } }> }> }, spendingReports: { totalCount: number, nodes: Array<{ id: string, year: number, month: number, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, region: { name: string }, lines: Array<{ documentNumber: string, amount: number, spent: number, unspent: number, progress: number | null, reason: string | null, measures: string | null, measuresDueOn: string | null }> }> }, lagExplanations: Array<{ documentNumber: string, progress: number | null, benchmark: number, reason: string | null, measures: string | null, measuresDueOn: string | null, overdue: boolean, region: { name: string }, report: { id: string, year: number, month: number, version: number, isLatest: boolean } }> };

export type RegionReasons_ReportFragment = { id: string, year: number, month: number, version: number, isLatest: boolean, region: { name: string }, lines: Array<{ documentNumber: string, progress: number | null, reason: string | null, measures: string | null, measuresDueOn: string | null }> };

export type RegionReasons_LagFragment = { documentNumber: string, progress: number | null, benchmark: number, reason: string | null, measures: string | null, measuresDueOn: string | null, overdue: boolean, region: { name: string }, report: { id: string, year: number, month: number, version: number, isLatest: boolean } };

export type RegionReports_ReportFragment = { id: string, year: number, month: number, version: number, isLatest: boolean, submittedAt: string, submittedBy: string, region: { name: string }, lines: Array<{ documentNumber: string, amount: number, spent: number, unspent: number, progress: number | null }> };

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
export const FilingCalendar_StatusFragmentDoc = new TypedDocumentString(`
    fragment FilingCalendar_status on FilingStatus {
  year
  month
  deadline
  filedCount
  expectedCount
  regions {
    region {
      id
      name
    }
    filed
    version
    submittedAt
    late
  }
}
    `, {"fragmentName":"FilingCalendar_status"}) as unknown as TypedDocumentString<FilingCalendar_StatusFragment, unknown>;
export const FilingForm_ReportFragmentDoc = new TypedDocumentString(`
    fragment FilingForm_report on SpendingReport {
  id
  version
  submittedAt
  lines {
    documentNumber
    spent
    directions {
      direction
      spent
    }
    reason
    measures
    measuresDueOn
  }
}
    `, {"fragmentName":"FilingForm_report"}) as unknown as TypedDocumentString<FilingForm_ReportFragment, unknown>;
export const WorkbookPreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkbookPreviewFields on FeedbackWorkbookPreview {
  lines {
    row
    documentNumber
    fundName
    amount
    spent
    unspent
    progress
  }
  problems {
    cell
    code
    message
  }
  warnings {
    cell
    code
    message
  }
}
    `, {"fragmentName":"WorkbookPreviewFields"}) as unknown as TypedDocumentString<WorkbookPreviewFieldsFragment, unknown>;
export const ImportPreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportPreviewFields on NoticeImportPreview {
  sourceName
  format
  document {
    number
    numberCorrected
    title
    year
    batch
    issuers
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
    `, {"fragmentName":"ImportPreviewFields"}) as unknown as TypedDocumentString<ImportPreviewFieldsFragment, unknown>;
export const IndicatorMatrix_RowFragmentDoc = new TypedDocumentString(`
    fragment IndicatorMatrix_row on IndicatorComparisonRow {
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
      outcome
    }
    previousResult {
      value
      text
    }
    status
  }
}
    `, {"fragmentName":"IndicatorMatrix_row"}) as unknown as TypedDocumentString<IndicatorMatrix_RowFragment, unknown>;
export const OverviewCards_ExecutionFragmentDoc = new TypedDocumentString(`
    fragment OverviewCards_execution on Execution {
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reportedCount
  expectedCount
  reportedProgress
}
    `, {"fragmentName":"OverviewCards_execution"}) as unknown as TypedDocumentString<OverviewCards_ExecutionFragment, unknown>;
export const OverviewRegion_FiguresFragmentDoc = new TypedDocumentString(`
    fragment OverviewRegion_figures on Execution {
  region {
    name
  }
  allocated
  spent
  unspent
  progress
  benchmark
  warning
}
    `, {"fragmentName":"OverviewRegion_figures"}) as unknown as TypedDocumentString<OverviewRegion_FiguresFragment, unknown>;
export const OverviewTrend_ExecutionFragmentDoc = new TypedDocumentString(`
    fragment OverviewTrend_execution on Execution {
  region {
    name
  }
  trend {
    month
    spent
    progress
    benchmark
    reportedCount
    expectedCount
  }
}
    `, {"fragmentName":"OverviewTrend_execution"}) as unknown as TypedDocumentString<OverviewTrend_ExecutionFragment, unknown>;
export const QualityFindings_FindingFragmentDoc = new TypedDocumentString(`
    fragment QualityFindings_finding on ImportWarning {
  code
  message
  severity
  region {
    name
  }
}
    `, {"fragmentName":"QualityFindings_finding"}) as unknown as TypedDocumentString<QualityFindings_FindingFragment, unknown>;
export const RegionAllocations_DocumentFragmentDoc = new TypedDocumentString(`
    fragment RegionAllocations_document on FundDocument {
  number
  title
  allocations {
    region {
      name
    }
    annualTotal
    earlyAdvance
    priorBatches
    thisBatch
    isSubtotal
  }
}
    `, {"fragmentName":"RegionAllocations_document"}) as unknown as TypedDocumentString<RegionAllocations_DocumentFragment, unknown>;
export const RegionCards_ExecutionFragmentDoc = new TypedDocumentString(`
    fragment RegionCards_execution on Execution {
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
    `, {"fragmentName":"RegionCards_execution"}) as unknown as TypedDocumentString<RegionCards_ExecutionFragment, unknown>;
export const RegionChildren_ExecutionFragmentDoc = new TypedDocumentString(`
    fragment RegionChildren_execution on Execution {
  year
  month
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
  }
}
    `, {"fragmentName":"RegionChildren_execution"}) as unknown as TypedDocumentString<RegionChildren_ExecutionFragment, unknown>;
export const RegionDirections_ExecutionFragmentDoc = new TypedDocumentString(`
    fragment RegionDirections_execution on Execution {
  byDirection {
    direction
    spent
    share
  }
}
    `, {"fragmentName":"RegionDirections_execution"}) as unknown as TypedDocumentString<RegionDirections_ExecutionFragment, unknown>;
export const RegionReasons_ReportFragmentDoc = new TypedDocumentString(`
    fragment RegionReasons_report on SpendingReport {
  id
  year
  month
  version
  isLatest
  region {
    name
  }
  lines {
    documentNumber
    progress
    reason
    measures
    measuresDueOn
  }
}
    `, {"fragmentName":"RegionReasons_report"}) as unknown as TypedDocumentString<RegionReasons_ReportFragment, unknown>;
export const RegionReasons_LagFragmentDoc = new TypedDocumentString(`
    fragment RegionReasons_lag on LagExplanation {
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
    id
    year
    month
    version
    isLatest
  }
}
    `, {"fragmentName":"RegionReasons_lag"}) as unknown as TypedDocumentString<RegionReasons_LagFragment, unknown>;
export const RegionReports_ReportFragmentDoc = new TypedDocumentString(`
    fragment RegionReports_report on SpendingReport {
  id
  year
  month
  version
  isLatest
  submittedAt
  submittedBy
  region {
    name
  }
  lines {
    documentNumber
    amount
    spent
    unspent
    progress
  }
}
    `, {"fragmentName":"RegionReports_report"}) as unknown as TypedDocumentString<RegionReports_ReportFragment, unknown>;
export const AppShellDocument = new TypedDocumentString(`
    query AppShell {
  dataStatus {
    latestPeriod {
      year
      month
    }
    years
    hasSampleData
  }
  me {
    username
    displayName
    role
    region {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AppShellQuery, AppShellQueryVariables>;
export const FilterProgramsDocument = new TypedDocumentString(`
    query FilterPrograms($year: Int) {
  programs(year: $year) {
    id
    name
    year
  }
}
    `) as unknown as TypedDocumentString<FilterProgramsQuery, FilterProgramsQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AccountListDocument = new TypedDocumentString(`
    query AccountList {
  accounts {
    username
    displayName
    role
    region {
      name
    }
    disabled
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccountListQuery, AccountListQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: NewAccountInput!) {
  createAccount(input: $input) {
    account {
      username
    }
    oneTimePassword
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const SetAccountDisabledDocument = new TypedDocumentString(`
    mutation SetAccountDisabled($input: AccountChangesInput!) {
  updateAccount(input: $input) {
    username
  }
}
    `) as unknown as TypedDocumentString<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($username: String!) {
  resetPassword(username: $username)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  myApiTokens {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    token
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AllocationPageDocument = new TypedDocumentString(`
    query AllocationPage($year: Int!, $month: Int!, $region: String, $programId: ID) {
  allocationChain(
    year: $year
    month: $month
    region: $region
    programId: $programId
  ) {
    asOf
    region {
      name
      level
      parent {
        name
      }
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
    }
    upstreamNotices {
      number
      batchName
      issuedOn
      amount
    }
    ownNotices {
      number
      batchName
      issuedOn
      amount
      daysAfterUpstream
    }
    warnings {
      code
      message
    }
    children {
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
      spendingProgress
      daysToAllocate
      daysWaiting
      warnings {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllocationPageQuery, AllocationPageQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($actor: String, $operation: String, $outcome: AuditOutcome, $first: Int) {
  auditLog(actor: $actor, operation: $operation, outcome: $outcome, first: $first) {
    totalCount
    nodes {
      id
      at
      actor
      role
      via
      operation
      object
      outcome
      code
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const FilingCalendarYearDocument = new TypedDocumentString(`
    query FilingCalendarYear($year: Int!) {
  m1: filingStatus(year: $year, month: 1) {
    ...FilingCalendar_status
  }
  m2: filingStatus(year: $year, month: 2) {
    ...FilingCalendar_status
  }
  m3: filingStatus(year: $year, month: 3) {
    ...FilingCalendar_status
  }
  m4: filingStatus(year: $year, month: 4) {
    ...FilingCalendar_status
  }
  m5: filingStatus(year: $year, month: 5) {
    ...FilingCalendar_status
  }
  m6: filingStatus(year: $year, month: 6) {
    ...FilingCalendar_status
  }
  m7: filingStatus(year: $year, month: 7) {
    ...FilingCalendar_status
  }
  m8: filingStatus(year: $year, month: 8) {
    ...FilingCalendar_status
  }
  m9: filingStatus(year: $year, month: 9) {
    ...FilingCalendar_status
  }
  m10: filingStatus(year: $year, month: 10) {
    ...FilingCalendar_status
  }
  m11: filingStatus(year: $year, month: 11) {
    ...FilingCalendar_status
  }
  m12: filingStatus(year: $year, month: 12) {
    ...FilingCalendar_status
  }
}
    fragment FilingCalendar_status on FilingStatus {
  year
  month
  deadline
  filedCount
  expectedCount
  regions {
    region {
      id
      name
    }
    filed
    version
    submittedAt
    late
  }
}`) as unknown as TypedDocumentString<FilingCalendarYearQuery, FilingCalendarYearQueryVariables>;
export const FilingSubmitReportDocument = new TypedDocumentString(`
    mutation FilingSubmitReport($input: SpendingReportInput!) {
  submitSpendingReport(input: $input) {
    report {
      id
      version
      submittedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FilingSubmitReportMutation, FilingSubmitReportMutationVariables>;
export const FilingFundsDocument = new TypedDocumentString(`
    query FilingFunds($year: Int!) {
  documents(year: $year, first: 100) {
    nodes {
      number
      batch
      issuedOn
      spendingDirections
      program {
        id
        name
      }
      allocations {
        region {
          name
          aliases
        }
        annualTotal
        isSubtotal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilingFundsQuery, FilingFundsQueryVariables>;
export const FilingLatestReportDocument = new TypedDocumentString(`
    query FilingLatestReport($region: String!, $year: Int!, $month: Int!) {
  spendingReports(
    region: $region
    year: $year
    month: $month
    latestOnly: true
    first: 1
  ) {
    nodes {
      ...FilingForm_report
    }
  }
  filingStatus(year: $year, month: $month, region: $region) {
    deadline
    regions {
      region {
        name
      }
      filed
      late
    }
  }
}
    fragment FilingForm_report on SpendingReport {
  id
  version
  submittedAt
  lines {
    documentNumber
    spent
    directions {
      direction
      spent
    }
    reason
    measures
    measuresDueOn
  }
}`) as unknown as TypedDocumentString<FilingLatestReportQuery, FilingLatestReportQueryVariables>;
export const FilingPreviewWorkbookDocument = new TypedDocumentString(`
    mutation FilingPreviewWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {
  previewFeedbackWorkbook(
    file: $file
    region: $region
    year: $year
    month: $month
  ) {
    ...WorkbookPreviewFields
  }
}
    fragment WorkbookPreviewFields on FeedbackWorkbookPreview {
  lines {
    row
    documentNumber
    fundName
    amount
    spent
    unspent
    progress
  }
  problems {
    cell
    code
    message
  }
  warnings {
    cell
    code
    message
  }
}`) as unknown as TypedDocumentString<FilingPreviewWorkbookMutation, FilingPreviewWorkbookMutationVariables>;
export const FilingSubmitWorkbookDocument = new TypedDocumentString(`
    mutation FilingSubmitWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {
  submitFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {
    report {
      version
      submittedAt
    }
    problems {
      cell
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FilingSubmitWorkbookMutation, FilingSubmitWorkbookMutationVariables>;
export const ImportPagePreviewDocument = new TypedDocumentString(`
    mutation ImportPagePreview($input: NoticeImportInput!) {
  previewNoticeImport(input: $input) {
    ...ImportPreviewFields
  }
}
    fragment ImportPreviewFields on NoticeImportPreview {
  sourceName
  format
  document {
    number
    numberCorrected
    title
    year
    batch
    issuers
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
}`) as unknown as TypedDocumentString<ImportPagePreviewMutation, ImportPagePreviewMutationVariables>;
export const ImportPageImportDocument = new TypedDocumentString(`
    mutation ImportPageImport($input: NoticeImportInput!) {
  importNoticeFile(input: $input) {
    outcome
    document {
      number
      year
      revision
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPageImportMutation, ImportPageImportMutationVariables>;
export const ImportPageRegionsDocument = new TypedDocumentString(`
    query ImportPageRegions {
  prefectures: regions(level: PREFECTURE) {
    id
    name
  }
  counties: regions(level: COUNTY) {
    id
    name
    parent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPageRegionsQuery, ImportPageRegionsQueryVariables>;
export const IndicatorsPageDocumentsDocument = new TypedDocumentString(`
    query IndicatorsPageDocuments {
  documents(first: 100) {
    nodes {
      number
      title
      year
      targetSheets {
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsPageDocumentsQuery, IndicatorsPageDocumentsQueryVariables>;
export const IndicatorsPageComparisonDocument = new TypedDocumentString(`
    query IndicatorsPageComparison($documentNumber: String!) {
  indicatorComparison(documentNumber: $documentNumber) {
    ...IndicatorMatrix_row
  }
}
    fragment IndicatorMatrix_row on IndicatorComparisonRow {
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
      outcome
    }
    previousResult {
      value
      text
    }
    status
  }
}`) as unknown as TypedDocumentString<IndicatorsPageComparisonQuery, IndicatorsPageComparisonQueryVariables>;
export const OverviewAllocationDocument = new TypedDocumentString(`
    query OverviewAllocation($year: Int!, $month: Int!, $region: String, $programId: ID) {
  allocationChain(
    year: $year
    month: $month
    region: $region
    programId: $programId
  ) {
    received
    unallocated
    allocationProgress
    daysWaiting
  }
}
    `) as unknown as TypedDocumentString<OverviewAllocationQuery, OverviewAllocationQueryVariables>;
export const OverviewPageDocument = new TypedDocumentString(`
    query OverviewPage($year: Int!, $month: Int!, $region: String, $programId: ID) {
  execution(year: $year, month: $month, region: $region, programId: $programId) {
    ...OverviewRegion_figures
    ...OverviewCards_execution
    ...OverviewTrend_execution
    year
    month
    region {
      parent {
        name
        parent {
          name
        }
      }
    }
    children {
      ...OverviewRegion_figures
    }
  }
  programs(year: $year) {
    id
    name
  }
}
    fragment OverviewCards_execution on Execution {
  allocated
  spent
  unspent
  progress
  benchmark
  warning
  reportedCount
  expectedCount
  reportedProgress
}
fragment OverviewRegion_figures on Execution {
  region {
    name
  }
  allocated
  spent
  unspent
  progress
  benchmark
  warning
}
fragment OverviewTrend_execution on Execution {
  region {
    name
  }
  trend {
    month
    spent
    progress
    benchmark
    reportedCount
    expectedCount
  }
}`) as unknown as TypedDocumentString<OverviewPageQuery, OverviewPageQueryVariables>;
export const OverviewRegionOptionsDocument = new TypedDocumentString(`
    query OverviewRegionOptions {
  regions {
    name
    children {
      name
      children {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewRegionOptionsQuery, OverviewRegionOptionsQueryVariables>;
export const QualityFundYearChecksDocument = new TypedDocumentString(`
    query QualityFundYearChecks($year: Int!) {
  fundYearChecks(year: $year) {
    code
    region {
      name
    }
    documentNumber
    message
  }
}
    `) as unknown as TypedDocumentString<QualityFundYearChecksQuery, QualityFundYearChecksQueryVariables>;
export const QualityPageDocumentsDocument = new TypedDocumentString(`
    query QualityPageDocuments {
  documents(first: 100) {
    nodes {
      number
      title
      year
      revision
      warnings {
        ...QualityFindings_finding
      }
      notes {
        ...QualityFindings_finding
      }
      revisions {
        revision
        importedAt
        importRun {
          id
          sourceName
          outcome
          importedBy
          importedAt
          warnings {
            severity
          }
        }
      }
    }
  }
}
    fragment QualityFindings_finding on ImportWarning {
  code
  message
  severity
  region {
    name
  }
}`) as unknown as TypedDocumentString<QualityPageDocumentsQuery, QualityPageDocumentsQueryVariables>;
export const RegionFundYearsDocument = new TypedDocumentString(`
    query RegionFundYears($region: String!, $year: Int!) {
  fundYears(region: $region, year: $year) {
    program {
      id
      name
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
    `) as unknown as TypedDocumentString<RegionFundYearsQuery, RegionFundYearsQueryVariables>;
export const RegionPageIndicatorsDocument = new TypedDocumentString(`
    query RegionPageIndicators($region: String!, $documentNumber: String!) {
  regionIndicators(region: $region, documentNumber: $documentNumber) {
    indicator {
      id
      name
      level1
      level2
    }
    target {
      text
      kind
      unit
    }
    result {
      value
      text
      outcome
    }
    previousResult {
      value
      text
    }
    status
  }
}
    `) as unknown as TypedDocumentString<RegionPageIndicatorsQuery, RegionPageIndicatorsQueryVariables>;
export const RegionPageTreeDocument = new TypedDocumentString(`
    query RegionPageTree {
  regions {
    name
    aliases
    level
    children {
      name
      aliases
      level
      children {
        name
        aliases
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPageTreeQuery, RegionPageTreeQueryVariables>;
export const RegionPageDataDocument = new TypedDocumentString(`
    query RegionPageData($region: String!, $year: Int!, $month: Int!, $programId: ID, $reportMonth: Int) {
  execution(year: $year, month: $month, region: $region, programId: $programId) {
    ...RegionCards_execution
    ...RegionDirections_execution
    ...RegionChildren_execution
  }
  documents(year: $year, programId: $programId, first: 100) {
    nodes {
      ...RegionAllocations_document
    }
  }
  spendingReports(region: $region, year: $year, month: $reportMonth, first: 100) {
    totalCount
    nodes {
      ...RegionReports_report
      ...RegionReasons_report
    }
  }
  lagExplanations(year: $year, month: $month, region: $region) {
    ...RegionReasons_lag
  }
}
    fragment RegionAllocations_document on FundDocument {
  number
  title
  allocations {
    region {
      name
    }
    annualTotal
    earlyAdvance
    priorBatches
    thisBatch
    isSubtotal
  }
}
fragment RegionCards_execution on Execution {
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
fragment RegionChildren_execution on Execution {
  year
  month
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
  }
}
fragment RegionDirections_execution on Execution {
  byDirection {
    direction
    spent
    share
  }
}
fragment RegionReasons_report on SpendingReport {
  id
  year
  month
  version
  isLatest
  region {
    name
  }
  lines {
    documentNumber
    progress
    reason
    measures
    measuresDueOn
  }
}
fragment RegionReasons_lag on LagExplanation {
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
    id
    year
    month
    version
    isLatest
  }
}
fragment RegionReports_report on SpendingReport {
  id
  year
  month
  version
  isLatest
  submittedAt
  submittedBy
  region {
    name
  }
  lines {
    documentNumber
    amount
    spent
    unspent
    progress
  }
}`) as unknown as TypedDocumentString<RegionPageDataQuery, RegionPageDataQueryVariables>;