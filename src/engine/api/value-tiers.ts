/** A/B/C value tiers and the Pareto (20/80) curve of customer value. */

export interface ValueTierResult {
  name: 'A' | 'B' | 'C';
  customers: number;
  churned: number;
  churnRate: number;
  valueShare: number;
  minValue: number;
  maxValue: number;
}
