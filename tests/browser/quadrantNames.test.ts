/**
 * The quadrant name boxes fit their names: they had a fixed 9rem width, and in the presentation
 * view (type drawn larger) "Maintain cheaply" was cut to "Maintain cheap". Checked at 1280×720 and
 * 1920×1080 in both languages, on CDNOW's default quadrant.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

/** Per name box: the width its text needs and the width it has (CSS pixels). */
async function nameFits(page: Page) {
  const shown = page.getByTestId('presentation');
  await shown.getByTestId('quadrant-table').waitFor();
  return shown
    .locator('[data-testid^="quadrant-name-"]')
    .evaluateAll((inputs) =>
      inputs.map((e) => ({ value: (e as HTMLInputElement).value, needs: e.scrollWidth, has: e.clientWidth })),
    );
}

test('presenting: every quadrant name box is as wide as its name, in English and Chinese', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const quadrant = await addCell(page, 'value-risk-quadrant');
    await quadrant.getByTestId('quadrant-table').waitFor({ timeout: 20_000 });
    for (const locale of ['en', 'zh-CN']) {
      await page.getByTestId('locale').selectOption(locale);
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ]) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('workbook-present').click();
        const boxes = await nameFits(page);
        expect(boxes.map((b) => b.value).join('|')).toBe(
          locale === 'en' ? 'Retain now|Maintain cheaply|Grow|Let go' : '立即挽留|低成本维护|发展|放弃',
        );
        for (const box of boxes) expect(box.needs, `${locale} ${width}: ${box.value}`).toBeLessThanOrEqual(box.has);
        await page.keyboard.press('Escape');
        await page.getByTestId('presentation').waitFor({ state: 'detached' });
      }
    }
  });
}, 30_000);
