/**
 * riskAgainstChurn: the high-risk side (retain now + let go) against the low-risk side (maintain
 * cheaply + grow), flagged only when the high side churns significantly less. Intervals from
 * statsmodels 0.14 `confint_proportions_2indep(c1, n1, c2, n2, method='newcomb', compare='diff')`
 * (printed by /usr/bin/python3; tolerance 1e-9, both are closed forms).
 */
import { describe, expect, it } from 'vitest';
import { riskAgainstChurn } from '../../../../src/core/analyses/value-risk-quadrant/riskAgainstChurn.ts';

/** Quadrants in QUADRANT_CODES order: retain now, maintain cheaply, grow, let go. */
const quadrants = (high: [number, number], low: [number, number]) => [
  { customers: high[1] - 100, churned: high[0] - 10 },
  { customers: low[1] - 50, churned: low[0] - 5 },
  { customers: 50, churned: 5 },
  { customers: 100, churned: 10 },
];

describe('riskAgainstChurn', () => {
  it('flags a significant inversion (Online Retail, 1 − P(alive) at its median): high 218/2,170 vs low 640/2,169', () => {
    const r = riskAgainstChurn(quadrants([218, 2170], [640, 2169]));
    expect(r.high).toEqual({ customers: 2170, churned: 218 });
    expect(r.low).toEqual({ customers: 2169, churned: 640 });
    expect(r.difference).toBeCloseTo(218 / 2170 - 640 / 2169, 12);
    expect(r.lowBound).toBeCloseTo(-0.21751266923724408, 9);
    expect(r.highBound).toBeCloseTo(-0.17152653757115288, 9);
    expect(r.contradicts).toBe(true);
  });

  it('15/100 vs 30/100 is significant; 20/100 vs 30/100 is not (interval crosses 0); the right way round never', () => {
    const sigExact = riskAgainstChurn([
      { customers: 60, churned: 10 },
      { customers: 70, churned: 20 },
      { customers: 30, churned: 10 },
      { customers: 40, churned: 5 },
    ]);
    // high = 15 / 100, low = 30 / 100.
    expect(sigExact.lowBound).toBeCloseTo(-0.26148598204811313, 9);
    expect(sigExact.highBound).toBeCloseTo(-0.03410770350141119, 9);
    expect(sigExact.contradicts).toBe(true);
    const notSig = riskAgainstChurn([
      { customers: 60, churned: 15 },
      { customers: 70, churned: 20 },
      { customers: 30, churned: 10 },
      { customers: 40, churned: 5 },
    ]);
    expect(notSig.highBound).toBeCloseTo(0.020249362153013428, 9);
    expect(notSig.contradicts).toBe(false);
    const right = riskAgainstChurn([
      { customers: 60, churned: 20 },
      { customers: 70, churned: 10 },
      { customers: 30, churned: 10 },
      { customers: 40, churned: 10 },
    ]);
    expect(right.lowBound).toBeCloseTo(-0.020249362153013428, 9);
    expect(right.contradicts).toBe(false);
  });

  it('an empty side or no churn anywhere is no contradiction', () => {
    const none = { customers: 0, churned: 0 };
    expect(riskAgainstChurn([none, { customers: 10, churned: 5 }, none, none]).contradicts).toBe(false);
    const quiet = { customers: 10, churned: 0 };
    expect(riskAgainstChurn([quiet, quiet, quiet, quiet]).contradicts).toBe(false);
  });
});
