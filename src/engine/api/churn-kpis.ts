/** Churn KPIs of the customer table: overall and period churn, retention, gross vs net change. */
import type { ValueTierResult } from './value-tiers.ts';

export interface ChurnCountResult {
  count: number;
  churned: number;
  rate: number;
}

export interface PeriodChurnResult {
  /** ISO dates; the period is [start, end]. */
  start: string;
  end: string;
  /** Customers there at the start: the base of the rates. */
  atStart: number;
  lost: number;
  gained: number;
  /** New customers who also churned within the period. */
  lostNew: number;
  atEnd: number;
  churnRate: number;
  retentionRate: number;
  grossChange: number;
  netChange: number;
}

export interface ChurnOverview {
  definitionText: string;
  asOf: string;
  customers: number;
  churned: number;
  atRisk: number;
  churnRate: number;
  period: PeriodChurnResult | null;
  monthly: {
    months: string[];
    atStart: number[];
    lost: number[];
    gained: number[];
    churnRate: number[];
    meanMonthlyRate: number;
    annualised: number;
  } | null;
  tiers: {
    shares: [number, number, number];
    tiers: ValueTierResult[];
    overallChurnRate: number;
    pareto: { customerShare: number[]; valueShare: number[]; top20Share: number; negatives: number; missing: number };
  } | null;
  /** Why a part is missing (e.g. a snapshot without dates has no period churn). */
  unavailable: { period?: string; monthly?: string; tiers?: string };
}
