/**
 * What each segment holds: customers and their share, spend and its share, churn under the
 * customer table's definition with its Wilson interval, and the mean recency (days), frequency
 * and monetary value. Spend counts each customer at least 0, as the Pareto curve does: a
 * customer whose returns exceed their purchases holds no share rather than a negative one.
 */
import { wilsonInterval } from '../../stats/wilsonInterval.ts';

export interface SegmentFigures {
  customers: number;
  share: number;
  value: number;
  valueShare: number;
  churned: number;
  churnRate: number;
  churnLow: number;
  churnHigh: number;
  meanRecencyDays: number;
  meanFrequency: number;
  /** Over the customers with a known amount. */
  meanMonetary: number;
}

export function segmentSummary(
  segment: Int32Array,
  segments: number,
  measures: { recencyDays: Float64Array; frequency: Float64Array; monetary: Float64Array; value: Float64Array },
  churned: Uint8Array,
): SegmentFigures[] {
  const n = segment.length;
  const count = new Float64Array(segments);
  const value = new Float64Array(segments);
  const lost = new Float64Array(segments);
  const recency = new Float64Array(segments);
  const frequency = new Float64Array(segments);
  const monetary = new Float64Array(segments);
  const known = new Float64Array(segments);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = segment[i];
    const v = measures.value[i] > 0 ? measures.value[i] : 0;
    count[s]++;
    value[s] += v;
    total += v;
    if (churned[i] !== 0) lost[s]++;
    recency[s] += measures.recencyDays[i];
    frequency[s] += measures.frequency[i];
    const m = measures.monetary[i];
    if (m === m) {
      monetary[s] += m;
      known[s]++;
    }
  }
  return Array.from({ length: segments }, (_, s) => {
    const { low, high } = wilsonInterval(lost[s], count[s]);
    return {
      customers: count[s],
      share: n > 0 ? count[s] / n : NaN,
      value: value[s],
      valueShare: total > 0 ? value[s] / total : NaN,
      churned: lost[s],
      churnRate: lost[s] / count[s],
      churnLow: low,
      churnHigh: high,
      meanRecencyDays: recency[s] / count[s],
      meanFrequency: frequency[s] / count[s],
      meanMonetary: monetary[s] / known[s],
    };
  });
}
