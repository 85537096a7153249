/**
 * The worker's side of src/client/threadWatch.ts, on the worker's own port: it answers pings,
 * holds a Web Lock for as long as it lives (its keeper is granted the lock when it is gone), and
 * is handed the port its engine speaks Comlink on.
 */

/** The same messages as KeeperMessage in src/client/threadWatch.ts (a worker imports nothing from the client). */
type KeeperMessage =
  | { keeper: 'engine'; port: MessagePort }
  | { keeper: 'lock'; name: string }
  | { keeper: 'locked'; name: string }
  | { keeper: 'ping'; n: number }
  | { keeper: 'pong'; n: number };

export function answerKeeper(expose: (port: MessagePort) => void): void {
  self.addEventListener('message', (event: MessageEvent) => {
    const m = event.data as KeeperMessage | undefined;
    if (m?.keeper === 'engine') expose(m.port);
    else if (m?.keeper === 'ping') self.postMessage({ keeper: 'pong', n: m.n } satisfies KeeperMessage);
    else if (m?.keeper === 'lock')
      void navigator.locks.request(m.name, () => {
        self.postMessage({ keeper: 'locked', name: m.name } satisfies KeeperMessage);
        // Held until the worker ends.
        return new Promise<never>(() => undefined);
      });
  });
}
