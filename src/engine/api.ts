/**
 * The engine's contract. Everything the UI, the command line and the tests may ask of the
 * engine is here; the same object runs directly (Node, tests) and behind Comlink in a worker.
 * Expected failures come back as `{ ok: false, issues }`, never as thrown errors.
 */

export type ColumnType =
  'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'categorical' | 'text' | 'identifier';

export const COLUMN_TYPES: readonly ColumnType[] = [
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'categorical',
  'text',
  'identifier',
];

export type Role =
  | 'customer_id'
  | 'date'
  | 'amount'
  | 'quantity'
  | 'price'
  | 'signup_date'
  | 'churn_date'
  | 'churn_flag'
  | 'tenure'
  | 'reason'
  | 'value'
  | 'attribute'
  | 'ignore';

export const ROLES: readonly Role[] = [
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
];

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
  | 'sheet-missing';

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Anything with the Blob reading interface: a browser File, a Node Blob from fs.openAsBlob. */
export interface BlobLike {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
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
}
