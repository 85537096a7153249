/** The cohort retention triangle. */
import type { ResultStamp } from './stamp.ts';
import type { AttributeRules } from './customer-table.ts';

export const COHORT_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type CohortPeriod = (typeof COHORT_PERIODS)[number];
export const RETENTION_MEASURES = ['active', 'retained', 'revenue'] as const;
export type RetentionMeasure = (typeof RETENTION_MEASURES)[number];
export const COHORT_WINDOWS = ['calendar', 'rolling'] as const;
export type CohortWindows = (typeof COHORT_WINDOWS)[number];

export interface RetentionTriangleOptions {
  period: CohortPeriod;
  measure: RetentionMeasure;
  /** Calendar periods, or rolling windows from each customer's own first purchase. */
  windows?: CohortWindows;
  /** Cohorts smaller than this are flagged and left out of the averages. */
  minCohortSize?: number;
  /** A triangle per value of this attribute (at most 12, the rest pooled as "other"). */
  breakdown?: string;
  /**
   * Cohorts from this attribute instead of the first purchase: its values (a category), or the
   * period of its dates (e.g. a sign-up date). Periods still count from each customer's start.
   */
  cohortBy?: string;
  /** Rules for the breakdown and cohort columns that vary within customers (see AttributeValueRule). */
  attributeRules?: AttributeRules;
}

export interface RetentionCohortResult {
  label: string;
  size: number;
  small: boolean;
  /** Customers (active, retained) or revenue per period since the cohort start. */
  counts: number[];
  /** Rates: counts ÷ size, or revenue ÷ period-0 revenue. */
  values: number[];
  /** Whether period k had ended by the as-of date; unobserved cells are partial. */
  observed: boolean[];
  /**
   * Cohorts by an attribute mix start dates: per k, the customers whose own period k is over.
   * Each cell counts only them and its rate is over them (observed when there is at least one).
   */
  eligible?: number[];
  low: number[];
  high: number[];
}

export interface RetentionTriangleSet {
  group: string | null;
  cohorts: RetentionCohortResult[];
  average: { simple: number[]; weighted: number[] };
}

export interface RetentionTriangleResult {
  stamp: ResultStamp<RetentionTriangleOptions>;
  period: CohortPeriod;
  measure: RetentionMeasure;
  windows: CohortWindows;
  minCohortSize: number;
  /** One triangle, or one per breakdown value. */
  triangles: RetentionTriangleSet[];
  pooled: string[];
  /**
   * How customers were counted when it differs from purchases: 'snapshot-membership' = a
   * snapshot has no purchases, so each customer counts from sign-up until the churn date (or
   * the as-of date while active) and "active" and "retained" both read "still a customer".
   */
  counting?: 'snapshot-membership';
  /** Breakdown or cohort columns that are numbers cut into quantile bins: column → the bins' edges. */
  binned?: Record<string, number[]>;
}
