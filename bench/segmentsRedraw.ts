/**
 * The segment cells' interactive claim (issue 14: switching RFM scheme, clusters k or value-score
 * weights redraws in under 100 ms at 100k customers), measured in the built app in Chromium.
 * Inputs, made when missing: `.bench-data/customer_value_100k.csv` (generateCustomerValue.ts, seed
 * 14; clusters on tenure and MonthlyCharges, k 2–8) and `.bench-data/rfm_100k_log.csv`
 * (generateTransactions.ts, 700,000 rows: ~100k customers). Each trial is timed inside the page
 * from the control's `change`/`input` event to the last change the redraw makes to the cell (a
 * MutationObserver; the cell quiet for 500 ms after), and split into the engine's answer (the
 * time until the query is no longer busy: worker compute and transfer) and what follows (charts).
 * `npx tsx bench/segmentsRedraw.ts http://127.0.0.1:PORT/ [trials]` with `vite preview` serving dist/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBenchChromium, openInApp } from './redrawTiming.ts';
import { generateCustomerValue } from './generateCustomerValue.ts';
import { generateTransactions } from './generateTransactions.ts';

const [base = 'http://127.0.0.1:4173/', trialsText = '6'] = process.argv.slice(2);
const trials = Number(trialsText);
const snapshot = resolve('.bench-data/customer_value_100k.csv');
const log = resolve('.bench-data/rfm_100k_log.csv');
if (!existsSync(snapshot)) generateCustomerValue(snapshot, 100_000, 14);
const logCustomers = existsSync(log) ? null : generateTransactions(log, 700_000).customers;

/** Times one change of a control in a cell: to the last DOM change, and to the first (the answer's arrival). */
async function timed(page: Page, cellTestId: string, control: string, value: string, kind: 'select' | 'range') {
  return page.evaluate(
    async ({ cellTestId, control, value, kind }) => {
      const root = [...document.querySelectorAll(`[data-testid=${cellTestId}]`)].at(-1)!;
      const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid=${control}]`)!;
      let first = 0;
      let last = 0;
      const observer = new MutationObserver(() => {
        last = performance.now();
        first ||= last;
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event(kind === 'select' ? 'change' : 'input', { bubbles: true }));
      for (;;) {
        await new Promise((done) => setTimeout(done, 100));
        if (last > 0 && performance.now() - last > 500) break;
        if (performance.now() - start > 60_000) break;
      }
      observer.disconnect();
      return { totalMs: last - start, firstChangeMs: first - start };
    },
    { cellTestId, control, value, kind },
  );
}

async function addCell(page: Page, kind: string): Promise<Locator> {
  await page.getByTestId('workbook-kind').selectOption(kind);
  await page.getByTestId('workbook-add').click();
  return page.getByTestId(`cell-${kind}`).last();
}

function summary(list: { totalMs: number; firstChangeMs: number }[]) {
  const sorted = list.map((t) => t.totalMs).sort((a, b) => a - b);
  return {
    trialsMs: list.map((t) => Math.round(t.totalMs)),
    firstChangeMs: list.map((t) => Math.round(t.firstChangeMs)),
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
    maxMs: Math.round(sorted.at(-1)!),
  };
}

const browser = await launchBenchChromium();
const out: Record<string, unknown> = { logCustomers };
try {
  const page = await openInApp(browser, base, snapshot, 120_000);
  const clusters = await addCell(page, 'clusters');
  await clusters.getByTestId('clusters-lead').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(1500);
  const ks: { totalMs: number; firstChangeMs: number }[] = [];
  for (let t = 0; t < trials; t++)
    ks.push(await timed(page, 'cell-clusters', 'clusters-k', String(3 + (t % 4)), 'select'));
  out.clustersK = { lead: await clusters.getByTestId('clusters-lead').innerText(), ...summary(ks) };

  const value = await addCell(page, 'customer-value');
  await value.getByTestId('score-results').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  const weights: { totalMs: number; firstChangeMs: number }[] = [];
  for (let t = 0; t < trials; t++)
    weights.push(await timed(page, 'cell-customer-value', 'weight-slider', t % 2 ? '0.35' : '0.65', 'range'));
  out.valueWeights = summary(weights);

  await page.setInputFiles('[data-testid=open-file]', log);
  await page.getByTestId('churn-rate').waitFor({ timeout: 180_000 });
  await page.waitForTimeout(2000);
  const rfm = await addCell(page, 'rfm');
  await rfm.getByTestId('rfm-lead').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  const schemes: { totalMs: number; firstChangeMs: number }[] = [];
  for (let t = 0; t < trials; t++)
    schemes.push(await timed(page, 'cell-rfm', 'rfm-scheme', ['mean8', 'quintile', 'median8'][t % 3], 'select'));
  out.rfmScheme = { lead: await rfm.getByTestId('rfm-lead').innerText(), ...summary(schemes) };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} finally {
  await browser.close();
}
