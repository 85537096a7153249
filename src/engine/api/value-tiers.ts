/** A/B/C value tiers and the Pareto (20/80) curve of customer value. */
import type { UnavailableReason } from './churn-kpis.ts';
import type { ResultStamp } from './stamp.ts';

export interface ValueTierResult {
  name: 'A' | 'B' | 'C';
  customers: number;
  churned: number;
  churnRate: number;
  valueShare: number;
  minValue: number;
  maxValue: number;
}

export interface ValueTiersOptions {
  /** Shares of customers in tiers A, B and C, by value (default 0.1, 0.3, 0.6). */
  tierShares?: [number, number, number];
}

export interface ValueTiers {
  shares: [number, number, number];
  tiers: ValueTierResult[];
  overallChurnRate: number;
  /** Each customer's tier in customer-table order: 0 = A, 1 = B, 2 = C (joins the table as `value_tier`). */
  perCustomer: { tier: Uint8Array };
  pareto: { customerShare: number[]; valueShare: number[]; top20Share: number; negatives: number; missing: number };
}

export interface ValueTiersResult {
  stamp: ResultStamp<ValueTiersOptions>;
  tiers: ValueTiers | null;
  unavailable?: UnavailableReason;
}
