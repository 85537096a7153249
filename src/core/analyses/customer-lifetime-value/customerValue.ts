/**
 * Per-customer predictions of a fitted purchase model: P(alive), expected purchases over a
 * horizon, expected spend per purchase (Gamma-Gamma) and the discounted customer lifetime value.
 *
 * CLVᵢ = m · E[Zᵢ] · Σₖ₌₁..K (E[Xᵢ(tₖ)] − E[Xᵢ(tₖ₋₁)]) · δₖ: the expected purchases of each step
 * (tₖ₋₁, tₖ] of the horizon (t₀ = 0, t_K = the horizon), times the customer's expected spend per
 * purchase E[Zᵢ] and the margin m, discounted to the step's end by δₖ — the "discounted expected
 * transactions" of the lifetimes package's `customer_lifetime_value`, with steps of about a month
 * and δₖ = (1 + d)^−(tₖ in years) for an annual discount rate d (monthlySchedule). E[Xᵢ(t)] is
 * the expected number of purchases in (Tᵢ, Tᵢ + t] given (xᵢ, t_xᵢ, Tᵢ).
 */
import type { PurchaseModel } from './purchaseModel.ts';
import { distinctValues } from './distinctValues.ts';

export interface ValueSchedule {
  /** Step ends t₁ < … < t_K, in the model's time unit (t_K is the horizon). */
  times: Float64Array;
  /** The discount factor δₖ applied to step k's purchases. */
  factors: Float64Array;
}

/**
 * Steps of about a month (K = the horizon in months, rounded, at least 1) over `horizon` units of
 * `unitDays` days, discounted at `annualRate` compounded yearly: δₖ = (1 + d)^−(tₖ · unitDays / 365.25).
 */
export function monthlySchedule(horizon: number, unitDays: number, annualRate: number): ValueSchedule {
  const steps = Math.max(1, Math.round((horizon * unitDays) / 30.4375));
  const times = Float64Array.from({ length: steps }, (_, k) => ((k + 1) * horizon) / steps);
  const factors = times.map((t) => Math.pow(1 + annualRate, -(t * unitDays) / 365.25));
  return { times, factors };
}

export interface CustomerPredictions {
  pAlive: Float64Array;
  /** Expected purchases over the horizon (the schedule's last time). */
  expectedPurchases: Float64Array;
  /** E[Z]: expected spend per purchase; NaN without a spend model. */
  expectedSpend: Float64Array;
  /** Discounted CLV; NaN without a spend model. */
  clv: Float64Array;
}

/** Customer → its (x, T) group, and each group's x and T: the alive expectation is computed per group. */
export function groupsOfXT(x: Float64Array, T: Float64Array): { group: Int32Array; x: number[]; T: number[] } {
  const n = x.length;
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) keep[i] = x[i] >= 0 && T[i] >= 0 ? 1 : 0;
  const ts = distinctValues(T, keep);
  const xs = distinctValues(x, keep);
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) if (keep[i]) key[i] = ts.index[i] * xs.values.length + xs.index[i];
  const groups = distinctValues(key, keep);
  const gx: number[] = new Array(groups.values.length);
  const gT: number[] = new Array(groups.values.length);
  for (let i = 0; i < n; i++) {
    const g = groups.index[i];
    if (g >= 0) {
      gx[g] = x[i];
      gT[g] = T[i];
    }
  }
  return { group: groups.index, x: gx, T: gT };
}

/** E[Xᵢ(t)] of each customer for one t: P(alive) times the alive expectation of their (x, T). */
export function conditionalExpectations(
  model: PurchaseModel,
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  t: number,
): Float64Array {
  const groups = groupsOfXT(x, T);
  const perGroup = groups.x.map((gx, g) => model.aliveExpectation(gx, groups.T[g], t));
  return Float64Array.from(x, (xi, i) =>
    groups.group[i] < 0 ? NaN : model.alive(xi, tx[i], T[i]) * perGroup[groups.group[i]],
  );
}

/**
 * What a model predicts for each customer over a horizon, before discount and margin: P(alive),
 * expected purchases and spend, and each (x, T) group's expected purchases in each step of the
 * horizon. Changing the discount rate or the margin only re-weighs these (customerValues).
 */
export interface HorizonPredictions {
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array;
  /** Customer → (x, T) group (−1: no prediction); group g's purchases in step k at steps[g · K + k], if alive. */
  group: Int32Array;
  steps: Float64Array;
  stepCount: number;
}

/** Stage one: the model's expectations at each step end `times` (the last is the horizon). */
export function horizonPredictions(
  model: PurchaseModel,
  customers: { x: Float64Array; tx: Float64Array; T: Float64Array },
  times: Float64Array,
  spend: ((i: number) => number) | null,
): HorizonPredictions {
  const { x, tx, T } = customers;
  const n = x.length;
  const groups = groupsOfXT(x, T);
  const K = times.length;
  const steps = new Float64Array(groups.x.length * K);
  const atHorizon = new Float64Array(groups.x.length);
  for (let g = 0; g < groups.x.length; g++) {
    let before = 0;
    for (let k = 0; k < K; k++) {
      const now = model.aliveExpectation(groups.x[g], groups.T[g], times[k]);
      steps[g * K + k] = now - before;
      before = now;
    }
    atHorizon[g] = before;
  }
  const group = Int32Array.from(groups.group);
  const pAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  const expectedSpend = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const g = group[i];
    if (g < 0 || !(tx[i] >= 0)) {
      group[i] = -1;
      pAlive[i] = expectedPurchases[i] = expectedSpend[i] = NaN;
      continue;
    }
    const alive = model.alive(x[i], tx[i], T[i]);
    pAlive[i] = alive;
    expectedPurchases[i] = alive * atHorizon[g];
    expectedSpend[i] = spend === null ? NaN : spend(i);
  }
  return { pAlive, expectedPurchases, expectedSpend, group, steps, stepCount: K };
}

/**
 * Stage two, one linear scan: CLVᵢ = m · E[Zᵢ] · P(alive)ᵢ · Σₖ stepₖ(gᵢ) δₖ, with the discount
 * factors δₖ of the same step ends (`factors`) and the margin m.
 */
export function customerValues(h: HorizonPredictions, factors: Float64Array, margin: number): Float64Array {
  const K = h.stepCount;
  const groups = h.steps.length / K;
  const discounted = new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    let sum = 0;
    for (let k = 0; k < K; k++) sum += h.steps[g * K + k] * factors[k];
    discounted[g] = sum;
  }
  const n = h.group.length;
  const clv = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const g = h.group[i];
    clv[i] = g < 0 ? NaN : margin * h.expectedSpend[i] * h.pAlive[i] * discounted[g];
  }
  return clv;
}

/**
 * Predictions for every customer. `spend` gives E[Zᵢ] (null: no amounts or no spend model, then
 * spend and CLV are NaN); `margin` is the share of spend kept as profit.
 */
export function customerPredictions(
  model: PurchaseModel,
  customers: { x: Float64Array; tx: Float64Array; T: Float64Array },
  schedule: ValueSchedule,
  spend: ((i: number) => number) | null,
  margin: number,
): CustomerPredictions {
  const h = horizonPredictions(model, customers, schedule.times, spend);
  return {
    pAlive: h.pAlive,
    expectedPurchases: h.expectedPurchases,
    expectedSpend: h.expectedSpend,
    clv: customerValues(h, schedule.factors, margin),
  };
}
