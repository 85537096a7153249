import { expect, it } from 'vitest';
import fc from 'fast-check';
import { concordance } from '../../../../../src/core/analyses/risk-model/cox/concordance.ts';
import { coxFit } from '../../../../../src/core/analyses/risk-model/cox/coxFit.ts';
import { coxData, partialLikelihood } from '../../../../../src/core/analyses/risk-model/cox/efronLikelihood.ts';
import { mulberry32 } from '../../../../../src/core/stats/random.ts';

/** Exponential lifetimes with hazard exp(β x), x ~ N(0, 1) and a 0/1 group; censored at a uniform time. */
function simulate(n: number, beta: [number, number], seed: number) {
  const random = mulberry32(seed);
  const x = new Float64Array(n);
  const group = new Float64Array(n);
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    group[i] = random() < 0.4 ? 1 : 0;
    const life = -Math.log(1 - random()) / (0.1 * Math.exp(beta[0] * x[i] + beta[1] * group[i]));
    const censor = random() * 30;
    // Whole months, so there are ties for Efron to handle.
    time[i] = Math.ceil(Math.min(life, censor));
    event[i] = life <= censor ? 1 : 0;
  }
  return { time, event, covariates: [x, group] };
}

it('coxFit(…) recovers planted log hazard ratios within 3 standard errors (seed 7, 20,000 customers)', () => {
  const { time, event, covariates } = simulate(20_000, [0.5, -0.7], 7);
  const model = coxFit(time, event, covariates);
  expect(model.converged).toBe(true);
  expect(Math.abs(model.coefficients[0] - 0.5)).toBeLessThan(3 * model.standardErrors[0]);
  expect(Math.abs(model.coefficients[1] + 0.7)).toBeLessThan(3 * model.standardErrors[1]);
  expect(model.lower[0]).toBeLessThan(model.hazardRatios[0]);
  expect(model.upper[0]).toBeGreaterThan(model.hazardRatios[0]);
});

it('coxFit(…) maximises the partial likelihood: the score is 0 at the estimate and every nudge lowers ℓ', () => {
  const { time, event, covariates } = simulate(2_000, [0.3, 0.4], 11);
  const model = coxFit(time, event, covariates);
  const data = coxData(time, event, covariates);
  const at = partialLikelihood(data, model.coefficients);
  for (const g of at.gradient) expect(Math.abs(g)).toBeLessThan(1e-6);
  for (const [d0, d1] of [
    [1e-3, 0],
    [-1e-3, 0],
    [0, 1e-3],
    [0, -1e-3],
  ]) {
    const nudged = Float64Array.of(model.coefficients[0] + d0, model.coefficients[1] + d1);
    expect(partialLikelihood(data, nudged).logLik).toBeLessThan(at.logLik);
  }
});

it('coxFit(…) flags a covariate that copies another as singular (NaN), as R gives NA', () => {
  const { time, event, covariates } = simulate(500, [0.3, 0.4], 3);
  const model = coxFit(time, event, [covariates[0], covariates[1], Float64Array.from(covariates[1], (v) => 2 * v)]);
  expect(Array.from(model.singular)).toEqual([0, 0, 1]);
  expect(Number.isNaN(model.coefficients[2])).toBe(true);
  expect(model.likelihoodRatio.df).toBe(2);
});

it('coxFit(…) with no events leaves every coefficient NaN and does not throw', () => {
  const model = coxFit(Float64Array.of(1, 2, 3), Uint8Array.of(0, 0, 0), [Float64Array.of(0.5, 1, 2)]);
  expect(Number.isNaN(model.coefficients[0])).toBe(true);
  expect(model.events).toBe(0);
});

it('concordance(…) counts pairs as the O(n²) definition does, and lies in [0, 1]', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 80 }), (seed, n) => {
      const random = mulberry32(seed);
      const time = Float64Array.from({ length: n }, () => Math.ceil(random() * 10));
      const event = Uint8Array.from({ length: n }, () => (random() < 0.6 ? 1 : 0));
      const score = Float64Array.from({ length: n }, () => Math.round(random() * 5));
      let concordant = 0;
      let discordant = 0;
      let tied = 0;
      for (let i = 0; i < n; i++) {
        if (!event[i]) continue;
        for (let j = 0; j < n; j++) {
          // i's event first; or at j's censoring time (j still at risk).
          if (!(time[i] < time[j] || (time[i] === time[j] && !event[j]))) continue;
          if (score[i] > score[j]) concordant++;
          else if (score[i] < score[j]) discordant++;
          else tied++;
        }
      }
      const c = concordance(time, event, score);
      expect([c.concordant, c.discordant, c.tiedScore]).toEqual([concordant, discordant, tied]);
      if (Number.isFinite(c.concordance)) expect(c.concordance >= 0 && c.concordance <= 1).toBe(true);
      // Reversing the score swaps concordant and discordant pairs: C ↦ 1 − C.
      const reversed = concordance(
        time,
        event,
        score.map((s) => -s),
      );
      if (Number.isFinite(c.concordance)) expect(reversed.concordance).toBeCloseTo(1 - c.concordance, 12);
    }),
    { numRuns: 200 },
  );
});
