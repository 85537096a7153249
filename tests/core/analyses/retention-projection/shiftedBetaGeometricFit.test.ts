import { describe, expect, it } from 'vitest';
import {
  fitLifeTable,
  fitShares,
  fitShiftedBetaGeometric,
  fittedRetention,
  fittedSurvival,
} from '../../../../src/core/analyses/retention-projection/shiftedBetaGeometricFit.ts';
import {
  lifeTableLogLikelihood,
  shiftedBetaGeometricLogLikelihood,
} from '../../../../src/core/analyses/retention-projection/shiftedBetaGeometric.ts';
import {
  constantChurnByLeastSquares,
  constantChurnByLikelihood,
} from '../../../../src/core/analyses/retention-projection/constantChurn.ts';
import {
  cohortLifeTable,
  lifeTableSurvival,
  periodLifeTable,
} from '../../../../src/core/analyses/retention-projection/periodLifeTable.ts';

// Fader & Hardie (2007), "How to project customer retention", Table 1: customers alive of 1,000, years 0–7.
const REGULAR = Float64Array.of(1000, 631, 468, 382, 326, 289, 262, 241);
const HIGH_END = Float64Array.of(1000, 869, 743, 653, 593, 551, 517, 491);
/** Exactly geometric: 1000 · 0.8^t, a churn probability of 0.2 for everybody in every year. */
const GEOMETRIC = Float64Array.from({ length: 8 }, (_, t) => 1000 * 0.8 ** t);

describe('fitShiftedBetaGeometric (counts)', () => {
  it('fitShiftedBetaGeometric(Fader & Hardie 2007 Table 1) gives their α and β', () => {
    const regular = fitShiftedBetaGeometric(REGULAR);
    const high = fitShiftedBetaGeometric(HIGH_END);
    // Published: regular α = 0.704, β = 1.182; high end α = 0.668, β = 3.806 (3 decimals).
    expect([regular.outcome, high.outcome]).toEqual(['converged', 'converged']);
    expect(regular.alpha).toBeCloseTo(0.704, 3);
    expect(regular.beta).toBeCloseTo(1.182, 3);
    expect(high.alpha).toBeCloseTo(0.668, 3);
    expect(high.beta).toBeCloseTo(3.806, 3);
    expect(regular.churnRate).toBeCloseTo(regular.alpha / (regular.alpha + regular.beta), 14);
  });

  it('fitShiftedBetaGeometric(1000 · 0.8^t) is degenerate: one constant churn rate θ = 0.2', () => {
    const fit = fitShiftedBetaGeometric(GEOMETRIC);
    expect(fit.outcome).toBe('degenerate-constant-churn');
    // The MLE of one rate is Σ lost / Σ at risk = 0.2 · Σ 1000·0.8^(t−1) / Σ 1000·0.8^(t−1) = 0.2.
    expect(fit.churnRate).toBeCloseTo(0.2, 12);
    // α and β ran off along α / (α + β) = 0.2.
    expect(fit.alpha).toBeGreaterThan(1e4);
    expect(fit.alpha / (fit.alpha + fit.beta)).toBeCloseTo(0.2, 6);
    // The projection is (1 − θ)^t = 0.8^t, the retention a flat 0.8.
    fittedSurvival(fit, 12).forEach((s, t) => expect(s).toBeCloseTo(0.8 ** t, 12));
    fittedRetention(fit, 12).forEach((r) => expect(r).toBeCloseTo(0.8, 12));
  });

  it('fitShiftedBetaGeometric(nobody leaves) is degenerate with θ = 0', () => {
    const fit = fitShiftedBetaGeometric(Float64Array.of(1000, 1000, 1000));
    expect(fit.outcome).toBe('degenerate-constant-churn');
    expect(fit.churnRate).toBe(0);
  });

  it('fitShiftedBetaGeometric(retention that falls) is degenerate: the sBG only lets retention rise', () => {
    // Nobody leaves in year 1, 100 in year 2: the best non-rising hazard is one rate, 100 / 2000 = 0.05.
    const fit = fitShiftedBetaGeometric(Float64Array.of(1000, 1000, 900));
    expect(fit.outcome).toBe('degenerate-constant-churn');
    expect(fit.churnRate).toBeCloseTo(0.05, 12);
  });
});

