/**
 * The CLV histogram's count axis is a square-root scale: linear ticks crowded its top (CDNOW: 1,000,
 * 1,200, 1,400, 1,600 stacked under each other) and the axis did not say its scale. Ticks are now
 * evenly spaced in √count, and the axis is named with its scale.
 */
import { expect, test } from 'vitest';
import { sqrtCountTicks, valueHistogramPlot } from '../../src/charts/customer-lifetime-value/valuePlots.ts';
import { value } from './clvFixtures.ts';

test('ticks of a √ count axis are few, whole, and spread out on the √ scale', () => {
  // CDNOW's tallest bin held about 1,600 customers.
  expect(sqrtCountTicks(1600)).toEqual([0, 60, 300, 600, 1000]);
  expect(sqrtCountTicks(3)).toEqual([0, 1, 2, 3]);
  expect(sqrtCountTicks(0)).toEqual([0]);
  for (const max of [7, 95, 1600, 23_570, 1e6]) {
    const ticks = sqrtCountTicks(max);
    expect(ticks.length).toBeLessThanOrEqual(6);
    // No two neighbouring ticks closer than a tenth of the axis's √ length (the crowding seen).
    for (let i = 1; i < ticks.length; i++)
      expect(Math.sqrt(ticks[i]) - Math.sqrt(ticks[i - 1]), `${max}: ${ticks}`).toBeGreaterThan(Math.sqrt(max) / 10);
  }
});

test('the histogram uses these ticks and names its axis with the scale', () => {
  const plot = valueHistogramPlot(value, { customersLabel: 'Customers (square-root scale)' });
  const y = plot.y as { ticks: number[]; label: string; type: string };
  expect(y.type).toBe('sqrt');
  expect(y.ticks).toEqual(sqrtCountTicks(Math.max(...value.bins.map((b) => b.customers))));
  expect(y.label).toBe('Customers (square-root scale)');
});
