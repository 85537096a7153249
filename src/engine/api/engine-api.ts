/**
 * The engine's contract. Everything the UI, the command line and the tests may ask of the
 * engine is here; the same object runs directly (Node, tests) and behind Comlink in a worker.
 * Expected failures come back as `{ ok: false, issues }`, never as thrown errors.
 */
import type { Result } from './issues.ts';
import type { ColumnProfile, DatasetSummary, ParseOptions, Progress, SourceFile } from './dataset.ts';
import type { ChurnDefinition, CustomerTableSpec, CustomerTableSummary } from './customer-table.ts';
import type { ChurnOverview } from './churn-kpis.ts';
import type { AttributeChurnResult } from './churn-by-attribute.ts';
import type { WarningList, WarningRule } from './early-warnings.ts';
import type { DefinitionComparison } from './definition-lab.ts';
import type { RetentionTriangleOptions, RetentionTriangleResult } from './retention-triangle.ts';
import type { SurvivalOptions, SurvivalResult } from './survival.ts';
import type { ProjectionOptions, ProjectionResult } from './retention-projection.ts';

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
