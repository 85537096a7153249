/** A small customer-value result in the engine's shapes: four margin tiers (one negative) and a three-column score. */
import type { MarginSummary, ValueScoreResult } from '../../src/engine/api.ts';

export const margin: MarginSummary = {
  source: 'rate',
  rate: 0.3,
  breaks: [0.5, 0.8],
  tiers: [
    {
      tier: 'high',
      customers: 120,
      share: 0.12,
      margin: 52000,
      marginShare: 0.52,
      value: 173000,
      churned: 12,
      churnRate: 0.1,
      low: 0.058,
      high: 0.167,
      minMargin: 300,
      maxMargin: 2100,
    },
    {
      tier: 'medium',
      customers: 220,
      share: 0.22,
      margin: 29000,
      marginShare: 0.29,
      value: 96000,
      churned: 40,
      churnRate: 40 / 220,
      low: 0.137,
      high: 0.238,
      minMargin: 100,
      maxMargin: 299,
    },
    {
      tier: 'low',
      customers: 560,
      share: 0.56,
      margin: 19000,
      marginShare: 0.19,
      value: 63000,
      churned: 160,
      churnRate: 160 / 560,
      low: 0.25,
      high: 0.324,
      minMargin: 0,
      maxMargin: 99,
    },
    {
      tier: 'negative',
      customers: 100,
      share: 0.1,
      margin: -4000,
      marginShare: -0.04,
      value: 2000,
      churned: 45,
      churnRate: 0.45,
      low: 0.356,
      high: 0.548,
      minMargin: -400,
      maxMargin: -1,
    },
  ],
  totalMargin: 96000,
  positiveMargin: 100000,
  unknown: 0,
};

const ids = ['C-104', 'C-017', 'C-233', 'C-058', 'C-301', 'C-009'];
const scores = [0.91, 0.88, 0.84, 0.8, 0.77, 0.75];
// Parts: revenue (rank, 0.5), tenure (min–max, 0.3), risk (z, lower is better, 0.2; one below its mean).
const parts = [
  [0.5, 0.49, 0.45, 0.47, 0.4, 0.44],
  [0.3, 0.27, 0.29, 0.21, 0.3, 0.25],
  [0.11, 0.12, 0.1, 0.12, 0.07, 0.06],
];
parts[2][3] = scores[3] - parts[0][3] - parts[1][3];
parts[0][4] = 0.5;
parts[2][4] = scores[4] - parts[0][4] - parts[1][4];

export const score: ValueScoreResult = {
  features: [
    {
      column: 'revenue',
      direction: 'higher',
      scaling: 'rank',
      weight: 0.5,
      weightShare: 0.5,
      missing: 0,
      constant: false,
    },
    {
      column: 'tenure',
      direction: 'higher',
      scaling: 'minmax',
      weight: 0.3,
      weightShare: 0.3,
      missing: 0,
      constant: false,
    },
    { column: 'risk', direction: 'lower', scaling: 'z', weight: 0.2, weightShare: 0.2, missing: 4, constant: false },
  ],
  scored: 30,
  unscored: 4,
  churnRate: 0.3,
  distribution: {
    edges: [0, 0.2, 0.4, 0.6, 0.8, 1],
    customers: [3, 7, 9, 7, 4],
    churned: [2, 3, 3, 1, 0],
  },
  top: {
    share: 0.2,
    count: 6,
    threshold: 0.75,
    ids,
    score: Float64Array.from(scores),
    components: parts.map((p) => Float64Array.from(p)),
    churned: Uint8Array.of(0, 0, 1, 0, 0, 0),
    churnRate: 1 / 6,
    low: 0.03,
    high: 0.56,
  },
  stability: [
    { column: 'revenue', down: { overlap: 5 / 6, jaccard: 5 / 7 }, up: { overlap: 1, jaccard: 1 } },
    { column: 'tenure', down: { overlap: 1, jaccard: 1 }, up: { overlap: 4 / 6, jaccard: 0.5 } },
    { column: 'risk', down: { overlap: 1, jaccard: 1 }, up: { overlap: 5 / 6, jaccard: 5 / 7 } },
  ],
};