describe('fitLifeTable (cohorts observed for different lengths)', () => {
  it('lifeTableLogLikelihood(pooled cohorts) is the sum of each cohort’s own log-likelihood', () => {
    // Fader & Hardie's multi-cohort sBG multiplies the cohorts' likelihoods. Cohort A: REGULAR
    // years 0–3; cohort B, a year younger: 500 then 320. Pooled by year since start: at risk
    // 1000 + 500, 631, 468; lost 369 + 180, 163, 86.
    const pooled = { atRisk: Float64Array.of(1500, 631, 468), lost: Float64Array.of(549, 163, 86) };
    for (const [alpha, beta] of [
      [0.704, 1.182],
      [2, 3],
    ])
      expect(lifeTableLogLikelihood(alpha, beta, pooled)).toBeCloseTo(
        shiftedBetaGeometricLogLikelihood(alpha, beta, REGULAR.slice(0, 4)) +
          shiftedBetaGeometricLogLikelihood(alpha, beta, Float64Array.of(500, 320)),
        9,
      );
  });

  it('shiftedBetaGeometricLogLikelihood(2, 3, alive) is Σ lost·ln P(T = t) + alive_n·ln S(n)', () => {
    // α = 2, β = 3: S(t) = 12 / ((t + 3)(t + 4)) (B(2, 3 + t) / B(2, 3)), P(T = t) = S(t − 1) − S(t).
    const S = (t: number) => 12 / ((t + 3) * (t + 4));
    const alive = Float64Array.of(100, 60, 45);
    const expected = 40 * Math.log(S(0) - S(1)) + 15 * Math.log(S(1) - S(2)) + 45 * Math.log(S(2));
    expect(shiftedBetaGeometricLogLikelihood(2, 3, alive)).toBeCloseTo(expected, 12);
  });

  it('fitLifeTable(one cohort) equals fitShiftedBetaGeometric on its counts', () => {
    const a = fitLifeTable(cohortLifeTable(REGULAR));
    const b = fitShiftedBetaGeometric(REGULAR);
    expect(a.alpha).toBeCloseTo(b.alpha, 8);
    expect(a.logLikelihood).toBeCloseTo(b.logLikelihood, 6);
  });
});

describe('fitShares (least squares on proportions)', () => {
  it('fitShares(Fader & Hardie 2007 shares) matches SciPy least_squares', () => {
    // scipy.optimize.least_squares on S(t; e^x) − observed, t = 1..7, xtol = ftol = gtol = 1e-15:
    // regular α = 0.713391, β = 1.190647 (SSE 9.824969e-5); high end α = 0.699123, β = 3.918948.
    const regular = fitShares(REGULAR.map((n) => n / 1000));
    const high = fitShares(HIGH_END.map((n) => n / 1000));
    expect(regular.outcome).toBe('converged');
    expect(regular.alpha).toBeCloseTo(0.713391, 5);
    expect(regular.beta).toBeCloseTo(1.190647, 5);
    expect(regular.sumSquares).toBeCloseTo(9.824969e-5, 10);
    expect(high.alpha).toBeCloseTo(0.699123, 5);
    expect(high.beta).toBeCloseTo(3.918948, 5);
    // No sample size, so no likelihood.
    expect(regular.logLikelihood).toBeNaN();
  });

  it('fitShares(0.8^t) is degenerate with θ = 0.2', () => {
    const fit = fitShares(GEOMETRIC.map((n) => n / 1000));
    expect(fit.outcome).toBe('degenerate-constant-churn');
    expect(fit.churnRate).toBeCloseTo(0.2, 9);
  });

  it('fitShares(shares not starting at 1, or rising) gives NaN', () => {
    expect(fitShares(Float64Array.of(100, 63.1, 46.8)).churnRate).toBeNaN();
    expect(fitShares(Float64Array.of(1, 0.5, 0.6)).churnRate).toBeNaN();
  });
});

