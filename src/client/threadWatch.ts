/**
 * Watching a worker for the ways it can stop by itself, so that the engine's supervisor can
 * replace it: an error the worker did not handle (its script failed to load, an exception no
 * call caught), its end (it closed itself, or the browser ended it), and silence (it no longer
 * answers a ping).
 *
 * Its end is told by a Web Lock: the worker holds a lock of its own for as long as it lives and
 * this thread asks for the same lock, which it is granted the moment the worker is gone. Unlike
 * a ping this cannot mistake a long synchronous step (unzipping a large part, building a large
 * customer table) for a dead thread, so the ping's limit can be generous: it only catches a
 * thread that is alive but stuck for a minute, or a browser without Web Locks.
 */

/** Messages between a watched worker and its keeper, on the worker's own port. */
export type KeeperMessage =
  | { keeper: 'engine'; port: MessagePort }
  | { keeper: 'lock'; name: string }
  | { keeper: 'locked'; name: string }
  | { keeper: 'ping'; n: number }
  | { keeper: 'pong'; n: number };

export interface WatchOptions {
  /** How often the worker is pinged, and how long it may go without answering one. */
  pingEveryMs?: number;
  silentMs?: number;
}

export const DEFAULT_SILENT_MS = 60_000;
let locks = 0;

/** Calls `onStopped` once, with a reason, when the worker stops; the returned function stops watching (before ending it on purpose). */
export function watchWorker(
  worker: Worker,
  onStopped: (reason: string) => void,
  { pingEveryMs = 5_000, silentMs = DEFAULT_SILENT_MS }: WatchOptions = {},
): () => void {
  let watching = true;
  const stopped = (reason: string) => {
    if (!watching) return;
    unwatch();
    onStopped(reason);
  };
  const onError = (event: ErrorEvent) => stopped(event.message || 'the worker failed');
  worker.addEventListener('error', onError);

  let pinged: { n: number; at: number } | null = null;
  let next = 0;
  const onMessage = (event: MessageEvent) => {
    const m = event.data as KeeperMessage | undefined;
    if (m?.keeper === 'pong' && pinged?.n === m.n) pinged = null;
    // The worker holds its lock: this thread's request waits behind it, granted when the worker is gone.
    else if (m?.keeper === 'locked' && watching)
      void navigator.locks.request(m.name, () => stopped('the worker ended')).catch(() => undefined);
  };
  worker.addEventListener('message', onMessage);
  if (typeof navigator !== 'undefined' && navigator.locks) {
    const name = `churnscope-engine-${performance.timeOrigin}-${++locks}`;
    worker.postMessage({ keeper: 'lock', name } satisfies KeeperMessage);
  }
  const timer = setInterval(() => {
    if (pinged && performance.now() - pinged.at > silentMs) stopped(`no answer for ${Math.round(silentMs / 1000)} s`);
    else if (!pinged) {
      pinged = { n: ++next, at: performance.now() };
      worker.postMessage({ keeper: 'ping', n: pinged.n } satisfies KeeperMessage);
    }
  }, pingEveryMs);

  function unwatch() {
    watching = false;
    clearInterval(timer);
    worker.removeEventListener('error', onError);
    worker.removeEventListener('message', onMessage);
  }
  return unwatch;
}
