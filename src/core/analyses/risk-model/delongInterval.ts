/**
 * DeLong's interval for the area under one ROC curve (DeLong, DeLong & Clarke-Pearson 1988,
 * Biometrics 44(3)), its structural components computed from midranks as in Sun & Xu (2014),
 * "Fast implementation of DeLong's algorithm", IEEE Signal Process. Lett. 21(11), eq. 3–6:
 *   V₁₀(xᵢ) = (Tz(xᵢ) − Tx(xᵢ)) / n,  V₀₁(yⱼ) = 1 − (Tz(yⱼ) − Ty(yⱼ)) / m,
 *   Var(AUC) = S₁₀ / m + S₀₁ / n,
 * and the interval AUC ± z·√Var clipped to [0, 1] (as R's pROC::ci.auc does).
 */
import type { Labels } from './featureSource.ts';
import { midranks } from './rocCurve.ts';

export interface AucInterval {
  auc: number;
  variance: number;
  low: number;
  high: number;
}

function sampleVariance(v: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < v.length; i++) mean += v[i];
  mean /= v.length;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] - mean) ** 2;
  return s / (v.length - 1);
}

export function delongInterval(scores: Float64Array, y: Labels, z = 1.959963984540054): AucInterval {
  const all = midranks(scores);
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < y.length; i++) (y[i] ? pos : neg).push(i);
  const m = pos.length;
  const n = neg.length;
  if (m < 2 || n < 2) return { auc: NaN, variance: NaN, low: NaN, high: NaN };
  const tx = midranks(Float64Array.from(pos, (i) => scores[i]));
  const ty = midranks(Float64Array.from(neg, (i) => scores[i]));
  const v10 = Float64Array.from(pos, (i, a) => (all[i] - tx[a]) / n);
  const v01 = Float64Array.from(neg, (i, b) => 1 - (all[i] - ty[b]) / m);
  let auc = 0;
  for (let a = 0; a < m; a++) auc += v10[a];
  auc /= m;
  const variance = sampleVariance(v10) / m + sampleVariance(v01) / n;
  const half = z * Math.sqrt(variance);
  return { auc, variance, low: Math.max(0, auc - half), high: Math.min(1, auc + half) };
}
