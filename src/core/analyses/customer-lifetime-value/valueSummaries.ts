/**
 * What the charts of P(alive) and CLV draw, computed where the per-customer arrays are: counts of
 * customers by P(alive) and by CLV, the customers of highest CLV, the share of all CLV the top
 * ones hold, and the model's P(alive) against recency for a few frequencies.
 */
import type { PurchaseModel } from './purchaseModel.ts';

export interface Bin {
  from: number;
  to: number;
  customers: number;
}

/** Customers by P(alive) in `bins` equal bins of [0, 1] (the last one closed). */
export function aliveHistogram(pAlive: Float64Array, bins = 20): Bin[] {
  const counts = new Float64Array(bins);
  for (const p of pAlive) if (p >= 0 && p <= 1) counts[Math.min(bins - 1, Math.floor(p * bins))]++;
  return Array.from(counts, (customers, k) => ({ from: k / bins, to: (k + 1) / bins, customers }));
}

/**
 * Customers by CLV in `bins` equal bins from 0 to the 99th percentile; the customers above it are
 * counted in `above` (a handful of the largest would otherwise squeeze every other bar into one).
 */
export function valueHistogram(clv: Float64Array, bins = 30): { bins: Bin[]; above: number; upTo: number } {
  return sortedValueHistogram(sortedValues(clv), bins);
}

/** The values that are numbers, ascending: what valueHistogram and topShare read, sorted once. */
export function sortedValues(value: Float64Array): Float64Array {
  return value.filter((v) => v === v).sort();
}

/** valueHistogram of values already sorted ascending (sortedValues). */
export function sortedValueHistogram(values: Float64Array, bins = 30): { bins: Bin[]; above: number; upTo: number } {
  if (values.length === 0) return { bins: [], above: 0, upTo: 0 };
  const upTo = Math.max(values[Math.min(values.length - 1, Math.floor(0.99 * values.length))], 1e-9);
  const low = Math.min(0, values[0]);
  const width = (upTo - low) / bins;
  const counts = new Float64Array(bins);
  let above = 0;
  for (const v of values) {
    if (v > upTo) above++;
    else counts[Math.min(bins - 1, Math.floor((v - low) / width))]++;
  }
  return {
    bins: Array.from(counts, (customers, k) => ({ from: low + k * width, to: low + (k + 1) * width, customers })),
    above,
    upTo,
  };
}

/** Indexes of the `count` customers of highest value, highest first (NaN left out; ties by index). */
export function topCustomers(value: Float64Array, count: number): number[] {
  // A short list kept in order: one comparison per customer once it is full.
  const top: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (!(v === v) || (top.length === count && v <= value[top[top.length - 1]])) continue;
    let at = top.length;
    while (at > 0 && value[top[at - 1]] < v) at--;
    top.splice(at, 0, i);
    if (top.length > count) top.pop();
  }
  return top;
}

/** The share of the total held by the top `share` of customers by value (NaN when the total is not positive). */
export function topShare(value: Float64Array, share: number): number {
  return sortedTopShare(sortedValues(value), share);
}

/** topShare of values already sorted ascending (sortedValues). */
export function sortedTopShare(values: Float64Array, share: number): number {
  let total = 0;
  for (const v of values) total += v;
  let top = 0;
  const k = Math.ceil(share * values.length);
  for (let i = values.length - 1; i >= values.length - k; i--) top += values[i];
  return total > 0 ? top / total : NaN;
}

/** P(alive | x, t_x, T) for t_x = 0 … T in `points` steps, for each x of `frequencies`. */
export function aliveByRecency(
  model: PurchaseModel,
  frequencies: number[],
  T: number,
  points = 41,
): { recency: number[]; pAlive: number[][] } {
  const recency = Array.from({ length: points }, (_, k) => (k * T) / (points - 1));
  return { recency, pAlive: frequencies.map((x) => recency.map((tx) => model.alive(x, tx, T))) };
}
