/**
 * Number fields as wide as their value: the retention projection's period field showed "30.437" of
 * CDNOW's 30.4375 days, and the retention economics offer cost "139.7" of Telco's 139.75 (in
 * Chinese). Every number field of those cells must show its whole value (or placeholder) beside the
 * spin buttons, in English and Chinese.
 */
import { expect, inject, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

/** Per number field: its text, the text's width in the field's font and the room inside it (CSS px). */
function fits(cell: Locator) {
  return cell.locator('input[type=number]').evaluateAll((inputs) =>
    inputs.map((e) => {
      const input = e as HTMLInputElement;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const text = input.value || input.placeholder;
      // The spin buttons take about 15 px of the content box in Chromium.
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 15;
      return { text, needs: context.measureText(text).width, room };
    }),
  );
}

async function expectWhole(cell: Locator, what: string) {
  const fields = await fits(cell);
  expect(fields.length, what).toBeGreaterThan(0);
  for (const f of fields) expect(f.needs, `${what}: "${f.text}"`).toBeLessThanOrEqual(f.room);
}

test('CDNOW projection period and Telco offer cost are shown whole, in English and Chinese', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSample(page, 'cdnow');
    const projection = await addCell(page, 'retention-projection');
    const period = projection.getByTestId('projection-period-days');
    await expect.poll(() => period.getAttribute('placeholder'), { timeout: 30_000 }).toBe('30.4375');
    for (const locale of ['en', 'zh-CN']) {
      await page.getByTestId('locale').selectOption(locale);
      await expectWhole(projection, `projection ${locale}`);
    }
  });
  await withPage(async (page) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSample(page, 'telco');
    const economics = await addCell(page, 'retention-economics');
    await economics.getByTestId('economics-lead').waitFor({ timeout: 30_000 });
    const values = await economics
      .locator('input[type=number]')
      .evaluateAll((i) => i.map((e) => (e as HTMLInputElement).value));
    expect(values).toContain('139.75');
    for (const locale of ['en', 'zh-CN']) {
      await page.getByTestId('locale').selectOption(locale);
      await expectWhole(economics, `economics ${locale}`);
    }
  });
}, 30_000);
