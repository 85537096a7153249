/**
 * Numbers cut into bins for the models that read categories (ID3, naive Bayes, TAN), the cuts
 * decided on the training rows only: the k/bins quantiles (linear between order statistics, R
 * type 7, numpy's default) of the known values, duplicates and the minimum dropped, so every
 * bin holds some training customers. Bin 0 is below cuts[0], bin k is cuts[k−1] ≤ v < cuts[k],
 * the last bin is cuts[last] and above; a missing value (NaN) has no bin (−1).
 */
export function quantileCuts(values: Float64Array, rows: Int32Array, bins: number): Float64Array {
  const known: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    if (v === v) known.push(v);
  }
  const sorted = Float64Array.from(known).sort();
  if (sorted.length === 0 || bins < 2) return new Float64Array(0);
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) {
    const h = (sorted.length - 1) * (k / bins);
    const lo = Math.floor(h);
    const hi = Math.min(sorted.length - 1, lo + 1);
    const q = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    if (q > sorted[0] && (cuts.length === 0 || q > cuts[cuts.length - 1])) cuts.push(q);
  }
  return Float64Array.from(cuts);
}

/** The bin of each of `rows` (its number of cuts at or below the value), −1 for NaN. */
export function binCodes(values: Float64Array, cuts: Float64Array, rows: Int32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    if (v !== v) {
      out[i] = -1;
      continue;
    }
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cuts[mid] <= v) low = mid + 1;
      else high = mid;
    }
    out[i] = low;
  }
  return out;
}
