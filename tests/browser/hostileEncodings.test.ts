/**
 * Encodings in the built app: a Shift_JIS export opens with its Japanese header (detected, named
 * in the summary); a short Big5 file that reads as plausible Simplified Chinese is warned about
 * with a "Read as Big5" button, and the button (like the encoding chooser) reads the names
 * Python wrote (tests/fixtures/hostile/encodings/*.expected.txt).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();
const dir = (name: string) => resolve('tests', 'fixtures', 'hostile', 'encodings', name);
const expectedRows = (name: string) =>
  readFileSync(dir(`${name}.expected.txt`), 'utf8')
    .split('\r\n')
    .map((l) => l.split(','));

async function open(file: string) {
  const recorded = await chromium.newPage();
  await recorded.page.goto(baseUrl);
  await recorded.page.setInputFiles('[data-testid=open-file]', dir(file));
  const summary = recorded.page.locator('[data-testid=dataset-summary]');
  await summary.waitFor({ state: 'attached', timeout: 60_000 });
  return { recorded, page: recorded.page, summary };
}

test('a Shift_JIS export opens with its Japanese header and the encoding named in the summary', async () => {
  const { recorded, page, summary } = await open('shift-jis-japan.csv');
  try {
    const [header] = expectedRows('shift-jis-japan.csv');
    expect(await summary.getAttribute('data-rows')).toBe('24');
    expect(await summary.innerText()).toContain('Shift_JIS (Japanese)');
    expect(await page.getByTestId('encoding').inputValue()).toBe('shift_jis');
    expect(await page.getByTestId(`role-${header[1]}`).count()).toBe(1);
    expect(await page.getByTestId('quality').locator('[data-code=encoding-detected]').innerText()).toContain(
      'it was read as Shift_JIS (Japanese)',
    );
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('a Big5 file that reads as plausible Simplified Chinese gets a warning; "Read as Big5" reads the right names, in both languages', async () => {
  const { recorded, page } = await open('big5-looks-gbk.csv');
  try {
    const rows = expectedRows('big5-looks-gbk.csv');
    const quality = page.getByTestId('quality');
    const warning = quality.locator('[data-code=encoding-uncertain]');
    await expect.poll(() => warning.innerText()).toContain('Big5 (Traditional Chinese)');
    expect(await warning.evaluate((li) => li.closest('details')?.className)).toContain('severity-warning');
    const preview = page.getByTestId('preview');
    expect(await preview.innerText()).not.toContain(rows[1][1]);
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => warning.innerText()).toContain('Big5（繁体中文）');
    await warning.locator('button[data-encoding=big5]').click();
    await expect.poll(() => page.getByTestId('encoding').inputValue()).toBe('big5');
    await expect.poll(() => preview.innerText()).toContain(rows[1][1]);
    expect(await quality.locator('[data-code=encoding-uncertain]').count()).toBe(0);
    // The chooser reads it back in GB18030, and the wrong names return.
    await page.getByTestId('encoding').selectOption('gb18030');
    await expect.poll(() => preview.innerText()).not.toContain(rows[1][1]);
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
