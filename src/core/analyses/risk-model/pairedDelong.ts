/**
 * DeLong's test of the difference between two correlated AUCs: two models' scores on the same
 * customers (DeLong, DeLong & Clarke-Pearson 1988, Biometrics 44(3), section 3), with the
 * structural components from midranks as in Sun & Xu (2014), IEEE Signal Process. Lett. 21(11):
 *   V₁₀ʳ(xᵢ) = (Tzʳ(xᵢ) − Txʳ(xᵢ)) / n,  V₀₁ʳ(yⱼ) = 1 − (Tzʳ(yⱼ) − Tyʳ(yⱼ)) / m   (model r),
 *   S = S₁₀ / m + S₀₁ / n  (2 × 2 sample covariances),  Var(θ₁ − θ₂) = S₁₁ + S₂₂ − 2 S₁₂,
 *   z = (θ₁ − θ₂) / √Var,  p = P(|N(0,1)| ≥ |z|)   (what pROC's roc.test(method = "delong", paired = TRUE) reports).
 */
import { chiSquareSurvival } from '../../stats/chiSquare.ts';
import type { Labels } from './featureSource.ts';
import { midranks } from './rocCurve.ts';

export interface PairedAucTest {
  auc1: number;
  auc2: number;
  /** auc1 − auc2. */
  difference: number;
  /** Standard error of the difference. */
  se: number;
  z: number;
  /** Two-sided. */
  p: number;
  /** The correlation of the two AUC estimates. */
  correlation: number;
}

/** V₁₀ over the churners and V₀₁ over the others, for one model's scores. */
function components(scores: Float64Array, pos: Int32Array, neg: Int32Array): { v10: Float64Array; v01: Float64Array } {
  const m = pos.length;
  const n = neg.length;
  const all = midranks(scores);
  const tx = midranks(Float64Array.from(pos, (i) => scores[i]));
  const ty = midranks(Float64Array.from(neg, (i) => scores[i]));
  return {
    v10: Float64Array.from(pos, (i, a) => (all[i] - tx[a]) / n),
    v01: Float64Array.from(neg, (i, b) => 1 - (all[i] - ty[b]) / m),
  };
}

const mean = (v: Float64Array): number => v.reduce((a, b) => a + b, 0) / v.length;

/** The sample covariance of two equally long vectors (denominator length − 1). */
function covariance(a: Float64Array, b: Float64Array): number {
  const ma = mean(a);
  const mb = mean(b);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / (a.length - 1);
}

const NONE: PairedAucTest = { auc1: NaN, auc2: NaN, difference: NaN, se: NaN, z: NaN, p: NaN, correlation: NaN };

export function pairedDelong(scores1: Float64Array, scores2: Float64Array, y: Labels): PairedAucTest {
  const posList: number[] = [];
  const negList: number[] = [];
  for (let i = 0; i < y.length; i++) (y[i] ? posList : negList).push(i);
  const pos = Int32Array.from(posList);
  const neg = Int32Array.from(negList);
  const m = pos.length;
  const n = neg.length;
  if (m < 2 || n < 2 || scores1.length !== y.length || scores2.length !== y.length) return NONE;
  const a = components(scores1, pos, neg);
  const b = components(scores2, pos, neg);
  const auc1 = mean(a.v10);
  const auc2 = mean(b.v10);
  const s11 = covariance(a.v10, a.v10) / m + covariance(a.v01, a.v01) / n;
  const s22 = covariance(b.v10, b.v10) / m + covariance(b.v01, b.v01) / n;
  const s12 = covariance(a.v10, b.v10) / m + covariance(a.v01, b.v01) / n;
  const variance = s11 + s22 - 2 * s12;
  const difference = auc1 - auc2;
  const se = Math.sqrt(Math.max(0, variance));
  // Identical scores (or a difference with no variance): nothing to test.
  if (!(se > 0)) return { ...NONE, auc1, auc2, difference, se, correlation: s12 / Math.sqrt(s11 * s22) };
  const z = difference / se;
  return { auc1, auc2, difference, se, z, p: chiSquareSurvival(z * z, 1), correlation: s12 / Math.sqrt(s11 * s22) };
}
