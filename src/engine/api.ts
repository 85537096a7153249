/**
 * The engine's contract. Everything the UI, the command line and the tests may ask of the
 * engine is here; the same object runs directly (Node, tests) and behind Comlink in a worker.
 * Expected failures come back as `{ ok: false, issues }`, never as thrown errors.
 */

export const COLUMN_TYPES = [
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'categorical',
  'text',
  'identifier',
] as const;

export type ColumnType = (typeof COLUMN_TYPES)[number];

export const ROLES = [
  'customer_id',
  'date',
  'amount',
  'quantity',
  'price',
  'signup_date',
  'churn_date',
  'churn_flag',
  'tenure',
  'reason',
  'value',
  'attribute',
  'ignore',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles only one column can have at a time (attributes, values and ignored columns can be many). */
export const SINGLE_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'value' && r !== 'attribute' && r !== 'ignore');

/**
 * CSV text as every export writes it, the engine's files and the charts' data downloads alike.
 * Here because the charts see only this contract, not core.
 */
export { csvCell, csvRow, csvTable, stampLines, type CsvStamp, type StampStyle } from '../core/csv/csvText.ts';

export type Shape = 'transactions' | 'customers' | 'unknown';
export type FileFormat = 'delimited' | 'xlsx' | 'parquet' | 'arrow' | 'json';
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type DateOrder = 'dmy' | 'mdy';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing the user should know about their data. `code` and `params` let the UI say it in
 * the user's language; `message` is the English sentence the command line prints.
 * `rows` are 1-based row numbers as a spreadsheet shows them (the header is row 1).
 */
export interface Issue {
  severity: Severity;
  code: IssueCode;
  message: string;
  file?: string;
  column?: string;
  rows?: number[];
  count?: number;
  examples?: string[];
  params?: Record<string, string | number>;
}

export type IssueCode =
  | 'empty-file'
  | 'header-only'
  | 'binary-file'
  | 'unreadable'
  | 'unsupported-format'
  | 'unsupported-type'
  | 'truncated-file'
  | 'encoding-invalid'
  | 'encoding-mixed'
  | 'unclosed-quote'
  | 'ragged-rows'
  | 'blank-lines'
  | 'blank-header'
  | 'duplicate-header'
  | 'headers-differ'
  | 'too-many-columns'
  | 'not-typed'
  | 'invalid-cells'
  | 'ambiguous-date-order'
  | 'nulls'
  | 'duplicate-ids'
  | 'negative-values'
  | 'future-dates'
  | 'ancient-dates'
  | 'constant-column'
  | 'formula-like'
  | 'cancelled'
  | 'unknown-dataset'
  | 'unknown-column'
  | 'sheet-missing'
  | 'no-customer-table'
  | 'role-missing'
  | 'invalid-definition'
  | 'invalid-as-of'
  | 'flag-unknown'
  | 'invalid-rules'
  | 'projection-period'
  | 'projection-no-durations'
  | 'projection-columns'
  | 'projection-too-short'
  | 'projection-too-few-periods'
  | 'projection-fit-periods'
  | 'projection-horizon'
  | 'projection-not-fitted';

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Anything with the Blob reading interface: a browser File, a Node Blob from fs.openAsBlob. */
export interface BlobLike {
  readonly size: number;
  /** A slice's bytes; a slice that is a byte stream (a File's) lets the engine read straight into its own buffer. */
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer>; stream?(): ReadableStream<Uint8Array> };
  /**
   * Reads up to `into.length` bytes from `position` straight into `into` and says how many (0
   * at the end): a file on disk in Node, read without a stream's or a slice's extra buffers.
   */
  readAt?(into: Uint8Array, position: number): Promise<number>;
}

export interface SourceFile {
  name: string;
  blob: BlobLike;
}

/** What the user may override; anything left out is detected. */
export interface ParseOptions {
  delimiter?: string; // ',', ';', '\t', '|', or 'whitespace'
  encoding?: Encoding;
  header?: boolean;
  sheet?: string;
  /** Force a column's type (e.g. keep a numeric-looking code as an identifier). */
  columnTypes?: Record<string, ColumnType>;
  /** Day/month order for columns whose dates are ambiguous (e.g. 03/04/2024). */
  dateOrder?: Record<string, DateOrder>;
}

