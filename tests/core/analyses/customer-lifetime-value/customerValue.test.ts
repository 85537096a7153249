import { describe, expect, it } from 'vitest';
import {
  customerPredictions,
  monthlySchedule,
} from '../../../../src/core/analyses/customer-lifetime-value/customerValue.ts';
import { expectedSpend, fitGammaGamma } from '../../../../src/core/analyses/customer-lifetime-value/gammaGamma.ts';
import { bgNbdConditionalExpectation } from '../../../../src/core/analyses/customer-lifetime-value/bgNbd.ts';
import {
  fitPurchaseModel,
  purchaseModel,
} from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import { uniqueRows } from '../../../../src/core/analyses/customer-lifetime-value/uniqueRows.ts';
import { cdnowWithSpend, reference } from './cdnowSummary.ts';

const cdnow = cdnowWithSpend();
const bg = fitPurchaseModel('bg-nbd', uniqueRows(cdnow.x, cdnow.tx, cdnow.T));
const repeat = Array.from(cdnow.x.keys()).filter((i) => cdnow.x[i] > 0);
const gg = fitGammaGamma({
  x: Float64Array.from(repeat, (i) => cdnow.x[i]),
  meanSpend: Float64Array.from(repeat, (i) => cdnow.zbar[i]),
});
const spendOf = (params: ArrayLike<number>) => (i: number) =>
  expectedSpend(Float64Array.from(params), cdnow.x[i], cdnow.zbar[i]);

describe('customerPredictions', () => {
  it('customerPredictions reproduces the lifetimes Quickstart’s CLV (12 steps of 30 weeks, 1 % a step)', () => {
    // lifetimes docs/Quickstart.md: customer_lifetime_value(time=12, discount_rate=0.01) on these data in
    // weeks, which steps 30 units at a time: customers 1–10 → 140.096211 … 38.180574. Its parameters
    // are its own optimiser's: 1e-4 relative.
    const published = [
      140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574, 167.418216, 38.180574,
    ];
    const times = Float64Array.from({ length: 12 }, (_, k) => 30 * (k + 1));
    const factors = Float64Array.from({ length: 12 }, (_, k) => 1.01 ** -(k + 1));
    const p = customerPredictions(purchaseModel('bg-nbd', bg.params), cdnow, { times, factors }, spendOf(gg.params), 1);
    published.forEach((v, i) => expect(Math.abs(p.clv[i] / v - 1)).toBeLessThan(1e-4));
  });
  it('customerPredictions matches SciPy’s CLV over 52 weeks in monthly steps at 10 % a year, margin 0.3', () => {
    const model = purchaseModel('bg-nbd', reference.bgnbd.params);
    const schedule = monthlySchedule(52, 7, 0.1);
    const p = customerPredictions(model, cdnow, schedule, spendOf(reference.gammaGamma.params), 0.3);
    // make_reference.py: the same schedule and parameters with scipy.special.hyp2f1: 1e-10 relative.
    reference.clv.forEach(([x, tx, T, , clv], i) => {
      expect([cdnow.x[i], cdnow.tx[i], cdnow.T[i]]).toEqual([x, tx, T]);
      expect(Math.abs(p.clv[i] / clv - 1)).toBeLessThan(1e-10);
    });
  });
  it('customerPredictions without discount is margin × spend × expected purchases over the horizon', () => {
    const model = purchaseModel('bg-nbd', bg.params);
    const p = customerPredictions(model, cdnow, monthlySchedule(39, 7, 0), spendOf(gg.params), 0.5);
    for (const i of [0, 1, 5, 100]) {
      const e = bgNbdConditionalExpectation(bg.params, 39, cdnow.x[i], cdnow.tx[i], cdnow.T[i]);
      // Telescoping steps: exact up to rounding, 1e-12 relative.
      expect(Math.abs(p.expectedPurchases[i] / e - 1)).toBeLessThan(1e-12);
      expect(Math.abs(p.clv[i] / (0.5 * p.expectedSpend[i] * e) - 1)).toBeLessThan(1e-12);
    }
  });
  it('customerPredictions without a spend model gives P(alive) and purchases, and NaN spend and CLV', () => {
    const p = customerPredictions(purchaseModel('bg-nbd', bg.params), cdnow, monthlySchedule(52, 7, 0.1), null, 1);
    expect(p.pAlive[0]).toBeGreaterThan(0);
    expect(p.expectedSpend[0]).toBeNaN();
    expect(p.clv[0]).toBeNaN();
  });
  it('customerPredictions gives NaN for a customer without T', () => {
    const one = { x: Float64Array.of(1), tx: Float64Array.of(2), T: Float64Array.of(NaN) };
    const p = customerPredictions(purchaseModel('bg-nbd', bg.params), one, monthlySchedule(52, 7, 0.1), null, 1);
    expect([p.pAlive[0], p.expectedPurchases[0]]).toEqual([NaN, NaN]);
  });
});

describe('monthlySchedule', () => {
  it('monthlySchedule(52 weeks) has 12 steps ending at 52, discounted by (1 + d)^−years', () => {
    const s = monthlySchedule(52, 7, 0.1);
    expect(s.times).toHaveLength(12);
    expect(s.times[11]).toBe(52);
    expect(s.factors[11]).toBeCloseTo(1.1 ** (-(52 * 7) / 365.25), 14);
  });
  it('monthlySchedule(365 days) and monthlySchedule(12 months) both step monthly', () => {
    expect(monthlySchedule(365, 1, 0).times).toHaveLength(12);
    expect(monthlySchedule(12, 365.25 / 12, 0).times).toHaveLength(12);
    expect(monthlySchedule(1, 7, 0).times).toHaveLength(1);
  });
});
