/**
 * What each cluster is: its size, churn (with a 95 % Wilson interval), mean value and share of
 * value, its centre in the features' own units (the mean of its customers' values: after a stop
 * by tolerance the fitted centre can sit a hair from it), and the mean z-score of each matrix column over
 * its customers (z against the clustered customers' mean and population standard deviation; a
 * column with no spread scores 0). Cluster ids are renumbered 1…k, largest cluster first, so
 * that the same fit always reads the same way.
 */
import { wilsonInterval } from '../../stats/wilsonInterval.ts';
import { columnMoments } from './featureScaling.ts';

export interface ClusterProfile {
  /** 1 = the largest cluster. */
  id: number;
  customers: number;
  share: number;
  churned: number;
  churnRate: number;
  low: number;
  high: number;
  /** Mean value of its customers with a value (NaN when none has one). */
  meanValue: number;
  /** Its share of the clustered customers' total value (NaN when there is none). */
  valueShare: number;
  /** Per matrix column, in original units (a one-hot column: the share with that level). */
  centre: number[];
  /** Per matrix column, the mean z-score of its customers. */
  z: number[];
}

/** Old label → new id (1-based), largest cluster first (the lower old label first among equal sizes). */
export function sizeOrder(labels: Int32Array, k: number): Int32Array {
  const size = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) size[labels[i]]++;
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => size[b] - size[a] || a - b);
  const id = new Int32Array(k);
  order.forEach((j, rank) => (id[j] = rank + 1));
  return id;
}

export function clusterProfiles(
  raw: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  k: number,
  churned: Uint8Array,
  value: Float64Array,
): ClusterProfile[] {
  const id = sizeOrder(labels, k);
  const { mean, sd } = columnMoments(raw, n, d);
  const size = new Float64Array(k);
  const lost = new Float64Array(k);
  const valued = new Float64Array(k);
  const valueSum = new Float64Array(k);
  const sums = new Float64Array(k * d);
  let totalValue = 0;
  for (let i = 0; i < n; i++) {
    const j = labels[i];
    size[j]++;
    lost[j] += churned[i];
    if (value[i] === value[i]) {
      valued[j]++;
      valueSum[j] += value[i];
      totalValue += value[i];
    }
    for (let f = 0; f < d; f++) sums[j * d + f] += raw[i * d + f];
  }
  const profiles = Array.from({ length: k }, (_, j): ClusterProfile => {
    const { low, high } = wilsonInterval(lost[j], size[j]);
    return {
      id: id[j],
      customers: size[j],
      share: size[j] / n,
      churned: lost[j],
      churnRate: size[j] > 0 ? lost[j] / size[j] : NaN,
      low,
      high,
      meanValue: valued[j] > 0 ? valueSum[j] / valued[j] : NaN,
      valueShare: totalValue !== 0 ? valueSum[j] / totalValue : NaN,
      centre: Array.from({ length: d }, (_, f) => (size[j] > 0 ? sums[j * d + f] / size[j] : NaN)),
      z: Array.from({ length: d }, (_, f) =>
        sd[f] > 0 && size[j] > 0 ? (sums[j * d + f] / size[j] - mean[f]) / sd[f] : 0,
      ),
    };
  });
  return profiles.sort((a, b) => a.id - b.id);
}