export interface Progress {
  phase: 'reading' | 'parsing' | 'typing' | 'done';
  bytes: number;
  totalBytes: number;
  rows: number;
  file?: string;
}

export interface FileSummary {
  name: string;
  size: number;
  sha256: string;
  format: FileFormat;
  encoding?: Encoding;
  delimiter?: string;
  header?: boolean;
  sheet?: string;
  sheets?: string[];
  rows: number;
  /** How many threads read the file at once (a large delimited file is split at line ends). */
  threads?: number;
}

export interface ColumnSummary {
  name: string;
  type: ColumnType;
  /** How the values were read, e.g. 'YYYY-MM-DD', 'DD/MM/YYYY', 'decimal comma', '¥'. */
  format?: string;
  role: Role;
  nulls: number;
  invalid: number;
  distinct: number;
  /** Why a column stayed text although most values looked typed, if so. */
  note?: string;
}

export interface DatasetSummary {
  id: string;
  name: string;
  rows: number;
  files: FileSummary[];
  columns: ColumnSummary[];
  shape: Shape;
  /** The options as resolved (detected or given), so the UI can show and override them. */
  options: ParseOptions;
  issues: Issue[];
  /** Set when several files were appended: the column naming the file each row came from. */
  sourceColumn?: string;
  elapsedMs: number;
}

export interface NumericProfile {
  kind: 'numeric';
  min: number;
  max: number;
  mean: number;
  /** Equal-width bins: edges has bins + 1 entries. Dates are epoch milliseconds (UTC). */
  edges: number[];
  counts: number[];
}

export interface CategoricalProfile {
  kind: 'categorical';
  top: { value: string; count: number }[];
  other: number;
}

export interface ColumnProfile {
  column: string;
  type: ColumnType;
  nulls: number;
  invalid: number;
  distinct: number;
  profile: NumericProfile | CategoricalProfile;
}

/** What counts as churn: one serialisable object, saved in workbooks and printed on results. */
export type ChurnDefinition =
  /** A churn flag column (Yes/No, 1/0, True/False, 是/否), optionally with a churn-date column. */
  | { kind: 'flag'; column?: string; dateColumn?: string }
  /**
   * No activity for more than `days` days before the as-of date; with `relativeFactor`, more
   * than that many times the customer's own median gap between purchase days (single-purchase
   * customers keep `days`); with `atRiskDays`, at least that many days without activity and
   * not churned is "at risk".
   */
  | { kind: 'inactivity'; days: number; relativeFactor?: number; atRiskDays?: number }
  /** A contract-end or cancellation date column: churned when on or before the as-of date. */
  | { kind: 'contract-end'; column?: string }
  /** Revenue in the last `months` complete months fell at least `dropPercent` % against the months before. */
  | { kind: 'partial'; months: number; dropPercent: number };

export type TimeUnit = 'days' | 'weeks' | 'months';
export type ChurnType = 'natural' | 'changed-need' | 'competitor' | 'disappointed' | 'involuntary' | 'unknown';

export interface CustomerTableSpec {
  /** Column → role, as confirmed by the user; columns left out are attributes. */
  roles: Record<string, Role>;
  definition: ChurnDefinition;
  /** YYYY-MM-DD; default: the last date in the data. Activity after it is left out. */
  asOf?: string;
  /** Unit of recency and T (BTYD): days, weeks (7 days) or months (365.25 / 12 days). */
  unit?: TimeUnit;
  /** Returns and cancellations (negative amounts, invoice numbers starting with C): net them or drop them. */
  returns?: 'net' | 'drop';
  /** Unit of a snapshot's tenure column; default months. */
  tenureUnit?: TimeUnit;
  /** Reason value → churn type, where the user changed the suggested mapping. */
  reasonTypes?: Record<string, ChurnType>;
}

