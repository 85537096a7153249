/**
 * One analysis asked of the engine, for one cell: the newest answer wins (an older one that
 * arrives later is dropped), `busy` while one is on its way, and either a result or the issues
 * that explain why there is none. An analysis the engine runs in steps (clusters) tells its
 * `progress` meanwhile and can be cancelled; its earlier result stays.
 */
import type { AnalysisKind, AnalysisProgress, Issue, OptionsOf, Result, ResultOf } from '../engine/api.ts';

/** Runs the analysis, or answers null when there is nothing to ask yet (no customer table). */
export type AskEngine<K extends AnalysisKind> = (
  options: OptionsOf<K>,
  onProgress: (p: AnalysisProgress) => void,
) => Promise<Result<ResultOf<K>>> | null;

export class AnalysisQuery<K extends AnalysisKind> {
  result = $state.raw<ResultOf<K> | null>(null);
  issues = $state.raw<Issue[]>([]);
  busy = $state(false);
  /** How far the answer on its way is, when the engine tells (an analysis in steps). */
  progress = $state.raw<AnalysisProgress | null>(null);
  readonly kind: K;
  #askEngine: AskEngine<K>;
  #cancel: (() => Promise<void>) | null;
  #sequence = 0;

  constructor(kind: K, askEngine: AskEngine<K>, cancel: (() => Promise<void>) | null = null) {
    this.kind = kind;
    this.#askEngine = askEngine;
    this.#cancel = cancel;
  }

  /** Whether the answer on its way can be cancelled. */
  get cancellable(): boolean {
    return this.#cancel !== null;
  }

  /** Stops the answer on its way: it then comes as an 'analysis-cancelled' issue, the last result kept. */
  cancel(): Promise<void> {
    return this.busy && this.#cancel ? this.#cancel() : Promise.resolve();
  }

  /**
   * Asks with these options (a plain copy crosses to the worker); null clears the query. Resolves
   * when this request's answer is in, or was overtaken by a newer one.
   */
  async ask(options: OptionsOf<K> | null): Promise<void> {
    const sequence = ++this.#sequence;
    const onProgress = (p: AnalysisProgress) => {
      if (sequence === this.#sequence) this.progress = p;
    };
    const pending = options === null ? null : this.#askEngine($state.snapshot(options) as OptionsOf<K>, onProgress);
    this.progress = null;
    if (!pending) {
      this.result = null;
      this.issues = [];
      this.busy = false;
      return;
    }
    this.busy = true;
    const answer = await pending;
    if (sequence !== this.#sequence) return;
    this.busy = false;
    this.progress = null;
    const cancelled = !answer.ok && answer.issues.every((i) => i.code === 'analysis-cancelled');
    // A cancelled fit keeps the result shown before it, with the note beside it.
    if (!cancelled) this.result = answer.ok ? answer.value : null;
    this.issues = answer.ok ? [] : answer.issues;
  }
}
