/** A small customer-lifetime-value result's chart parts, written out so the snapshots do not move with the fit. */
import type { ClvHoldout, CustomerLifetimeValueResult } from '../../src/engine/api.ts';

// FHL 2005 Figure 5 style: mean holdout purchases by calibration frequency 0 … 7+.
const actual = [0.24, 0.7, 1.39, 1.56, 2.53, 2.95, 3.86, 6.34];
const expected = [0.23, 0.52, 1.04, 1.52, 2.16, 2.79, 3.4, 6.15];
const weeklyActual = [0, 19, 23, 39, 38, 73, 60, 55, 62, 58];
const weeklyExpected = [3.2, 11.7, 20.1, 28.3, 36.0, 43.5, 50.2, 55.9, 58.1, 57.4];
const running = (xs: number[]) => xs.map((_, k) => xs.slice(0, k + 1).reduce((s, v) => s + v, 0));
const start = (k: number) => new Date(Date.UTC(1997, 0, 1 + 7 * k)).toISOString().slice(0, 10);

export const holdout: ClvHoldout = {
  start: '1997-03-06',
  end: '1997-03-11',
  length: 0.71,
  byFrequency: actual.map((a, f) => ({
    frequency: f,
    customers: [1411, 439, 214, 100, 62, 38, 29, 64][f],
    actual: a,
    expected: expected[f],
  })),
  actualTotal: 1882,
  expectedTotal: 1653.4,
  aggregateError: -0.1215,
  meanAbsoluteError: 0.785,
  rootMeanSquaredError: 1.608,
  weekly: weeklyActual.map((a, k) => ({ period: k + 1, start: start(k), actual: a, expected: weeklyExpected[k] })),
  cumulative: running(weeklyActual).map((a, k) => ({
    period: k + 1,
    start: start(k),
    actual: a,
    expected: running(weeklyExpected)[k],
  })),
  calibrationWeeks: 6,
};

export const alive: CustomerLifetimeValueResult['alive'] = {
  bins: Array.from({ length: 20 }, (_, k) => ({
    from: k / 20,
    to: (k + 1) / 20,
    customers: [52, 25, 39, 30, 28, 26, 33, 31, 36, 40, 41, 45, 50, 58, 66, 80, 95, 120, 160, 1402][k],
  })),
  mean: 0.787,
  byRecency: {
    T: 40,
    frequencies: [1, 5],
    recency: [0, 10, 20, 30, 40],
    pAlive: [
      [0.62, 0.68, 0.74, 0.8, 0.86],
      [0.05, 0.15, 0.38, 0.7, 0.95],
    ],
  },
};

export const value: NonNullable<CustomerLifetimeValueResult['value']> = {
  bins: [0, 1, 2, 3, 4].map((k) => ({ from: 50 * k, to: 50 * (k + 1), customers: [1500, 420, 210, 120, 80][k] })),
  above: 24,
  upTo: 250,
  top: [
    {
      id: '20111',
      frequency: 41,
      recency: 66,
      T: 67.9,
      pAlive: 0.96,
      expectedPurchases: 23.8,
      expectedSpend: 41.44,
      clv: 939.48,
    },
    {
      id: '12476',
      frequency: 40,
      recency: 71,
      T: 71.6,
      pAlive: 0.98,
      expectedPurchases: 22.72,
      expectedSpend: 37.71,
      clv: 815.97,
    },
    {
      id: '09811',
      frequency: 12,
      recency: 70,
      T: 75,
      pAlive: 0.91,
      expectedPurchases: 7.1,
      expectedSpend: 60.2,
      clv: 401.2,
    },
  ],
  top10Share: 0.63,
};
