/**
 * The eight RFM classes of Chinese BI practice (RFM 八大类): each of recency, frequency and
 * monetary value is high when strictly above its mean (or median) over the customers, else low —
 * recency oriented so that high means recent (strictly fewer days since the last purchase than
 * the cut). Class = (M low ? 4 : 0) + (R low ? 2 : 0) + (F low ? 1 : 0), in the order of
 * EIGHT_CLASS_CODES: 重要价值 HHH, 重要发展 HLH, 重要保持 LHH, 重要挽留 LLH, then 一般… with M low.
 */
import { rankedValues } from './orderStatistics.ts';

export type CutStatistic = 'mean' | 'median';

/**
 * The mean or the median (mean of the two middle values for an even count, as R's median) of the
 * known values; NaN when none. Remembered for the array (rankedValues: it must not change afterwards).
 */
export function cutOf(values: Float64Array, statistic: CutStatistic): number {
  const ranked = rankedValues(values);
  const { known: n, sum } = ranked;
  if (n === 0) return NaN;
  if (statistic === 'mean') return sum / n;
  const [low, high] = ranked.at([(n - 1) >> 1, n >> 1]);
  return (low + high) / 2;
}

export interface EightClasses {
  /** 0…7, the index into EIGHT_CLASS_CODES. */
  classOf: Uint8Array;
  /** 2 high, 1 low (a customer with an unknown amount is M low). */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  thresholds: { recency: number; frequency: number; monetary: number };
}

export function eightClasses(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  statistic: CutStatistic,
): EightClasses {
  const n = recencyDays.length;
  if (frequency.length !== n || monetary.length !== n)
    throw new RangeError('eightClasses: recency, frequency and monetary differ in length');
  const thresholds = {
    recency: cutOf(recencyDays, statistic),
    frequency: cutOf(frequency, statistic),
    monetary: cutOf(monetary, statistic),
  };
  const classOf = new Uint8Array(n);
  const r = new Uint8Array(n);
  const f = new Uint8Array(n);
  const m = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const rHigh = recencyDays[i] < thresholds.recency;
    const fHigh = frequency[i] > thresholds.frequency;
    const mHigh = monetary[i] > thresholds.monetary;
    r[i] = rHigh ? 2 : 1;
    f[i] = fHigh ? 2 : 1;
    m[i] = mHigh ? 2 : 1;
    classOf[i] = (mHigh ? 0 : 4) + (rHigh ? 0 : 2) + (fHigh ? 0 : 1);
  }
  return { classOf, r, f, m, thresholds };
}