export interface CustomerTableSummary {
  datasetId: string;
  shape: Shape;
  customers: number;
  churned: number;
  atRisk: number;
  churnRate: number;
  /** Rows of the data not in the table, with the reasons. */
  leftOut: number;
  leftOutDetail: { afterAsOf: number; noCustomer: number; noDate: number; dropped: number; duplicates: number };
  asOf: string;
  /** First and last date in the data's date roles (ISO), when it has any: the range for the as-of date. */
  dataFrom: string;
  dataTo: string;
  definition: ChurnDefinition;
  /** The definition in words, printed on every chart and export. */
  definitionText: string;
  unit: TimeUnit;
  returns: 'net' | 'drop';
  /** How attributes were reduced to one value per customer. */
  attributeRule: string;
  columns: string[];
  /** Reason value → churn type, as applied (when there is a reason column). */
  reasonTypes?: Record<string, ChurnType>;
  issues: Issue[];
}

export interface ChurnCountResult {
  count: number;
  churned: number;
  rate: number;
}

export interface PeriodChurnResult {
  /** ISO dates; the period is [start, end]. */
  start: string;
  end: string;
  /** Customers there at the start: the base of the rates. */
  atStart: number;
  lost: number;
  gained: number;
  /** New customers who also churned within the period. */
  lostNew: number;
  atEnd: number;
  churnRate: number;
  retentionRate: number;
  grossChange: number;
  netChange: number;
}

export interface ValueTierResult {
  name: 'A' | 'B' | 'C';
  customers: number;
  churned: number;
  churnRate: number;
  valueShare: number;
  minValue: number;
  maxValue: number;
}

export interface ChurnOverview {
  definitionText: string;
  asOf: string;
  customers: number;
  churned: number;
  atRisk: number;
  churnRate: number;
  period: PeriodChurnResult | null;
  monthly: {
    months: string[];
    atStart: number[];
    lost: number[];
    gained: number[];
    churnRate: number[];
    meanMonthlyRate: number;
    annualised: number;
  } | null;
  tiers: {
    shares: [number, number, number];
    tiers: ValueTierResult[];
    overallChurnRate: number;
    pareto: { customerShare: number[]; valueShare: number[]; top20Share: number; negatives: number; missing: number };
  } | null;
  /** Why a part is missing (e.g. a snapshot without dates has no period churn). */
  unavailable: { period?: string; monthly?: string; tiers?: string };
}

export interface AttributeChurnResult {
  column: string;
  definitionText: string;
  asOf: string;
  overall: ChurnCountResult;
  groups: (ChurnCountResult & { label: string; low: number; high: number; riskRatio: number })[];
  missing: number;
}

export type WarningRule =
  | { kind: 'declining'; months: number }
  | { kind: 'below'; threshold: number; months: number }
  | { kind: 'seasonal'; years: number }
  | { kind: 'overdue'; factor: number };

/**
 * Why a rule fired for a customer, as data the UI words in its language. Amounts are rounded to
 * cents; months are 'YYYY-MM' labels; dates are 'YYYY-MM-DD'.
 */
export type WarningEvidence =
  | { kind: 'declining'; months: number; path: number[]; from: string; to: string }
  | { kind: 'below'; threshold: number; months: number; path: number[]; from: string; to: string }
  | { kind: 'seasonal'; skipped: SkippedSeason[] }
  | { kind: 'overdue'; days: number; since: string; factor: number; usualGap: number };

/** A month bought in the earlier years and not this year: month 0–11 of `year`. */
export interface SkippedSeason {
  month: number;
  year: number;
  /** The earlier years it was bought in, oldest first. */
  earlier: number[];
  /** Revenue in that month a year ago. */
  lastYear: number;
}

export interface FlaggedCustomer {
  customerId: string;
  rules: WarningRule['kind'][];
  valueAtStake: number;
  lastDate: string;
  /** One English sentence per fired rule, as exports write it. */
  evidence: string[];
  /** The same, as data (`evidence[i]` words `details[i]`). */
  details: WarningEvidence[];
  /** Revenue in the last complete months (oldest first), for a sparkline. */
  recentRevenue: number[];
}

export interface WarningList {
  definitionText: string;
  asOf: string;
  rules: WarningRule[];
  months: string[];
  flagged: FlaggedCustomer[];
}

