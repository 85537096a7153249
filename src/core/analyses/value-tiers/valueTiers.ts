/** ABC value tiers and the Pareto curve: how much of the value the best customers hold, and who of them leaves. */

export type TierName = 'A' | 'B' | 'C';

export interface ValueTier {
  name: TierName;
  customers: number;
  churned: number;
  /** NaN for a tier without customers. */
  churnRate: number;
  /** Share of the total positive value (see `valueTiers`); NaN when no one has positive value. */
  valueShare: number;
  /** Lowest and highest known value in the tier (NaN when it has none). */
  minValue: number;
  maxValue: number;
}

/** The shares of customers in tiers A, B and C; they must be finite, non-negative and sum to 1. */
export type TierShares = readonly [a: number, b: number, c: number];

export class TierSharesError extends RangeError {
  readonly shares: readonly number[];
  constructor(shares: readonly number[]) {
    super(`Tier shares must be three non-negative numbers that sum to 1; got ${shares.join(', ')}`);
    this.name = 'TierSharesError';
    this.shares = shares;
  }
}

const TIER_NAMES: TierName[] = ['A', 'B', 'C'];
const SHARE_SUM_TOLERANCE = 1e-9;

/** Positive part; a missing (NaN) or negative value holds no share of the total. */
const positive = (v: number) => (v > 0 ? v : 0);

/**
 * Customers ranked by value, highest first; equal values keep customer order and NaN ranks
 * last. Tier k ends at customer round(n × (shares[0] + … + shares[k])) (half up), so the sizes
 * always add up to n and never drift by more than one customer from their share. Value shares
 * are over max(value, 0), as in `paretoCurve`; minValue and maxValue are the raw values.
 */
export function valueTiers(
  value: Float64Array,
  churned: Uint8Array,
  shares: TierShares = [0.1, 0.3, 0.6],
): { tiers: ValueTier[]; overallChurnRate: number; tierOf: Uint8Array } {
  const valid = shares.length === 3 && shares.every((s) => Number.isFinite(s) && s >= 0);
  if (!valid || Math.abs(shares[0] + shares[1] + shares[2] - 1) > SHARE_SUM_TOLERANCE)
    throw new TierSharesError(shares);
  if (value.length !== churned.length) throw new RangeError('valueTiers: value and churned differ in length');
  const n = value.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((i, j) => {
    const vi = value[i];
    const vj = value[j];
    if (Number.isNaN(vi) || Number.isNaN(vj)) return Number.isNaN(vi) ? (Number.isNaN(vj) ? i - j : 1) : -1;
    return vj - vi || i - j;
  });
  let total = 0;
  let lost = 0;
  for (let i = 0; i < n; i++) {
    total += positive(value[i]);
    if (churned[i] !== 0) lost++;
  }
  const tiers: ValueTier[] = [];
  /** Each customer's tier: 0 = A, 1 = B, 2 = C. */
  const tierOf = new Uint8Array(n);
  let begin = 0;
  let cumulative = 0;
  for (let k = 0; k < 3; k++) {
    cumulative += shares[k];
    const end = k === 2 ? n : Math.min(n, Math.round(n * cumulative));
    let tierLost = 0;
    let tierValue = 0;
    let minValue = NaN;
    let maxValue = NaN;
    for (let r = begin; r < end; r++) {
      const i = order[r];
      tierOf[i] = k;
      if (churned[i] !== 0) tierLost++;
      tierValue += positive(value[i]);
      if (Number.isNaN(value[i])) continue;
      if (Number.isNaN(maxValue)) maxValue = value[i];
      minValue = value[i];
    }
    const customers = end - begin;
    tiers.push({
      name: TIER_NAMES[k],
      customers,
      churned: tierLost,
      churnRate: tierLost / customers,
      valueShare: total > 0 ? tierValue / total : NaN,
      minValue,
      maxValue,
    });
    begin = end;
  }
  return { tiers, overallChurnRate: lost / n, tierOf };
}

export interface ParetoCurve {
  /** 0, 1/points, …, 1: the top x of customers by value. */
  customerShare: Float64Array;
  /** Share of the total positive value those customers hold (NaN when no one has positive value). */
  valueShare: Float64Array;
  /** The 80/20 check: share of value held by the top 20 % of customers. */
  top20Share: number;
  /** Customers with a negative value (refunds exceeding purchases); they count as holding 0. */
  negatives: number;
  /** Customers with a missing (NaN) value; they count as holding 0. */
  missing: number;
}

/**
 * Cumulative share of value by share of customers, best customers first, over max(value, 0):
 * negative and missing values stay in the customer count but hold nothing, so the curve rises
 * from 0 to 1 and never falls. Between whole customers the curve is linear (the top 20 % of
 * 7 customers is 1.4 customers: all of the first and 0.4 of the second's value).
 */
export function paretoCurve(value: Float64Array, points = 100): ParetoCurve {
  if (!Number.isInteger(points) || points < 1)
    throw new RangeError(`paretoCurve: points must be a positive integer, got ${points}`);
  const n = value.length;
  const sorted = new Float64Array(n);
  let negatives = 0;
  let missing = 0;
  for (let i = 0; i < n; i++) {
    if (value[i] < 0) negatives++;
    else if (Number.isNaN(value[i])) missing++;
    sorted[i] = positive(value[i]);
  }
  sorted.sort().reverse();
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cumulative[i + 1] = cumulative[i] + sorted[i];
  const total = cumulative[n];
  const shareOfTop = (x: number) => {
    if (!(total > 0)) return NaN;
    const at = x * n;
    const whole = Math.min(n, Math.floor(at));
    return whole === n ? 1 : cumulative[whole] / total + (at - whole) * (sorted[whole] / total);
  };
  const customerShare = Float64Array.from({ length: points + 1 }, (_, i) => i / points);
  const valueShare = customerShare.map(shareOfTop);
  return { customerShare, valueShare, top20Share: shareOfTop(0.2), negatives, missing };
}
