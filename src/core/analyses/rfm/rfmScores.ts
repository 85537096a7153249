/**
 * RFM scores as the R package rfm computes them (rsquaredacademy/rfm, R/utils.R `bins` and
 * R/rfm-table-transaction.R `rfm_prep_bins`): the breaks are the type-7 quantiles at 1/bins,
 * 2/bins, … of the customers' values plus 1, and a customer scores i when their value lies in
 * [lower_i, upper_i) with lower = (min, breaks…) and upper = (breaks…, max + 1). Equal values
 * always share a score (ties stay together), tied breaks leave a score empty, and recency is
 * reversed: the fewest days since the last purchase score highest.
 */
import { rankedValues } from './orderStatistics.ts';

/** R's type-7 position of probability p among n values: the 1-based index, as R's `1 + max(n - 1, 0) * p`. */
const type7Index = (n: number, p: number) => 1 + Math.max(n - 1, 0) * p;

/**
 * R's `(1 - h) * x[lo] + h * x[hi]` (stats::quantile, type 7; Hyndman & Fan 1996, definition 7),
 * so that breaks such as 297.4000000000001 come out bit for bit as in R.
 */
function type7(low: number, high: number, index: number): number {
  const lo = Math.floor(index);
  if (!(index > lo) || high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}

/** R's `quantile(x, p, type = 7)` of ascending values. */
export function quantileType7(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const index = type7Index(n, p);
  return type7(sorted[Math.floor(index) - 1], sorted[Math.ceil(index) - 1], index);
}

/**
 * The bins − 1 inner breaks of R rfm: quantile k/bins (R's `seq(0, 1, length.out = bins + 1)`)
 * plus 1, over the known values (R stops at a missing one; here a missing value scores 0).
 * Only the order statistics the quantiles read are found, without sorting every value, and each
 * is remembered for the array (rankedValues: the values must not change afterwards).
 */
export function rfmBreaks(values: Float64Array, bins: number): Float64Array {
  if (!Number.isInteger(bins) || bins < 2)
    throw new RangeError(`rfmBreaks: bins must be an integer of at least 2, got ${bins}`);
  const ranked = rankedValues(values);
  const n = ranked.known;
  const breaks = new Float64Array(bins - 1);
  if (n === 0) return breaks.fill(NaN);
  const step = 1 / bins;
  const indices = Array.from({ length: bins - 1 }, (_, k) => type7Index(n, (k + 1) * step));
  const ranks = indices.flatMap((index) => [Math.floor(index) - 1, Math.ceil(index) - 1]);
  const at = ranked.at(ranks);
  indices.forEach((index, k) => (breaks[k] = type7(at[2 * k], at[2 * k + 1], index) + 1));
  return breaks;
}

/**
 * Each value's score under `breaks` (ascending): 1 + the number of breaks at or below it, which
 * is R rfm's interval i = [breaks[i − 2], breaks[i − 1]); reversed, bins + 1 − that. Every value
 * between the smallest and the largest lies in exactly one interval. A missing value (NaN) scores 0.
 */
export function scoresByBreaks(values: Float64Array, breaks: Float64Array, reversed: boolean): Uint8Array {
  const n = values.length;
  const bins = breaks.length + 1;
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) continue;
    let below = 0;
    while (below < breaks.length && breaks[below] <= v) below++;
    scores[i] = reversed ? bins - below : below + 1;
  }
  return scores;
}

export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  breaks: { recency: Float64Array; frequency: Float64Array; monetary: Float64Array };
}

/** Quintile-style scores 1…bins of recency (days since the last purchase, reversed), frequency and monetary value. */
export function rfmScores(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  bins: number,
): RfmScores {
  if (recencyDays.length !== frequency.length || frequency.length !== monetary.length)
    throw new RangeError('rfmScores: recency, frequency and monetary differ in length');
  const breaks = {
    recency: rfmBreaks(recencyDays, bins),
    frequency: rfmBreaks(frequency, bins),
    monetary: rfmBreaks(monetary, bins),
  };
  return {
    r: scoresByBreaks(recencyDays, breaks.recency, true),
    f: scoresByBreaks(frequency, breaks.frequency, false),
    m: scoresByBreaks(monetary, breaks.monetary, false),
    breaks,
  };
}
