import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

// Shared data sits beside the repo; the path is relative to the repo root, where vitest runs.
const telcoCsv = resolve('..', 'shared', 'data', 'telco-customer-churn', 'WA_Fn-UseC_-Telco-Customer-Churn.csv');

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

const chromium = chromiumForFile();

test('opening a customer CSV loads it without a request off the origin or anything kept in storage', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);

    // The privacy promise is enforced by the browser: the built page carries its own CSP.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");

    await page.setInputFiles('[data-testid=open-file]', telcoCsv);
    const summary = page.locator('[data-testid=dataset-summary][data-rows="7043"]');
    await summary.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await summary.getAttribute('data-shape')).toBe('customers');

    expect(recorded.requests.length).toBeGreaterThan(0);
    expect(recorded.offOrigin(origin)).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
    expect(recorded.consoleErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  } finally {
    await recorded.close();
  }
});
