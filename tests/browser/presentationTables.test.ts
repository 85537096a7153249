/**
 * The presentation view keeps every cell's tables (issue #18 loose ends): the presentation body
 * is a flex column, and a table's horizontal scroll box used to shrink to nothing in it (the
 * early-warning list vanished between "Download list" and "Show more"). Its sparklines and the
 * value-risk quadrant's scatter are drawn larger by the presentation's scale (chartScale.ts).
 */
import { expect, inject, test } from 'vitest';
import { presentationScale } from '../../src/charts/chartScale.ts';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('presenting CDNOW at 1280×720: the warning list, its sparklines and the quadrant scatter keep their size and scale', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSample(page, 'cdnow');
    const warnings = await addCell(page, 'early-warnings');
    await warnings.getByTestId('warning-row').first().waitFor({ timeout: 20_000 });
    const inWorkbook = await warnings.getByTestId('warnings').evaluate((e) => e.getBoundingClientRect().height);
    const quadrant = await addCell(page, 'value-risk-quadrant');
    await quadrant.getByTestId('quadrant-canvas').waitFor({ timeout: 20_000 });
    const scale = presentationScale(720);

    await page.getByTestId('workbook-present').click();
    const shown = page.getByTestId('presentation');
    await shown.getByTestId('warning-row').first().waitFor();
    // The list is as tall as in the workbook (the same rows; larger type only makes it taller).
    const list = await shown.getByTestId('warnings').evaluate((e) => e.getBoundingClientRect().height);
    expect(list).toBeGreaterThanOrEqual(inWorkbook * 0.95);
    expect(await shown.getByTestId('warning-row').first().isVisible()).toBe(true);
    // A sparkline: 96 × 24 in the workbook, drawn scale times larger here (to the pixel).
    const spark = await shown.locator('svg.sparkline').first().boundingBox();
    expect(spark!.width).toBeCloseTo(96 * scale, 0);
    expect(spark!.height).toBeCloseTo(24 * scale, 0);

    await page.keyboard.press('ArrowRight');
    const canvas = shown.getByTestId('quadrant-canvas');
    await canvas.waitFor();
    expect(Number(await canvas.getAttribute('data-scale'))).toBe(scale);
    // 420 px high in the workbook, scale times that here; its table below keeps its rows.
    expect((await canvas.boundingBox())!.height).toBeCloseTo(420 * scale, 0);
    const table = await shown.getByTestId('quadrant-table').evaluate((e) => e.getBoundingClientRect().height);
    expect(table).toBeGreaterThan(100);
  });
}, 30_000);
