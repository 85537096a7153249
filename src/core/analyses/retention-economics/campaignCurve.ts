/**
 * A retention campaign's profit over the number of customers contacted (Provost & Fawcett,
 * Data Science for Business, ch. 8, profit curves): contact the top k by a score; each contact
 * costs `contactCost`; a share `acceptance` of contacts take an offer costing `offerCost`; a
 * churner who takes it stays, keeping their value. Random targeting is the straight line from 0
 * to the profit of contacting everyone. Also the gains: churners among the top k.
 */

export interface CampaignInputs {
  /** Higher = contacted first. */
  score: Float64Array;
  /** 1 = churns (observed), or the chance of churning (expected). */
  churn: Float64Array;
  value: Float64Array;
  contactCost: number;
  offerCost: number;
  acceptance: number;
}

export interface CampaignProfit {
  /** Customers in ranking order (highest score first; ties by lower index). */
  order: Int32Array;
  /** profit[k] and reached[k] for the top k, k = 0..n. */
  profit: Float64Array;
  reached: Float64Array;
  bestK: number;
}

export function campaignProfit(inputs: CampaignInputs): CampaignProfit {
  const { score, churn, value, contactCost, offerCost, acceptance } = inputs;
  const n = score.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b] - score[a] || a - b);
  const profit = new Float64Array(n + 1);
  const reached = new Float64Array(n + 1);
  let bestK = 0;
  const perContact = contactCost + acceptance * offerCost;
  for (let k = 1; k <= n; k++) {
    const c = order[k - 1];
    profit[k] = profit[k - 1] + acceptance * churn[c] * value[c] - perContact;
    reached[k] = reached[k - 1] + churn[c];
    if (profit[k] > profit[bestK]) bestK = k;
  }
  return { order, profit, reached, bestK };
}

/** The fewest contacts (top k) that reach `share` of all churners; n when never. */
export function contactsToReach(reached: Float64Array, share: number): number {
  const n = reached.length - 1;
  const target = share * reached[n];
  for (let k = 0; k <= n; k++) if (reached[k] >= target - 1e-9) return k;
  return n;
}

/** k = 0..n thinned to about `points` evenly spaced values, always with `keep` (e.g. the best k). */
export function curveKs(n: number, points: number, keep: number[] = []): number[] {
  const step = Math.max(1, Math.ceil(n / points));
  const ks = new Set<number>();
  for (let k = 0; k <= n; k += step) ks.add(k);
  ks.add(n);
  for (const k of keep) if (k >= 0 && k <= n) ks.add(k);
  return [...ks].sort((a, b) => a - b);
}
