/**
 * The open dataset and the load in progress. A failed or cancelled load never replaces what
 * is already open: the previous summary stays until a new one arrives.
 */
import type { ColumnProfile, DatasetSummary, Issue, ParseOptions, Progress, Result } from '../engine/api.ts';
import type { DatasetEngine } from './datasetEngine.ts';

export interface LoadProgress extends Progress {
  name: string;
  rowsPerSecond: number;
}

export type LoadOutcome = 'loaded' | 'failed' | 'cancelled';

export class Session {
  summary = $state.raw<DatasetSummary | null>(null);
  progress = $state.raw<LoadProgress | null>(null);
  /** Issues of the last failed load (or a 'cancelled' note), shown until the next load. */
  errors = $state.raw<Issue[]>([]);
  loading = $derived(this.progress !== null);

  #engine: DatasetEngine;
  #now: () => number;

  constructor(engine: DatasetEngine, now: () => number = () => performance.now()) {
    this.#engine = engine;
    this.#now = now;
  }

  open(files: File[], options: ParseOptions = {}): Promise<LoadOutcome> {
    const name = files.length === 1 ? files[0].name : `${files[0]?.name ?? ''} + ${files.length - 1}`;
    const sources = files.map((f) => ({ name: f.name, blob: f }));
    return this.#load(name, (onProgress) => this.#engine.open(sources, options, onProgress), true);
  }

  reparse(options: ParseOptions): Promise<LoadOutcome> {
    const current = this.summary;
    if (!current) return Promise.resolve('failed');
    return this.#load(current.name, (onProgress) => this.#engine.reparse(current.id, options, onProgress), false);
  }

  cancel(): Promise<void> {
    return this.#engine.cancel();
  }

  dismissErrors() {
    this.errors = [];
  }

  previewRows(start: number, count: number): Promise<Result<Uint8Array>> | null {
    return this.summary ? this.#engine.previewRows(this.summary.id, start, count) : null;
  }

  columnProfile(column: string): Promise<Result<ColumnProfile>> | null {
    return this.summary ? this.#engine.columnProfile(this.summary.id, column) : null;
  }

  async #load(
    name: string,
    start: (onProgress: (p: Progress) => void) => Promise<Result<DatasetSummary>>,
    replacesDataset: boolean,
  ): Promise<LoadOutcome> {
    const began = this.#now();
    this.errors = [];
    this.progress = { phase: 'reading', bytes: 0, totalBytes: 0, rows: 0, name, rowsPerSecond: 0 };
    let result: Result<DatasetSummary>;
    try {
      result = await start((p) => {
        const seconds = (this.#now() - began) / 1000;
        this.progress = { ...p, name, rowsPerSecond: seconds > 0 ? p.rows / seconds : 0 };
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      result = { ok: false, issues: [{ severity: 'error', code: 'unreadable', message }] };
    }
    this.progress = null;
    if (!result.ok) {
      this.errors = result.issues;
      return result.issues.some((i) => i.code === 'cancelled') ? 'cancelled' : 'failed';
    }
    const previous = this.summary;
    this.summary = result.value;
    if (replacesDataset && previous && previous.id !== result.value.id) void this.#engine.closeDataset(previous.id);
    return 'loaded';
  }
}
