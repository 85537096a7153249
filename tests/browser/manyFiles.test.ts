/**
 * Thirteen monthly exports opened together, again and again: every load ends. Read with a byte
 * stream's BYOB reader file after file, about one load in four never finished in Chromium (a
 * read that never answered, src/engine/loading/fileBytes.ts); eight loads in a row catch that
 * nine times in ten.
 */
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();
const MONTHLY = resolve(__dirname, '../../../shared/data/online-retail/monthly');
const MONTHS = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];

test("Online Retail's 13 monthly files load eight times in a row, each within a minute", async () => {
  const files = MONTHS.map((m) => resolve(MONTHLY, `online_retail_${m}.csv`));
  for (let load = 0; load < 8; load++) {
    const recorded = await chromium.newPage();
    try {
      await recorded.page.goto(baseUrl);
      await recorded.page.setInputFiles('[data-testid=open-file]', files);
      const summary = recorded.page.locator('[data-testid=dataset-summary]');
      await summary.waitFor({ state: 'attached', timeout: 60_000 });
      // README (Online Retail): 541,909 rows in the 13 months.
      expect(await summary.getAttribute('data-rows'), `load ${load + 1}`).toBe('541909');
      expect(recorded.pageErrors).toEqual([]);
    } finally {
      await recorded.close();
    }
  }
}, 600_000);
