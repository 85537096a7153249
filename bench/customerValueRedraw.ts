/**
 * The customer-value cell's interactive claim, measured in the built app in Chromium: with a
 * 100k-customer snapshot open (generateCustomerValue.ts, seed 14) and a five-column value score,
 * moving one weight slider redraws the score, its distribution, its stability and its top list
 * in under 100 ms. Timed inside the page: from the slider's `input` event to the last change the
 * redraw makes to the cell (a MutationObserver; the cell is quiet for 500 ms after). Prints JSON.
 * `npx tsx bench/customerValueRedraw.ts http://127.0.0.1:PORT/ [trials]` with `vite preview` serving dist/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBenchChromium, openInApp, timeRedraw } from './redrawTiming.ts';
import { generateCustomerValue } from './generateCustomerValue.ts';

const [base = 'http://127.0.0.1:4173/', trialsText = '12'] = process.argv.slice(2);
const file = resolve('.bench-data/customer_value_100k.csv');
if (!existsSync(file)) {
  mkdirSync(resolve('.bench-data'), { recursive: true });
  generateCustomerValue(file, 100_000, 14);
}

const browser = await launchBenchChromium();
try {
  const page = await openInApp(browser, base, file, 120_000);
  await page.getByTestId('workbook-kind').selectOption('customer-value');
  await page.getByTestId('workbook-add').click();
  const cell = page.getByTestId('cell-customer-value').last();
  await cell.getByTestId('score-results').waitFor({ timeout: 60_000 });
  for (const column of ['MonthlyCharges', 'support_calls', 'credit_risk']) {
    await cell.getByTestId('score-add').selectOption(column);
  }
  for (const column of ['support_calls', 'credit_risk'])
    await cell.getByLabel(`Direction of ${column}`).selectOption('lower');
  await page.waitForTimeout(2000);
  const lead = await cell.getByTestId('score-lead').innerText();
  const trials: number[] = [];
  for (let k = 0; k < Number(trialsText); k++) {
    const ms = await timeRedraw(page, {
      root: '[data-testid=cell-customer-value] .value-score',
      control: '[data-testid=weight-slider]',
      nth: k % 5,
      value: String(k % 2 === 0 ? 0.35 : 0.65),
      event: 'input',
      stale: '[data-testid=score-results]',
    });
    trials.push(ms);
  }
  const sorted = [...trials].sort((a, b) => a - b);
  const result = {
    customers: 100_000,
    columns: 5,
    lead,
    trialsMs: trials.map((t) => Math.round(t * 10) / 10),
    medianMs: sorted[Math.floor(sorted.length / 2)],
    maxMs: sorted.at(-1),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
}
