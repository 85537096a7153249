/** What the UI state needs from the engine, always asynchronous, so tests can hand in a fake. */
import type {
  AttributeChurnResult,
  ChurnDefinition,
  ChurnOverview,
  ColumnProfile,
  CustomerTableSpec,
  CustomerTableSummary,
  DatasetSummary,
  DefinitionComparison,
  ParseOptions,
  Progress,
  ProjectionOptions,
  ProjectionResult,
  Result,
  RetentionTriangleOptions,
  RetentionTriangleResult,
  SourceFile,
  SurvivalOptions,
  SurvivalResult,
  WarningList,
  WarningRule,
} from '../engine/api.ts';
import { openDataset, reparseDataset, type EngineClient } from '../client/engineClient.ts';

export interface DatasetEngine {
  open(files: SourceFile[], options: ParseOptions, onProgress: (p: Progress) => void): Promise<Result<DatasetSummary>>;
  reparse(id: string, options: ParseOptions, onProgress: (p: Progress) => void): Promise<Result<DatasetSummary>>;
  cancel(): Promise<void>;
  previewRows(id: string, start: number, count: number): Promise<Result<Uint8Array>>;
  sourceRowNumbers(id: string, start: number, count: number): Promise<Result<Int32Array>>;
  columnProfile(id: string, column: string): Promise<Result<ColumnProfile>>;
  closeDataset(id: string): Promise<void>;
}

/** The churn analyses of a dataset's customer table (see EngineApi for what each one means). */
export interface ChurnEngine {
  buildCustomerTable(id: string, spec: CustomerTableSpec): Promise<Result<CustomerTableSummary>>;
  exportCustomerTable(id: string, format: 'csv' | 'arrow'): Promise<Result<Uint8Array>>;
  churnOverview(id: string, options: { tierShares?: [number, number, number] }): Promise<Result<ChurnOverview>>;
  churnByAttribute(id: string, column: string): Promise<Result<AttributeChurnResult>>;
  earlyWarnings(id: string, rules: WarningRule[]): Promise<Result<WarningList>>;
  exportWarnings(id: string, rules: WarningRule[]): Promise<Result<Uint8Array>>;
  compareDefinitions(id: string, definitions: ChurnDefinition[]): Promise<Result<DefinitionComparison>>;
  retentionTriangle(id: string, options: RetentionTriangleOptions): Promise<Result<RetentionTriangleResult>>;
  survival(id: string, options: SurvivalOptions): Promise<Result<SurvivalResult>>;
  retentionProjection(id: string, options: ProjectionOptions): Promise<Result<ProjectionResult>>;
}

export function workerEngine(engine: EngineClient): DatasetEngine & ChurnEngine {
  return {
    open: (files, options, onProgress) => openDataset(engine, files, options, onProgress),
    reparse: (id, options, onProgress) => reparseDataset(engine, id, options, onProgress),
    cancel: () => engine.cancel(),
    previewRows: (id, start, count) => engine.previewRows(id, start, count),
    sourceRowNumbers: (id, start, count) => engine.sourceRowNumbers(id, start, count),
    columnProfile: (id, column) => engine.columnProfile(id, column),
    closeDataset: (id) => engine.closeDataset(id),
    buildCustomerTable: (id, spec) => engine.buildCustomerTable(id, spec),
    exportCustomerTable: (id, format) => engine.exportCustomerTable(id, format),
    churnOverview: (id, options) => engine.churnOverview(id, options),
    churnByAttribute: (id, column) => engine.churnByAttribute(id, column),
    earlyWarnings: (id, rules) => engine.earlyWarnings(id, rules),
    exportWarnings: (id, rules) => engine.exportWarnings(id, rules),
    compareDefinitions: (id, definitions) => engine.compareDefinitions(id, definitions),
    retentionTriangle: (id, options) => engine.retentionTriangle(id, options),
    survival: (id, options) => engine.survival(id, options),
    retentionProjection: (id, options) => engine.retentionProjection(id, options),
  };
}
