/** Churn KPIs of the customer table: overall and period churn, retention, gross vs net change. */
import type { ResultStamp } from './stamp.ts';

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

/**
 * Why a part of the KPIs cannot be computed: no first purchase or sign-up date for every
 * customer, less than one complete month of data, or no amount or value column.
 */
export type UnavailableReason = 'no-first-date' | 'too-short' | 'no-value';

export interface ChurnKpisOptions {
  /** YYYY-MM-DD; default: 364 days before the as-of date. */
  periodStart?: string;
  /** YYYY-MM-DD; default: the as-of date. */
  periodEnd?: string;
}

export interface ChurnKpisResult {
  stamp: ResultStamp<ChurnKpisOptions>;
  customers: number;
  churned: number;
  atRisk: number;
  churnRate: number;
  period: PeriodChurnResult | null;
  /** The mean of the monthly churn rates (see monthly-churn) and its annualised rate. */
  monthly: { meanMonthlyRate: number; annualised: number } | null;
  /** Why a part is missing (e.g. a snapshot without dates has no period churn). */
  unavailable: { period?: UnavailableReason; monthly?: UnavailableReason; tiers?: UnavailableReason };
}
