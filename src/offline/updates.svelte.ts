/**
 * The page's side of the service worker: registers `sw.js` (built app only), and tells when a
 * new version has been installed and waits. The page then shows the update prompt; it reloads
 * only when the user asks (`applyUpdate`), never by itself, so open data is never lost unasked.
 */

/** How often an open tab asks the server for a new sw.js (the browser also asks on each load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

class OfflineUpdates {
  /** A new version is installed and waiting for this tab to let it take over. */
  available = $state(false);
  private registration: ServiceWorkerRegistration | null = null;
  private reloadAsked = false;

  async start(container: ServiceWorkerContainer, url: string): Promise<void> {
    let registration: ServiceWorkerRegistration | undefined;
    try {
      registration = await container.register(url);
    } catch {
      return; // e.g. a host that does not serve sw.js: the app works online as before.
    }
    // Automation that blocks service workers (Playwright's `serviceWorkers: 'block'`) answers nothing.
    if (!registration) return;
    this.registration = registration;
    // A worker installed while a page is controlled is an update; the first install is not.
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === 'installed' && container.controller) this.available = true;
      };
      check();
      worker.addEventListener('statechange', check);
    };
    watch(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // A change of controller this tab did not ask for (Reload clicked in another tab): this tab
    // still runs the old version, so it offers the reload too.
    let hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (this.reloadAsked) location.reload();
      else if (hadController) this.available = true;
      hadController = true;
    });
    setInterval(() => void this.check(), CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
  }

  /** Asks the server whether sw.js changed (a new deployment). */
  async check(): Promise<void> {
    await this.registration?.update().catch(() => undefined);
  }

  /** The user's Reload: the waiting version takes over, then the page reloads into it. */
  applyUpdate(): void {
    const waiting = this.registration?.waiting;
    this.reloadAsked = true;
    if (waiting) waiting.postMessage('skip-waiting');
    else location.reload();
  }

  dismiss(): void {
    this.available = false;
  }
}

export const offlineUpdates = new OfflineUpdates();

/** In the built app only: the dev server rebuilds modules on the fly and has no sw.js. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void offlineUpdates.start(navigator.serviceWorker, './sw.js');
}
