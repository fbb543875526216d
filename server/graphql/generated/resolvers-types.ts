import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionModel, ProgramModel, DocumentModel, RevisionModel, AllocationModel, TargetSheetModel, IndicatorModel, ImportWarningModel, ImportRunModel, ExecutionModel, SpendingReportModel, SpendingLineModel, FilingEntryModel, LagExplanationModel, IndicatorComparisonRowModel, IndicatorCellModel, IndicatorResultModel, ProgramExecutionModel, AccountModel, ApiTokenModel, AuditEntryModel, ChainNodeModel, ChainNoticeModel, ChainWarningModel, FundYearModel } from '../models.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * 日期，YYYY-MM-DD。
   * A calendar date, YYYY-MM-DD.
   */
  Date: { input: string; output: string; }
  /**
   * UTC 时间，ISO 8601。
   * A UTC timestamp, ISO 8601.
   */
  DateTime: { input: string; output: string; }
  /**
   * 金额，单位万元，精确小数。输出为 JSON 数字（最多 6 位小数，即精确到分）；输入可为 JSON 数字或十进制字符串，最多 2 位小数。
   * Amount in 万元 (ten thousand yuan), exact. Output as a JSON number with at most 6 decimals (exact to the fen);
   * input as a JSON number or a decimal string with at most 2 decimals.
   */
  Wan: { input: string; output: import('../../domain/money.ts').Fen; }
};

/** 账户。An account. */
export type Account = {
  __typename?: 'Account';
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** 须先修改一次性密码。A one-time password must be replaced before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** 县市账户所属地区。The region a COUNTY account files for. */
  region?: Maybe<Region>;
  role: Role;
  username: Scalars['String']['output'];
};

export type AccountChangesInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  username: Scalars['String']['input'];
};

/** 分配表中的一行，金额单位万元。A row of the allocation table, in 万元. */
export type Allocation = {
  __typename?: 'Allocation';
  /** 第2列 中央全年实际下达资金合计。Col 2: annual total. */
  annualTotal: Scalars['Wan']['output'];
  /** 第3列 年初提前下达资金。Col 3: early advance. */
  earlyAdvance?: Maybe<Scalars['Wan']['output']>;
  /** 是否为下级地区之合计行。Whether the row totals other rows. */
  isSubtotal: Scalars['Boolean']['output'];
  /** 此前其他批次（如有）。Earlier batches, when listed. */
  priorBatches?: Maybe<Scalars['Wan']['output']>;
  region: Region;
  /** 第4列 此次下达资金（负数为收回）。Col 4: this batch (negative for a clawback). */
  thisBatch: Scalars['Wan']['output'];
};

/**
 * 一份资金在上下级之间的分配链：同一资金年度的各批文件只计一次（有效分配 = 各文件此次下达之和 = 最新文件的全年数），
 * 同一笔钱在其到达的最下一级计数。The allocation chain: the notices of one fund-year count once (in force =
 * the sum of each notice's own 此次 money = the latest notice's 全年), and money is counted once, at the lowest level it reached.
 */
export type AllocationChain = {
  __typename?: 'AllocationChain';
  /** 本地区及下级计入的资金（与 execution.allocated 相同：每笔钱只计一次）。The money counted in this subtree (equals execution.allocated: every yuan once). */
  allocated: Scalars['Wan']['output'];
  /** 分配进度 = (分配下级 + 本级) / 上级下达，0–1；上级下达未知时为 null。Allocation progress = (passed down + kept) / received; null when received is unknown. */
  allocationProgress?: Maybe<Scalars['Float']['output']>;
  /** 天数计算截至的日期（默认：该月末，不晚于今天）。The date days are counted to (default: the month's end, not after today). */
  asOf: Scalars['Date']['output'];
  /** 下级地区的分配链。The chain of each child region. */
  children: Array<AllocationChain>;
  /** 天数：从上级文件印发到本地区分配文件印发的天数（多份取最长）。Days from the upstream notice to this region's own notice (the longest if several). */
  daysToAllocate?: Maybe<Scalars['Int']['output']>;
  /** 等待天数：上级文件印发后本地区尚未分配，至 asOf 已等待的天数。Days waiting: upstream money not yet passed on, days since its notice up to asOf. */
  daysWaiting?: Maybe<Scalars['Int']['output']>;
  /** 本级：本地区文件中留作本级使用的金额（市本级、州本级一行）。Kept: the 本级 rows of its own notices (money for its own use). */
  kept: Scalars['Wan']['output'];
  month: Scalars['Int']['output'];
  /** 本地区自己印发的分配文件。The notices this region issued. */
  ownNotices: Array<ChainNotice>;
  /** 分配下级：本地区自己的文件分给下级地区的金额。Passed down: what this region's own notices allocate to the regions below it. */
  passedDown: Scalars['Wan']['output'];
  /**
   * 上级下达：上级文件为本地区所列金额（各批有效合计）；未导入上级文件时为 null。
   * Received: what the imported upstream notices allocate to this region (in force over their batches); null when none is imported.
   */
  received?: Maybe<Scalars['Wan']['output']>;
  region: Region;
  /** 支出进度 = 已支出 / allocated。Spending progress = spent / allocated. */
  spendingProgress?: Maybe<Scalars['Float']['output']>;
  /** 已支出（截至该月，已报送地区之和）；无报送为 null。Spent as of the month (regions that reported); null when none did. */
  spent?: Maybe<Scalars['Wan']['output']>;
  /**
   * 时效：收到补助资金后 N 日内分配（N 为时限）；县级（不再向下分配）为 null。
   * Timeliness of passing money on within the limit; null for a county (it passes nothing on) or without an upstream notice.
   */
  timeliness?: Maybe<ChainTimeliness>;
  /**
   * 未分配 = 上级下达 − 分配下级 − 本级；上级下达未知时为 null。本地区尚无自己的文件时等于上级下达。
   * Unallocated = received − passed down − kept; null when received is unknown; all of received while the region has no notice of its own.
   */
  unallocated?: Maybe<Scalars['Wan']['output']>;
  /** 上级下达给本地区的文件（按印发顺序）。The upstream notices allocating to this region, in order of issue. */
  upstreamNotices: Array<ChainNotice>;
  /** 分配链预警：已下达未分配、分配超时、批次核对不符、超额分配。Chain warnings: unallocated too long, late allocation, batch checks, over-allocation. */
  warnings: Array<ChainWarning>;
  year: Scalars['Int']['output'];
};

/** 分配表的一列：表头文字与用途。A column of the allocation table: its header and role. */
export type AllocationColumnReading = {
  __typename?: 'AllocationColumnReading';
  header: Scalars['String']['output'];
  /** 从 0 起的列号。0-based. */
  index: Scalars['Int']['output'];
  role: Scalars['String']['output'];
};

/** 分配表的读法。How the allocation table was read. */
export type AllocationTableReading = {
  __typename?: 'AllocationTableReading';
  columns: Array<AllocationColumnReading>;
  unit: Scalars['String']['output'];
  /** false：表中未注明单位，按万元假定（请确认）。False: no unit stated, 万元 assumed (confirm it). */
  unitStated: Scalars['Boolean']['output'];
};

/** 个人 API 令牌（只显示前缀）。A personal API token (only its prefix is shown). */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 审计记录（只增不改）。An audit entry (append-only). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actor: Scalars['String']['output'];
  /** UTC 时间。When, UTC. */
  at: Scalars['DateTime']['output'];
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  object: Scalars['String']['output'];
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  role: Scalars['String']['output'];
  /** 变更前后摘要（JSON）。Before/after summary, as JSON text. */
  summary: Scalars['String']['output'];
  /** session / token / system */
  via: Scalars['String']['output'];
};

export type AuditOutcome =
  | 'FAILED'
  | 'OK'
  | 'REFUSED';

/** 分配链上的一份文件。A notice on a region's chain. */
export type ChainNotice = {
  __typename?: 'ChainNotice';
  /** 该文件自己的金额（此次下达；本地区自己的文件为分配下级 + 本级）。The notice's own money (此次下达; for an own notice, passed down + kept). */
  amount: Scalars['Wan']['output'];
  /** 该文件的全年数（截至该文件的累计）。Its 全年 column (the running total as of this notice). */
  annualTotal: Scalars['Wan']['output'];
  /** 0 = 提前下达，N = 第N批；未标批次为 null。0 = 提前下达, N = 第N批; null when the notice names none. */
  batch?: Maybe<Scalars['Int']['output']>;
  /** 批次名称（提前下达、第二批）。The batch as written (提前下达, 第二批). */
  batchName: Scalars['String']['output'];
  /** 距上级文件印发的天数（上级文件已导入时）。Days after the upstream notice (when that is imported). */
  daysAfterUpstream?: Maybe<Scalars['Int']['output']>;
  issuedOn?: Maybe<Scalars['Date']['output']>;
  number: Scalars['String']['output'];
  /**
   * 上级文件：本地区登记的资金收到日期（天数从此日起算，未登记则从印发日期起算）。
   * An upstream notice: the date this region recorded receiving its money (days count from it; from the issue date when none is recorded).
   */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  upstreamNumber?: Maybe<Scalars['String']['output']>;
};

/** 时效（收到补助资金后 N 日内）的评价。Timeliness (within N days of receiving the funds), evaluated from the chain. */
export type ChainTimeliness = {
  __typename?: 'ChainTimeliness';
  /** 已用天数：已分配的取分配天数，仍在等待的取等待天数，取最长。Days taken (or waited so far), the longest. */
  days?: Maybe<Scalars['Int']['output']>;
  limitDays: Scalars['Int']['output'];
  status: ChainTimelinessStatus;
};

export type ChainTimelinessStatus =
  | 'MET'
  | 'NOT_MET'
  | 'PENDING';

/** 分配链预警。A chain warning. */
export type ChainWarning = {
  __typename?: 'ChainWarning';
  amount?: Maybe<Scalars['Wan']['output']>;
  /**
   * UNALLOCATED_OVERDUE 已下达未分配超时 · LATE_ALLOCATION 分配超时 · EARLIER_NOTICE_MISSING 此前批次文件未导入 ·
   * EARLIER_AMOUNT_DIFFERS 此前批次金额不符 · OVER_ALLOCATED 分配超过上级下达
   */
  code: Scalars['String']['output'];
  days?: Maybe<Scalars['Int']['output']>;
  documentNumber?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  region: Region;
};

