import { chiSquareSurvival } from '../../../stats/chiSquare.ts';
import { ldlDecompose, ldlSolve, quadraticFormInverse } from './choleskyLdl.ts';
import type { CoxData, CoxTies } from './efronLikelihood.ts';
import { timeTransform, type TimeTransform } from './timeTransform.ts';

/**
 * The proportional-hazards check of R's `cox.zph` (survival ≥ 3.0; Grambsch & Therneau 1994):
 * for each covariate, a score test that its coefficient does not drift with g(t), g the
 * transformed time (by default "km": 1 − the left-continuous Kaplan–Meier), centred on its mean
 * over the events. At the fitted β, with the model widened to β + γ g(t), the score for γ is
 * U_γ = Σ_events g(t) (x − x̄(t)) and the information the full 2p × 2p matrix; the statistic for
 * covariate j is U' I⁻¹ U over (β, γ_j) with the β-part of U set to 0, 1 df; the global test uses
 * all γ, p df (zph1.c). The scaled Schoenfeld residuals r̂ · (I/d)⁻¹ + β, one row per event in
 * time order, are what a plot of β(t) against g(t) shows.
 */
export interface ProportionalHazardsTest {
  transform: TimeTransform;
  chiSquare: Float64Array;
  p: Float64Array;
  global: { statistic: number; df: number; p: number };
  /** g(t) at each event, in time order. */
  x: Float64Array;
  time: Float64Array;
  /** Scaled Schoenfeld residuals, events × covariates, row-major. */
  scaledResiduals: Float64Array;
}

export function proportionalHazardsTest(
  data: CoxData,
  beta: Float64Array,
  ties: CoxTies = 'efron',
  transform: TimeTransform = 'km',
): ProportionalHazardsTest {
  const { n, p, x, event, groupStart } = data;
  const g = timeTransform(data, transform);
  let eventSum = 0;
  let events = 0;
  for (let i = 0; i < n; i++) {
    if (!event[i]) continue;
    eventSum += g[i];
    events++;
  }
  const gMean = events > 0 ? eventSum / events : 0;
  const q = 2 * p;
  const u = new Float64Array(q);
  const imat = new Float64Array(q * q);
  const schoen = new Float64Array(events * p);
  const a = new Float64Array(p);
  const a2 = new Float64Array(p);
  const cmat = new Float64Array(p * p);
  const cmat2 = new Float64Array(p * p);
  const risk = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (let j = 0; j < p; j++) e += x[i * p + j] * beta[j];
    risk[i] = Math.exp(e);
  }
  let denom = 0;
  let eventIndex = events;
  for (let grp = groupStart.length - 2; grp >= 0; grp--) {
    const first = groupStart[grp];
    const last = groupStart[grp + 1];
    const weight = g[first] - gMean;
    let deaths = 0;
    let denom2 = 0;
    a2.fill(0);
    cmat2.fill(0);
    for (let i = last - 1; i >= first; i--) {
      const r = risk[i];
      const target = event[i] ? a2 : a;
      const targetMatrix = event[i] ? cmat2 : cmat;
      if (event[i]) {
        deaths++;
        denom2 += r;
        eventIndex--;
        for (let j = 0; j < p; j++) {
          schoen[eventIndex * p + j] = x[i * p + j];
          u[j] += x[i * p + j];
          u[j + p] += weight * x[i * p + j];
        }
      } else denom += r;
      for (let j = 0; j < p; j++) {
        target[j] += r * x[i * p + j];
        for (let k = 0; k <= j; k++) targetMatrix[j * p + k] += r * x[i * p + j] * x[i * p + k];
      }
    }
    if (deaths === 0) continue;
    for (let j = 0; j < p; j++) {
      let mean = 0;
      for (let m = 0; m < deaths; m++) {
        const f = ties === 'efron' ? (m + 1) / deaths : 1;
        mean += (a[j] + a2[j] * f) / (denom + denom2 * f);
      }
      for (let m = 0; m < deaths; m++) schoen[(eventIndex + m) * p + j] -= mean / deaths;
    }
    // Efron: the deaths enter the sums a share 1/d at a time; Breslow: all at once, d times over.
    const shares = ties === 'efron' ? deaths : 1;
    const perShare = ties === 'efron' ? 1 : deaths;
    for (let m = 0; m < shares; m++) {
      denom += denom2 / shares;
      for (let j = 0; j < p; j++) {
        a[j] += a2[j] / shares;
        const mean = a[j] / denom;
        u[j] -= perShare * mean;
        u[j + p] -= weight * perShare * mean;
        for (let k = 0; k <= j; k++) {
          cmat[j * p + k] += cmat2[j * p + k] / shares;
          const t = (perShare * (cmat[j * p + k] - mean * a[k])) / denom;
          imat[k * q + j] += t;
          imat[k * q + j + p] += weight * t;
          imat[(k + p) * q + j + p] += weight * weight * t;
        }
      }
    }
  }
  // Fill the symmetric 2p × 2p information from the upper triangles zph1.c accumulates.
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) {
      imat[j * q + k] = imat[k * q + j];
      imat[j * q + k + p] = imat[k * q + j + p];
      imat[(j + p) * q + k + p] = imat[(k + p) * q + j + p];
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) imat[(j + p) * q + k] = imat[k * q + j + p];

  const chiSquare = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const keep = [...Array(p).keys(), p + j];
    const sub = new Float64Array(keep.length * keep.length);
    keep.forEach((r, a) => keep.forEach((c, b) => (sub[a * keep.length + b] = imat[r * q + c])));
    const score = new Float64Array(keep.length);
    score[p] = u[p + j];
    chiSquare[j] = quadraticFormInverse(ldlDecompose(sub, keep.length), score);
  }
  const globalScore = new Float64Array(q);
  for (let j = 0; j < p; j++) globalScore[p + j] = u[p + j];
  const globalStatistic = quadraticFormInverse(ldlDecompose(imat, q), globalScore);

  // Scaled residuals: schoen · (I_ββ / d)⁻¹ + β, row by row.
  const vmean = new Float64Array(p * p);
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) vmean[j * p + k] = imat[j * q + k] / events;
  const vmeanFactor = ldlDecompose(vmean, p);
  const scaledResiduals = new Float64Array(events * p);
  const times = new Float64Array(events);
  const transformed = new Float64Array(events);
  for (let e = 0, i = 0; i < n; i++) {
    if (!event[i]) continue;
    const row = ldlSolve(vmeanFactor, schoen.slice(e * p, (e + 1) * p));
    for (let j = 0; j < p; j++) scaledResiduals[e * p + j] = row[j] + beta[j];
    times[e] = data.time[i];
    transformed[e] = g[i];
    e++;
  }
  return {
    transform,
    chiSquare,
    p: chiSquare.map((c) => chiSquareSurvival(c, 1)),
    global: { statistic: globalStatistic, df: p, p: chiSquareSurvival(globalStatistic, p) },
    x: transformed,
    time: times,
    scaledResiduals,
  };
}
