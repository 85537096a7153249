/**
 * Revenue retention ratios of one bridge step (revenue at start S, and its new N, expansion E,
 * contraction C, churned L and reactivated A), the usual SaaS-metrics definitions:
 *
 * - gross revenue retention GRR = (S − C − L) / S: what the customers at the start kept, growth
 *   left out (at most 1);
 * - net revenue retention NRR = (S + E − C − L) / S: the same customers with their expansion;
 *   new and reactivated revenue come from customers who had none at the start and are left out;
 * - quick ratio = (N + E + A) / (C + L): revenue gained for each unit lost;
 * - contraction share = C / (C + L): the part of the lost revenue from customers who still buy
 *   (partial churn) rather than from customers who stopped.
 *
 * A ratio without a base (S = 0, nothing lost) is NaN.
 */
export function grossRevenueRetention(start: number, contraction: number, churned: number): number {
  return start > 0 ? (start - contraction - churned) / start : NaN;
}

export function netRevenueRetention(start: number, expansion: number, contraction: number, churned: number): number {
  return start > 0 ? (start + expansion - contraction - churned) / start : NaN;
}

export function quickRatio(gained: number, contraction: number, churned: number): number {
  const lost = contraction + churned;
  return lost > 0 ? gained / lost : NaN;
}

export function contractionShare(contraction: number, churned: number): number {
  const lost = contraction + churned;
  return lost > 0 ? contraction / lost : NaN;
}
