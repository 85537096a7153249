/**
 * Playwright (core only) driving the system Chromium. `newPage()` records every request and every
 * error, so a test can assert that loading client data sent nothing off the origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page (or its workers) asked for, in order. */
  requests: string[];
  /** `console.error` messages. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Requests whose URL is not on `origin` and is not `blob:` or `data:`. */
  offOrigin(origin: string): string[];
  close(): Promise<void>;
}

/**
 * A page in a fresh context (empty storage), recording requests, console errors and page errors.
 * Service workers are blocked unless asked for (the offline tests), so every other test sees the
 * network as the page asks for it. `bypassCSP` lets a test inject a script of its own (axe-core)
 * past the app's `script-src 'self'`.
 */
export async function newPage(
  browser: Browser,
  options: { serviceWorkers?: 'allow' | 'block'; bypassCSP?: boolean } = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    bypassCSP: options.bypassCSP ?? false,
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  // Context-level, so requests made by workers and popups are recorded too.
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`[worker] ${message.text()}`);
    });
  });
  return {
    page,
    context,
    requests,
    consoleErrors,
    pageErrors,
    offOrigin(origin: string) {
      return requests.filter(
        (url) => !(url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')),
      );
    },
    close: () => context.close(),
  };
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function chromiumForFile(fileOptions: { bypassCSP?: boolean } = {}): {
  newPage(options?: { serviceWorkers?: 'allow' | 'block' }): Promise<RecordedPage>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { newPage: (options) => newPage(browser!, { ...fileOptions, ...options }) };
}

/**
 * A page per test on the built app, checked after the test for page errors and requests off the
 * origin; and the steps every analysis test takes (open a sample, add a cell).
 */
export function appSession(chromium: { newPage(): Promise<RecordedPage> }, baseUrl: string) {
  return {
    async withPage(run: (page: Page, recorded: RecordedPage) => Promise<void>) {
      const recorded = await chromium.newPage();
      try {
        await run(recorded.page, recorded);
        expect(recorded.pageErrors).toEqual([]);
        expect(recorded.offOrigin(new URL(baseUrl).origin)).toEqual([]);
      } finally {
        await recorded.close();
      }
    },
    async openSample(page: Page, sample: 'telco' | 'cdnow') {
      await page.goto(`${baseUrl}?sample=${sample}`);
      await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
    },
    async addCell(page: Page, kind: string) {
      await page.getByTestId('workbook-kind').selectOption(kind);
      await page.getByTestId('workbook-add').click();
      return page.getByTestId(`cell-${kind}`).last();
    },
  };
}