export interface DefinitionComparison {
  asOf: string;
  definitions: { definition: ChurnDefinition; text: string; churned: number; rate: number }[];
  /** For each pair (a, b): customers churned under one and not the other. */
  disagreements: { a: number; b: number; count: number }[];
  /** Customers on whom at least two definitions disagree (the first 500). */
  customers: { customerId: string; churned: boolean[] }[];
  disagreeingTotal: number;
}

export type CohortPeriod = 'week' | 'month' | 'quarter' | 'year';
export type RetentionMeasure = 'active' | 'retained' | 'revenue';

export interface RetentionTriangleOptions {
  period: CohortPeriod;
  measure: RetentionMeasure;
  /** Calendar periods, or rolling windows from each customer's own first purchase. */
  windows?: 'calendar' | 'rolling';
  /** Cohorts smaller than this are flagged and left out of the averages. */
  minCohortSize?: number;
  /** A triangle per value of this attribute (at most 12, the rest pooled as "other"). */
  breakdown?: string;
  /**
   * Cohorts from this attribute instead of the first purchase: its values (a category), or the
   * period of its dates (e.g. a sign-up date). Periods still count from each customer's start.
   */
  cohortBy?: string;
}

export interface RetentionCohortResult {
  label: string;
  size: number;
  small: boolean;
  /** Customers (active, retained) or revenue per period since the cohort start. */
  counts: number[];
  /** Rates: counts ÷ size, or revenue ÷ period-0 revenue. */
  values: number[];
  /** Whether period k had ended by the as-of date; unobserved cells are partial. */
  observed: boolean[];
  low: number[];
  high: number[];
}

export interface RetentionTriangleSet {
  group: string | null;
  cohorts: RetentionCohortResult[];
  average: { simple: number[]; weighted: number[] };
}

export interface RetentionTriangleResult {
  definitionText: string;
  asOf: string;
  period: CohortPeriod;
  measure: RetentionMeasure;
  windows: 'calendar' | 'rolling';
  minCohortSize: number;
  /** One triangle, or one per breakdown value. */
  triangles: RetentionTriangleSet[];
  pooled: string[];
  /** How customers were counted, when it differs from purchases (e.g. a snapshot). */
  note?: string;
}

export interface SurvivalOptions {
  /** Unit of durations: days, weeks or months (default months). */
  unit?: TimeUnit;
  /** A curve per value of this attribute (at most 12, the rest pooled as "other"), with the log-rank test. */
  group?: string;
  /** Only customers whose attribute values are among these. */
  filters?: { column: string; in: string[] }[];
  /** Times (in `unit`) at which to report S(t). */
  times?: number[];
  /** Interval scale: log-log (default, as lifelines) or log (as R survfit). */
  ci?: 'log-log' | 'log';
}

export interface SurvivalCurveResult {
  /** The group's value; 'all customers' for the one curve when there is no grouping (see whole). */
  name: string;
  /** The one curve of all customers (no grouping): the app words its name in the reader's language. */
  whole?: boolean;
  n: number;
  events: number;
  median: number;
  /** 95 % interval of the median (Brookmeyer–Crowley); Infinity = not reached. */
  medianCI: [number, number];
  /** The step curve: at each distinct time, S(t) and its interval, with at-risk and censored counts. */
  curve: {
    times: number[];
    survival: number[];
    lower: number[];
    upper: number[];
    atRisk: number[];
    censored: number[];
    events: number[];
  };
  /** S(t) at the requested times. */
  times: number[];
  survival: number[];
  lower: number[];
  upper: number[];
  atRisk: number[];
}

export interface SurvivalResult {
  definitionText: string;
  asOf: string;
  unit: TimeUnit;
  ci: 'log-log' | 'log';
  /** How duration and the event were read, in words. */
  durationText: string;
  groups: SurvivalCurveResult[];
  pooled: string[];
  logrank: { chi2: number; df: number; p: number; observed: number[]; expected: number[] } | null;
  /** Customers without a usable duration (no dates or tenure), left out. */
  dropped: number;
}

