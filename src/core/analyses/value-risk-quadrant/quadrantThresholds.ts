/**
 * The thresholds that cut the quadrant, over the numbers of the customers placed (NaN-free):
 * the median, the number at a top share, and the 20/80 (Pareto) value threshold.
 */
import { medianInPlace, selectInPlace } from '../../stats/medianInPlace.ts';

/** The median (mean of the two middle values when the count is even); NaN for none. */
export function medianOf(values: Float64Array): number {
  return values.length === 0 ? NaN : medianInPlace(values.slice(), values.length);
}

/**
 * The median as a cut for "at or above it": the median, unless it is also the lowest value, so
 * that "≥ median" takes every customer (1 − P(alive) is exactly 0 for every customer the BG/NBD
 * model is sure of — half of CDNOW — and the median cut called all of them high risk). Then the
 * next value above it is the cut when that puts nearer half of the customers at or above it.
 * Otherwise, ties or not, the median itself (as pandas' and DuckDB's median). NaN for none.
 */
export function medianSplit(values: Float64Array): number {
  const m = medianOf(values);
  if (m !== m) return m;
  let atOrAbove = 0;
  let next = Infinity;
  let lowest = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v >= m) atOrAbove++;
    if (v > m && v < next) next = v;
    if (v < lowest) lowest = v;
  }
  if (m > lowest || next === Infinity) return m;
  let above = 0;
  for (let i = 0; i < values.length; i++) if (values[i] >= next) above++;
  const half = values.length / 2;
  return Math.abs(above - half) < Math.abs(atOrAbove - half) ? next : m;
}

/** The ⌈share × n⌉-th largest value (the lowest of the top `share`); NaN for none. */
export function topShareThreshold(values: Float64Array, share: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const k = Math.min(n, Math.max(1, Math.ceil(share * n - 1e-9)));
  const copy = values.slice();
  selectInPlace(copy, n - k, n - 1);
  return copy[n - k];
}

/**
 * The 20/80 rule: customers sorted by value, highest first, and their value summed until it
 * reaches `share` of the total positive value; the threshold is the value of the customer at
 * which it does, so every customer at or above it is among the top that hold `share`. NaN when
 * no customer has a positive value.
 */
export function paretoThreshold(values: Float64Array, share = 0.8): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) total += values[i];
  if (!(total > 0)) return NaN;
  const sorted = values.slice().sort().reverse();
  const target = share * total;
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (!(sorted[i] > 0)) return sorted[i - 1];
    sum += sorted[i];
    // A tolerance of one part in 1e12 so a share reached exactly is not missed by rounding.
    if (sum >= target * (1 - 1e-12)) return sorted[i];
  }
  return sorted[sorted.length - 1];
}

/** Both numbers of the customers where both are known, as two packed arrays. */
export function placedPairs(x: Float64Array, y: Float64Array): { x: Float64Array; y: Float64Array } {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i] && y[i] === y[i]) n++;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0, j = 0; i < x.length; i++)
    if (x[i] === x[i] && y[i] === y[i]) {
      px[j] = x[i];
      py[j++] = y[i];
    }
  return { x: px, y: py };
}
