/**
 * What a few more points of annual retention are worth (the course's "+5 points of retention"):
 * customers kept, a year's revenue kept and lifetime value kept, with a customer's lifetime value
 * at retention r the geometric sum m·r / (1 + d − r) of yearly margin m discounted at d (Gupta &
 * Lehmann 2003, eq. 2), and the cost of winning the kept customers anew next to keeping them.
 */

/** Lifetime value of a customer with yearly margin m, annual retention r and discount d. */
export function geometricClv(m: number, r: number, d: number): number {
  return r >= 1 + d ? Infinity : (m * r) / (1 + d - r);
}

/**
 * Each active customer's chance to stay `horizon` more (in the curve's unit) given their tenure t:
 * S(t + horizon) / S(t) on the step curve (times ascending, S after each time), averaged.
 */
export function conditionalRetention(
  times: readonly number[],
  survival: readonly number[],
  tenure: Float64Array,
  horizon: number,
): number {
  const at = (t: number): number => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 1 : survival[lo - 1];
  };
  let sum = 0;
  let n = 0;
  for (const t of tenure) {
    if (t !== t) continue;
    const now = at(t);
    if (!(now > 0)) continue;
    sum += at(t + horizon) / now;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

export interface LiftInputs {
  active: number;
  retention: number;
  gain: number;
  revenuePerCustomer: number;
  discount: number;
  ratio: number;
  retentionCost: number;
}

export function retentionLift(i: LiftInputs) {
  const improved = Math.min(1, i.retention + i.gain);
  const customersKept = i.active * (improved - i.retention);
  const before = geometricClv(i.revenuePerCustomer, i.retention, i.discount);
  const after = geometricClv(i.revenuePerCustomer, improved, i.discount);
  const acquisitionCost = i.ratio * i.retentionCost;
  return {
    improved,
    customersKept,
    revenueKept: customersKept * i.revenuePerCustomer,
    clvPerCustomer: { before, after },
    clvKept: i.active * (after - before),
    acquisition: {
      ratio: i.ratio,
      retentionCost: i.retentionCost,
      acquisitionCost,
      keepCost: customersKept * i.retentionCost,
      replaceCost: customersKept * acquisitionCost,
    },
  };
}
