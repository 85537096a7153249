/**
 * Offline and installable (issue #18 §5), on the built app with its service worker allowed.
 * Each test serves its own copy of dist/ (so one can "deploy" a new build into it, and one can
 * stop its server to prove the app needs no network after the first visit).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { serviceWorkerSource } from '../../build/offlinePlugin.ts';
import { precacheList } from '../../build/precacheList.ts';
import { chromiumForFile } from './browser.ts';
import { APP_PATH, createStaticServer } from './serve.ts';

const chromium = chromiumForFile();
const shotsDir = process.env.SHOTS_DIR;

interface Site {
  root: string;
  baseUrl: string;
  server: Server;
  stop(): Promise<void>;
}
const sites: Site[] = [];

/** A copy of dist/ on a static server of its own. */
async function deploy(): Promise<Site> {
  const root = await mkdtemp(join(tmpdir(), 'churnscope-offline-'));
  await cp(resolve('dist'), root, { recursive: true });
  const server = createStaticServer(root);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  const site: Site = {
    root,
    server,
    baseUrl: `http://127.0.0.1:${port}${APP_PATH}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  sites.push(site);
  return site;
}

afterEach(async () => {
  for (const site of sites.splice(0)) {
    await site.stop();
    await rm(site.root, { recursive: true, force: true });
  }
});

/** The first visit: the service worker installs (precaching every file) and takes the page. */
async function firstVisit(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

// Telco: 1,869 of 7,043 customers churned (IBM's sample data, as published with it).
const TELCO_CHURN_RATE = 1869 / 7043;

async function expectTelcoOpen(page: Page) {
  const rate = page.getByTestId('churn-rate');
  await rate.waitFor({ timeout: 60_000 });
  // Tolerance 1e-9: the same count, only floating-point rounding apart.
  expect(Number(await rate.getAttribute('data-value'))).toBeCloseTo(TELCO_CHURN_RATE, 9);
}

test('after the first visit the app opens, opens a sample and reads a local file with no network', async () => {
  const site = await deploy();
  const recorded = await chromium.newPage({ serviceWorkers: 'allow' });
  const { page, context } = recorded;
  try {
    await firstVisit(page, site.baseUrl);

    // Installable: Chromium reads the manifest without errors and finds nothing missing to install.
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Churnscope', display: 'standalone' });
    const installability = await cdp.send('Page.getInstallabilityErrors');
    // 'in-incognito' is the test's browser context (Playwright's are incognito), not the app.
    const errorIds = installability.installabilityErrors.map((error) => error.errorId);
    expect(errorIds.filter((id) => id !== 'in-incognito')).toEqual([]);
    // The CSP still holds, naming the service worker's and the manifest's source.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");

    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, count: (await cache.keys()).length };
    });
    const listed = await precacheList(site.root);
    expect(precached.names).toHaveLength(1);
    expect(precached.count).toBe(listed.length);
    expect(listed.map((entry) => entry.path)).toContain('samples/telco-customer-churn.csv');

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await site.stop();
    const offline = await page.evaluate(() =>
      fetch('./not-a-precached-file').then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(offline).toBe('failed');

    await page.reload();
    await page.getByTestId('open-file').waitFor({ state: 'attached' });
    await page.goto(`${site.baseUrl}?sample=telco`);
    await expectTelcoOpen(page);

    await page.setInputFiles('[data-testid=open-file]', resolve('tests', 'fixtures', 'telco-300.parquet'));
    await page.locator('[data-testid=dataset-summary][data-rows="300"]').waitFor({ timeout: 60_000 });

    expect(recorded.pageErrors).toEqual([]);
    expect(recorded.offOrigin(new URL(site.baseUrl).origin)).toEqual([]);
    expect(recorded.consoleErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('a new deployment shows the update prompt, in both languages, and reloads only when asked', async () => {
  const site = await deploy();
  const recorded = await chromium.newPage({ serviceWorkers: 'allow' });
  const { page } = recorded;
  try {
    await firstVisit(page, site.baseUrl);
    await page.goto(`${site.baseUrl}?sample=telco`);
    await expectTelcoOpen(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // A second tab of the same version, with nothing open.
    const other = await recorded.context.newPage();
    await other.goto(site.baseUrl);
    await other.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await other.evaluate(() => Object.assign(window, { sameDocument: true }));
    const oldVersion = await page.evaluate(() => caches.keys());

    // A new build: a changed index.html, and the sw.js the build writes for it.
    const indexFile = join(site.root, 'index.html');
    await writeFile(indexFile, (await readFile(indexFile, 'utf8')).replace('</body>', '<!-- build 2 --></body>'));
    await writeFile(join(site.root, 'sw.js'), serviceWorkerSource(await precacheList(site.root)));

    // What the app does when its tab comes back to view (and hourly): ask for sw.js again.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 60_000 });
    expect(await prompt.innerText()).toContain('A new version is available.');
    expect(await prompt.innerText()).toContain('Reloading closes the open data');
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'update-prompt-en.png') });

    await page.getByTestId('locale').selectOption('zh-CN');
    expect(await prompt.innerText()).toContain('有新版本可用。');
    expect(await page.getByTestId('update-reload').innerText()).toBe('重新加载');
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'update-prompt-zh-CN.png') });

    // The page did not reload by itself: the same document, with the data still open.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await expectTelcoOpen(page);
    expect(await page.content()).not.toContain('build 2');

    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByTestId('update-reload').click()]);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
    expect(await page.content()).toContain('build 2');
    await page.getByTestId('open-file').waitFor({ state: 'attached' });
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    // The other tab still runs the old version: it is offered the reload too, and did not reload.
    await other.getByTestId('update-prompt').waitFor({ timeout: 30_000 });
    expect(await other.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await other.getByTestId('update-prompt').innerText()).not.toContain('Reloading closes the open data');
    const newVersion = await page.evaluate(() => caches.keys());
    expect(newVersion).toHaveLength(1);
    expect(newVersion).not.toEqual(oldVersion);

    expect(recorded.pageErrors).toEqual([]);
    expect(recorded.offOrigin(new URL(site.baseUrl).origin)).toEqual([]);
  } finally {
    await recorded.close();
  }
});
