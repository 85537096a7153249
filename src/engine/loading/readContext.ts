/** Progress reporting (throttled) and cancellation points for one open or reparse. */
import type { AnalysisKind, AnalysisProgress, Progress } from '../api.ts';
import { CancelledError, type ReadContext } from '../../data/rawTable.ts';
import type { HelperPool } from '../../data/parallel/parts.ts';

const PROGRESS_INTERVAL_MS = 100;

/** A macrotask turn, so a cancel message can arrive; setImmediate in Node, a port elsewhere. */
function nextTurn(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  return new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      r();
    };
    channel.port2.postMessage(null);
  });
}

export class Job {
  cancelled = false;
  private last = 0;
  private lastPhase: Progress['phase'] | null = null;
  constructor(
    private readonly onProgress?: (p: Progress) => void,
    public helpers?: HelperPool,
  ) {}

  cancel(): void {
    this.cancelled = true;
  }

  /** From now on this job reads and types on its own thread (a helper failed). */
  dropHelpers(): void {
    this.helpers = undefined;
  }

  context(fileName: string, totalBytes: number): ReadContext {
    return {
      fileName,
      totalBytes,
      helpers: this.helpers,
      progress: (p) => this.report({ ...p, totalBytes, file: fileName }),
      checkpoint: async () => {
        await nextTurn();
        if (this.cancelled) throw new CancelledError();
      },
    };
  }

  /**
   * The checkpoint of an analysis's steps (engine/analyses/analysis.ts AnalysisSteps): progress
   * told at most every PROGRESS_INTERVAL_MS, then a turn of the event loop, so a cancel gets in.
   */
  stepCheckpoint(
    kind: AnalysisKind,
    onProgress?: (p: AnalysisProgress) => void,
  ): (done: number, total: number, part?: number) => Promise<void> {
    let last = -Infinity;
    return async (done, total, part = 0) => {
      const now = Date.now();
      if (onProgress && now - last >= PROGRESS_INTERVAL_MS) {
        last = now;
        void Promise.resolve(onProgress({ kind, done, total, part })).catch(() => undefined);
      }
      await nextTurn();
      if (this.cancelled) throw new CancelledError();
    };
  }

  report(p: Progress, force = false): void {
    if (!this.onProgress) return;
    const now = Date.now();
    // A new phase is always reported; within a phase, at most every PROGRESS_INTERVAL_MS.
    if (!force && p.phase === this.lastPhase && now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    this.lastPhase = p.phase;
    void Promise.resolve(this.onProgress(p)).catch(() => undefined);
  }
}
