import type { CoxData, CoxTies } from './efronLikelihood.ts';

/**
 * The baseline cumulative hazard of a fitted Cox model, as R's `survfit.coxph` computes it for
 * the fit's ties (Therneau & Grambsch 2000, §10.2): at an event time with d events, risk-set sum
 * R and the events' share D of it (exp(η) over centred covariates),
 *   Breslow: ΔH₀ = d / R;     Efron: ΔH₀ = Σ_{k=0}^{d−1} 1 / (R − (k/d) D).
 * A customer with linear predictor η (on the same centring) then has S(t) = exp(−H₀(t) e^η) and
 * P(churn by t) = 1 − S(t), R's default `stype = 2`.
 */
export interface BaselineHazard {
  /** Distinct event times, ascending. */
  times: Float64Array;
  /** H₀ just after each of them. */
  cumulative: Float64Array;
}

export function baselineHazard(data: CoxData, beta: Float64Array, ties: CoxTies = 'efron'): BaselineHazard {
  const { n, p, x, event, groupStart } = data;
  const risk = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (let j = 0; j < p; j++) e += x[i * p + j] * beta[j];
    risk[i] = Math.exp(e);
  }
  const groups = groupStart.length - 1;
  const increment = new Float64Array(groups);
  const hasEvent = new Uint8Array(groups);
  let atRisk = 0;
  for (let g = groups - 1; g >= 0; g--) {
    let deaths = 0;
    let deathRisk = 0;
    for (let i = groupStart[g]; i < groupStart[g + 1]; i++) {
      atRisk += risk[i];
      if (event[i]) {
        deaths++;
        deathRisk += risk[i];
      }
    }
    if (deaths === 0) continue;
    hasEvent[g] = 1;
    if (ties === 'breslow') increment[g] = deaths / atRisk;
    else for (let k = 0; k < deaths; k++) increment[g] += 1 / (atRisk - (k / deaths) * deathRisk);
  }
  const times: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let g = 0; g < groups; g++) {
    if (!hasEvent[g]) continue;
    total += increment[g];
    times.push(data.time[groupStart[g]]);
    cumulative.push(total);
  }
  return { times: Float64Array.from(times), cumulative: Float64Array.from(cumulative) };
}

/** H₀(t): the step function at t (0 before the first event). */
export function cumulativeHazardAt(hazard: BaselineHazard, t: number): number {
  const { times, cumulative } = hazard;
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid] <= t) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? 0 : cumulative[low - 1];
}

/** S(t | η) = exp(−H₀(t) · e^η), η centred as the fit's linear predictor. */
export function survivalAt(hazard: BaselineHazard, t: number, linearPredictor: number): number {
  return Math.exp(-cumulativeHazardAt(hazard, t) * Math.exp(linearPredictor));
}
