/**
 * One analysis asked of the engine, for one cell: the newest answer wins (an older one that
 * arrives later is dropped), `busy` while one is on its way, and either a result or the issues
 * that explain why there is none.
 */
import type { AnalysisKind, Issue, OptionsOf, Result, ResultOf } from '../engine/api.ts';

/** Runs the analysis, or answers null when there is nothing to ask yet (no customer table). */
export type AskEngine<K extends AnalysisKind> = (options: OptionsOf<K>) => Promise<Result<ResultOf<K>>> | null;

export class AnalysisQuery<K extends AnalysisKind> {
  result = $state.raw<ResultOf<K> | null>(null);
  issues = $state.raw<Issue[]>([]);
  busy = $state(false);
  readonly kind: K;
  #askEngine: AskEngine<K>;
  #sequence = 0;

  constructor(kind: K, askEngine: AskEngine<K>) {
    this.kind = kind;
    this.#askEngine = askEngine;
  }

  /**
   * Asks with these options (a plain copy crosses to the worker); null clears the query. Resolves
   * when this request's answer is in, or was overtaken by a newer one.
   */
  async ask(options: OptionsOf<K> | null): Promise<void> {
    const sequence = ++this.#sequence;
    const pending = options === null ? null : this.#askEngine($state.snapshot(options) as OptionsOf<K>);
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
    this.result = answer.ok ? answer.value : null;
    this.issues = answer.ok ? [] : answer.issues;
  }
}
