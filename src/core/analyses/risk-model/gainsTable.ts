/**
 * Cumulative gains and lift by decile (the course's campaign arithmetic): customers sorted from
 * the highest score down, cut into ten groups of ⌊n/10⌋ or ⌈n/10⌉ (tied scores split in
 * customer order), and for each the churners it holds, the share of all churners found by
 * contacting it and every group above it, and the lift over a random list of the same size.
 */
import type { Labels } from './featureSource.ts';
import { descendingOrder } from './rocCurve.ts';

export interface GainsRow {
  /** 1 = the highest-risk tenth. */
  decile: number;
  customers: number;
  churners: number;
  /** Churners found in this decile and those above it ÷ all churners. */
  cumShare: number;
  /** The decile's churn rate ÷ the overall rate. */
  lift: number;
  /** cumShare ÷ the share of customers contacted. */
  cumLift: number;
}

export interface Reach {
  /** The share of churners to reach (0.8 = 80 %). */
  share: number;
  /** Customers to contact from the top of the model's list to find that share. */
  withModel: number;
  /** Customers a random list needs to find it on average: ⌈share × customers⌉. */
  random: number;
}

export function gainsTable(scores: Float64Array, y: Labels): GainsRow[] {
  const order = descendingOrder(scores);
  const n = order.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += y[i];
  const rate = total / n;
  const rows: GainsRow[] = [];
  let found = 0;
  for (let d = 1; d <= 10; d++) {
    const from = Math.floor(((d - 1) * n) / 10);
    const to = Math.floor((d * n) / 10);
    let churners = 0;
    for (let i = from; i < to; i++) churners += y[order[i]];
    found += churners;
    const customers = to - from;
    rows.push({
      decile: d,
      customers,
      churners,
      cumShare: total > 0 ? found / total : NaN,
      lift: customers > 0 && rate > 0 ? churners / customers / rate : NaN,
      cumLift: total > 0 && to > 0 ? found / total / (to / n) : NaN,
    });
  }
  return rows;
}

/** How many customers from the top of the list find `share` of the churners, against a random list. */
export function reachFor(scores: Float64Array, y: Labels, share: number): Reach {
  const order = descendingOrder(scores);
  let total = 0;
  for (let i = 0; i < y.length; i++) total += y[i];
  const needed = Math.ceil(share * total);
  let found = 0;
  let withModel = 0;
  while (found < needed && withModel < order.length) found += y[order[withModel++]];
  return { share, withModel, random: Math.ceil(share * order.length) };
}

/** Each customer's risk decile (1 = highest risk) among the scored ones; 0 where the score is NaN. */
export function riskDeciles(scores: Float64Array): Uint8Array {
  const scored = Int32Array.from(scores.keys()).filter((i) => scores[i] === scores[i]);
  const order = scored.sort((a, b) => scores[b] - scores[a] || a - b);
  const decile = new Uint8Array(scores.length);
  const n = order.length;
  for (let i = 0; i < n; i++) decile[order[i]] = Math.floor((i * 10) / n) + 1;
  return decile;
}
