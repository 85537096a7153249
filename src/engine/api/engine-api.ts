/**
 * The engine's contract. Everything the UI, the command line and the tests may ask of the
 * engine is here; the same object runs directly (Node, tests) and behind Comlink in a worker.
 * Expected failures come back as `{ ok: false, issues }`, never as thrown errors.
 */
import type { Result } from './issues.ts';
import type { ColumnProfile, DatasetSummary, ParseOptions, Progress, SourceFile } from './dataset.ts';
import type { CustomerTableSpec, CustomerTableSummary } from './customer-table.ts';
import type { AnalysisKind, OptionsOf, ResultOf } from './analyses.ts';
import type { WarningRule } from './early-warnings.ts';
import type { ExportFormat, ExportWords } from './exports.ts';
import type {
  CustomerFilter,
  CustomerSelection,
  FilterSummary,
  SelectedCustomers,
  SelectionSort,
} from './customer-selection.ts';

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
  /** Rows [start, start + count) as Arrow IPC; of a wide table only its first `columns` columns, if given. */
  previewRows(id: string, start: number, count: number, columns?: number): Result<Uint8Array>;
  /** The file row number (as a spreadsheet shows it) of rows [start, start + count). */
  sourceRowNumbers(id: string, start: number, count: number): Result<Int32Array>;
  columnProfile(id: string, column: string): Result<ColumnProfile>;
  closeDataset(id: string): void;
  /** Builds (or rebuilds) the dataset's customer table: one row per customer, churn applied. */
  buildCustomerTable(id: string, spec: CustomerTableSpec): Result<CustomerTableSummary>;
  /** Customer-table rows [start, start + count) as Arrow IPC. */
  customerRows(id: string, start: number, count: number): Result<Uint8Array>;
  /**
   * The whole customer table as a file: CSV (UTF-8 with BOM, formula-like cells neutralised,
   * the stamp in a trailing block), xlsx (typed cells, the stamp on a second sheet) or Arrow IPC.
   * Worded in English with machine column names unless `words` says otherwise. `rows`, when
   * given, are the customers to write (customer-table row numbers, in that order): a list such as
   * a quadrant's customers or a brushed selection.
   */
  exportCustomerTable(
    id: string,
    format: ExportFormat | 'arrow',
    words?: ExportWords,
    rows?: Int32Array,
  ): Result<Uint8Array>;
  /**
   * Runs one analysis (see Analyses for each kind's options and result). Per-customer arrays
   * in a result are typed arrays the engine does not keep, so a worker transfers them.
   */
  analyze<K extends AnalysisKind>(id: string, kind: K, options: OptionsOf<K>): Result<ResultOf<K>>;
  /**
   * `analyze`, with its long work (the k-means fits of clusters) done first in steps that report
   * progress and stop at `cancel()` — the result is then an 'analysis-cancelled' issue — and that
   * share the work with the helper threads. A newer call of the same kind cancels an older one.
   * A kind without such work answers as `analyze` does.
   */
  analyzeInSteps<K extends AnalysisKind>(
    id: string,
    kind: K,
    options: OptionsOf<K>,
    onProgress?: (p: AnalysisProgress) => void,
  ): Promise<Result<ResultOf<K>>>;
  /**
   * The early-warning list as CSV or xlsx (as exportCustomerTable writes them; the rules stated),
   * customers already churned included only when asked.
   */
  exportWarnings(
    id: string,
    rules: WarningRule[],
    format?: ExportFormat,
    words?: ExportWords,
    includeChurned?: boolean,
  ): Result<Uint8Array>;
  /**
   * Sets (null: clears) the workbook-wide filter: from then on every analysis, row and export
   * reads only the customers it keeps, and every result's stamp carries it. Kept across rebuilds.
   */
  setCustomerFilter(id: string, filter: CustomerFilter | null): Result<FilterSummary>;
  /** The customers behind a number: rows [start, start + count) of those the selection holds, sorted as asked. */
  selectedCustomers(
    id: string,
    selection: CustomerSelection,
    start: number,
    count: number,
    sort?: SelectionSort,
  ): Result<SelectedCustomers>;
  /** Those customers as a file, as exportCustomerTable writes the table, the selection and filter stated. */
  exportSelectedCustomers(
    id: string,
    selection: CustomerSelection,
    format: ExportFormat,
    words?: ExportWords,
    sort?: SelectionSort,
  ): Result<Uint8Array>;
}

const methods: Record<keyof EngineApi, true> = {
  openDataset: true,
  reparseDataset: true,
  cancel: true,
  summary: true,
  previewRows: true,
  sourceRowNumbers: true,
  columnProfile: true,
  closeDataset: true,
  buildCustomerTable: true,
  customerRows: true,
  exportCustomerTable: true,
  analyze: true,
  analyzeInSteps: true,
  exportWarnings: true,
  setCustomerFilter: true,
  selectedCustomers: true,
  exportSelectedCustomers: true,
};
/** Every method of the engine (a method missing here is a compile error): adapters derive from it. */
export const ENGINE_METHODS = Object.keys(methods) as (keyof EngineApi)[];

type Methods = Exclude<keyof EngineApi, 'analyze' | 'analyzeInSteps'>;

/**
 * The engine as seen from another thread: every answer is a promise. The state layer and the
 * tests' fakes speak this; `analyze` keeps its kind-to-result typing.
 */
export type RemoteEngine = {
  [M in Methods]: (...args: Parameters<EngineApi[M]>) => Promise<Awaited<ReturnType<EngineApi[M]>>>;
} & {
  analyze<K extends AnalysisKind>(id: string, kind: K, options: OptionsOf<K>): Promise<Result<ResultOf<K>>>;
  analyzeInSteps<K extends AnalysisKind>(
    id: string,
    kind: K,
    options: OptionsOf<K>,
    onProgress?: (p: AnalysisProgress) => void,
  ): Promise<Result<ResultOf<K>>>;
};

/** The kinds whose long work runs in steps (analyzeInSteps: progress, cancel, helper threads). */
export const STEPPED_ANALYSES = ['clusters'] as const satisfies readonly AnalysisKind[];

/** How far an analysis's steps are: step `done` of `total` (a k of the range), `part` of the way through it (0–1). */
export interface AnalysisProgress {
  kind: AnalysisKind;
  done: number;
  total: number;
  part: number;
}
