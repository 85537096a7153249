import { describe, expect, it } from 'vitest';
import { holdoutFit } from '../../../../src/core/analyses/customer-lifetime-value/holdoutValidation.ts';
import { repeatTracking } from '../../../../src/core/analyses/customer-lifetime-value/repeatTracking.ts';
import { purchaseModel } from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import {
  bgNbdConditionalExpectation,
  bgNbdExpectation,
} from '../../../../src/core/analyses/customer-lifetime-value/bgNbd.ts';

// The paper's CDNOW parameters (Fader, Hardie & Lee 2005).
const params = [0.243, 4.414, 0.793, 2.426];
const model = purchaseModel('bg-nbd', params);

describe('holdoutFit', () => {
  const calibration = {
    x: Float64Array.of(0, 0, 1, 3, 9, 12),
    tx: Float64Array.of(0, 0, 5, 20, 30, 35),
    T: Float64Array.of(30, 38, 36, 38, 38, 38),
  };
  const actual = Float64Array.of(0, 1, 2, 1, 6, 4);
  const fit = holdoutFit(model, calibration, actual, 39);
  const expected = Array.from(calibration.x, (x, i) =>
    bgNbdConditionalExpectation(params, 39, x, calibration.tx[i], calibration.T[i]),
  );

  it('holdoutFit groups calibration frequencies 0 … 7+ with mean actual and expected purchases', () => {
    expect(fit.byFrequency.map((g) => g.customers)).toEqual([2, 1, 0, 1, 0, 0, 0, 2]);
    // Means of the customers in each group, by hand; expected by FHL eq. (10) directly (1e-12).
    expect(fit.byFrequency[0].actual).toBe(0.5);
    expect(fit.byFrequency[0].expected).toBeCloseTo((expected[0] + expected[1]) / 2, 12);
    expect(fit.byFrequency[7].actual).toBe(5);
    expect(fit.byFrequency[7].expected).toBeCloseTo((expected[4] + expected[5]) / 2, 12);
    expect(fit.byFrequency[2].actual).toBeNaN();
  });
  it('holdoutFit states the aggregate error, the mean absolute and the root mean squared error', () => {
    const sum = expected.reduce((s, e) => s + e, 0);
    expect(fit.actualTotal).toBe(14);
    expect(fit.expectedTotal).toBeCloseTo(sum, 12);
    expect(fit.aggregateError).toBeCloseTo((sum - 14) / 14, 12);
    expect(fit.meanAbsoluteError).toBeCloseTo(expected.reduce((s, e, i) => s + Math.abs(actual[i] - e), 0) / 6, 12);
    expect(fit.rootMeanSquaredError).toBeCloseTo(
      Math.sqrt(expected.reduce((s, e, i) => s + (actual[i] - e) ** 2, 0) / 6),
      12,
    );
  });
  it('holdoutFit with nobody buying in the holdout has no aggregate error', () => {
    expect(holdoutFit(model, calibration, new Float64Array(6), 39).aggregateError).toBeNaN();
  });
});

describe('repeatTracking', () => {
  // Day numbers: customer A first buys on day 100, again on 103, 110 and 125; B first on 102, again on 102 + 20.
  const cohort = {
    firstDay: Float64Array.of(100, 102),
    row: Int32Array.of(0, 1),
    dayStart: Int32Array.of(0, 4, 6),
    days: Int32Array.of(100, 103, 110, 125, 102, 122),
  };
  const t = repeatTracking(model, cohort, 127, 7);

  it('repeatTracking counts repeat purchase days by week from the cohort’s first day, the trial left out', () => {
    // Weeks from day 100: [100, 106] 103 → 1; [107, 113] 110 → 1; [114, 120] none; [121, 127] 122, 125 → 2.
    expect(Array.from(t.actual)).toEqual([1, 1, 0, 2]);
    expect(Array.from(t.cumulativeActual)).toEqual([1, 2, 2, 4]);
    expect(Array.from(t.weekStart)).toEqual([100, 107, 114, 121]);
  });
  it('repeatTracking expects Σ E[X(t − sᵢ)] by the end of each week', () => {
    [106, 113, 120, 127].forEach((lastDay, w) => {
      const e = bgNbdExpectation(params, (lastDay - 100) / 7) + bgNbdExpectation(params, (lastDay - 102) / 7);
      // FHL eq. (9) directly: 1e-12.
      expect(t.cumulativeExpected[w]).toBeCloseTo(e, 12);
    });
    expect(t.expected[1]).toBeCloseTo(t.cumulativeExpected[1] - t.cumulativeExpected[0], 12);
  });
  it('repeatTracking leaves out purchases after the end day and customers without a row', () => {
    const cut = repeatTracking(model, { ...cohort, row: Int32Array.of(0, -1) }, 120, 7);
    expect(Array.from(cut.actual)).toEqual([1, 1, 0]);
  });
});
