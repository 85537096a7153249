/**
 * The open dataset and the load in progress. A failed or cancelled load never replaces what
 * is already open: the previous summary stays until a new one arrives.
 */
import type { ColumnProfile, DatasetSummary, Issue, ParseOptions, Progress, Result } from '../engine/api.ts';
import type { DatasetEngine } from './datasetEngine.ts';
import type { TakeoverCause, TakeoverEvent } from '../client/engineSupervisor.ts';
import { ProgressTally } from './progressTally.ts';

export interface LoadProgress extends Progress {
  name: string;
  rowsPerSecond: number;
}

/** Reactive proxies cannot cross postMessage; the engine gets a plain copy. */
const plain = (options: ParseOptions): ParseOptions => $state.snapshot(options) as ParseOptions;

export type LoadOutcome = 'loaded' | 'failed' | 'cancelled';

export class Session {
  summary = $state.raw<DatasetSummary | null>(null);
  progress = $state.raw<LoadProgress | null>(null);
  /** Issues of the last failed load (or a 'cancelled' note), shown until the next load. */
  errors = $state.raw<Issue[]>([]);
  loading = $derived(this.progress !== null);
  /**
   * Names of the datasets a fresh engine is re-opening: the one before could not stop in time
   * after a Cancel and was ended. Calls made meanwhile wait for it; nothing needs to be disabled.
   */
  restoring = $state.raw<string[] | null>(null);
  /** Why the engine was restarted: a Cancel it could not honour in time, or it stopped by itself. */
  restoringCause = $state.raw<TakeoverCause>('cancel');

  #engine: DatasetEngine;
  #now: () => number;

  constructor(engine: DatasetEngine, now: () => number = () => performance.now()) {
    this.#engine = engine;
    this.#now = now;
  }

  open(files: File[], options: ParseOptions = {}): Promise<LoadOutcome> {
    const name = files.length === 1 ? files[0].name : `${files[0]?.name ?? ''} + ${files.length - 1}`;
    const sources = files.map((f) => ({ name: f.name, blob: f }));
    const tally = new ProgressTally(files);
    return this.#load(name, tally, (onProgress) => this.#engine.openDataset(sources, plain(options), onProgress), true);
  }

  reparse(options: ParseOptions): Promise<LoadOutcome> {
    const current = this.summary;
    if (!current) return Promise.resolve('failed');
    const tally = new ProgressTally(current.files);
    return this.#load(
      current.name,
      tally,
      (onProgress) => this.#engine.reparseDataset(current.id, plain(options), onProgress),
      false,
    );
  }

  cancel(): Promise<void> {
    return this.#engine.cancel();
  }

  /** What the engine's supervisor says while a fresh engine takes over the open dataset. */
  takeover(event: TakeoverEvent): void {
    if (event.kind === 'restoring') {
      this.restoring = event.names;
      this.restoringCause = event.cause;
    } else if (event.kind === 'restored') this.restoring = null;
    else {
      this.restoring = null;
      if (this.summary?.id === event.id) this.summary = null;
      // A thread that stopped by itself says so in its own issue (engine-stopped-lost).
      if (event.cause === 'stopped') {
        this.errors = [...this.errors, ...event.issues];
        return;
      }
      const lost: Issue = {
        severity: 'error',
        code: 'dataset-lost',
        params: { name: event.name },
        message: `The engine had to be restarted to stop, and ${event.name} could not be read again (was the file moved or changed?). Open it again.`,
      };
      this.errors = [lost, ...event.issues];
    }
  }

  dismissErrors() {
    this.errors = [];
  }

  sourceRowNumbers(start: number, count: number): Promise<Result<Int32Array>> | null {
    return this.summary ? this.#engine.sourceRowNumbers(this.summary.id, start, count) : null;
  }

  previewRows(start: number, count: number, columns?: number): Promise<Result<Uint8Array>> | null {
    return this.summary ? this.#engine.previewRows(this.summary.id, start, count, columns) : null;
  }

  columnProfile(column: string): Promise<Result<ColumnProfile>> | null {
    return this.summary ? this.#engine.columnProfile(this.summary.id, column) : null;
  }

  async #load(
    name: string,
    tally: ProgressTally,
    start: (onProgress: (p: Progress) => void) => Promise<Result<DatasetSummary>>,
    replacesDataset: boolean,
  ): Promise<LoadOutcome> {
    const began = this.#now();
    this.errors = [];
    this.progress = { phase: 'reading', bytes: 0, totalBytes: tally.totalBytes, rows: 0, name, rowsPerSecond: 0 };
    let result: Result<DatasetSummary>;
    let answered = false;
    try {
      result = await start((p) => {
        if (answered) return;
        const seconds = (this.#now() - began) / 1000;
        const overall = tally.add(p);
        this.progress = { ...p, ...overall, name, rowsPerSecond: seconds > 0 ? overall.rows / seconds : 0 };
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      result = { ok: false, issues: [{ severity: 'error', code: 'unreadable', message }] };
    }
    answered = true;
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
