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
 */
import type {
  CustomerTableSpec,
  DatasetSummary,
  Issue,
  ParseOptions,
  RemoteEngine,
  Result,
  SourceFile,
} from '../engine/api.ts';
import { ENGINE_METHODS } from '../engine/api.ts';

/** An engine on its own thread, and how to end that thread. */
export interface EngineThread {
  engine: RemoteEngine;
  terminate(): void;
}

/** What the app is told while the fresh thread takes over the datasets that were open. */
export type TakeoverEvent =
  | { kind: 'restoring'; names: string[] }
  | { kind: 'restored'; names: string[] }
  | { kind: 'lost'; id: string; name: string; issues: Issue[] };

export interface SupervisorOptions {
  /** How long the engine may take to stop by itself after Cancel before its thread is ended. */
  graceMs?: number;
  onTakeover?: (event: TakeoverEvent) => void;
}

/** A load or build in flight ends with these when cancelled; other calls are asked again after a takeover. */
const STOPPABLE = new Set<string>(['openDataset', 'reparseDataset', 'buildCustomerTable']);
/** Methods whose first argument is a dataset id. */
const BY_ID = new Set<string>(ENGINE_METHODS.filter((m) => m !== 'openDataset' && m !== 'cancel'));

export const DEFAULT_GRACE_MS = 400;

export function cancelledResult(method: string): Result<never> {
  const issue: Issue =
    method === 'buildCustomerTable'
      ? {
          severity: 'info',
          code: 'build-cancelled',
          message: 'Building the customer table was cancelled; change the definition or the roles to build it again.',
        }
      : { severity: 'info', code: 'cancelled', message: 'Loading was cancelled; nothing was changed.' };
  return { ok: false, issues: [issue] };
}

interface Call {
  method: string;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
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
  #start: () => EngineThread;
  #thread: EngineThread;
  #graceMs: number;
  #onTakeover: (event: TakeoverEvent) => void;
  #generation = 0;
  #taking = false;
  #queued: Call[] = [];
  #inFlight = new Set<Call>();
  #kept = new Map<string, KeptDataset>();
  /** The app's dataset id → the id the current thread gave it. */
  #toThread = new Map<string, string>();

  constructor(start: () => EngineThread, options: SupervisorOptions = {}) {
    this.#start = start;
    this.#thread = start();
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
    const thread = this.#thread;
    thread.engine.cancel().catch(() => undefined);
    const deadline = Date.now() + this.#graceMs;
    while (Date.now() < deadline && stopping.some((c) => this.#inFlight.has(c)))
      await new Promise((r) => setTimeout(r, Math.min(25, this.#graceMs)));
    if (thread === this.#thread && stopping.some((c) => this.#inFlight.has(c))) this.#takeOver();
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
    const onProgress = args[2];
    if (STOPPABLE.has(method) && typeof onProgress === 'function')
      forwarded[2] = (p: unknown) => {
        if (this.#inFlight.has(call)) (onProgress as (p: unknown) => void)(p);
      };
    this.#inFlight.add(call);
    const remote = this.#thread.engine as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    remote[method](...forwarded).then(
      (answer) => {
        if (this.#inFlight.delete(call)) call.resolve(this.#noted(method, args, answer));
      },
      (error: unknown) => {
        if (this.#inFlight.delete(call)) call.reject(error);
      },
    );
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

  /** Ends the stuck thread, answers its loads and builds 'cancelled', and re-opens what was open in a fresh one. */
  #takeOver(): void {
    this.#thread.terminate();
    this.#generation++;
    this.#thread = this.#start();
    this.#toThread.clear();
    this.#taking = true;
    const pending = [...this.#inFlight];
    this.#inFlight.clear();
    const again: Call[] = [];
    for (const call of pending) {
      if (STOPPABLE.has(call.method)) call.resolve(cancelledResult(call.method));
      else again.push(call);
    }
    // Reads asked of the old thread (a preview, an analysis) are asked again, before anything newer.
    this.#queued.unshift(...again);
    void this.#reopen().finally(() => {
      this.#taking = false;
      for (const call of this.#queued.splice(0)) this.#send(call);
    });
  }

  async #reopen(): Promise<void> {
    const kept = [...this.#kept];
    if (kept.length === 0) return;
    const names = kept.map(([, k]) => k.name);
    this.#onTakeover({ kind: 'restoring', names });
    const engine = this.#thread.engine;
    for (const [id, dataset] of kept) {
      let opened: Result<DatasetSummary>;
      try {
        opened = await engine.openDataset(dataset.files, dataset.options);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        opened = { ok: false, issues: [{ severity: 'error', code: 'unreadable', message }] };
      }
      if (!opened.ok) {
        this.#kept.delete(id);
        this.#onTakeover({ kind: 'lost', id, name: dataset.name, issues: opened.issues });
        continue;
      }
      this.#toThread.set(id, opened.value.id);
      if (dataset.spec) await engine.buildCustomerTable(opened.value.id, dataset.spec).catch(() => undefined);
    }
    const restored = [...this.#kept.values()].map((k) => k.name);
    if (restored.length > 0) this.#onTakeover({ kind: 'restored', names: restored });
  }
}
