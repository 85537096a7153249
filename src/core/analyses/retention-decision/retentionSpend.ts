/**
 * What saving each customer is worth (the course's second step, "set the affordable spend"):
 * expected value saved = value × P(churn) × P(save | offer, type), less the plan's offer cost;
 * the customers whose net is positive, ranked by it, and sums by type and by plan.
 */

export interface SpendInputs {
  risk: Float64Array;
  value: Float64Array;
  /** The customers decided for, and each one's type and plan codes (in `rows` order). */
  rows: Int32Array;
  type: Int32Array;
  plan: Int32Array;
  /** By type code. */
  saveProbability: Float64Array;
  /** By plan code. */
  offerCost: Float64Array;
}

export interface GroupSums {
  customers: Float64Array;
  valueAtRisk: Float64Array;
  worthSaving: Float64Array;
  expectedSaved: Float64Array;
  offerCost: Float64Array;
  net: Float64Array;
}

export interface SpendResult {
  /** Per customer of the table (NaN outside `rows`). */
  expectedSaved: Float64Array;
  net: Float64Array;
  /** Rows with net > 0, highest net first (ties: lower row first). */
  ranked: Int32Array;
  byType: GroupSums;
  byPlan: GroupSums;
}

const sums = (n: number): GroupSums => ({
  customers: new Float64Array(n),
  valueAtRisk: new Float64Array(n),
  worthSaving: new Float64Array(n),
  expectedSaved: new Float64Array(n),
  offerCost: new Float64Array(n),
  net: new Float64Array(n),
});

function add(g: GroupSums, k: number, atRisk: number, saved: number, cost: number, net: number): void {
  g.customers[k]++;
  g.valueAtRisk[k] += atRisk;
  if (net > 0) {
    g.worthSaving[k]++;
    g.expectedSaved[k] += saved;
    g.offerCost[k] += cost;
    g.net[k] += net;
  }
}

export function retentionSpend(inputs: SpendInputs, customers: number): SpendResult {
  const { risk, value, rows, type, plan, saveProbability, offerCost } = inputs;
  const expectedSaved = new Float64Array(customers).fill(NaN);
  const net = new Float64Array(customers).fill(NaN);
  const byType = sums(saveProbability.length);
  const byPlan = sums(offerCost.length);
  const worth: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i];
    const atRisk = value[c] * risk[c];
    const saved = atRisk * saveProbability[type[i]];
    const cost = offerCost[plan[i]];
    expectedSaved[c] = saved;
    net[c] = saved - cost;
    add(byType, type[i], atRisk, saved, cost, net[c]);
    add(byPlan, plan[i], atRisk, saved, cost, net[c]);
    if (net[c] > 0) worth.push(c);
  }
  const ranked = Int32Array.from(worth).sort((a, b) => net[b] - net[a] || a - b);
  return { expectedSaved, net, ranked, byType, byPlan };
}
