/**
 * ours-browser: the built app in headless Chromium, opening a file the way a person does. Time is
 * taken inside the page, from the file input's `change` event to the summary carrying a row
 * count; long tasks come from a PerformanceObserver installed before the app's scripts run; tab
 * memory is the summed RSS of the renderer processes (page and its workers), sampled from /proc.
 */
import { execFile } from 'node:child_process';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { BenchInput } from './inputs.ts';
import { RendererMemorySampler } from './procfs.ts';

const DIST = resolve('dist');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
/** Tasks that end just after the summary appears (its first render) still belong to the load. */
const SETTLE_MS = 1000;

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export interface BuildState {
  ok: boolean;
  rebuilt: boolean;
  builtAt?: string;
  error?: string;
}

/** Builds dist/ with `vite build` when it is missing or older than the sources it comes from. */
export async function ensureBuilt(timeoutMs = 300_000): Promise<BuildState> {
  const built = statSync(join(DIST, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['src', 'workers', 'public', 'index.html', 'vite.config.ts', 'package.json'];
  const newestSource = Math.max(...sources.map((s) => newestMtime(resolve(s))));
  if (built > newestSource) return { ok: true, rebuilt: false, builtAt: new Date(built).toISOString() };
  process.stderr.write(`dist/ is ${built ? 'older than src' : 'missing'}: running vite build …\n`);
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      { timeout: timeoutMs, maxBuffer: 16 << 20 },
      (error, _stdout, stderr) => {
        if (error) {
          const tail = String(stderr || error.message)
            .trim()
            .split('\n')
            .slice(-5)
            .join(' | ');
          done({ ok: false, rebuilt: true, error: `vite build failed: ${tail}` });
        } else {
          done({ ok: true, rebuilt: true, builtAt: new Date().toISOString() });
        }
      },
    );
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

/** dist/ on 127.0.0.1 at a random port; nothing else is served. */
export async function serveDist(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(DIST, `.${urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath}`);
    const info = file.startsWith(DIST + sep) ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!info?.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

export interface BrowserMeasurement {
  /** change event → summary with a row count, measured in the page. */
  ms: number;
  /** setInputFiles call → summary seen, measured from Node (includes CDP round trips). */
  wallMs: number;
  rows: number;
  /** Longest main-thread task from the change event until SETTLE_MS after the summary. */
  longestTaskMs: number;
  /** When the longest task began, after the change event (compare with `ms`: after it = rendering the result). */
  longestTaskStartMs: number | null;
  longTasksOver50ms: number;
  /** Longest task including page start-up, for context. */
  longestTaskAnyMs: number;
  tabPeakRssMiB: number;
  tabRssBeforeMiB: number;
  /** Peak RSS of the largest renderer alone (the page and its workers, without spare renderers). */
  pageRendererPeakRssMiB: number;
  renderers: number;
  memorySamples: number;
}

interface PageProbe {
  changeAt: number | null;
  summaryAt: number | null;
  rows: number | null;
  error: string | null;
  longTasks: { start: number; duration: number }[];
  longTaskError?: string;
}

/**
 * Runs in the page before the app: records long tasks, the file choice and the summary. A string,
 * not a function, because tsx (esbuild keepNames) would wrap a serialised function's inner
 * functions in a `__name` helper that does not exist in the page.
 */
const PROBE_SCRIPT = `(() => {
  const probe = { changeAt: null, summaryAt: null, rows: null, error: null, longTasks: [] };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    probe.longTaskError = String(e);
  }
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target && target.dataset && target.dataset.testid === 'open-file' && probe.changeAt === null) {
      probe.changeAt = performance.now();
    }
  }, true);
  new MutationObserver(() => {
    if (probe.changeAt === null || probe.summaryAt !== null || probe.error !== null) return;
    const summary = document.querySelector('[data-testid=dataset-summary][data-rows]');
    if (summary) {
      probe.summaryAt = performance.now();
      probe.rows = Number(summary.getAttribute('data-rows'));
      return;
    }
    const error = document.querySelector('[data-testid=error]');
    if (error) probe.error = (error.textContent || '').trim().slice(0, 500) || 'error shown';
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export async function measureBrowserLoad(
  url: string,
  input: BenchInput,
  timeoutMs: number,
): Promise<BrowserMeasurement> {
  let browser: Browser | null = null;
  let sampler: RendererMemorySampler | null = null;
  const pageErrors: string[] = [];
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // No network: anything not on our origin is refused.
    const origin = new URL(url).origin;
    await context.route(
      (u) => !(u.origin === origin || u.protocol === 'blob:' || u.protocol === 'data:'),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const input$ = page.locator('[data-testid=open-file]');
    await input$.waitFor({ state: 'attached', timeout: 30_000 });
    // Let start-up work (worker boot, first paint) finish before the baseline.
    await page.waitForTimeout(500);

    sampler = new RendererMemorySampler(process.pid, 100);
    const tabRssBeforeMiB = sampler.read();
    sampler.largestPeakMiB = 0;
    sampler.start();
    const started = performance.now();
    await input$.setInputFiles(input.path, { timeout: timeoutMs });
    await page.waitForFunction(
      () => {
        const p = (window as unknown as { __bench?: PageProbe }).__bench;
        return !p || p.summaryAt !== null || p.error !== null;
      },
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
    const wallMs = performance.now() - started;
    await page.waitForTimeout(SETTLE_MS);
    const tabPeakRssMiB = sampler.stop();
    const probe = await page.evaluate(() => (window as unknown as { __bench?: PageProbe }).__bench);
    if (!probe) throw new Error('the page probe did not install');
    if (probe.error !== null) throw new Error(`the app showed an error: ${probe.error}`);
    if (probe.rows !== input.rows) throw new Error(`the summary shows ${probe.rows} rows, expected ${input.rows}`);
    if (probe.longTaskError) throw new Error(`no long-task observer: ${probe.longTaskError}`);
    const changeAt = probe.changeAt!;
    const summaryAt = probe.summaryAt!;
    const during = probe.longTasks.filter((t) => t.start + t.duration >= changeAt && t.start <= summaryAt + SETTLE_MS);
    const longest = during.reduce<{ start: number; duration: number } | null>(
      (a, t) => (a === null || t.duration > a.duration ? t : a),
      null,
    );
    return {
      ms: summaryAt - changeAt,
      wallMs,
      rows: probe.rows,
      longestTaskMs: longest?.duration ?? 0,
      longestTaskStartMs: longest ? Math.round(longest.start - changeAt) : null,
      longTasksOver50ms: during.filter((t) => t.duration > 50).length,
      longestTaskAnyMs: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
      tabPeakRssMiB,
      tabRssBeforeMiB,
      pageRendererPeakRssMiB: sampler.largestPeakMiB,
      renderers: sampler.renderersSeen,
      memorySamples: sampler.samples,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      pageErrors.length > 0 ? `${message} (page errors: ${pageErrors.slice(0, 3).join(' | ')})` : message,
      {
        cause: error,
      },
    );
  } finally {
    sampler?.stop();
    await browser?.close().catch(() => undefined);
  }
}

export async function chromiumVersion(): Promise<string | null> {
  try {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    const version = browser.version();
    await browser.close();
    return version;
  } catch {
    return null;
  }
}
