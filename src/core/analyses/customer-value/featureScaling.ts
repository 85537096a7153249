/**
 * Putting a customer column on a common scale before it is weighted into a value score. Each
 * column is scaled over the customers who have a value in it (NaN stays NaN):
 * - rank: the percentile rank (r − 1) / (n − 1), r the rank from 1 with ties given their average
 *   rank (scipy.stats.rankdata, method 'average'), so 0 is the lowest, 1 the highest, and one
 *   customer or a column of equal values is 0.5;
 * - min–max: (x − min) / (max − min), 0.5 when all values are equal;
 * - z: (x − mean) / sd with the population sd (scipy.stats.zscore, ddof 0), 0 when all are equal.
 */
import type { ValueScaling as Scaling } from '../../../engine/api.ts';

export type { Scaling };

/** The column's known values, sorted ascending (NaN left out). */
function sortedKnown(values: Float64Array): Float64Array {
  let known = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) known++;
  const sorted = new Float64Array(known);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) sorted[k++] = values[i];
  return sorted.sort();
}

/** First index in sorted whose value is at least v (below: false) or above v (below: true). */
function boundary(sorted: Float64Array, v: number, above: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v || (above && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Percentile ranks. The tied values of v occupy sorted positions [first, end), so their average
 * 1-based rank is (first + end + 1) / 2 and the percentile (first + end − 1) / (2 (n − 1)).
 */
export function percentileRank(values: Float64Array): Float64Array {
  const sorted = sortedKnown(values);
  const n = sorted.length;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) out[i] = NaN;
    else if (n === 1) out[i] = 0.5;
    else out[i] = (boundary(sorted, v, false) + boundary(sorted, v, true) - 1) / (2 * (n - 1));
  }
  return out;
}

export function minMaxScale(values: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v !== v ? NaN : span > 0 ? (v - min) / span : 0.5;
  }
  return out;
}

export function zScore(values: Float64Array): Float64Array {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  // Two passes (mean, then squared deviations) keep the variance exact for large, close values.
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    if (d === d) squares += d * d;
  }
  const sd = Math.sqrt(squares / n);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v !== v ? NaN : sd > 0 ? (v - mean) / sd : 0;
  }
  return out;
}

export function scaleColumn(values: Float64Array, scaling: Scaling): Float64Array {
  return scaling === 'rank' ? percentileRank(values) : scaling === 'minmax' ? minMaxScale(values) : zScore(values);
}

/**
 * A scaled column turned so that higher is better: a column where lower is better (credit risk,
 * complaints) is mirrored, 1 − s on the 0–1 scales (rank, min–max) and −s for z.
 */
export function oriented(scaled: Float64Array, scaling: Scaling, higherIsBetter: boolean): Float64Array {
  if (higherIsBetter) return scaled;
  const out = new Float64Array(scaled.length);
  if (scaling === 'z') for (let i = 0; i < scaled.length; i++) out[i] = -scaled[i];
  else for (let i = 0; i < scaled.length; i++) out[i] = 1 - scaled[i];
  return out;
}
