/**
 * Putting features on one scale before k-means, as scikit-learn's scalers do: 'z' subtracts the
 * mean and divides by the population standard deviation (StandardScaler); 'robust' subtracts the
 * median and divides by the interquartile range, quartiles interpolated linearly between order
 * statistics (RobustScaler, numpy's default percentile). A column with no spread is divided by 1,
 * as both scalers do, and reported.
 */

export const SCALINGS = ['z', 'robust'] as const;
export type Scaling = (typeof SCALINGS)[number];

export interface ColumnScales {
  /** Per column: scaled = (value − shift) / scale. */
  shift: Float64Array;
  scale: Float64Array;
  /** Columns with no spread (scale 1). */
  constant: number[];
}

/** The q-quantile of sorted values, linear between order statistics (numpy 'linear', R type 7). */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Mean and population standard deviation of each column of a row-major n × d matrix. */
export function columnMoments(x: Float64Array, n: number, d: number): { mean: Float64Array; sd: Float64Array } {
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let f = 0; f < d; f++) {
    let s = 0;
    for (let i = 0, o = f; i < n; i++, o += d) s += x[o];
    const m = s / n;
    let ss = 0;
    for (let i = 0, o = f; i < n; i++, o += d) ss += (x[o] - m) ** 2;
    mean[f] = m;
    sd[f] = Math.sqrt(ss / n);
  }
  return { mean, sd };
}

export function columnScales(x: Float64Array, n: number, d: number, scaling: Scaling): ColumnScales {
  const shift = new Float64Array(d);
  const scale = new Float64Array(d);
  if (scaling === 'z') {
    const { mean, sd } = columnMoments(x, n, d);
    shift.set(mean);
    scale.set(sd);
  } else {
    const column = new Float64Array(n);
    for (let f = 0; f < d; f++) {
      for (let i = 0, o = f; i < n; i++, o += d) column[i] = x[o];
      column.sort();
      shift[f] = sortedQuantile(column, 0.5);
      scale[f] = sortedQuantile(column, 0.75) - sortedQuantile(column, 0.25);
    }
  }
  const constant: number[] = [];
  for (let f = 0; f < d; f++)
    if (!(scale[f] > 0)) {
      scale[f] = 1;
      constant.push(f);
    }
  return { shift, scale, constant };
}

/** The matrix scaled: a new array, (x − shift) / scale per column. */
export function scaled(x: Float64Array, n: number, d: number, s: ColumnScales): Float64Array {
  const out = new Float64Array(n * d);
  for (let i = 0, o = 0; i < n; i++) for (let f = 0; f < d; f++, o++) out[o] = (x[o] - s.shift[f]) / s.scale[f];
  return out;
}
