/** A small churn-drivers result for the chart builders: Telco's Contract counts, a binned number and a weak feature. */
import type { ChurnDriversResult, DriverCategory } from '../../src/engine/api.ts';

function category(label: string, churned: number, count: number, range?: [number, number]): DriverCategory {
  const rate = churned / count;
  return {
    label,
    count,
    churned,
    rate,
    low: rate * 0.9,
    high: rate * 1.1,
    riskRatio: rate / 0.2654,
    riskLow: (rate / 0.2654) * 0.92,
    riskHigh: (rate / 0.2654) * 1.08,
    ...(range ? { range } : {}),
  };
}

export const drivers: ChurnDriversResult = {
  stamp: {
    kind: 'churn-drivers',
    definition: { kind: 'flag' },
    asOf: '',
    parameters: { bins: 3, repeats: 3, seed: 1, testFraction: 0.25, factors: [] },
    sources: ['telco.csv'],
  },
  overall: { count: 7043, churned: 1869, rate: 0.2654, entropyBits: 0.835 },
  features: [
    {
      name: 'Contract',
      kind: 'categorical',
      mi: { nats: 0.0985, bits: 0.142, normalised: 0.17 },
      rank: 1,
      missing: 0,
      categories: [
        category('Month-to-month', 1655, 3875),
        category('One year', 166, 1473),
        category('Two year', 48, 1695),
      ],
    },
    {
      name: 'tenure_days',
      kind: 'binned',
      mi: { nats: 0.0704, bits: 0.1015, normalised: 0.122 },
      rank: 2,
      missing: 0,
      edges: [0, 304, 1339, 2191],
      categories: [
        category('0–304', 1100, 2400, [0, 304]),
        category('304–1339', 550, 2300, [304, 1339]),
        category('1339–2191', 219, 2343, [1339, 2191]),
      ],
    },
    {
      name: 'gender',
      kind: 'categorical',
      mi: { nats: 0.00004, bits: 0.00006, normalised: 0.0001 },
      rank: 3,
      missing: 0,
      categories: [category('Female', 939, 3488), category('Male', 930, 3555)],
    },
  ],
  leftOut: [{ column: 'total_value', reason: 'duplicate', of: 'TotalCharges' }],
  permutation: {
    model: 'logistic',
    seed: 1,
    repeats: 3,
    testFraction: 0.25,
    train: 5282,
    test: 1761,
    permuted: 1761,
    baselineAuc: 0.8436,
    features: [
      { feature: 'tenure_days', mean: 0.18, sd: 0.01, drops: [0.17, 0.18, 0.19] },
      { feature: 'Contract', mean: 0.034, sd: 0.004, drops: [0.03, 0.034, 0.038] },
      { feature: 'gender', mean: -0.0002, sd: 0.0003, drops: [0, -0.0005, -0.0001] },
    ],
  },
  factors: [],
  notes: [],
};
