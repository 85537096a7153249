/**
 * Welch's t interval for a difference of two means (unequal variances; Welch–Satterthwaite
 * degrees of freedom), with its two-sided p-value. As scipy `ttest_ind(equal_var=False)`.
 * NaN values are left out; fewer than two values in a group gives NaN.
 */
import { studentTCdf, studentTQuantile } from './studentT.ts';

function moments(values: ArrayLike<number>): { n: number; mean: number; variance: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++)
    if (values[i] === values[i]) {
      n++;
      sum += values[i];
    }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) ss += (values[i] - mean) ** 2;
  return { n, mean, variance: ss / (n - 1) };
}

export interface WelchInterval {
  difference: number;
  low: number;
  high: number;
  df: number;
  p: number;
  n1: number;
  n2: number;
  mean1: number;
  mean2: number;
}

export function welchInterval(a: ArrayLike<number>, b: ArrayLike<number>, confidence = 0.95): WelchInterval {
  const x = moments(a);
  const y = moments(b);
  const base = { n1: x.n, n2: y.n, mean1: x.mean, mean2: y.mean, difference: x.mean - y.mean };
  if (x.n < 2 || y.n < 2) return { ...base, low: NaN, high: NaN, df: NaN, p: NaN };
  const va = x.variance / x.n;
  const vb = y.variance / y.n;
  const se = Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (x.n - 1) + vb ** 2 / (y.n - 1));
  if (!(se > 0)) return { ...base, low: base.difference, high: base.difference, df: NaN, p: NaN };
  const q = studentTQuantile(1 - (1 - confidence) / 2, df);
  const t = base.difference / se;
  return {
    ...base,
    low: base.difference - q * se,
    high: base.difference + q * se,
    df,
    p: 2 * studentTCdf(-Math.abs(t), df),
  };
}