export interface ProjectionOptions {
  /**
   * What to fit: the Kaplan–Meier survival of the customer table at whole periods of
   * `periodDays`, or two columns of the loaded data (a period number and the number or % alive).
   */
  source: { kind: 'survival'; periodDays: number } | { kind: 'columns'; period: string; survivors: string };
  /** Periods 0 … fitPeriods are used to fit; the rest are held out. */
  fitPeriods: number;
  /** Project S(t) up to this period. */
  horizon: number;
  /** Discount rate per period for the expected lifetime (0 = none). */
  discount?: number;
}

export interface ProjectionResult {
  source: string;
  alpha: number;
  beta: number;
  logLikelihood: number;
  converged: boolean;
  fitPeriods: number;
  /** Observed share alive at each period (from 0), as far as the data goes. */
  observed: number[];
  /** Projected share alive at periods 0 … horizon. */
  projected: number[];
  /** Projected retention rate r_t = S(t)/S(t−1) for t = 1 … horizon. */
  retention: number[];
  /** Expected periods a customer alive now stays, over the horizon (discounted if asked). */
  expectedLifetime: number;
  cohortSize: number;
}

export interface EngineApi {
  /** Reads, parses and types one or more files into a dataset held by the engine. */
  openDataset(
    files: SourceFile[],
    options?: ParseOptions,
    onProgress?: (p: Progress) => void,
  ): Promise<Result<DatasetSummary>>;
  /** Re-reads a dataset with changed options (delimiter, encoding, header, types, date order). */
  reparseDataset(
    id: string,
    options: ParseOptions,
    onProgress?: (p: Progress) => void,
  ): Promise<Result<DatasetSummary>>;
  /** Cancels the open or reparse in progress; it then resolves with a 'cancelled' issue. */
  cancel(): void;
  summary(id: string): Result<DatasetSummary>;
  /** Rows [start, start + count) as an Arrow IPC stream (transferred, not copied). */
  previewRows(id: string, start: number, count: number): Result<Uint8Array>;
  /** The file row number (as a spreadsheet shows it) of rows [start, start + count). */
  sourceRowNumbers(id: string, start: number, count: number): Result<Int32Array>;
  columnProfile(id: string, column: string): Result<ColumnProfile>;
  closeDataset(id: string): void;
  /** Builds (or rebuilds) the dataset's customer table: one row per customer, churn applied. */
  buildCustomerTable(id: string, spec: CustomerTableSpec): Result<CustomerTableSummary>;
  /** Customer-table rows [start, start + count) as Arrow IPC. */
  customerRows(id: string, start: number, count: number): Result<Uint8Array>;
  /**
   * The whole customer table as a file: CSV (formula-like cells neutralised) or Arrow IPC.
   * The CSV starts with "# " lines stating the definition and as-of date unless `plain`.
   */
  exportCustomerTable(id: string, format: 'csv' | 'arrow', plain?: boolean): Result<Uint8Array>;
  /** Churn KPIs of the current customer table: rates, period churn, monthly series, value tiers. */
  churnOverview(
    id: string,
    options?: { tierShares?: [number, number, number]; periodStart?: string; periodEnd?: string },
  ): Result<ChurnOverview>;
  /** Churn rate by the values of one attribute, with 95 % Wilson intervals and risk ratios. */
  churnByAttribute(id: string, column: string): Result<AttributeChurnResult>;
  /** Customers flagged by early-warning rules (any rule), with the evidence. */
  earlyWarnings(id: string, rules: WarningRule[]): Result<WarningList>;
  /** The early-warning list as CSV (formula-like cells neutralised, rules stated). */
  exportWarnings(id: string, rules: WarningRule[]): Result<Uint8Array>;
  /** Up to four definitions on the same customer table: counts and where they disagree. */
  compareDefinitions(id: string, definitions: ChurnDefinition[]): Result<DefinitionComparison>;
  /** Cohort retention triangle (transaction logs): active, retained or revenue retention. */
  retentionTriangle(id: string, options: RetentionTriangleOptions): Result<RetentionTriangleResult>;
  /** Kaplan–Meier survival of the customer table, optionally by group with the log-rank test. */
  survival(id: string, options?: SurvivalOptions): Result<SurvivalResult>;
  /** Shifted-beta-geometric fit (Fader & Hardie 2007) of survival by period, projected forward. */
  retentionProjection(id: string, options: ProjectionOptions): Result<ProjectionResult>;
}
