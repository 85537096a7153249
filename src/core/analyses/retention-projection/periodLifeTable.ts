/**
 * Customers by whole period since their start, as the sBG reads a cohort: at risk at the start
 * of period t (alive at t − 1 and observed through t), and lost in period t. Customers start on
 * different days, so each is observed for its own number of whole periods and counts only in
 * those: the acquisition cohorts are pooled as Fader & Hardie's multi-cohort sBG does (each
 * cohort's likelihood multiplied in), and a period whose loss could not yet be seen is not a
 * period survived.
 */

export interface LifeTable {
  /** atRisk[t − 1]: customers alive at period t − 1 and observed through period t, t = 1 … n. */
  atRisk: Float64Array;
  /** lost[t − 1]: of those, the customers lost in period t. */
  lost: Float64Array;
}

/**
 * How a duration turns into periods. 'last-seen': the duration runs to the day the customer was
 * last seen (inactivity dates churn to the last purchase), so the customer was alive at every
 * period start on or before it and is lost in period ⌊d / p⌋ + 1 (a one-time buyer in period 1).
 * 'membership': the duration is how long the customer was one (a tenure column or a churn date),
 * so a customer is alive at period k while d > k·p and lost in period max(1, ⌈d / p⌉).
 */
export type LossTiming = 'last-seen' | 'membership';

/**
 * `duration[i]` in days, `churned[i]` 1 when the customer was lost, and `observedDays[i]` how
 * long after the start a loss would have been seen (Infinity when it is taken as seen, NaN to
 * leave the customer out). A customer observed for K = ⌊observedDays / p⌋ whole periods is at
 * risk in periods 1 … min(K, T) and lost in period T only when T ≤ K; a loss in the period still
 * running (T > K) is not yet counted, as the survivors of that period are not either.
 *
 * `actuarial`: when only the active customers' observation is known (a tenure column and no
 * dates, so a lost customer's loss is counted wherever it fell), an active customer observed into
 * period K + 1 without completing it counts as half a customer at risk in it, as the actuarial
 * life table does (Cutler & Ederer 1958); without it, losses in a period's part would be set
 * against only the customers who completed it.
 */
export function periodLifeTable(
  duration: ArrayLike<number>,
  churned: ArrayLike<number>,
  observedDays: ArrayLike<number>,
  periodDays: number,
  timing: LossTiming,
  { actuarial = false } = {},
): LifeTable & { customers: number; observed: number } {
  const n = duration.length;
  const last = new Int32Array(n);
  const lostIn = new Int32Array(n);
  const partial = new Uint8Array(n);
  let periods = 0;
  let customers = 0;
  /** Customers at risk for at least one whole period (lost in it or observed through it). */
  let observedCustomers = 0;
  for (let i = 0; i < n; i++) {
    const d = duration[i];
    const seen = observedDays[i];
    if (!(d >= 0) || seen !== seen) {
      last[i] = -1;
      continue;
    }
    customers++;
    const observed = seen === Infinity ? Infinity : Math.max(0, Math.floor(seen / periodDays));
    const lossPeriod = churned[i]
      ? timing === 'last-seen'
        ? Math.floor(d / periodDays) + 1
        : Math.max(1, Math.ceil(d / periodDays))
      : Infinity;
    const through = Math.min(observed, lossPeriod);
    if (through === Infinity) {
      // Neither lost nor censored: an active customer must say how long it was observed.
      last[i] = -1;
      customers--;
      continue;
    }
    last[i] = through;
    if (through >= 1) observedCustomers++;
    lostIn[i] = lossPeriod <= observed ? lossPeriod : 0;
    partial[i] = actuarial && !churned[i] && seen > observed * periodDays ? 1 : 0;
    periods = Math.max(periods, through + partial[i]);
  }
  const atRisk = new Float64Array(periods);
  const lost = new Float64Array(periods);
  // Difference array: customer i is at risk in periods 1 … last[i].
  for (let i = 0; i < n; i++) {
    if (last[i] > 0) atRisk[last[i] - 1]++;
    if (lostIn[i] > 0) lost[lostIn[i] - 1]++;
  }
  for (let t = periods - 2; t >= 0; t--) atRisk[t] += atRisk[t + 1];
  for (let i = 0; i < n; i++) if (partial[i]) atRisk[last[i]] += 0.5;
  return { atRisk, lost, customers, observed: observedCustomers };
}

/** The life table of one cohort counted alive at t = 0 … n: at risk n_{t−1}, lost n_{t−1} − n_t. */
export function cohortLifeTable(alive: ArrayLike<number>): LifeTable {
  const periods = alive.length - 1;
  const atRisk = new Float64Array(periods);
  const lost = new Float64Array(periods);
  for (let t = 1; t <= periods; t++) {
    atRisk[t - 1] = alive[t - 1];
    lost[t - 1] = alive[t - 1] - alive[t];
  }
  return { atRisk, lost };
}

/** Product-limit survival S(0) = 1, S(t) = S(t − 1)·(1 − lost_t / atRisk_t) of a life table. */
export function lifeTableSurvival({ atRisk, lost }: LifeTable): Float64Array {
  const survival = new Float64Array(atRisk.length + 1);
  survival[0] = 1;
  for (let t = 1; t <= atRisk.length; t++)
    survival[t] = atRisk[t - 1] > 0 ? survival[t - 1] * (1 - lost[t - 1] / atRisk[t - 1]) : NaN;
  return survival;
}

/** The first `periods` periods of a life table. */
export function firstPeriods({ atRisk, lost }: LifeTable, periods: number): LifeTable {
  return { atRisk: atRisk.slice(0, periods), lost: lost.slice(0, periods) };
}
