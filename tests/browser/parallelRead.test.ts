/**
 * A large CSV is read on two threads in the built app (the engine worker and a nested part
 * scanner) and gives the table one thread gives: every row, quoted line ends included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();
const dir = mkdtempSync(join(tmpdir(), 'churnscope-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 12 MB log is read in parts on two threads and keeps every row, quoted line ends included', async () => {
  const rows = 450_000;
  const lines = ['customer_id,date,amount,note'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    // Every 997th note holds a quoted line end, so some cuts at line ends fall inside quotes.
    const note = i % 997 === 0 ? '"call back\nlater"' : 'ok';
    lines.push(`C${(i * 7919) % 50_000},2024-03-${day},${(i % 500) + 0.25},${note}`);
  }
  const path = join(dir, 'big-log.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  const recorded = await chromium.newPage();
  try {
    await recorded.page.goto(baseUrl);
    await recorded.page.setInputFiles('[data-testid=open-file]', path);
    const summary = recorded.page.locator('[data-testid=dataset-summary]');
    await summary.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await summary.getAttribute('data-rows')).toBe(String(rows));
    expect(await summary.getAttribute('data-shape')).toBe('transactions');
    expect(await recorded.page.getByTestId('file-row').getAttribute('data-threads')).toBe('2');
    expect(await recorded.page.getByTestId('quality').innerText()).not.toMatch(/ragged|do not have/i);
    expect(recorded.pageErrors).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