describe('constantChurn', () => {
  it('constantChurnByLikelihood(life table) is Σ lost / Σ at risk', () => {
    const { theta, logLikelihood } = constantChurnByLikelihood({
      atRisk: Float64Array.of(100, 50),
      lost: Float64Array.of(50, 10),
    });
    // 60 lost of 150 at risk: θ = 0.4; log L = 60 ln 0.4 + 90 ln 0.6.
    expect(theta).toBeCloseTo(0.4, 15);
    expect(logLikelihood).toBeCloseTo(60 * Math.log(0.4) + 90 * Math.log(0.6), 12);
  });
  it('constantChurnByLeastSquares(regular shares) matches SciPy minimize_scalar', () => {
    // scipy.optimize.minimize_scalar(bounded, xatol 1e-14) on Σ (S_t − (1 − θ)^t)²: θ = 0.2482158, SSE 0.04602292.
    const { theta, sumSquares } = constantChurnByLeastSquares(REGULAR.map((n) => n / 1000));
    expect(theta).toBeCloseTo(0.2482158, 6);
    expect(sumSquares).toBeCloseTo(0.04602292, 7);
  });
});

describe('periodLifeTable', () => {
  // Periods of 10 days. A: one-time buyer, lost. B: last seen day 15, lost. C: last seen day 25
  // but observed only 27 days (2 whole periods), so its loss in period 3 is not yet counted.
  // D: active, observed 35 days (3 periods). E: joined too recently (observed −3 days). F: no duration.
  const duration = [0, 15, 25, 40, 5, NaN];
  const churned = [1, 1, 1, 0, 0, 0];
  const observed = [100, 100, 27, 35, -3, 100];

  it('periodLifeTable(last seen) counts each customer in the whole periods it was observed', () => {
    const t = periodLifeTable(duration, churned, observed, 10, 'last-seen');
    // Period 1: A, B, C, D at risk, A lost. Period 2: B, C, D, B lost (⌊15 / 10⌋ + 1 = 2). Period 3: D.
    expect(Array.from(t.atRisk)).toEqual([4, 3, 1]);
    expect(Array.from(t.lost)).toEqual([1, 1, 0]);
    // E is in the cohort at period 0 without a whole period observed; F has no duration.
    expect(t.customers).toBe(5);
    // A, B, C, D were observed for at least one whole period.
    expect(t.observed).toBe(4);
    expect(Array.from(lifeTableSurvival(t))).toEqual([1, 3 / 4, (3 / 4) * (2 / 3), (3 / 4) * (2 / 3)]);
  });

  it('periodLifeTable(membership) loses a customer in the period its membership ended', () => {
    // Membership of 20 days with 10-day periods: alive at period 1 (20 > 10), gone at 2 (20 ≤ 20) → lost in period 2;
    // last seen on day 20 it was alive at period 2 → lost in period 3.
    const member = periodLifeTable([20, 0], [1, 1], [Infinity, Infinity], 10, 'membership');
    expect(Array.from(member.lost)).toEqual([1, 1]);
    const seen = periodLifeTable([20, 0], [1, 1], [Infinity, Infinity], 10, 'last-seen');
    expect(Array.from(seen.lost)).toEqual([1, 0, 1]);
  });

  it('periodLifeTable(actuarial) counts an active customer half at risk in the period it is part way through', () => {
    // Tenure only, 10-day periods: X lost at 15 days (period 2), Y active at 15 days, Z active at 20 days.
    // Period 1: X, Y, Z. Period 2: X, Z, and Y for half of it (Cutler–Ederer): 2.5 at risk, 1 lost.
    const t = periodLifeTable([15, 15, 20], [1, 0, 0], [Infinity, 15, 20], 10, 'membership', { actuarial: true });
    expect(Array.from(t.atRisk)).toEqual([3, 2.5]);
    expect(Array.from(t.lost)).toEqual([0, 1]);
    // Without it, Y leaves the table at period 1 and X's loss is set against 2.
    const plain = periodLifeTable([15, 15, 20], [1, 0, 0], [Infinity, 15, 20], 10, 'membership');
    expect(Array.from(plain.atRisk)).toEqual([3, 2]);
    // All three were observed through period 1: half a customer is not counted as observed.
    expect(t.observed).toBe(3);
  });
});
