/**
 * Sentences shown one after another are joined with a space in English and nothing in Chinese
 * (src/i18n/sentences.ts). Svelte turned the whitespace between two `{t(...)}` expressions into a
 * space, so the Chinese view read "…应立即挽留。 他们的风险收入…". On CDNOW in zh-CN, the cells where
 * that happened are added and no text on the page (screen-reader summaries included) may hold a
 * blank after "。" or "，"; switched to English, the same paragraphs still have their spaces.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, addCell } = appSession(chromiumForFile(), baseUrl);

/** Each kind, and a paragraph of it that joins two sentences (waited for, then checked in English). */
const CELLS: [kind: string, testid: string][] = [
  ['value-risk-quadrant', 'quadrant-headline'],
  ['rfm', 'rfm-lead'],
  ['customer-lifetime-value', 'clv-frequency-chart'],
  ['risk-model', 'risk-gains-sentence'],
  ['retention-economics', 'economics-lead'],
  ['retention-decision', 'decision-lead'],
  ['retention-projection', 'projection-method-note'],
  ['clusters', 'clusters-scatter-note'],
  ['value-tiers', 'chart-summary'],
  ['customer-value', 'margin-lead'],
  ['churn-drivers', 'drivers-left-out'],
];

/** Every piece of page text with a blank after a Chinese full stop or comma, with some context. */
const blanksAfterChinesePunctuation = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n instanceof HTMLElement)) continue; // SVG: axis labels and marks, no sentences
      const e = n;
      // Leaves of text (an element with no element children), and paragraphs whose sentences sit in
      // several text nodes or spans: their innerText is the text as laid out (a blank between two
      // flex items is not drawn, and is not in it), screen-reader summaries included.
      if (e.children.length > 0 && !['P', 'LI', 'DD', 'DT', 'H4', 'FIGCAPTION', 'SPAN'].includes(e.tagName)) continue;
      // Lines apart (blocks, flex items) are not sentences run together: only blanks within a line count.
      for (const line of e.innerText.split('\n'))
        for (const m of line.matchAll(/.{0,12}[。，][ \t\u00a0].{0,12}/g))
          found.push(`${e.dataset.testid ?? e.tagName}: ${m[0]}`);
    }
    return [...new Set(found)];
  });

test('zh-CN: no blank after 。 or ， in the cells that join sentences; English keeps its spaces', async () => {
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?sample=cdnow&lang=zh-CN`);
    await page.getByTestId('churn-rate').waitFor({ timeout: 20_000 });
    for (const [kind, testid] of CELLS) {
      const cell = await addCell(page, kind);
      await cell.scrollIntoViewIfNeeded();
      await cell.getByTestId(testid).first().waitFor({ timeout: 20_000 });
    }
    const quadrant = page.getByTestId('cell-value-risk-quadrant');
    // The headline's second sentence is there (its revenue at risk counted), then nothing on the page
    // has a blank after 。 or ，: the headline, the first place seen, reads "…挽留。他们…".
    await expect.poll(() => quadrant.getByTestId('quadrant-headline').textContent()).toMatch(/他们的风险收入/);
    expect(await blanksAfterChinesePunctuation(page)).toEqual([]);
    expect(await quadrant.getByTestId('quadrant-headline').textContent()).toMatch(/挽留。他们/);
    // A list in a Chinese sentence: full-width brackets and 、/；, not "订单数 (没有取值); …".
    const leftOut = await page.getByTestId('drivers-left-out').innerText();
    expect(leftOut).toMatch(/（[^）]+）；/);
    expect(leftOut).not.toMatch(/ \(|; /);

    await page.getByTestId('locale').selectOption('en');
    const headline = (await quadrant.getByTestId('quadrant-headline').textContent())!.replace(/\s+/g, ' ');
    expect(headline).toMatch(/retain them now\. \S/);
    expect(await page.getByTestId('drivers-left-out').innerText()).toMatch(/ \([^)]+\); /);
    // Paragraphs of two sentences: English keeps ". " between them.
    for (const testid of ['risk-gains-sentence', 'projection-method-note', 'clusters-scatter-note']) {
      const text = (await page.getByTestId(testid).first().textContent())!.replace(/\s+/g, ' ');
      expect(text, testid).toMatch(/[a-z0-9)%]\. [A-Z]/);
      expect(text, testid).not.toMatch(/\.[A-Z]/);
    }
  });
}, 30_000);
