/**
 * Each quadrant's figures from its totals: value share of the value placed, revenue at risk
 * (Σ value × risk, only when risk is a probability) and churn rate with its 95 % Wilson interval.
 * The engine states them in its result; the chart states them again while a threshold is dragged.
 */
import { wilsonInterval } from '../../stats/wilsonInterval.ts';
import type { QuadrantTotals } from './quadrantCounts.ts';

export interface QuadrantFigures {
  customers: number;
  value: number;
  valueShare: number;
  revenueAtRisk: number | null;
  churned: number;
  churnRate: number;
  low: number;
  high: number;
}

export function quadrantSummaries(totals: QuadrantTotals, riskIsProbability: boolean): QuadrantFigures[] {
  return [0, 1, 2, 3].map((q) => {
    const customers = totals.customers[q];
    const churned = totals.churned[q];
    const { low, high } = wilsonInterval(churned, customers);
    return {
      customers,
      value: totals.value[q],
      valueShare: totals.value[q] / totals.totalValue,
      revenueAtRisk: riskIsProbability ? totals.valueTimesRisk[q] : null,
      churned,
      churnRate: customers > 0 ? churned / customers : NaN,
      low,
      high,
    };
  });
}
