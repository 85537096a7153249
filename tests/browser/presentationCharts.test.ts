/**
 * The presentation view's charts (issue #18 §3): at 1920×1080 and 1280×720 a chart fills the
 * presentation's width (not the workbook's 960 px cap) and its type is drawn larger than in the
 * workbook, by the scale chartScale.ts gives for the viewport's height.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { presentationScale } from '../../src/charts/chartScale.ts';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

/** The chart's box, its drawing's drawn width and a tick label's drawn height, in CSS pixels. */
function measure(page: Page, scope: string) {
  return page
    .locator(`${scope} .chart-plot`)
    .first()
    .evaluate((plot) => {
      const svg = plot.querySelector('svg:last-of-type')!;
      const tick = svg.querySelector('text')!;
      return {
        box: plot.clientWidth,
        drawn: svg.getBoundingClientRect().width,
        type: tick.getBoundingClientRect().height,
      };
    });
}

test('presenting, a chart fills the width in larger type at 1920×1080 and 1280×720', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'churn-by-attribute');
    await cell.locator('.chart-plot svg').first().waitFor();
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      const inWorkbook = await measure(page, '[data-testid=cell-churn-by-attribute]');
      await page.getByTestId('workbook-present').click();
      await page.getByTestId('presentation').locator('.chart-plot svg').first().waitFor();
      await page.waitForTimeout(300);
      const presented = await measure(page, '[data-testid=presentation]');
      const scale = presentationScale(height);
      // The drawing spans its box (within 2 %), and the box is the presentation's width less its padding.
      expect(presented.drawn / presented.box).toBeGreaterThan(0.98);
      expect(presented.box).toBeGreaterThan(width - 120);
      // Type is larger by the scale (within 10 %: text boxes round to whole pixels).
      expect(presented.type / inWorkbook.type).toBeGreaterThan(scale * 0.9);
      expect(presented.type / inWorkbook.type).toBeLessThan(scale * 1.1);
      await page.keyboard.press('Escape');
      await page.getByTestId('presentation').waitFor({ state: 'detached' });
    }
  });
}, 90_000);
