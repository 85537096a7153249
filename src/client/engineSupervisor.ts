/**
 * The engine's thread, watched. Cancel first asks the engine to stop (it does, at its next
 * checkpoint); a thread still busy with a load or a customer-table build after a short grace
 * (stuck in a synchronous step: unzipping, one long scan, the build itself) is ended and a fresh
 * one started. The datasets lived in the old thread, so the fresh one re-opens each from the
 * files and parse options it was last read with, and rebuilds its customer table; calls made
 * meanwhile wait for that and are then answered as before. Dataset ids stay the ones the app
 * knows: the thread's own ids are translated here.
 *
 * Why re-open rather than keep a copy in a second thread: a second copy doubles the memory of
 * every dataset (and the part scanners each engine thread starts) for the rare stuck cancel,
 * and the build of a customer table, which is synchronous, cannot be stopped without ending the
 * thread that holds the data anyway. The files are still at hand (Files and Blobs stay
 * readable), and a file that has changed on disk since fails to read, rather than reading as
 * something else; that dataset is then reported lost.
 *
 * A thread that stops by itself (out of memory, its script failing, silent: see threadWatch.ts)
 * is replaced the same way, and every call it had not answered is answered 'engine-stopped'
 * (not asked again: it may be what stopped the thread). Should the fresh thread stop too while
 * it re-opens the datasets, they are not re-opened again but reported lost.
 */
import type {
  CustomerTableSpec,
  DatasetSummary,
  ParseOptions,
  RemoteEngine,
  Result,
  SourceFile,
} from '../engine/api.ts';
import { ENGINE_METHODS } from '../engine/api.ts';
import { cancelledResult, engineStoppedLost, stoppedResult } from './engineAnswers.ts';
import type { EngineThread, SupervisorOptions, TakeoverCause, TakeoverEvent, ThreadStart } from './supervision.ts';

export { cancelledResult };

export type { EngineThread, SupervisorOptions, TakeoverCause, TakeoverEvent, ThreadStart } from './supervision.ts';

/** A load, build or analysis in steps ends with these when cancelled; other calls are asked again after a takeover. */
const STOPPABLE = new Set<string>(['openDataset', 'reparseDataset', 'buildCustomerTable', 'analyzeInSteps']);
/** Where a stoppable call's progress callback is among its arguments. */
const PROGRESS_ARGUMENT: Record<string, number> = { analyzeInSteps: 3 };
/** Methods whose first argument is a dataset id. */
const BY_ID = new Set<string>(ENGINE_METHODS.filter((m) => m !== 'openDataset' && m !== 'cancel'));

export const DEFAULT_GRACE_MS = 400;

const REPLACED = Symbol('replaced');

interface Call {
  method: string;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Cancel was pressed while it ran: Cancel wins, whatever the engine answers. */
  cancelled?: boolean;
}

interface KeptDataset {
  name: string;
  files: SourceFile[];
  options: ParseOptions;
  spec?: CustomerTableSpec;
}

export class EngineSupervisor {
  /** The engine as the state layer speaks to it; it survives the threads behind it. */
  readonly engine: RemoteEngine;
  #start: ThreadStart;
  #thread: EngineThread;
  /** Settles when the current thread is replaced (a re-opening in it then gives up). */
  #replaced!: Promise<void>;
  #replace: () => void = () => undefined;
  /** Counts takeovers begun: only the newest one's re-opening lets the waiting calls through. */
  #runs = 0;
  #graceMs: number;
  #onTakeover: (event: TakeoverEvent) => void;
  #generation = 0;
  #taking = false;
  #queued: Call[] = [];
  #inFlight = new Set<Call>();
  #kept = new Map<string, KeptDataset>();
  /** The app's dataset id → the id the current thread gave it. */
  #toThread = new Map<string, string>();

