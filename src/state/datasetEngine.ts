/** What the UI state needs from the engine, always asynchronous, so tests can hand in a fake. */
import type { ColumnProfile, DatasetSummary, ParseOptions, Progress, Result, SourceFile } from '../engine/api.ts';
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

export function workerEngine(engine: EngineClient): DatasetEngine {
  return {
    open: (files, options, onProgress) => openDataset(engine, files, options, onProgress),
    reparse: (id, options, onProgress) => reparseDataset(engine, id, options, onProgress),
    cancel: () => engine.cancel(),
    previewRows: (id, start, count) => engine.previewRows(id, start, count),
    sourceRowNumbers: (id, start, count) => engine.sourceRowNumbers(id, start, count),
    columnProfile: (id, column) => engine.columnProfile(id, column),
    closeDataset: (id) => engine.closeDataset(id),
  };
}