/** 代码与名称，如预算科目 208 社会保障和就业支出。A code and its name. */
export type CodeName = {
  __typename?: 'CodeName';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ColumnRoleInput = {
  column: Scalars['Int']['input'];
  /** annualTotal（全年合计）、earlyAdvance（提前下达）、priorBatches（已下达）、thisBatch（此次下达），或其他金额名称。 */
  role: Scalars['String']['input'];
};

/** 新账户；未给密码时生成一次性密码（只显示一次）。A new account, with its one-time password when none was given. */
export type CreatedAccount = {
  __typename?: 'CreatedAccount';
  account: Account;
  oneTimePassword?: Maybe<Scalars['String']['output']>;
};

/** 新令牌：token 只在此显示一次。A new token: `token` is shown here once only. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  token: Scalars['String']['output'];
};

/** 数据概况：最新报送月份、有数据的年度、是否含示例数据。What the database holds. */
export type DataStatus = {
  __typename?: 'DataStatus';
  /** 是否含示例数据（界面须标明）。Whether sample data is present (the UI marks it). */
  hasSampleData: Scalars['Boolean']['output'];
  /** 最近一个有报送的月份。The latest month any region reported for. */
  latestPeriod?: Maybe<Period>;
  /** 有指标文件的年度，新的在前。Years with documents, newest first. */
  years: Array<Scalars['Int']['output']>;
};

/** 一项资金的支出方向金额。Spending of one direction within a line. */
export type DirectionAmountInput = {
  direction: SpendingDirection;
  spent: Scalars['Wan']['input'];
};

/** 某支出方向的支出。Spending of one direction. */
export type DirectionSpending = {
  __typename?: 'DirectionSpending';
  direction: SpendingDirection;
  /** 占支出的比例，0–1。Share of spending, 0–1. */
  share?: Maybe<Scalars['Float']['output']>;
  spent: Scalars['Wan']['output'];
};

/** 指标文件的一个版本。One revision of a notice. */
export type DocumentRevision = {
  __typename?: 'DocumentRevision';
  importRun: ImportRun;
  importedAt: Scalars['DateTime']['output'];
  revision: Scalars['Int']['output'];
  /** 原文的 SHA-256。SHA-256 of the text. */
  textHash: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/**
 * 某地区截至某月末的执行情况；上级地区的数字为下级之和（不是百分比的平均）。
 * Execution of a region as of a month's end; a parent's figures are sums over its children, never averages of ratios.
 */
export type Execution = {
  __typename?: 'Execution';
  /** 全年下达资金（分配表第2列之和）。Annual allocation (sum of col 2). */
  allocated: Scalars['Wan']['output'];
  /** 序时进度 = 月份 / 12。Time-elapsed benchmark = month / 12. */
  benchmark: Scalars['Float']['output'];
  /** 按支出方向。Spending by direction. */
  byDirection: Array<DirectionSpending>;
  /** 按资金项目。Execution by program. */
  byProgram: Array<ProgramExecution>;
  /** 下级地区的同期数字。The same figures for each child region. */
  children: Array<Execution>;
  /** 应报送的地区数（有分配的最下级地区）。How many regions are expected to report. */
  expectedCount: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
  /** 上月（环比）；1 月为 null。The previous month (month-on-month); null for January. */
  previousMonth?: Maybe<Execution>;
  /** 上年同月（同比）。The same month a year earlier (year-on-year). */
  previousYear?: Maybe<Execution>;
  /** 支出进度 = 支出 / 下达，0–1。Progress = spent / allocated, 0–1. */
  progress?: Maybe<Scalars['Float']['output']>;
  region: Region;
  /** 下属应报地区是否都已报送该月。Whether every region expected to report has reported this month. */
  reported: Scalars['Boolean']['output'];
  /** 已报送地区的下达资金之和。The allocation of the regions that reported. */
  reportedAllocated: Scalars['Wan']['output'];
  /** 已报送的地区数。How many of the regions expected to report have. */
  reportedCount: Scalars['Int']['output'];
  /**
   * 已报送地区的支出进度 = 支出 / 已报送地区的下达资金；有地区未报送时，用它而不是 progress 判断已报送地区的快慢。
   * Progress of the regions that reported: spent / their allocation. While some regions have not
   * reported, this (not progress) says how fast the reporting ones go.
   */
  reportedProgress?: Maybe<Scalars['Float']['output']>;
  /** 累计实际支出（已报送地区之和）；无报送时为 null，不是 0。Cumulative spending of the regions that reported; null, not 0, when none did. */
  spent?: Maybe<Scalars['Wan']['output']>;
  /** 1 月至本月的逐月走势。Month-by-month trend from January to this month. */
  trend: Array<TrendPoint>;
  /** 未支出金额 = 全年下达 − 累计支出；无报送时为 null。Unspent = allocated − spent; null when nothing was reported. */
  unspent?: Maybe<Scalars['Wan']['output']>;
  warning: WarningLevel;
  year: Scalars['Int']['output'];
};

/** 地区执行情况分页。A page of regions' execution. */
export type ExecutionConnection = {
  __typename?: 'ExecutionConnection';
  nodes: Array<Execution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 附件4 跟踪反馈表格式。Layout of the feedback form. */
export type FeedbackFormLayout = {
  __typename?: 'FeedbackFormLayout';
  columns: Array<Scalars['String']['output']>;
  notes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

/** 上传的跟踪反馈表的预览：读到的行与全部问题；不写入任何数据。The preview of an uploaded feedback form; nothing is stored. */
export type FeedbackWorkbookPreview = {
  __typename?: 'FeedbackWorkbookPreview';
  lines: Array<WorkbookLine>;
  /** 阻止报送的问题。Problems that stop the filing. */
  problems: Array<WorkbookProblem>;
  /** 不阻止报送的提醒。Reminders that do not stop it. */
  warnings: Array<WorkbookProblem>;
};

/** 用户可改正的输入错误：代码、字段路径和说明。An input error the user can fix: code, field path and message. */
export type FieldError = {
  __typename?: 'FieldError';
  /** 机器可读代码，如 SPENT_EXCEEDS_ALLOCATION。Machine-readable code, e.g. SPENT_EXCEEDS_ALLOCATION. */
  code: Scalars['String']['output'];
  /** 出错字段在输入中的路径，如 lines.0.spent。Path of the offending field in the input, e.g. lines.0.spent. */
  field: Scalars['String']['output'];
  /** 说明（中文）。What is wrong, in Chinese. */
  message: Scalars['String']['output'];
};

/** 一个地区的报送情况。One region's filing for a month. */
export type FilingEntry = {
  __typename?: 'FilingEntry';
  filed: Scalars['Boolean']['output'];
  /** 逾期：截止日后才报送，或截止日已过仍未报送。Filed after the deadline, or not filed and the deadline has passed. */
  late: Scalars['Boolean']['output'];
  region: Region;
  report?: Maybe<SpendingReport>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 最新版本号。The latest version. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** 某月的报送情况；截止日为月末。Who has filed for a month; the deadline is the month's last day. */
export type FilingStatus = {
  __typename?: 'FilingStatus';
  deadline: Scalars['Date']['output'];
  expectedCount: Scalars['Int']['output'];
  filedCount: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
  regions: Array<FilingEntry>;
  year: Scalars['Int']['output'];
};

/** 指标文件（通知），按文号识别；内容为当前版本。A notice, identified by its number; fields show its current revision. */
export type FundDocument = {
  __typename?: 'FundDocument';
  /** 附件1 分配表。The allocation table. */
  allocations: Array<Allocation>;
  /** 批次：第二批 → 2；提前下达 → 0。Batch: 第二批 → 2; early advance → 0. */
  batch?: Maybe<Scalars['Int']['output']>;
  /** 直达资金标识，如 01 中央直达资金。Direct-fund mark. */
  directFund?: Maybe<CodeName>;
  /** 支出科目，如 208。Expenditure subject. */
  expenditureSubject?: Maybe<CodeName>;
  /** 附件4 跟踪反馈表的格式。Layout of the feedback form. */
  feedbackForm?: Maybe<FeedbackFormLayout>;
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['Date']['output']>;
  issuers: Array<Scalars['String']['output']>;
  /** 导入时的说明（如指标级别的修正）。Notes from the import, such as repaired indicator levels. */
  notes: Array<ImportWarning>;
  /** 文号，如 昌州财社〔2022〕11号。Document number. */
  number: Scalars['String']['output'];
  policyReferences: Array<PolicyReference>;
  program: Program;
  /** 收入科目，如 1100248。Revenue subject. */
  revenueSubject?: Maybe<CodeName>;
  /** 当前版本号。The current revision number. */
  revision: Scalars['Int']['output'];
  /** 全部版本，新的在前。Every revision, newest first. */
  revisions: Array<DocumentRevision>;
  spendingDirections: Array<SpendingDirection>;
  /** 附件3 区域绩效目标表。The target sheets. */
  targetSheets: Array<TargetSheet>;
  title: Scalars['String']['output'];
  /** 上级文件文号。Number of the upstream notice. */
  upstreamNumber?: Maybe<Scalars['String']['output']>;
  /** 导入时发现的核对问题（不平衡等）。Reconciliation breaches found on import. */
  warnings: Array<ImportWarning>;
  /** 资金年度。Fund year. */
  year: Scalars['Int']['output'];
};

/** 指标文件分页。A page of documents. */
export type FundDocumentConnection = {
  __typename?: 'FundDocumentConnection';
  nodes: Array<FundDocument>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 登记收到上级资金的日期。Records the date a region received an upstream notice's money. */
export type FundReceiptInput = {
  /** 上级文件文号。The upstream notice's number. */
  documentNumber: Scalars['String']['input'];
  /** 收到日期，YYYY-MM-DD，不早于文件印发日期、不晚于今天。The date received: not before the notice was issued, not after today. */
  receivedOn: Scalars['Date']['input'];
  /** 地区（县市账户可省略：总是本账户的地区）。The region (a county account's own region when left out). */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** 资金来源。Where a program's money comes from. */
export type FundSource =
  /** 中央财政 Central government */
  | 'CENTRAL'
  /** 地方财政 Local government */
  | 'LOCAL';

/** 某地区一个资金年度的各批文件。The notices of one fund-year reaching a region. */
export type FundYear = {
  __typename?: 'FundYear';
  /** 后一文件的提前/已下达列与已导入文件的核对。Each later notice's 提前 / 已下达 column checked against the imported notices. */
  checks: Array<ChainWarning>;
  /** 有效分配 = 各文件此次下达之和 = 最新文件的全年数。In force: the sum of the notices' own money = the latest notice's 全年. */
  inForce: Scalars['Wan']['output'];
  /** 按印发顺序（提前下达、第一批、第二批……）。In order of issue (提前下达, 第一批, 第二批 …). */
  notices: Array<FundYearNotice>;
  program: Program;
  region: Region;
  year: Scalars['Int']['output'];
};

export type FundYearNotice = {
  __typename?: 'FundYearNotice';
  notice: ChainNotice;
  /** 该文件之后的有效分配。The allocation in force after this notice. */
  totalAfter: Scalars['Wan']['output'];
};

/** 导入结果。What importing a notice did. */
export type ImportNoticePayload = {
  __typename?: 'ImportNoticePayload';
  document?: Maybe<FundDocument>;
  errors: Array<FieldError>;
  /** created、revised 或 unchanged（同一文件再次导入，未做改动）。 */
  outcome?: Maybe<Scalars['String']['output']>;
};

/** 一次导入。One import that stored a document revision. */
export type ImportRun = {
  __typename?: 'ImportRun';
  documentNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  importedAt: Scalars['DateTime']['output'];
  importedBy: Scalars['String']['output'];
  /** created（新文件）或 revised（新版本）。created or revised. */
  outcome: Scalars['String']['output'];
  sourceName: Scalars['String']['output'];
  warnings: Array<ImportWarning>;
};

/** 导入记录分页。A page of import runs. */
export type ImportRunConnection = {
  __typename?: 'ImportRunConnection';
  nodes: Array<ImportRun>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 导入问题的严重程度。Severity of an import finding. */
export type ImportSeverity =
  /** 说明 A note */
  | 'INFO'
  /** 核对不符，需处理 A breach to act on */
  | 'WARNING';

/** 导入时发现的问题或说明。A finding of an import. */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  region?: Maybe<Region>;
  severity: ImportSeverity;
};

/** 绩效指标（三级）。A performance indicator of one sheet. */
export type Indicator = {
  __typename?: 'Indicator';
  id: Scalars['ID']['output'];
  level1: IndicatorLevel1;
  /** 无法判定时为 null（有导入警告）。Null when it could not be decided (with an import warning). */
  level2?: Maybe<IndicatorLevel2>;
  /** 三级指标名称，按原文。Level-3 name as written. */
  name: Scalars['String']['output'];
  target: Target;
  /** 该表自身标注的一级指标（修正前）。Level 1 as this sheet labelled it, before repair. */
  writtenLevel1?: Maybe<IndicatorLevel1>;
  /** 该表自身标注的二级指标（修正前）。Level 2 as this sheet labelled it, before repair. */
  writtenLevel2?: Maybe<IndicatorLevel2>;
};

/** 指标对比表的一行：一个指标在各地区的目标、完成值与状态。One indicator across regions. */
export type IndicatorComparisonRow = {
  __typename?: 'IndicatorComparisonRow';
  level1: IndicatorLevel1;
  level2?: Maybe<IndicatorLevel2>;
  name: Scalars['String']['output'];
  regions: Array<IndicatorRegionCell>;
};

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

/** 一个地区在一个指标上的目标与完成情况。A region's target, result and status on one indicator. */
export type IndicatorRegionCell = {
  __typename?: 'IndicatorRegionCell';
  /** 该地区目标表中的这项指标。The indicator as this region's sheet sets it. */
  indicator: Indicator;
  /** 上年度最新完成值（与上年比较的指标用）。The latest result of the previous year. */
  previousResult?: Maybe<IndicatorResult>;
  region: Region;
  /** 本年度最新完成值。The latest result of the document's year. */
  result?: Maybe<IndicatorResult>;
  status: IndicatorStatus;
  target: Target;
};

/** 指标完成值。A reported indicator result. */
export type IndicatorResult = {
  __typename?: 'IndicatorResult';
  /** 时限类指标的完成日期。For deadlines: the date it was done. */
  achievedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  isSample: Scalars['Boolean']['output'];
  outcome?: Maybe<IndicatorOutcome>;
  reportedBy: Scalars['String']['output'];
  reportedOn: Scalars['Date']['output'];
  /** 文字说明。As reported in words. */
  text?: Maybe<Scalars['String']['output']>;
  /** 完成值（如 92 表示 92%）。Achieved figure (92 for 92 %). */
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** 一项指标完成值。An indicator result to record. */
export type IndicatorResultInput = {
  /** 完成日期 YYYY-MM-DD。Date done, for deadlines. */
  achievedOn?: InputMaybe<Scalars['String']['input']>;
  /** 设定该指标的文件文号。Number of the notice that set the target. */
  documentNumber: Scalars['String']['input'];
  /** 三级指标名称。Indicator name. */
  indicator: Scalars['String']['input'];
  outcome?: InputMaybe<IndicatorOutcome>;
  /** 地区；县市账户可省略（总是用账户所属地区）。Region; a COUNTY account may omit it (its own is used). */
  region?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
  year: Scalars['Int']['input'];
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

/** 键值对。A key and its value. */
export type KeyValue = {
  __typename?: 'KeyValue';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** 滞后地区给出的原因与整改措施。Reasons and measures given by a lagging region. */
export type LagExplanation = {
  __typename?: 'LagExplanation';
  benchmark: Scalars['Float']['output'];
  documentNumber: Scalars['String']['output'];
  measures?: Maybe<Scalars['String']['output']>;
  measuresDueOn?: Maybe<Scalars['Date']['output']>;
  /** 整改期限已过。Whether the measures' due date has passed. */
  overdue: Scalars['Boolean']['output'];
  progress?: Maybe<Scalars['Float']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  region: Region;
  report: SpendingReport;
};

/** 写入入口。Entry point for writes. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 更正一份报表：按该报表的地区和月份报送新版本（只能更正本地区的报表）。
   * Corrects a report: files a new version for that report's region and month (own region only).
   */
  amendSpendingReport: SubmitSpendingReportPayload;
  /** 修改自己的密码。Changes the signed-in account's own password. */
  changePassword: Scalars['Boolean']['output'];
  createAccount: CreatedAccount;
  createApiToken: CreatedApiToken;
  /** 导入一份通知的文本（与命令行 npm run import 相同的导入程序）。Imports a notice's text (the CLI's importer). */
  importNotice: ImportNoticePayload;
  /**
   * 按更正导入同一文件：一个事务，记入审计，更正记为导入说明（管理员）。Imports the same file with the
   * corrections in one audited transaction; the corrections are kept as import notes (admins).
   */
  importNoticeFile: ImportNoticePayload;
  /**
   * 读取并检查上传的跟踪反馈表（.xlsx，base64，至多 1 MB），不保存。Reads and checks an uploaded
   * feedback form (.xlsx as base64, at most 1 MB) without storing anything.
   */
  previewFeedbackWorkbook: FeedbackWorkbookPreview;
  /**
   * 读取指标文件并显示读到的内容与地区匹配，不保存（管理员）。Reads a notice with the corrections
   * and shows what would be stored; stores nothing (admins).
   */
  previewNoticeImport: NoticeImportPreview;
  /**
   * 登记收到上级资金的日期（本地区账户；同一文件再次登记则替换，审计记录保留每次）。30 日时限从此日起算。
   * Records when the region received an upstream notice's money (the region's own account; recording
   * again replaces the date, the audit trail keeps each). The 30-day rule counts from it.
   */
  recordFundReceipt: RecordFundReceiptPayload;
  /** 记录某地区某指标的完成值（保留历次记录，最新的生效）。Records a result; earlier ones are kept, the latest counts. */
  recordIndicatorResult: RecordIndicatorResultPayload;
  /** 重置密码，返回一次性密码（管理员）。Resets a password; returns a one-time password (ADMIN). */
  resetPassword: Scalars['String']['output'];
  revokeApiToken: ApiToken;
  /**
   * 再次读取同一工作簿，无问题时作为该地区该月的报表报送。Reads the same workbook again and files it
   * as the region's report for the month when there is no problem.
   */
  submitFeedbackWorkbook: SubmitFeedbackWorkbookPayload;
  /** 报送（或重报）某地区某月的跟踪反馈表；重报生成新版本，旧版本保留。Files a feedback form; a resubmission adds a version. */
  submitSpendingReport: SubmitSpendingReportPayload;
  updateAccount: Account;
};


/** 写入入口。Entry point for writes. */
export type MutationAmendSpendingReportArgs = {
  lines: Array<SpendingLineInput>;
  reportId: Scalars['ID']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationCreateAccountArgs = {
  input: NewAccountInput;
};


/** 写入入口。Entry point for writes. */
export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationImportNoticeArgs = {
  sourceName?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationImportNoticeFileArgs = {
  input: NoticeImportInput;
};


/** 写入入口。Entry point for writes. */
export type MutationPreviewFeedbackWorkbookArgs = {
  file: Scalars['String']['input'];
  month: Scalars['Int']['input'];
  region: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationPreviewNoticeImportArgs = {
  input: NoticeImportInput;
};


/** 写入入口。Entry point for writes. */
export type MutationRecordFundReceiptArgs = {
  input: FundReceiptInput;
};


/** 写入入口。Entry point for writes. */
export type MutationRecordIndicatorResultArgs = {
  input: IndicatorResultInput;
};


/** 写入入口。Entry point for writes. */
export type MutationResetPasswordArgs = {
  username: Scalars['String']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationSubmitFeedbackWorkbookArgs = {
  file: Scalars['String']['input'];
  month: Scalars['Int']['input'];
  region: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 写入入口。Entry point for writes. */
export type MutationSubmitSpendingReportArgs = {
  input: SpendingReportInput;
};


/** 写入入口。Entry point for writes. */
export type MutationUpdateAccountArgs = {
  input: AccountChangesInput;
};

export type NewAccountInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** 省略则生成一次性密码。Omit for a generated one-time password. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** 县市账户必填。Required for COUNTY accounts. */
  region?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  username: Scalars['String']['input'];
};

/** 分配表的一行（万元）。An allocation row, amounts in 万元. */
export type NoticeAllocationPreview = {
  __typename?: 'NoticeAllocationPreview';
  annualTotal: Scalars['Wan']['output'];
  earlyAdvance?: Maybe<Scalars['Wan']['output']>;
  existing?: Maybe<Region>;
  isSubtotal: Scalars['Boolean']['output'];
  priorBatches?: Maybe<Scalars['Wan']['output']>;
  regionName: Scalars['String']['output'];
  thisBatch: Scalars['Wan']['output'];
  writtenName: Scalars['String']['output'];
};

/** 审核人员的更正。What a reviewer corrected before storing. */
export type NoticeCorrectionsInput = {
  /** 第N批为 N，提前下达为 0；显式传 null 表示不分批次。Batch N; 0 for 提前下达; null: no batch. */
  batch?: InputMaybe<Scalars['Int']['input']>;
  /** 某列的用途（按分配表中从 0 起的列号）。A column's role, by its 0-based index in the table. */
  columnRoles?: InputMaybe<Array<ColumnRoleInput>>;
  /** 文号（文件中没有或读错时）。The notice's number, when it shows none or it was read wrong. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** 地区匹配：文件中的写法 → 已有地区或新建。Region matches: a written name → an existing region, or new. */
  regionMatches?: InputMaybe<Array<RegionMatchInput>>;
  /** 分配表单位：元、万元 或 亿元。The allocation table's unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * 要导入的指标文件：上传的文件（base64，按内容识别格式）或粘贴的文本，二者选一。
 * A notice: an uploaded file (base64, recognised by content) or pasted text, one of the two.
 */
export type NoticeImportInput = {
  corrections?: InputMaybe<NoticeCorrectionsInput>;
  file?: InputMaybe<Scalars['String']['input']>;
  /** 文件名，只用于提示。The file's name, used in messages only. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** 导入前的预览；不写入任何数据。What would be imported; nothing is stored. */
export type NoticeImportPreview = {
  __typename?: 'NoticeImportPreview';
  allocationTable?: Maybe<AllocationTableReading>;
  allocations: Array<NoticeAllocationPreview>;
  document?: Maybe<NoticePreviewDocument>;
  /** 阻止导入的问题（如缺少文号）。What stops the import (e.g. no number). */
  errors: Array<FieldError>;
  /** 按内容识别的格式：text、pdf、docx、xlsx、html。The format recognised by content. */
  format?: Maybe<Scalars['String']['output']>;
  regions: Array<NoticeRegionMatch>;
  sheets: Array<NoticeSheetPreview>;
  sourceName: Scalars['String']['output'];
  warnings: Array<NoticePreviewWarning>;
};

/** 读到的文件字段。The document's fields as read. */
export type NoticePreviewDocument = {
  __typename?: 'NoticePreviewDocument';
  batch?: Maybe<Scalars['Int']['output']>;
  issuedOn?: Maybe<Scalars['Date']['output']>;
  issuerRegion?: Maybe<Scalars['String']['output']>;
  issuers: Array<Scalars['String']['output']>;
  /** null：文件中没有找到文号，也没有填写。Null: none found and none given. */
  number?: Maybe<Scalars['String']['output']>;
  /** 文号来自审核人员的更正。The number is the reviewer's. */
  numberCorrected: Scalars['Boolean']['output'];
  programName?: Maybe<Scalars['String']['output']>;
  /** 标题；文件中没有标题时为空（单独的附件表）。The title; null when the file shows none (a table on its own). */
  title?: Maybe<Scalars['String']['output']>;
  upstreamNumber?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type NoticePreviewWarning = {
  __typename?: 'NoticePreviewWarning';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  regionName?: Maybe<Scalars['String']['output']>;
  severity: ImportSeverity;
};

/** 文件中的地区与已有地区树的匹配。A region of the notice matched in the existing tree. */
export type NoticeRegionMatch = {
  __typename?: 'NoticeRegionMatch';
  /** 由审核人员指定。Chosen by the reviewer. */
  chosen: Scalars['Boolean']['output'];
  /** 将存为的已有地区；null 表示新建。The existing region it is stored as; null: new. */
  existing?: Maybe<Region>;
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parentName?: Maybe<Scalars['String']['output']>;
  writtenNames: Array<Scalars['String']['output']>;
};

export type NoticeSheetPreview = {
  __typename?: 'NoticeSheetPreview';
  existing?: Maybe<Region>;
  fundTotal?: Maybe<Scalars['Wan']['output']>;
  goals: Scalars['Int']['output'];
  indicators: Scalars['Int']['output'];
  regionName: Scalars['String']['output'];
  writtenRegion: Scalars['String']['output'];
};

/** 分页信息。Where a page ends and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一项的游标，传给 after 取下一页。Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页。Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 年月。A year and month. */
export type Period = {
  __typename?: 'Period';
  month: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** 文件引用的政策文件。A policy document the notice refers to. */
export type PolicyReference = {
  __typename?: 'PolicyReference';
  number?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** 资金项目，如 2022 年困难群众救助补助资金。A fund program of one year. */
export type Program = {
  __typename?: 'Program';
  /** 分配该项目资金的指标文件。The notices that allocate it. */
  documents: Array<FundDocument>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  source: FundSource;
  year: Scalars['Int']['output'];
};

/** 某资金项目的执行情况。Execution of one program. */
export type ProgramExecution = {
  __typename?: 'ProgramExecution';
  allocated: Scalars['Wan']['output'];
  program: Program;
  progress?: Maybe<Scalars['Float']['output']>;
  spent?: Maybe<Scalars['Wan']['output']>;
  unspent?: Maybe<Scalars['Wan']['output']>;
};

/** 查询入口。Entry point for reads. */
export type Query = {
  __typename?: 'Query';
  /** 所有账户（管理员）。All accounts (ADMIN). */
  accounts: Array<Account>;
  /**
   * 某地区（默认顶层地区）某资金年度的分配链。The allocation chain of a region (default: the top region) for a year.
   * limitDays 默认 30（ALLOCATION_DAYS_LIMIT）。limitDays defaults to 30 (ALLOCATION_DAYS_LIMIT).
   */
  allocationChain: AllocationChain;
  /** 审计记录，最新的在前（管理员）。The audit trail, newest first (ADMIN). */
  auditLog: AuditConnection;
  /** 数据概况。What the database holds. */
  dataStatus: DataStatus;
  /** 按文号取指标文件（任意括号写法均可）。A document by number (any bracket style). */
  document?: Maybe<FundDocument>;
  /** 指标文件列表，新的在前。Documents, newest first. */
  documents: FundDocumentConnection;
  /** 某地区（默认顶层地区）截至某月末的执行情况。Execution of a region (default: the top region) as of a month's end. */
  execution?: Maybe<Execution>;
  /** 某月谁已报送、谁未报送。Who has filed for a month and who has not. */
  filingStatus: FilingStatus;
  /**
   * 某年所有资金年度的批次核对（数据质量）：后一文件的提前/已下达列与已导入文件不符或缺文件。
   * The batch checks of every fund-year of a year (data quality): a later notice's earlier money
   * that differs from the imported notices, or names one not imported.
   */
  fundYearChecks: Array<ChainWarning>;
  /** 某地区某年各资金的批次。The fund-years of a region in a year, with their batches and checks. */
  fundYears: Array<FundYear>;
  /** 服务是否可用。Whether the service answers. */
  health: Scalars['Boolean']['output'];
  /** 导入记录，新的在前。Import runs, newest first. */
  importRuns: ImportRunConnection;
  /** 按指标对比各地区的目标、最新完成值与状态。Each indicator of a notice with every region's target, latest result and status. */
  indicatorComparison: Array<IndicatorComparisonRow>;
  /** 滞后地区的原因与整改措施。Reasons and measures given by lagging regions. */
  lagExplanations: Array<LagExplanation>;
  /** 低于序时进度的地区，最落后的在前；未报送的排在最前（可关闭）。Regions behind the benchmark, furthest behind first. */
  laggingRegions: ExecutionConnection;
  /** 当前登录的账户。The signed-in account. */
  me: Account;
  /** 我的 API 令牌。My API tokens. */
  myApiTokens: Array<ApiToken>;
  /** 资金项目。Programs. */
  programs: Array<Program>;
  /** 按正式名称或别名查找地区（木垒县 → 木垒哈萨克自治县）。A region by its official name or any alias. */
  region?: Maybe<Region>;
  /** 某地区在某文件下的指标与完成情况。A region's indicators under a notice, with results and status. */
  regionIndicators: Array<IndicatorRegionCell>;
  /**
   * 地区列表：可按级别和上级筛选；不带参数时为顶层地区（再经 children 展开整棵树）。
   * Regions, filtered by level and parent (name or alias); without arguments, the top of the tree.
   */
  regions: Array<Region>;
  spendingReport?: Maybe<SpendingReport>;
  /** 反馈表及其版本，新的在前。Feedback forms and their versions, newest first. */
  spendingReports: SpendingReportConnection;
  /** 未支出余额，最多的在前。Unspent balances, largest first. */
  unspentBalances: ExecutionConnection;
};


/** 查询入口。Entry point for reads. */
export type QueryAllocationChainArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limitDays?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Int']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 查询入口。Entry point for reads. */
export type QueryDocumentArgs = {
  number: Scalars['String']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询入口。Entry point for reads. */
export type QueryExecutionArgs = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['Int']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryFilingStatusArgs = {
  month: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryFundYearChecksArgs = {
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryFundYearsArgs = {
  region: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryImportRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询入口。Entry point for reads. */
export type QueryIndicatorComparisonArgs = {
  documentNumber: Scalars['String']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryLagExplanationsArgs = {
  month: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryLaggingRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNotReported?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<RegionLevel>;
  month: Scalars['Int']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryProgramsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询入口。Entry point for reads. */
export type QueryRegionArgs = {
  name: Scalars['String']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryRegionIndicatorsArgs = {
  documentNumber: Scalars['String']['input'];
  region: Scalars['String']['input'];
};


/** 查询入口。Entry point for reads. */
export type QueryRegionsArgs = {
  level?: InputMaybe<RegionLevel>;
  parent?: InputMaybe<Scalars['String']['input']>;
};


/** 查询入口。Entry point for reads. */
export type QuerySpendingReportArgs = {
  id: Scalars['ID']['input'];
};


/** 查询入口。Entry point for reads. */
export type QuerySpendingReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  latestOnly?: InputMaybe<Scalars['Boolean']['input']>;
  month?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询入口。Entry point for reads. */
export type QueryUnspentBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<RegionLevel>;
  month: Scalars['Int']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type RecordFundReceiptPayload = {
  __typename?: 'RecordFundReceiptPayload';
  errors: Array<FieldError>;
  receivedOn?: Maybe<Scalars['Date']['output']>;
};

/** 记录结果。The recorded result and its status, or the errors. */
export type RecordIndicatorResultPayload = {
  __typename?: 'RecordIndicatorResultPayload';
  errors: Array<FieldError>;
  result?: Maybe<IndicatorResult>;
  status?: Maybe<IndicatorStatus>;
};

/** 行政区划。A region of the administrative tree. */
export type Region = {
  __typename?: 'Region';
  /** 别名与简称，如 木垒县。Other spellings and short forms. */
  aliases: Array<Scalars['String']['output']>;
  /** 下级地区。The child regions. */
  children: Array<Region>;
  /** 行政区划代码（如已知）。Administrative code, when known. */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: RegionLevel;
  /** 正式名称，如 木垒哈萨克自治县。Official name. */
  name: Scalars['String']['output'];
  /** 上级地区。The parent region. */
  parent?: Maybe<Region>;
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
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** 文件中写的地区名。The region's name as the notice writes it. */
  writtenName: Scalars['String']['input'];
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

/** 反馈表中的一行（一项资金）。One line (one fund) of a feedback form. */
export type SpendingLine = {
  __typename?: 'SpendingLine';
  /**
   * 资金金额：所列文件的全年数，即该资金年度截至该文件的累计分配；一份报表每个资金年度只有一行（填最新一批的文件），支出为该资金年度的累计支出。
   * Amount: the named notice's 全年 column, i.e. the fund-year's allocation as of that notice; a report
   * has one line per fund-year (naming its latest notice), and spent is the fund-year's cumulative spending.
   */
  amount: Scalars['Wan']['output'];
  directions: Array<DirectionSpending>;
  document: FundDocument;
  /** 文号。Number of the notice that allocated the fund. */
  documentNumber: Scalars['String']['output'];
  /** 收到的财政专项资金名称。Fund name. */
  fundName: Scalars['String']['output'];
  /** 整改措施。Corrective measures. */
  measures?: Maybe<Scalars['String']['output']>;
  /** 整改时间。When the measures are due. */
  measuresDueOn?: Maybe<Scalars['Date']['output']>;
  /** 实际支出进度，0–1。Progress, 0–1. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** 未按计划支出的原因。Why spending lags. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 实际支出金额（累计）。Cumulative spending. */
  spent: Scalars['Wan']['output'];
  /** 未支出金额。Unspent. */
  unspent: Scalars['Wan']['output'];
};

/** 反馈表的一行。One line of a feedback form. */
export type SpendingLineInput = {
  /**
   * 表上的资金金额（可选，须等于所列文件的全年数）。Amount as the form states it (optional; must equal the named notice's 全年).
   * 同一资金年度的两份文件不能各填一行（FUND_YEAR_DUPLICATE）。Two notices of one fund-year cannot each have a line (FUND_YEAR_DUPLICATE).
   */
  amount?: InputMaybe<Scalars['Wan']['input']>;
  /** 按支出方向拆分（可选；须等于 spent）。Split by direction (optional; must add up to spent). */
  directions?: InputMaybe<Array<DirectionAmountInput>>;
  /** 资金的文号。Number of the notice that allocated the fund. */
  documentNumber: Scalars['String']['input'];
  measures?: InputMaybe<Scalars['String']['input']>;
  /** 整改时间 YYYY-MM-DD。When the measures are due. */
  measuresDueOn?: InputMaybe<Scalars['String']['input']>;
  /** 表上的支出进度 0–1（可选，须一致）。Progress as the form states it (optional; checked). */
  progress?: InputMaybe<Scalars['Float']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 截至月末累计实际支出（万元）。Cumulative spending to the month's end (万元). */
  spent: Scalars['Wan']['input'];
  /** 表上的未支出金额（可选，须一致）。Unspent as the form states it (optional; checked). */
  unspent?: InputMaybe<Scalars['Wan']['input']>;
};

/** 跟踪反馈表（某地区某月的一个版本）。A monthly feedback form: one version for a region and month. */
export type SpendingReport = {
  __typename?: 'SpendingReport';
  id: Scalars['ID']['output'];
  /** 是否为该地区该月的最新版本。Whether this is the latest version for its region and month. */
  isLatest: Scalars['Boolean']['output'];
  /** 示例数据。Sample data. */
  isSample: Scalars['Boolean']['output'];
  lines: Array<SpendingLine>;
  month: Scalars['Int']['output'];
  region: Region;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** 该地区该月的全部版本，新的在前。Every version for this region and month, newest first. */
  versions: Array<SpendingReport>;
  year: Scalars['Int']['output'];
};

/** 反馈表分页。A page of feedback forms. */
export type SpendingReportConnection = {
  __typename?: 'SpendingReportConnection';
  nodes: Array<SpendingReport>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 一份跟踪反馈表。A monthly feedback form. */
export type SpendingReportInput = {
  lines: Array<SpendingLineInput>;
  month: Scalars['Int']['input'];
  /**
   * 地区名称或别名；县市账户可省略（总是用账户所属地区，填写其他地区被拒绝）。Region name or alias;
   * a COUNTY account may omit it (its own region is always used; another region is refused).
   */
  region?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type SubmitFeedbackWorkbookPayload = {
  __typename?: 'SubmitFeedbackWorkbookPayload';
  problems: Array<WorkbookProblem>;
  /** 有问题时为 null，且未写入任何数据。Null when there are problems; then nothing was stored. */
  report?: Maybe<SpendingReport>;
  warnings: Array<WorkbookProblem>;
};

/**
 * 报送结果：成功时 report 有值，否则 errors 列出每个问题，且未写入任何数据。
 * The filed report, or the errors (nothing is written then).
 */
export type SubmitSpendingReportPayload = {
  __typename?: 'SubmitSpendingReportPayload';
  errors: Array<FieldError>;
  report?: Maybe<SpendingReport>;
  /**
   * 未阻止报送的提醒：低于序时进度却未写原因或整改措施的行。Reminders that did not stop the filing:
   * lines behind the benchmark without a reason or corrective measures.
   */
  warnings: Array<FieldError>;
};

/** 指标值：原文与解析结果。A target as written and as parsed. */
export type Target = {
  __typename?: 'Target';
  kind: TargetKind;
  /** 定性指标为 null。Null for qualitative targets. */
  op?: Maybe<TargetOp>;
  /** 时限的起算事件或截止日期。For deadlines: the event counted from, or the due date. */
  reference?: Maybe<Scalars['String']['output']>;
  /** 原文，如 ≥90%。As written. */
  text: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
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

/** 区域绩效目标表。A region's performance-target sheet. */
export type TargetSheet = {
  __typename?: 'TargetSheet';
  /** 其中：中央财政补助。Of which central funds. */
  centralFunds?: Maybe<Scalars['Wan']['output']>;
  /** 主管部门等。Departments named by the sheet. */
  departments: Array<KeyValue>;
  /** 下达资金总额。Fund total. */
  fundTotal?: Maybe<Scalars['Wan']['output']>;
  /** 年度总体目标，每条一项。The annual overall goals, one string each. */
  goals: Array<Scalars['String']['output']>;
  indicators: Array<Indicator>;
  /** 地方资金（空白为 null）。Local funds (null when blank). */
  localFunds?: Maybe<Scalars['Wan']['output']>;
  region: Region;
  /** 表头所写的地区名，如 木垒县。The region as the sheet title writes it. */
  writtenRegion: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** 走势中的一个月。One month of a trend. */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  benchmark: Scalars['Float']['output'];
  expectedCount: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
  progress?: Maybe<Scalars['Float']['output']>;
  reportedCount: Scalars['Int']['output'];
  spent?: Maybe<Scalars['Wan']['output']>;
};

/**
 * 预警等级：支出进度 / 序时进度 < 0.6 为红，< 0.8 为黄，否则为绿（阈值可配置）；当月未报送为 NOT_REPORTED。
 * Warning level from progress / benchmark: < 0.6 RED, < 0.8 YELLOW, else GREEN (configurable); NOT_REPORTED without a report.
 */
export type WarningLevel =
  | 'GREEN'
  | 'NOT_REPORTED'
  | 'RED'
  | 'YELLOW';

/** 工作簿中读到的一行。A line as read from the workbook. */
export type WorkbookLine = {
  __typename?: 'WorkbookLine';
  amount: Scalars['Wan']['output'];
  directions: Array<DirectionSpending>;
  documentNumber: Scalars['String']['output'];
  fundName: Scalars['String']['output'];
  measures?: Maybe<Scalars['String']['output']>;
  measuresDueOn?: Maybe<Scalars['Date']['output']>;
  /** 0–1。 */
  progress?: Maybe<Scalars['Float']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** 行号。The worksheet row. */
  row: Scalars['Int']['output'];
  spent: Scalars['Wan']['output'];
  unspent: Scalars['Wan']['output'];
};

/** 上传的工作簿中的一个问题。A problem found in an uploaded workbook. */
export type WorkbookProblem = {
  __typename?: 'WorkbookProblem';
  /** 单元格，如 E5；针对整个文件时为 null。The cell, e.g. E5; null when it concerns the whole file. */
  cell?: Maybe<Scalars['String']['output']>;
  /** 机器可读代码，如 SPENT_EXCEEDS_ALLOCATION、TEMPLATE_MISMATCH、ZIP_BOMB。Machine-readable code. */
  code: Scalars['String']['output'];
  /** 对应的报表字段路径，如 lines.0.spent；文件问题为 file。The report field, e.g. lines.0.spent; file for the file. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountModel>;
  AccountChangesInput: AccountChangesInput;
  Allocation: ResolverTypeWrapper<AllocationModel>;
  AllocationChain: ResolverTypeWrapper<ChainNodeModel>;
  AllocationColumnReading: ResolverTypeWrapper<AllocationColumnReading>;
  AllocationTableReading: ResolverTypeWrapper<AllocationTableReading>;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditOutcome: AuditOutcome;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainNotice: ResolverTypeWrapper<ChainNoticeModel>;
  ChainTimeliness: ResolverTypeWrapper<ChainTimeliness>;
  ChainTimelinessStatus: ChainTimelinessStatus;
  ChainWarning: ResolverTypeWrapper<ChainWarningModel>;
  CodeName: ResolverTypeWrapper<CodeName>;
  ColumnRoleInput: ColumnRoleInput;
  CreatedAccount: ResolverTypeWrapper<Omit<CreatedAccount, 'account'> & { account: ResolversTypes['Account'] }>;
  CreatedApiToken: ResolverTypeWrapper<Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  DataStatus: ResolverTypeWrapper<DataStatus>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectionAmountInput: DirectionAmountInput;
  DirectionSpending: ResolverTypeWrapper<DirectionSpending>;
  DocumentRevision: ResolverTypeWrapper<RevisionModel>;
  Execution: ResolverTypeWrapper<ExecutionModel>;
  ExecutionConnection: ResolverTypeWrapper<Omit<ExecutionConnection, 'nodes'> & { nodes: Array<ResolversTypes['Execution']> }>;
  FeedbackFormLayout: ResolverTypeWrapper<FeedbackFormLayout>;
  FeedbackWorkbookPreview: ResolverTypeWrapper<FeedbackWorkbookPreview>;
  FieldError: ResolverTypeWrapper<FieldError>;
  FilingEntry: ResolverTypeWrapper<FilingEntryModel>;
  FilingStatus: ResolverTypeWrapper<Omit<FilingStatus, 'regions'> & { regions: Array<ResolversTypes['FilingEntry']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FundDocument: ResolverTypeWrapper<DocumentModel>;
  FundDocumentConnection: ResolverTypeWrapper<Omit<FundDocumentConnection, 'nodes'> & { nodes: Array<ResolversTypes['FundDocument']> }>;
  FundReceiptInput: FundReceiptInput;
  FundSource: FundSource;
  FundYear: ResolverTypeWrapper<FundYearModel>;
  FundYearNotice: ResolverTypeWrapper<Omit<FundYearNotice, 'notice'> & { notice: ResolversTypes['ChainNotice'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportNoticePayload: ResolverTypeWrapper<Omit<ImportNoticePayload, 'document'> & { document?: Maybe<ResolversTypes['FundDocument']> }>;
  ImportRun: ResolverTypeWrapper<ImportRunModel>;
  ImportRunConnection: ResolverTypeWrapper<Omit<ImportRunConnection, 'nodes'> & { nodes: Array<ResolversTypes['ImportRun']> }>;
  ImportSeverity: ImportSeverity;
  ImportWarning: ResolverTypeWrapper<ImportWarningModel>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorComparisonRow: ResolverTypeWrapper<IndicatorComparisonRowModel>;
  IndicatorLevel1: IndicatorLevel1;
  IndicatorLevel2: IndicatorLevel2;
  IndicatorOutcome: IndicatorOutcome;
  IndicatorRegionCell: ResolverTypeWrapper<IndicatorCellModel>;
  IndicatorResult: ResolverTypeWrapper<IndicatorResultModel>;
  IndicatorResultInput: IndicatorResultInput;
  IndicatorStatus: IndicatorStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KeyValue: ResolverTypeWrapper<KeyValue>;
  LagExplanation: ResolverTypeWrapper<LagExplanationModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewAccountInput: NewAccountInput;
  NoticeAllocationPreview: ResolverTypeWrapper<Omit<NoticeAllocationPreview, 'existing'> & { existing?: Maybe<ResolversTypes['Region']> }>;
  NoticeCorrectionsInput: NoticeCorrectionsInput;
  NoticeImportInput: NoticeImportInput;
  NoticeImportPreview: ResolverTypeWrapper<Omit<NoticeImportPreview, 'allocations' | 'regions' | 'sheets'> & { allocations: Array<ResolversTypes['NoticeAllocationPreview']>, regions: Array<ResolversTypes['NoticeRegionMatch']>, sheets: Array<ResolversTypes['NoticeSheetPreview']> }>;
  NoticePreviewDocument: ResolverTypeWrapper<NoticePreviewDocument>;
  NoticePreviewWarning: ResolverTypeWrapper<NoticePreviewWarning>;
  NoticeRegionMatch: ResolverTypeWrapper<Omit<NoticeRegionMatch, 'existing'> & { existing?: Maybe<ResolversTypes['Region']> }>;
  NoticeSheetPreview: ResolverTypeWrapper<Omit<NoticeSheetPreview, 'existing'> & { existing?: Maybe<ResolversTypes['Region']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Period: ResolverTypeWrapper<Period>;
  PolicyReference: ResolverTypeWrapper<PolicyReference>;
  Program: ResolverTypeWrapper<ProgramModel>;
  ProgramExecution: ResolverTypeWrapper<ProgramExecutionModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFundReceiptPayload: ResolverTypeWrapper<RecordFundReceiptPayload>;
  RecordIndicatorResultPayload: ResolverTypeWrapper<Omit<RecordIndicatorResultPayload, 'result'> & { result?: Maybe<ResolversTypes['IndicatorResult']> }>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionLevel: RegionLevel;
  RegionMatchInput: RegionMatchInput;
  Role: Role;
  SpendingDirection: SpendingDirection;
  SpendingLine: ResolverTypeWrapper<SpendingLineModel>;
  SpendingLineInput: SpendingLineInput;
  SpendingReport: ResolverTypeWrapper<SpendingReportModel>;
  SpendingReportConnection: ResolverTypeWrapper<Omit<SpendingReportConnection, 'nodes'> & { nodes: Array<ResolversTypes['SpendingReport']> }>;
  SpendingReportInput: SpendingReportInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitFeedbackWorkbookPayload: ResolverTypeWrapper<Omit<SubmitFeedbackWorkbookPayload, 'report'> & { report?: Maybe<ResolversTypes['SpendingReport']> }>;
  SubmitSpendingReportPayload: ResolverTypeWrapper<Omit<SubmitSpendingReportPayload, 'report'> & { report?: Maybe<ResolversTypes['SpendingReport']> }>;
  Target: ResolverTypeWrapper<Target>;
  TargetKind: TargetKind;
  TargetOp: TargetOp;
  TargetSheet: ResolverTypeWrapper<TargetSheetModel>;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  Wan: ResolverTypeWrapper<Scalars['Wan']['output']>;
  WarningLevel: WarningLevel;
  WorkbookLine: ResolverTypeWrapper<WorkbookLine>;
  WorkbookProblem: ResolverTypeWrapper<WorkbookProblem>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountModel;
  AccountChangesInput: AccountChangesInput;
  Allocation: AllocationModel;
  AllocationChain: ChainNodeModel;
  AllocationColumnReading: AllocationColumnReading;
  AllocationTableReading: AllocationTableReading;
  ApiToken: ApiTokenModel;
  AuditConnection: Omit<AuditConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntry: AuditEntryModel;
  Boolean: Scalars['Boolean']['output'];
  ChainNotice: ChainNoticeModel;
  ChainTimeliness: ChainTimeliness;
  ChainWarning: ChainWarningModel;
  CodeName: CodeName;
  ColumnRoleInput: ColumnRoleInput;
  CreatedAccount: Omit<CreatedAccount, 'account'> & { account: ResolversParentTypes['Account'] };
  CreatedApiToken: Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  DataStatus: DataStatus;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectionAmountInput: DirectionAmountInput;
  DirectionSpending: DirectionSpending;
  DocumentRevision: RevisionModel;
  Execution: ExecutionModel;
  ExecutionConnection: Omit<ExecutionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Execution']> };
  FeedbackFormLayout: FeedbackFormLayout;
  FeedbackWorkbookPreview: FeedbackWorkbookPreview;
  FieldError: FieldError;
  FilingEntry: FilingEntryModel;
  FilingStatus: Omit<FilingStatus, 'regions'> & { regions: Array<ResolversParentTypes['FilingEntry']> };
  Float: Scalars['Float']['output'];
  FundDocument: DocumentModel;
  FundDocumentConnection: Omit<FundDocumentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['FundDocument']> };
  FundReceiptInput: FundReceiptInput;
  FundYear: FundYearModel;
  FundYearNotice: Omit<FundYearNotice, 'notice'> & { notice: ResolversParentTypes['ChainNotice'] };
  ID: Scalars['ID']['output'];
  ImportNoticePayload: Omit<ImportNoticePayload, 'document'> & { document?: Maybe<ResolversParentTypes['FundDocument']> };
  ImportRun: ImportRunModel;
  ImportRunConnection: Omit<ImportRunConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ImportRun']> };
  ImportWarning: ImportWarningModel;
  Indicator: IndicatorModel;
  IndicatorComparisonRow: IndicatorComparisonRowModel;
  IndicatorRegionCell: IndicatorCellModel;
  IndicatorResult: IndicatorResultModel;
  IndicatorResultInput: IndicatorResultInput;
  Int: Scalars['Int']['output'];
  KeyValue: KeyValue;
  LagExplanation: LagExplanationModel;
  Mutation: Record<PropertyKey, never>;
  NewAccountInput: NewAccountInput;
  NoticeAllocationPreview: Omit<NoticeAllocationPreview, 'existing'> & { existing?: Maybe<ResolversParentTypes['Region']> };
  NoticeCorrectionsInput: NoticeCorrectionsInput;
  NoticeImportInput: NoticeImportInput;
  NoticeImportPreview: Omit<NoticeImportPreview, 'allocations' | 'regions' | 'sheets'> & { allocations: Array<ResolversParentTypes['NoticeAllocationPreview']>, regions: Array<ResolversParentTypes['NoticeRegionMatch']>, sheets: Array<ResolversParentTypes['NoticeSheetPreview']> };
  NoticePreviewDocument: NoticePreviewDocument;
  NoticePreviewWarning: NoticePreviewWarning;
  NoticeRegionMatch: Omit<NoticeRegionMatch, 'existing'> & { existing?: Maybe<ResolversParentTypes['Region']> };
  NoticeSheetPreview: Omit<NoticeSheetPreview, 'existing'> & { existing?: Maybe<ResolversParentTypes['Region']> };
  PageInfo: PageInfo;
  Period: Period;
  PolicyReference: PolicyReference;
  Program: ProgramModel;
  ProgramExecution: ProgramExecutionModel;
  Query: Record<PropertyKey, never>;
  RecordFundReceiptPayload: RecordFundReceiptPayload;
  RecordIndicatorResultPayload: Omit<RecordIndicatorResultPayload, 'result'> & { result?: Maybe<ResolversParentTypes['IndicatorResult']> };
  Region: RegionModel;
  RegionMatchInput: RegionMatchInput;
  SpendingLine: SpendingLineModel;
  SpendingLineInput: SpendingLineInput;
  SpendingReport: SpendingReportModel;
  SpendingReportConnection: Omit<SpendingReportConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SpendingReport']> };
  SpendingReportInput: SpendingReportInput;
  String: Scalars['String']['output'];
  SubmitFeedbackWorkbookPayload: Omit<SubmitFeedbackWorkbookPayload, 'report'> & { report?: Maybe<ResolversParentTypes['SpendingReport']> };
  SubmitSpendingReportPayload: Omit<SubmitSpendingReportPayload, 'report'> & { report?: Maybe<ResolversParentTypes['SpendingReport']> };
  Target: Target;
  TargetSheet: TargetSheetModel;
  TrendPoint: TrendPoint;
  Wan: Scalars['Wan']['output'];
  WorkbookLine: WorkbookLine;
  WorkbookProblem: WorkbookProblem;
};

export type AccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AllocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Allocation'] = ResolversParentTypes['Allocation']> = {
  annualTotal?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  earlyAdvance?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  isSubtotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priorBatches?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  thisBatch?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
};

export type AllocationChainResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationChain'] = ResolversParentTypes['AllocationChain']> = {
  allocated?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  allocationProgress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['AllocationChain']>, ParentType, ContextType>;
  daysToAllocate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  daysWaiting?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownNotices?: Resolver<Array<ResolversTypes['ChainNotice']>, ParentType, ContextType>;
  passedDown?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  received?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  spendingProgress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spent?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  timeliness?: Resolver<Maybe<ResolversTypes['ChainTimeliness']>, ParentType, ContextType>;
  unallocated?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  upstreamNotices?: Resolver<Array<ResolversTypes['ChainNotice']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ChainWarning']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllocationColumnReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationColumnReading'] = ResolversParentTypes['AllocationColumnReading']> = {
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AllocationTableReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationTableReading'] = ResolversParentTypes['AllocationTableReading']> = {
  columns?: Resolver<Array<ResolversTypes['AllocationColumnReading']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChainNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChainNotice'] = ResolversParentTypes['ChainNotice']> = {
  amount?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  annualTotal?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  batch?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  batchName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysAfterUpstream?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  upstreamNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChainTimelinessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChainTimeliness'] = ResolversParentTypes['ChainTimeliness']> = {
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  limitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChainTimelinessStatus'], ParentType, ContextType>;
};

export type ChainWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChainWarning'] = ResolversParentTypes['ChainWarning']> = {
  amount?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type CodeNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CodeName'] = ResolversParentTypes['CodeName']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedAccount'] = ResolversParentTypes['CreatedAccount']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  oneTimePassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DataStatus'] = ResolversParentTypes['DataStatus']> = {
  hasSampleData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latestPeriod?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectionSpendingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectionSpending'] = ResolversParentTypes['DirectionSpending']> = {
  direction?: Resolver<ResolversTypes['SpendingDirection'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
};

export type DocumentRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentRevision'] = ResolversParentTypes['DocumentRevision']> = {
  importRun?: Resolver<ResolversTypes['ImportRun'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  textHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExecutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Execution'] = ResolversParentTypes['Execution']> = {
  allocated?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  benchmark?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byDirection?: Resolver<Array<ResolversTypes['DirectionSpending']>, ParentType, ContextType>;
  byProgram?: Resolver<Array<ResolversTypes['ProgramExecution']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Execution']>, ParentType, ContextType>;
  expectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousMonth?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  previousYear?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedAllocated?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  reportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedProgress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spent?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  unspent?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  warning?: Resolver<ResolversTypes['WarningLevel'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExecutionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExecutionConnection'] = ResolversParentTypes['ExecutionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Execution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedbackFormLayoutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackFormLayout'] = ResolversParentTypes['FeedbackFormLayout']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FeedbackWorkbookPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackWorkbookPreview'] = ResolversParentTypes['FeedbackWorkbookPreview']> = {
  lines?: Resolver<Array<ResolversTypes['WorkbookLine']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['WorkbookProblem']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['WorkbookProblem']>, ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FilingEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FilingEntry'] = ResolversParentTypes['FilingEntry']> = {
  filed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['SpendingReport']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FilingStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FilingStatus'] = ResolversParentTypes['FilingStatus']> = {
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['FilingEntry']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundDocument'] = ResolversParentTypes['FundDocument']> = {
  allocations?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  batch?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  directFund?: Resolver<Maybe<ResolversTypes['CodeName']>, ParentType, ContextType>;
  expenditureSubject?: Resolver<Maybe<ResolversTypes['CodeName']>, ParentType, ContextType>;
  feedbackForm?: Resolver<Maybe<ResolversTypes['FeedbackFormLayout']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyReferences?: Resolver<Array<ResolversTypes['PolicyReference']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  revenueSubject?: Resolver<Maybe<ResolversTypes['CodeName']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['DocumentRevision']>, ParentType, ContextType>;
  spendingDirections?: Resolver<Array<ResolversTypes['SpendingDirection']>, ParentType, ContextType>;
  targetSheets?: Resolver<Array<ResolversTypes['TargetSheet']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upstreamNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundDocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundDocumentConnection'] = ResolversParentTypes['FundDocumentConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['FundDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundYear'] = ResolversParentTypes['FundYear']> = {
  checks?: Resolver<Array<ResolversTypes['ChainWarning']>, ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['FundYearNotice']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundYearNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundYearNotice'] = ResolversParentTypes['FundYearNotice']> = {
  notice?: Resolver<ResolversTypes['ChainNotice'], ParentType, ContextType>;
  totalAfter?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
};

export type ImportNoticePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportNoticePayload'] = ResolversParentTypes['ImportNoticePayload']> = {
  document?: Resolver<Maybe<ResolversTypes['FundDocument']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRun'] = ResolversParentTypes['ImportRun']> = {
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
};

export type ImportRunConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRunConnection'] = ResolversParentTypes['ImportRunConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ImportRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ImportSeverity'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level1?: Resolver<ResolversTypes['IndicatorLevel1'], ParentType, ContextType>;
  level2?: Resolver<Maybe<ResolversTypes['IndicatorLevel2']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  writtenLevel1?: Resolver<Maybe<ResolversTypes['IndicatorLevel1']>, ParentType, ContextType>;
  writtenLevel2?: Resolver<Maybe<ResolversTypes['IndicatorLevel2']>, ParentType, ContextType>;
};

export type IndicatorComparisonRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorComparisonRow'] = ResolversParentTypes['IndicatorComparisonRow']> = {
  level1?: Resolver<ResolversTypes['IndicatorLevel1'], ParentType, ContextType>;
  level2?: Resolver<Maybe<ResolversTypes['IndicatorLevel2']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['IndicatorRegionCell']>, ParentType, ContextType>;
};

export type IndicatorRegionCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorRegionCell'] = ResolversParentTypes['IndicatorRegionCell']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  previousResult?: Resolver<Maybe<ResolversTypes['IndicatorResult']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['IndicatorResult']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type IndicatorResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorResult'] = ResolversParentTypes['IndicatorResult']> = {
  achievedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['IndicatorOutcome']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KeyValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KeyValue'] = ResolversParentTypes['KeyValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LagExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LagExplanation'] = ResolversParentTypes['LagExplanation']> = {
  benchmark?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measures?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measuresDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['SpendingReport'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  amendSpendingReport?: Resolver<ResolversTypes['SubmitSpendingReportPayload'], ParentType, ContextType, RequireFields<MutationAmendSpendingReportArgs, 'lines' | 'reportId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createAccount?: Resolver<ResolversTypes['CreatedAccount'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name'>>;
  importNotice?: Resolver<ResolversTypes['ImportNoticePayload'], ParentType, ContextType, RequireFields<MutationImportNoticeArgs, 'text'>>;
  importNoticeFile?: Resolver<ResolversTypes['ImportNoticePayload'], ParentType, ContextType, RequireFields<MutationImportNoticeFileArgs, 'input'>>;
  previewFeedbackWorkbook?: Resolver<ResolversTypes['FeedbackWorkbookPreview'], ParentType, ContextType, RequireFields<MutationPreviewFeedbackWorkbookArgs, 'file' | 'month' | 'region' | 'year'>>;
  previewNoticeImport?: Resolver<ResolversTypes['NoticeImportPreview'], ParentType, ContextType, RequireFields<MutationPreviewNoticeImportArgs, 'input'>>;
  recordFundReceipt?: Resolver<ResolversTypes['RecordFundReceiptPayload'], ParentType, ContextType, RequireFields<MutationRecordFundReceiptArgs, 'input'>>;
  recordIndicatorResult?: Resolver<ResolversTypes['RecordIndicatorResultPayload'], ParentType, ContextType, RequireFields<MutationRecordIndicatorResultArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'username'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  submitFeedbackWorkbook?: Resolver<ResolversTypes['SubmitFeedbackWorkbookPayload'], ParentType, ContextType, RequireFields<MutationSubmitFeedbackWorkbookArgs, 'file' | 'month' | 'region' | 'year'>>;
  submitSpendingReport?: Resolver<ResolversTypes['SubmitSpendingReportPayload'], ParentType, ContextType, RequireFields<MutationSubmitSpendingReportArgs, 'input'>>;
  updateAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationUpdateAccountArgs, 'input'>>;
};

export type NoticeAllocationPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeAllocationPreview'] = ResolversParentTypes['NoticeAllocationPreview']> = {
  annualTotal?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  earlyAdvance?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  existing?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  isSubtotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priorBatches?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thisBatch?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  writtenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoticeImportPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeImportPreview'] = ResolversParentTypes['NoticeImportPreview']> = {
  allocationTable?: Resolver<Maybe<ResolversTypes['AllocationTableReading']>, ParentType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['NoticeAllocationPreview']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['NoticePreviewDocument']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['NoticeRegionMatch']>, ParentType, ContextType>;
  sheets?: Resolver<Array<ResolversTypes['NoticeSheetPreview']>, ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['NoticePreviewWarning']>, ParentType, ContextType>;
};

export type NoticePreviewDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticePreviewDocument'] = ResolversParentTypes['NoticePreviewDocument']> = {
  batch?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuerRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numberCorrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoticePreviewWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticePreviewWarning'] = ResolversParentTypes['NoticePreviewWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ImportSeverity'], ParentType, ContextType>;
};

export type NoticeRegionMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeRegionMatch'] = ResolversParentTypes['NoticeRegionMatch']> = {
  chosen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  existing?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  writtenNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NoticeSheetPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeSheetPreview'] = ResolversParentTypes['NoticeSheetPreview']> = {
  existing?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  fundTotal?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  goals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  writtenRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyReference'] = ResolversParentTypes['PolicyReference']> = {
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  documents?: Resolver<Array<ResolversTypes['FundDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundSource'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramExecutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgramExecution'] = ResolversParentTypes['ProgramExecution']> = {
  allocated?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spent?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  unspent?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  allocationChain?: Resolver<ResolversTypes['AllocationChain'], ParentType, ContextType, RequireFields<QueryAllocationChainArgs, 'month' | 'year'>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  dataStatus?: Resolver<ResolversTypes['DataStatus'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['FundDocument']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'number'>>;
  documents?: Resolver<ResolversTypes['FundDocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType, RequireFields<QueryExecutionArgs, 'month' | 'year'>>;
  filingStatus?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType, RequireFields<QueryFilingStatusArgs, 'month' | 'year'>>;
  fundYearChecks?: Resolver<Array<ResolversTypes['ChainWarning']>, ParentType, ContextType, RequireFields<QueryFundYearChecksArgs, 'year'>>;
  fundYears?: Resolver<Array<ResolversTypes['FundYear']>, ParentType, ContextType, RequireFields<QueryFundYearsArgs, 'region' | 'year'>>;
  health?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importRuns?: Resolver<ResolversTypes['ImportRunConnection'], ParentType, ContextType, RequireFields<QueryImportRunsArgs, 'first'>>;
  indicatorComparison?: Resolver<Array<ResolversTypes['IndicatorComparisonRow']>, ParentType, ContextType, RequireFields<QueryIndicatorComparisonArgs, 'documentNumber'>>;
  lagExplanations?: Resolver<Array<ResolversTypes['LagExplanation']>, ParentType, ContextType, RequireFields<QueryLagExplanationsArgs, 'month' | 'year'>>;
  laggingRegions?: Resolver<ResolversTypes['ExecutionConnection'], ParentType, ContextType, RequireFields<QueryLaggingRegionsArgs, 'first' | 'includeNotReported' | 'level' | 'month' | 'year'>>;
  me?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  myApiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, Partial<QueryProgramsArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'name'>>;
  regionIndicators?: Resolver<Array<ResolversTypes['IndicatorRegionCell']>, ParentType, ContextType, RequireFields<QueryRegionIndicatorsArgs, 'documentNumber' | 'region'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  spendingReport?: Resolver<Maybe<ResolversTypes['SpendingReport']>, ParentType, ContextType, RequireFields<QuerySpendingReportArgs, 'id'>>;
  spendingReports?: Resolver<ResolversTypes['SpendingReportConnection'], ParentType, ContextType, RequireFields<QuerySpendingReportsArgs, 'first' | 'latestOnly'>>;
  unspentBalances?: Resolver<ResolversTypes['ExecutionConnection'], ParentType, ContextType, RequireFields<QueryUnspentBalancesArgs, 'first' | 'level' | 'month' | 'year'>>;
};

export type RecordFundReceiptPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordFundReceiptPayload'] = ResolversParentTypes['RecordFundReceiptPayload']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type RecordIndicatorResultPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordIndicatorResultPayload'] = ResolversParentTypes['RecordIndicatorResultPayload']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['IndicatorResult']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['IndicatorStatus']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type SpendingLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingLine'] = ResolversParentTypes['SpendingLine']> = {
  amount?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  directions?: Resolver<Array<ResolversTypes['DirectionSpending']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['FundDocument'], ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measures?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measuresDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  unspent?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
};

export type SpendingReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingReport'] = ResolversParentTypes['SpendingReport']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLatest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SpendingLine']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['SpendingReport']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpendingReportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingReportConnection'] = ResolversParentTypes['SpendingReportConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['SpendingReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmitFeedbackWorkbookPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitFeedbackWorkbookPayload'] = ResolversParentTypes['SubmitFeedbackWorkbookPayload']> = {
  problems?: Resolver<Array<ResolversTypes['WorkbookProblem']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['SpendingReport']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['WorkbookProblem']>, ParentType, ContextType>;
};

export type SubmitSpendingReportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitSpendingReportPayload'] = ResolversParentTypes['SubmitSpendingReportPayload']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['SpendingReport']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  op?: Resolver<Maybe<ResolversTypes['TargetOp']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type TargetSheetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetSheet'] = ResolversParentTypes['TargetSheet']> = {
  centralFunds?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  fundTotal?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  localFunds?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  writtenRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  benchmark?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spent?: Resolver<Maybe<ResolversTypes['Wan']>, ParentType, ContextType>;
};

export interface WanScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Wan'], any> {
  name: 'Wan';
}

export type WorkbookLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkbookLine'] = ResolversParentTypes['WorkbookLine']> = {
  amount?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  directions?: Resolver<Array<ResolversTypes['DirectionSpending']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measures?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measuresDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
  unspent?: Resolver<ResolversTypes['Wan'], ParentType, ContextType>;
};

export type WorkbookProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkbookProblem'] = ResolversParentTypes['WorkbookProblem']> = {
  cell?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Account?: AccountResolvers<ContextType>;
  Allocation?: AllocationResolvers<ContextType>;
  AllocationChain?: AllocationChainResolvers<ContextType>;
  AllocationColumnReading?: AllocationColumnReadingResolvers<ContextType>;
  AllocationTableReading?: AllocationTableReadingResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  ChainNotice?: ChainNoticeResolvers<ContextType>;
  ChainTimeliness?: ChainTimelinessResolvers<ContextType>;
  ChainWarning?: ChainWarningResolvers<ContextType>;
  CodeName?: CodeNameResolvers<ContextType>;
  CreatedAccount?: CreatedAccountResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  DataStatus?: DataStatusResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectionSpending?: DirectionSpendingResolvers<ContextType>;
  DocumentRevision?: DocumentRevisionResolvers<ContextType>;
  Execution?: ExecutionResolvers<ContextType>;
  ExecutionConnection?: ExecutionConnectionResolvers<ContextType>;
  FeedbackFormLayout?: FeedbackFormLayoutResolvers<ContextType>;
  FeedbackWorkbookPreview?: FeedbackWorkbookPreviewResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  FilingEntry?: FilingEntryResolvers<ContextType>;
  FilingStatus?: FilingStatusResolvers<ContextType>;
  FundDocument?: FundDocumentResolvers<ContextType>;
  FundDocumentConnection?: FundDocumentConnectionResolvers<ContextType>;
  FundYear?: FundYearResolvers<ContextType>;
  FundYearNotice?: FundYearNoticeResolvers<ContextType>;
  ImportNoticePayload?: ImportNoticePayloadResolvers<ContextType>;
  ImportRun?: ImportRunResolvers<ContextType>;
  ImportRunConnection?: ImportRunConnectionResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorComparisonRow?: IndicatorComparisonRowResolvers<ContextType>;
  IndicatorRegionCell?: IndicatorRegionCellResolvers<ContextType>;
  IndicatorResult?: IndicatorResultResolvers<ContextType>;
  KeyValue?: KeyValueResolvers<ContextType>;
  LagExplanation?: LagExplanationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoticeAllocationPreview?: NoticeAllocationPreviewResolvers<ContextType>;
  NoticeImportPreview?: NoticeImportPreviewResolvers<ContextType>;
  NoticePreviewDocument?: NoticePreviewDocumentResolvers<ContextType>;
  NoticePreviewWarning?: NoticePreviewWarningResolvers<ContextType>;
  NoticeRegionMatch?: NoticeRegionMatchResolvers<ContextType>;
  NoticeSheetPreview?: NoticeSheetPreviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PolicyReference?: PolicyReferenceResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramExecution?: ProgramExecutionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordFundReceiptPayload?: RecordFundReceiptPayloadResolvers<ContextType>;
  RecordIndicatorResultPayload?: RecordIndicatorResultPayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SpendingLine?: SpendingLineResolvers<ContextType>;
  SpendingReport?: SpendingReportResolvers<ContextType>;
  SpendingReportConnection?: SpendingReportConnectionResolvers<ContextType>;
  SubmitFeedbackWorkbookPayload?: SubmitFeedbackWorkbookPayloadResolvers<ContextType>;
  SubmitSpendingReportPayload?: SubmitSpendingReportPayloadResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetSheet?: TargetSheetResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  Wan?: GraphQLScalarType;
  WorkbookLine?: WorkbookLineResolvers<ContextType>;
  WorkbookProblem?: WorkbookProblemResolvers<ContextType>;
};

