/** The retention economics kernels: the profit curve, the contacts to reach a share of churners, and the lift from retention. */
import { describe, expect, it } from 'vitest';
import {
  campaignProfit,
  contactsToReach,
  curveKs,
} from '../../../../src/core/analyses/retention-economics/campaignCurve.ts';
import {
  conditionalRetention,
  geometricClv,
  retentionLift,
} from '../../../../src/core/analyses/retention-economics/retentionLift.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

describe('campaignProfit(inputs)', () => {
  it('contacts the highest score first and keeps the first k with the highest profit', () => {
    // Churners 0 and 2 are worth 0.5 × 100 = 50 each; every contact costs 5 + 0.5 × 10 = 10.
    const p = campaignProfit({
      score: Float64Array.from([0.9, 0.1, 0.8, 0.2]),
      churn: Float64Array.from([1, 0, 1, 0]),
      value: Float64Array.from([100, 100, 100, 100]),
      contactCost: 5,
      offerCost: 10,
      acceptance: 0.5,
    });
    expect(Array.from(p.order)).toEqual([0, 2, 3, 1]);
    expect(Array.from(p.profit)).toEqual([0, 40, 80, 70, 60]);
    expect(p.bestK).toBe(2);
    expect(contactsToReach(p.reached, 0.5)).toBe(1);
  });

  it('never does worse at its best k than contacting nobody (property, 50 seeded draws)', () => {
    const random = mulberry32(17);
    for (let draw = 0; draw < 50; draw++) {
      const n = 30;
      const score = Float64Array.from({ length: n }, () => random());
      const p = campaignProfit({
        score,
        churn: Float64Array.from(score, (s) => (random() < s ? 1 : 0)),
        value: Float64Array.from({ length: n }, () => 100 * random()),
        contactCost: 3,
        offerCost: 20,
        acceptance: 0.3,
      });
      expect(p.profit[p.bestK]).toBeGreaterThanOrEqual(0);
      expect(Math.max(...p.profit)).toBe(p.profit[p.bestK]);
    }
  });
});

describe('curveKs(n, points, keep)', () => {
  it('thins 0..n and keeps n and the asked k', () => {
    const ks = curveKs(1000, 10, [537]);
    expect(ks[0]).toBe(0);
    expect(ks.at(-1)).toBe(1000);
    expect(ks).toContain(537);
    expect(ks.length).toBeLessThanOrEqual(13);
  });
});

describe('geometricClv(m, r, d)', () => {
  it('is m·r / (1 + d − r) (Gupta & Lehmann 2003, eq. 2: m = 100, r = 0.8, d = 0.1 → 266.67)', () => {
    expect(geometricClv(100, 0.8, 0.1)).toBeCloseTo(800 / 3, 12);
  });
});

describe('conditionalRetention(times, survival, tenure, horizon)', () => {
  it('averages S(t + h) / S(t) over the customers, reading the step curve after each time', () => {
    // S = 0.8 from t = 1, 0.4 from t = 3. Tenure 0: S(2)/S(0) = 0.8; tenure 1: S(3)/S(1) = 0.5.
    expect(conditionalRetention([1, 3], [0.8, 0.4], Float64Array.from([0, 1]), 2)).toBeCloseTo(0.65, 12);
  });
});

describe('retentionLift(inputs)', () => {
  it('caps retention at 1, so it keeps only the customers that were still to lose', () => {
    const l = retentionLift({
      active: 1000,
      retention: 0.98,
      gain: 0.05,
      revenuePerCustomer: 100,
      discount: 0.1,
      ratio: 5,
      retentionCost: 20,
    });
    expect(l.improved).toBe(1);
    expect(l.customersKept).toBeCloseTo(20, 9);
    // 1000 × (1 − 0.98) = 20 kept (floating point: 1e-9).
    expect(l.acquisition.acquisitionCost).toBe(100);
    expect(l.acquisition.replaceCost).toBeCloseTo(2000, 9);
    expect(l.acquisition.keepCost).toBeCloseTo(400, 9);
  });
});
