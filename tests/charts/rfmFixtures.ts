/**
 * A small RFM result in the engine's shapes: four segments of the README map (numbers from R
 * rfm's rfm_segment_summary of rfm_data_orders: Champions 35 / 31,646, Loyal 170 / 76,562 …),
 * a 3 × 3 grid and a migration from an earlier date.
 */
import type { RfmGridCell, RfmMigration, RfmSegment } from '../../src/engine/api.ts';

const segment = (code: string, customers: number, value: number, churned: number, total = 995, spend = 464158) => ({
  code,
  customers,
  share: customers / total,
  value,
  valueShare: value / spend,
  churned,
  churnRate: customers ? churned / customers : NaN,
  churnLow: customers ? Math.max(0, churned / customers - 0.08) : NaN,
  churnHigh: customers ? Math.min(1, churned / customers + 0.08) : NaN,
  meanRecencyDays: 120,
  meanFrequency: 5,
  meanMonetary: customers ? value / customers : NaN,
});

export const rfmSegments: RfmSegment[] = [
  segment('champions', 35, 31646, 0),
  segment('loyal', 170, 76562, 136),
  segment('lost', 148, 35324, 148),
  { ...segment('others', 0, 0, 0), churnRate: NaN },
];

export const rfmGrid: RfmGridCell[] = [1, 2, 3].flatMap((r) =>
  [1, 2, 3].map((f) => {
    const customers = r === 3 && f === 1 ? 0 : 10 * r + f;
    return {
      r,
      f,
      customers,
      meanMonetary: customers ? 100 * r + 40 * f : NaN,
      churned: customers ? 3 - r : 0,
      churnRate: customers ? (3 - r) / customers : NaN,
    };
  }),
);

export const rfmMigration: RfmMigration = {
  asOf: '2005-12-31',
  from: ['champions', 'loyal', 'lost', 'not-yet'],
  to: ['champions', 'loyal', 'lost'],
  counts: [
    [20, 8, 2],
    [10, 120, 30],
    [0, 12, 100],
    [5, 30, 16],
  ],
  earlierCustomers: 302,
  names: {},
};
