/**
 * The memory of a page and of every worker it starts (the engine, the engine's part readers),
 * sampled through the DevTools protocol while a file loads: `Runtime.getHeapUsage` in each
 * thread, whose used JS heap plus the ArrayBuffers it holds (where table columns and file bytes
 * live) is that thread's memory. Workers are reached by auto-attaching to them, level by level
 * (a worker's own workers are attached from its session), over `Target.sendMessageToTarget`,
 * because Playwright's CDP session cannot address a flattened child session.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type Listener = (params: Record<string, unknown>) => void;

/** A DevTools session: the page's own, or a worker's reached through its parent. */
interface Channel {
  send(method: string, params?: object): Promise<Record<string, unknown>>;
  on(event: string, listener: Listener): void;
}

interface Thread {
  url: string;
  channel: Channel;
}

const MB = 1 << 20;

function rootChannel(cdp: CDPSession): Channel {
  return {
    send: (method, params) => cdp.send(method as never, params as never) as Promise<Record<string, unknown>>,
    on: (event, listener) => cdp.on(event as never, listener as never),
  };
}

/** The session `sessionId` under `parent`, spoken to in messages wrapped by the parent. */
function childChannel(parent: Channel, sessionId: string): Channel {
  let nextId = 1;
  const pending = new Map<number, { done(v: Record<string, unknown>): void; fail(e: Error): void }>();
  const listeners = new Map<string, Listener[]>();
  parent.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const message = JSON.parse(e.message as string) as {
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
      result?: Record<string, unknown>;
      error?: { message: string };
    };
    if (message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.fail(new Error(message.error.message));
      else waiting?.done(message.result ?? {});
    } else if (message.method) for (const l of listeners.get(message.method) ?? []) l(message.params ?? {});
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((done, fail) => {
        pending.set(id, { done, fail });
        parent
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch(fail);
      });
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
  };
}

/** Peak memory (MB) of the page, the engine worker, and the engine's helper workers together. */
export interface HeapPeaks {
  pageMb: number;
  engineMb: number;
  helpersMb: number;
  /** Samples taken (a busy thread may answer late; a sample waits at most 1 s for it). */
  samples: number;
}

export class ThreadHeaps {
  readonly #threads = new Map<string, Thread>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #peaks: HeapPeaks = { pageMb: 0, engineMb: 0, helpersMb: 0, samples: 0 };
  #sampling: Promise<void> = Promise.resolve();

  static async attach(context: BrowserContext, page: Page): Promise<ThreadHeaps> {
    const heaps = new ThreadHeaps();
    const root = rootChannel(await context.newCDPSession(page));
    heaps.#threads.set('page', { url: 'page', channel: root });
    await heaps.#watch(root);
    return heaps;
  }

  async #watch(channel: Channel): Promise<void> {
    channel.on('Target.attachedToTarget', (e) => {
      const info = e.targetInfo as { type: string; url: string };
      const sessionId = e.sessionId as string;
      if (info.type !== 'worker') return;
      const child = childChannel(channel, sessionId);
      this.#threads.set(sessionId, { url: info.url, channel: child });
      // A worker's own workers (the part readers) attach from its session; a target that cannot is left at that.
      this.#watch(child).catch(() => undefined);
    });
    channel.on('Target.detachedFromTarget', (e) => this.#threads.delete(e.sessionId as string));
    await channel.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }

  /** MB held by one thread now (used JS heap + ArrayBuffers), or null if it did not answer within 1 s. */
  async #heapOf(thread: Thread): Promise<number | null> {
    const answer = thread.channel.send('Runtime.getHeapUsage').catch(() => null);
    const late = new Promise<null>((r) => setTimeout(() => r(null), 1000));
    const usage = (await Promise.race([answer, late])) as { usedSize: number; backingStorageSize?: number } | null;
    return usage ? (usage.usedSize + (usage.backingStorageSize ?? 0)) / MB : null;
  }

  async sampleOnce(): Promise<{ pageMb: number; engineMb: number; helpersMb: number }> {
    const now = { pageMb: 0, engineMb: 0, helpersMb: 0 };
    const threads = [...this.#threads.values()];
    const sizes = await Promise.all(threads.map((t) => this.#heapOf(t)));
    threads.forEach((t, k) => {
      const mb = sizes[k] ?? 0;
      if (t.url === 'page') now.pageMb = mb;
      else if (t.url.includes('engine.worker')) now.engineMb = mb;
      else now.helpersMb += mb;
    });
    return now;
  }

  /** Collects the garbage of every thread (what an earlier file left), so that a peak is this file's. */
  async collectGarbage(): Promise<void> {
    await Promise.all(
      [...this.#threads.values()].map((t) => t.channel.send('HeapProfiler.collectGarbage').catch(() => null)),
    );
  }

  /** Samples every `everyMs` until stop(); stop() answers the peaks since start(). */
  start(everyMs = 100): void {
    this.#peaks = { pageMb: 0, engineMb: 0, helpersMb: 0, samples: 0 };
    const tick = () => {
      this.#sampling = this.sampleOnce().then((now) => {
        const p = this.#peaks;
        p.pageMb = Math.max(p.pageMb, now.pageMb);
        p.engineMb = Math.max(p.engineMb, now.engineMb);
        p.helpersMb = Math.max(p.helpersMb, now.helpersMb);
        p.samples++;
        if (this.#timer !== undefined) this.#timer = setTimeout(tick, everyMs);
      });
    };
    this.#timer = setTimeout(tick, 0);
  }

  async stop(): Promise<HeapPeaks> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#sampling;
    // One last sample, taken once the load has settled.
    const last = await this.sampleOnce();
    const p = this.#peaks;
    return {
      pageMb: Math.max(p.pageMb, last.pageMb),
      engineMb: Math.max(p.engineMb, last.engineMb),
      helpersMb: Math.max(p.helpersMb, last.helpersMb),
      samples: p.samples + 1,
    };
  }
}
