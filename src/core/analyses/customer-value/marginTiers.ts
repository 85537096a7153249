/**
 * Margin per customer and margin tiers. Margin is value − cost (a cost column) or value × a
 * margin rate the user states. Tiers follow the customers' share of the positive margin, as ABC
 * analysis does: with the customers ranked by margin, highest first, a customer is "high" while
 * the margin of everyone ranked strictly above them is under breaks[0] of all positive margin,
 * "medium" while it is under breaks[1], and "low" after (zero margin included); a customer with
 * a negative margin costs money and is "negative". Equal margins always share a tier, and the
 * customer who crosses a break belongs to the tier above it (high holds at least breaks[0]).
 */
import { MARGIN_TIER_NAMES as MARGIN_TIERS, type MarginTierName as MarginTier } from '../../../engine/api.ts';
import { wilsonInterval } from '../../stats/wilsonInterval.ts';

/** A customer whose margin is unknown (no value, or no cost) is in no tier. */
export const NO_TIER = -1;

export class MarginBreaksError extends RangeError {
  constructor(breaks: readonly number[]) {
    super(`Margin breaks must be two shares with 0 < first < second ≤ 1; got ${breaks.join(', ')}`);
    this.name = 'MarginBreaksError';
  }
}

export function customerMargins(value: Float64Array, cost: Float64Array | null, rate: number | null): Float64Array {
  const out = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) out[i] = cost !== null ? value[i] - cost[i] : value[i] * (rate ?? NaN);
  return out;
}

export interface MarginTierStats {
  tier: MarginTier;
  customers: number;
  /** Sum of the tier's margins, and its share of all positive margin (negative for the negative tier). */
  margin: number;
  marginShare: number;
  /** Sum of the tier's values (revenue). */
  value: number;
  churned: number;
  /** NaN for a tier without customers; low and high bound its 95 % Wilson interval. */
  churnRate: number;
  low: number;
  high: number;
  /** Lowest and highest margin in the tier (NaN when it has none). */
  minMargin: number;
  maxMargin: number;
}

/** Each customer's share of positive margin held by customers with a strictly higher margin (NaN unless margin > 0). */
export function marginAbove(margin: Float64Array): { above: Float64Array; positive: number } {
  let count = 0;
  for (let i = 0; i < margin.length; i++) if (margin[i] > 0) count++;
  const sorted = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < margin.length; i++) if (margin[i] > 0) sorted[k++] = margin[i];
  sorted.sort();
  const prefix = new Float64Array(count + 1);
  for (let j = 0; j < count; j++) prefix[j + 1] = prefix[j] + sorted[j];
  const positive = prefix[count];
  const above = new Float64Array(margin.length).fill(NaN);
  for (let i = 0; i < margin.length; i++) {
    const v = margin[i];
    if (!(v > 0)) continue;
    // First sorted position holding more than v: everything from there on is strictly higher.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    above[i] = (positive - prefix[lo]) / positive;
  }
  return { above, positive };
}

export function marginTiers(
  margin: Float64Array,
  value: Float64Array,
  churned: Uint8Array,
  breaks: readonly [number, number] = [0.5, 0.8],
): { codes: Int8Array; tiers: MarginTierStats[]; positiveMargin: number; totalMargin: number; unknown: number } {
  const [first, second] = breaks;
  if (!(first > 0 && first < second && second <= 1)) throw new MarginBreaksError(breaks);
  const n = margin.length;
  const { above, positive } = marginAbove(margin);
  const codes = new Int8Array(n);
  const stats = MARGIN_TIERS.map((tier) => ({
    tier,
    customers: 0,
    margin: 0,
    marginShare: NaN,
    value: 0,
    churned: 0,
    churnRate: NaN,
    low: NaN,
    high: NaN,
    minMargin: NaN,
    maxMargin: NaN,
  }));
  let unknown = 0;
  let totalMargin = 0;
  for (let i = 0; i < n; i++) {
    const m = margin[i];
    if (m !== m) {
      codes[i] = NO_TIER;
      unknown++;
      continue;
    }
    const code = m < 0 ? 3 : m === 0 || above[i] >= second ? 2 : above[i] >= first ? 1 : 0;
    codes[i] = code;
    const s = stats[code];
    s.customers++;
    s.margin += m;
    totalMargin += m;
    if (value[i] === value[i]) s.value += value[i];
    s.churned += churned[i];
    if (!(m >= s.minMargin)) s.minMargin = m;
    if (!(m <= s.maxMargin)) s.maxMargin = m;
  }
  for (const s of stats) {
    s.marginShare = positive > 0 ? s.margin / positive : NaN;
    if (s.customers > 0) {
      s.churnRate = s.churned / s.customers;
      ({ low: s.low, high: s.high } = wilsonInterval(s.churned, s.customers));
    }
  }
  return { codes, tiers: stats, positiveMargin: positive, totalMargin, unknown };
}
