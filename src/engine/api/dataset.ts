/** A loaded dataset: its files, columns, types, roles and profiles. */
import type { Issue } from './issues.ts';

/** Records keyed by column names, for every layer (see core/columns/keyedRecord.ts). */
export { keyedRecord, ownValue, withKey } from '../../core/columns/keyedRecord.ts';

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
  'cost',
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

export type Shape = 'transactions' | 'customers' | 'unknown';
export type FileFormat = 'delimited' | 'xlsx' | 'xls' | 'spreadsheetml' | 'html-table' | 'parquet' | 'arrow' | 'json';
/**
 * The text encodings a file can be read in, as TextDecoder labels (the browser's and Node's
 * decoders know each by this name): Unicode, GB18030/GBK (Simplified Chinese), Big5
 * (Traditional Chinese), Shift_JIS (Japanese) and Windows-1252 (Western European Excel, a
 * superset of Latin-1).
 */
export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export type DateOrder = 'dmy' | 'mdy';

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

/** A yes/no column's format: how the data writes yes and no ("Yes/No", "1/0", "是/否"). */
export function booleanFormat(yes: string, no: string): string {
  return `${yes}/${no}`;
}

/** The yes and no texts a boolean column's format names (booleanFormat), or null for another format. */
export function booleanSpelling(format: string | undefined): { yes: string; no: string } | null {
  const slash = format?.indexOf('/') ?? -1;
  if (!format || slash < 0 || format.indexOf('/', slash + 1) >= 0) return null;
  return { yes: format.slice(0, slash), no: format.slice(slash + 1) };
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
