/** A small churn-reasons result, worked by hand: 10 churners with a reason, 13 reasons named, two plans, three months. */
import type { ChurnReasonsResult } from '../../src/engine/api.ts';

export const reasons: ChurnReasonsResult = {
  stamp: {
    kind: 'churn-reasons',
    definition: { kind: 'flag' },
    asOf: '2024-03-31',
    parameters: { separators: ';', value: 'fee', involuntaryTypes: ['involuntary', 'natural'], topReasons: 1 },
    sources: ['reasons.csv'],
  },
  column: 'reasons',
  churned: 11,
  withReason: 10,
  withoutReason: 1,
  mentions: 13,
  several: 3,
  notChurnedWithReason: 0,
  reasons: [
    { label: 'Price', type: 'disappointed', count: 6, share: 0.6, cumulative: 0.6, lost: 120 },
    { label: 'Competitor offer', type: 'competitor', count: 4, share: 0.4, cumulative: 1, lost: 200 },
    { label: 'Service', type: 'disappointed', count: 2, share: 0.2, cumulative: 1.2, lost: 30 },
    { label: 'Non-payment', type: 'involuntary', count: 1, share: 0.1, cumulative: 1.3, lost: 10 },
  ],
  tree: [
    {
      branch: 'voluntary',
      count: 9,
      share: 0.9,
      types: [
        {
          type: 'disappointed',
          count: 7,
          share: 0.7,
          reasons: [{ label: 'Price', count: 6, share: 0.6 }],
          others: { reasons: 1, count: 2 },
        },
        {
          type: 'competitor',
          count: 4,
          share: 0.4,
          reasons: [{ label: 'Competitor offer', count: 4, share: 0.4 }],
          others: { reasons: 0, count: 0 },
        },
      ],
    },
    {
      branch: 'involuntary',
      count: 1,
      share: 0.1,
      types: [
        {
          type: 'involuntary',
          count: 1,
          share: 0.1,
          reasons: [{ label: 'Non-payment', count: 1, share: 0.1 }],
          others: { reasons: 0, count: 0 },
        },
      ],
    },
  ],
  segments: {
    column: 'plan',
    labels: ['Basic', 'Premium'],
    churners: [6, 4],
    counts: Int32Array.of(5, 1, 1, 3, 1, 1, 1, 0),
    missing: 0,
  },
  lost: { column: 'fee', total: 300, missing: 0 },
  overTime: {
    months: ['2024-01', '2024-02', '2024-03'],
    counts: Int32Array.of(1, 2, 3, 0, 1, 3, 2, 0, 0, 0, 0, 1),
    undated: 0,
  },
};
