/**
 * Does the risk measure run with observed churn? The churn rate under the table's definition of
 * the customers at high risk (retain now + let go) against those at low risk (maintain cheaply +
 * grow), with the difference's 95 % interval (Newcombe's hybrid score). A risk whose high side
 * churns significantly LESS than its low side (the interval's upper end below 0) contradicts the
 * churn observed here: on Online Retail 1 − P(alive) of BG/NBD, which gives a one-time buyer
 * P(alive) = 1 however long ago the purchase. Read from the quadrants' figures, so the check
 * follows a dragged threshold.
 */
import { newcombeInterval } from '../../stats/newcombeInterval.ts';
import { GROW, LET_GO, MAINTAIN_CHEAPLY, RETAIN_NOW } from './quadrantCounts.ts';

export interface RiskAgainstChurn {
  high: { customers: number; churned: number };
  low: { customers: number; churned: number };
  /** Churn rate high − low, with its 95 % interval (NaN when a side is empty). */
  difference: number;
  lowBound: number;
  highBound: number;
  /** The high-risk side churns significantly less than the low-risk side. */
  contradicts: boolean;
}

export function riskAgainstChurn(quadrants: readonly { customers: number; churned: number }[]): RiskAgainstChurn {
  const side = (a: number, b: number) => ({
    customers: quadrants[a].customers + quadrants[b].customers,
    churned: quadrants[a].churned + quadrants[b].churned,
  });
  const high = side(RETAIN_NOW, LET_GO);
  const low = side(MAINTAIN_CHEAPLY, GROW);
  const d = newcombeInterval(high.churned, high.customers, low.churned, low.customers);
  return {
    high,
    low,
    difference: d.difference,
    lowBound: d.low,
    highBound: d.high,
    contradicts: d.high < 0,
  };
}
