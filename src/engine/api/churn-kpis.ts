/** Churn KPIs of the customer table: overall and period churn, retention, gross vs net change. */
import type { ResultStamp } from './stamp.ts';

export interface ChurnCountResult {
  count: number;
  churned: number;
  rate: number;
}

/**
 * The day a loss is counted at in period KPIs and the monthly series: the day it became known.
 * 'last-activity-plus-window': inactivity, the first day with more than the window (N days, or
 * the customer's own relative window) without activity, not the last purchase;
 * 'churn-date': the flag's churn date column; 'contract-end-date': the contract end or
 * cancellation date; 'recent-window-start': partial churn, the first day of the recent window.
 */
export type LossCountedAt = 'last-activity-plus-window' | 'churn-date' | 'contract-end-date' | 'recent-window-start';

/** The counts of a period (computed by core/analyses/churn-kpis/periodChurn.ts, documented there). */
export type PeriodChurn = Omit<PeriodChurnResult, 'start' | 'end' | 'lossCountedAt' | 'complete'>;

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
  lossCountedAt: LossCountedAt;
  /** False when the period starts before the data can show every loss (see monthly-churn `complete`). */
  complete: boolean;
}

/**
 * Why a part of the KPIs cannot be computed: no first purchase or sign-up date for every
 * customer, a churned customer without a churn date (a flag without a date column), less than
 * one complete month of data, or no amount or value column.
 */
export type UnavailableReason = 'no-first-date' | 'no-churn-date' | 'too-short' | 'no-value';

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
  /** The mean of the complete months' churn rates (see monthly-churn), its annualised rate, and how many months it is over. */
  monthly: { meanMonthlyRate: number; annualised: number; completeMonths: number; months: number } | null;
  /** Why a part is missing (e.g. a snapshot without dates has no period churn). */
  unavailable: { period?: UnavailableReason; monthly?: UnavailableReason; tiers?: UnavailableReason };
}