  constructor(start: ThreadStart, options: SupervisorOptions = {}) {
    this.#start = start;
    this.#thread = this.#begin();
    this.#graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.#onTakeover = options.onTakeover ?? (() => undefined);
    const engine = Object.fromEntries(
      ENGINE_METHODS.map((name) => [name, (...args: unknown[]) => this.#call(name, args)]),
    ) as unknown as RemoteEngine;
    engine.cancel = () => this.cancel();
    this.engine = engine;
  }

  /** How many threads have been ended and replaced. */
  get takeovers(): number {
    return this.#generation;
  }

  terminate(): void {
    this.#thread.terminate();
  }

  /**
   * Stops the loads and builds asked for: those still waiting are answered 'cancelled' at once;
   * the engine is asked to stop the one it runs, and its thread is replaced if it has not after the grace.
   */
  async cancel(): Promise<void> {
    for (const call of this.#queued.filter((c) => STOPPABLE.has(c.method))) {
      this.#queued.splice(this.#queued.indexOf(call), 1);
      call.resolve(cancelledResult(call.method));
    }
    const stopping = [...this.#inFlight].filter((c) => STOPPABLE.has(c.method));
    if (stopping.length === 0) return;
    for (const call of stopping) call.cancelled = true;
    const thread = this.#thread;
    thread.engine.cancel().catch(() => undefined);
    const deadline = Date.now() + this.#graceMs;
    while (Date.now() < deadline && stopping.some((c) => this.#inFlight.has(c)))
      await new Promise((r) => setTimeout(r, Math.min(25, this.#graceMs)));
    if (thread === this.#thread && stopping.some((c) => this.#inFlight.has(c))) this.#takeOver({ cause: 'cancel' });
  }

  #begin(): EngineThread {
    this.#replaced = new Promise((done) => (this.#replace = done));
    const thread: EngineThread = this.#start((reason) => {
      if (thread === this.#thread) this.#takeOver({ cause: 'stopped', reason });
    });
    return thread;
  }

  #call(method: string, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const call: Call = { method, args, resolve, reject };
      if (this.#taking) this.#queued.push(call);
      else this.#send(call);
    });
  }

  #send(call: Call): void {
    const { method, args } = call;
    const forwarded = [...args];
    // A dataset that did not survive a takeover is unknown to the fresh thread, under any id it gave.
    if (BY_ID.has(method)) forwarded[0] = this.#toThread.get(args[0] as string) ?? `${String(args[0])} (closed)`;
    // A thread's last progress reports can still be on their way when its load is answered (or
    // the thread ended): once a call is answered, its reports are dropped.
    const at = PROGRESS_ARGUMENT[method] ?? 2;
    const onProgress = args[at];
    if (STOPPABLE.has(method) && typeof onProgress === 'function')
      forwarded[at] = (p: unknown) => {
        if (this.#inFlight.has(call)) (onProgress as (p: unknown) => void)(p);
      };
    this.#inFlight.add(call);
    const remote = this.#thread.engine as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    remote[method](...forwarded).then(
      (answer) => {
        if (!this.#inFlight.delete(call)) return;
        const done = answer as Result<unknown> | undefined;
        if (call.cancelled && done?.ok) this.#cancelledAfterAll(call, done.value);
        else call.resolve(this.#noted(method, args, answer));
      },
      (error: unknown) => {
        if (this.#inFlight.delete(call)) call.reject(error);
      },
    );
  }

  /**
   * A load or build that finished after Cancel was pressed (the engine had passed its last
   * checkpoint): its result is dropped, as the user asked. A dataset it opened is closed in the
   * engine; a dataset it read again with other options is read again as it was, by a takeover.
   */
  #cancelledAfterAll(call: Call, value: unknown): void {
    call.resolve(cancelledResult(call.method));
    if (call.method === 'openDataset') void this.#thread.engine.closeDataset((value as DatasetSummary).id);
    else if (call.method === 'reparseDataset') this.#takeOver({ cause: 'cancel' });
  }

  /** Keeps what a takeover needs to re-open a dataset, and gives answers the app's dataset ids. */
  #noted(method: string, args: unknown[], answer: unknown): unknown {
    if (method === 'closeDataset') {
      const id = args[0] as string;
      this.#kept.delete(id);
      this.#toThread.delete(id);
      return answer;
    }
    const result = answer as Result<unknown>;
    if (!result || typeof result !== 'object' || !result.ok) return answer;
    if (method === 'openDataset') {
      const summary = result.value as DatasetSummary;
      const id = this.#generation === 0 ? summary.id : `${summary.id}.${this.#generation}`;
      this.#toThread.set(id, summary.id);
      this.#kept.set(id, {
        name: summary.name,
        files: args[0] as SourceFile[],
        options: (args[1] ?? {}) as ParseOptions,
      });
      return { ok: true, value: { ...summary, id } };
    }
    const id = args[0] as string;
    const kept = this.#kept.get(id);
    if (method === 'reparseDataset' && kept) {
      kept.options = args[1] as ParseOptions;
      kept.spec = undefined;
    }
    if (method === 'buildCustomerTable' && kept) kept.spec = args[1] as CustomerTableSpec;
    const value = result.value as Record<string, unknown>;
    if (method === 'reparseDataset' || method === 'summary') return { ok: true, value: { ...value, id } };
    if (method === 'buildCustomerTable') return { ok: true, value: { ...value, datasetId: id } };
    return answer;
  }

  /**
   * Ends the thread and starts a fresh one: after a Cancel its loads and builds are answered
   * 'cancelled' and its other calls asked again; after it stopped by itself all its calls are
   * answered 'engine-stopped'. What was open is then re-opened in the fresh thread.
   */
  #takeOver(why: { cause: 'cancel' } | { cause: 'stopped'; reason: string }): void {
    const wasRestoring = this.#taking;
    this.#thread.terminate();
    this.#replace();
    this.#generation++;
    this.#thread = this.#begin();
    this.#toThread.clear();
    this.#taking = true;
    const pending = [...this.#inFlight];
    this.#inFlight.clear();
    const again: Call[] = [];
    for (const call of pending) {
      if (why.cause === 'stopped') call.resolve(call.method === 'closeDataset' ? undefined : stoppedResult(why.reason));
      else if (STOPPABLE.has(call.method)) call.resolve(cancelledResult(call.method));
      else again.push(call);
    }
    // Reads asked of the old thread (a preview, an analysis) are asked again, before anything newer.
    this.#queued.unshift(...again);
    // Stopped while re-opening what was open: re-opening it may be what stops the thread.
    if (wasRestoring && why.cause === 'stopped') {
      for (const [id, kept] of this.#kept)
        this.#onTakeover({
          kind: 'lost',
          id,
          name: kept.name,
          issues: [engineStoppedLost(kept.name)],
          cause: 'stopped',
        });
      this.#kept.clear();
    }
    const run = ++this.#runs;
    void this.#reopen(why.cause).finally(() => {
      if (run !== this.#runs) return;
      this.#taking = false;
      for (const call of this.#queued.splice(0)) this.#send(call);
    });
  }

  async #reopen(cause: TakeoverCause): Promise<void> {
    const kept = [...this.#kept];
    if (kept.length === 0) return;
    const names = kept.map(([, k]) => k.name);
    this.#onTakeover({ kind: 'restoring', names, cause });
    const { engine } = this.#thread;
    const replaced = this.#replaced.then((): typeof REPLACED => REPLACED);
    const unlessReplaced = <T>(answer: Promise<T>) => Promise.race([answer, replaced]);
    for (const [id, dataset] of kept) {
      let opened: Result<DatasetSummary> | typeof REPLACED;
      try {
        opened = await unlessReplaced(engine.openDataset(dataset.files, dataset.options));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        opened = { ok: false, issues: [{ severity: 'error', code: 'unreadable', message }] };
      }
      // This thread stopped too: the takeover after it says what became of the datasets.
      if (opened === REPLACED) return;
      if (!opened.ok) {
        this.#kept.delete(id);
        this.#onTakeover({ kind: 'lost', id, name: dataset.name, issues: opened.issues, cause });
        continue;
      }
      this.#toThread.set(id, opened.value.id);
      if (dataset.spec) {
        const built = await unlessReplaced(engine.buildCustomerTable(opened.value.id, dataset.spec).catch(() => null));
        if (built === REPLACED) return;
      }
    }
    const restored = [...this.#kept.values()].map((k) => k.name);
    if (restored.length > 0) this.#onTakeover({ kind: 'restored', names: restored });
  }
}
