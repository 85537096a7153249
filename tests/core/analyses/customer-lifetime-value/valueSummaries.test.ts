import { describe, expect, it } from 'vitest';
import {
  aliveByRecency,
  aliveHistogram,
  topCustomers,
  topShare,
  valueHistogram,
} from '../../../../src/core/analyses/customer-lifetime-value/valueSummaries.ts';
import { purchaseModel } from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import { bgNbdAlive } from '../../../../src/core/analyses/customer-lifetime-value/bgNbd.ts';

describe('value summaries', () => {
  it('aliveHistogram counts P(alive) in twentieths, 1 in the last bin, NaN left out', () => {
    const bins = aliveHistogram(Float64Array.of(0, 0.04, 0.05, 0.999, 1, NaN));
    expect(bins).toHaveLength(20);
    expect([bins[0].customers, bins[1].customers, bins[19].customers]).toEqual([2, 1, 2]);
  });
  it('valueHistogram bins up to the 99th percentile and counts the customers above it', () => {
    const values = Float64Array.from({ length: 200 }, (_, i) => i);
    const h = valueHistogram(values, 10);
    // floor(0.99 · 200) = 198th of the sorted values: 198; one value (199) above.
    expect(h.upTo).toBe(198);
    expect(h.above).toBe(1);
    expect(h.bins.reduce((s, b) => s + b.customers, 0)).toBe(199);
  });
  it('topCustomers lists the highest first, ties by position, NaN left out', () => {
    expect(topCustomers(Float64Array.of(3, NaN, 9, 3, 7, 1), 3)).toEqual([2, 4, 0]);
    expect(topCustomers(Float64Array.of(5, 5, 5), 2)).toEqual([0, 1]);
  });
  it('topShare is the share of the total the top customers hold', () => {
    // Top 10 % of 10 customers is the largest, 10 of 55.
    expect(
      topShare(
        Float64Array.from({ length: 10 }, (_, i) => i + 1),
        0.1,
      ),
    ).toBeCloseTo(10 / 55, 14);
  });
  it('aliveByRecency gives the model’s P(alive) from recency 0 to T for each frequency', () => {
    const params = [0.243, 4.414, 0.793, 2.426];
    const curves = aliveByRecency(purchaseModel('bg-nbd', params), [1, 5], 40, 5);
    expect(curves.recency).toEqual([0, 10, 20, 30, 40]);
    expect(curves.pAlive[1][2]).toBe(bgNbdAlive(params, 5, 20, 40));
  });
});
