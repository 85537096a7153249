/**
 * The customer-lifetime-value cell's interactive claim, measured in the built app in Chromium:
 * with a log of about 100k customers open (generateTransactions.ts, 700k rows, its default seed)
 * and the CLV cell fitted, changing the margin or the discount rate redraws CLV, its charts and
 * its top list without refitting, in under 100 ms. Timed inside the page: from the field's
 * `change` event to the last change the redraw makes to the cell (a MutationObserver; the cell is
 * quiet for 500 ms after). Prints JSON.
 * `npx tsx bench/clvRedraw.ts http://127.0.0.1:PORT/ [trials]` with `vite preview` serving dist/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBenchChromium, openInApp, timeRedraw } from './redrawTiming.ts';
import { generateTransactions } from './generateTransactions.ts';

const [base = 'http://127.0.0.1:4173/', trialsText = '12'] = process.argv.slice(2);
const file = resolve('.bench-data/clv_log_700k.csv');
if (!existsSync(file)) {
  mkdirSync(resolve('.bench-data'), { recursive: true });
  generateTransactions(file, 700_000);
}

const browser = await launchBenchChromium();
try {
  const page = await openInApp(browser, base, file, 180_000);
  await page.getByTestId('workbook-kind').selectOption('customer-lifetime-value');
  await page.getByTestId('workbook-add').click();
  const cell = page.getByTestId('cell-customer-lifetime-value').last();
  await cell.getByTestId('clv-total').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(2000);
  const lead = await cell.getByTestId('clv-lead').innerText();
  const trials: { field: string; ms: number }[] = [];
  for (let k = 0; k < Number(trialsText); k++) {
    const field = k % 2 === 0 ? 'clv-margin' : 'clv-discount';
    const value = field === 'clv-margin' ? (k % 4 === 0 ? '30' : '35') : k % 4 === 1 ? '8' : '12';
    const ms = await timeRedraw(page, {
      root: '[data-testid=cell-customer-lifetime-value]',
      control: `[data-testid=${field}]`,
      value,
      event: 'change',
      stale: '.stale',
    });
    trials.push({ field, ms: Math.round(ms * 10) / 10 });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const of = (field: string) => trials.filter((t) => t.field === field).map((t) => t.ms);
  const result = {
    customers: lead.match(/^[\d,]+/)?.[0],
    lead,
    trials,
    medianMs: median(trials.map((t) => t.ms)),
    marginMedianMs: median(of('clv-margin')),
    discountMedianMs: median(of('clv-discount')),
    maxMs: Math.max(...trials.map((t) => t.ms)),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
}
