/**
 * The service worker's program. The build (build/offlinePlugin.ts) writes `sw.js` as
 * `(serviceWorkerMain.toString())(self, <precache list>, <version>)`, so this function must be
 * self-contained: no imports, no names from outside its body.
 *
 * - install: every file of the build (app, workers, samples, icons, manifest) is put in a cache
 *   named after the build's version; a file whose content hash is unchanged is copied from the
 *   previous version's cache instead of downloaded again; a downloaded file whose SHA-256 differs
 *   from the list fails the install (a half-deployed site), and the old version stays.
 * - it does not take over by itself: a new version waits until the page asks (`skip-waiting`,
 *   sent when the user clicks Reload in the update prompt) or until no tab uses the old one.
 * - activate: older versions' caches are deleted and open tabs are claimed (the first visit is
 *   then controlled without a reload).
 * - fetch: GET requests for a listed file are answered from the cache; a page navigation inside
 *   the scope gets the cached index.html (whatever its query, e.g. `?sample=telco`); anything
 *   else goes to the network as usual.
 */
export interface PrecacheEntry {
  /** Path relative to the service worker's scope, e.g. `assets/index-abc.js`. */
  path: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

export function serviceWorkerMain(sw: ServiceWorkerGlobalScope, files: PrecacheEntry[], version: string): void {
  const prefix = 'churnscope-';
  const cacheName = `${prefix}${version}`;
  const scope = sw.registration.scope;
  /** Request URL (no query) → cache key, which carries the content hash. */
  const keys = new Map<string, string>();
  for (const file of files) {
    const url = new URL(file.path, scope).href;
    keys.set(url, `${url}?sha256=${file.sha256}`);
  }
  const indexKey = keys.get(new URL('index.html', scope).href);

  const hex = (buffer: ArrayBuffer) =>
    Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

  async function fill(cache: Cache, file: PrecacheEntry): Promise<void> {
    const url = new URL(file.path, scope).href;
    const key = `${url}?sha256=${file.sha256}`;
    if (await cache.match(key)) return;
    const kept = await caches.match(key);
    if (kept) {
      await cache.put(key, kept);
      return;
    }
    const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${file.path}: HTTP ${response.status}`);
    const body = await response.clone().arrayBuffer();
    const digest = hex(await crypto.subtle.digest('SHA-256', body));
    if (digest !== file.sha256) throw new Error(`${file.path}: content differs from this build's list`);
    await cache.put(key, response);
  }

  sw.addEventListener('install', (event) => {
    event.waitUntil(
      caches.open(cacheName).then(async (cache) => {
        // A few at a time: the samples are large and a static host may limit connections.
        const queue = [...files];
        const lane = async () => {
          for (let file = queue.shift(); file; file = queue.shift()) await fill(cache, file);
        };
        await Promise.all([lane(), lane(), lane(), lane()]);
      }),
    );
  });

  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n))),
        )
        .then(() => sw.clients.claim()),
    );
  });

  sw.addEventListener('message', (event) => {
    if (event.data === 'skip-waiting') void sw.skipWaiting();
    if (event.data === 'version') event.ports[0]?.postMessage(version);
  });

  sw.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== new URL(scope).origin) return;
    const bare = `${url.origin}${url.pathname}`;
    const key = request.mode === 'navigate' && bare.startsWith(scope) ? (keys.get(bare) ?? indexKey) : keys.get(bare);
    if (!key) return;
    event.respondWith(
      caches
        .open(cacheName)
        .then((cache) => cache.match(key))
        .then((cached) => cached ?? caches.match(key))
        .then((cached) => cached ?? fetch(request)),
    );
  });
}
