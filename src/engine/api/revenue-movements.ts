/** Revenue movements: the revenue bridge between periods (new, expansion, contraction, churned, reactivated), retention ratios and contraction alerts. */
import type { AttributeRules } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

export const REVENUE_PERIODS = ['month', 'quarter', 'year'] as const;
export type RevenuePeriod = (typeof REVENUE_PERIODS)[number];
/** A customer's movement between two periods; see RevenueMovementRow for the definitions. */
export const REVENUE_MOVEMENTS = [
  'new',
  'expansion',
  'contraction',
  'churned',
  'reactivated',
  'unchanged',
  'none',
] as const;
export type RevenueMovement = (typeof REVENUE_MOVEMENTS)[number];

/** Contraction alerts read the partial-churn measure: the last `months` finished months against the `months` before. */
export interface ContractionAlertOptions {
  months: number;
  /** List customers still buying whose revenue fell by at least this many percent (1–100). */
  dropPercent: number;
}

export interface RevenueMovementsOptions {
  period: RevenuePeriod;
  /** A bridge per value of this attribute (at most 12, the rest pooled as "other"). */
  by?: string;
  attributeRules?: AttributeRules;
  /** The step the waterfall shows and the per-customer columns describe: a row's `period`; default the last complete row. */
  bridgePeriod?: string;
  /** Default: the partial-churn definition's months and percent when the table uses it, else 3 months and 80 %. */
  alerts?: ContractionAlertOptions;
}

/**
 * Movements into one period from the one before it. A customer's revenue in a period is the sum
 * of its amounts in it, returns and cancellations netted (or dropped, as the customer table was
 * built), floored at 0: returns beyond a period's purchases count as no revenue and are summed in
 * `refunds`. Between the period before (a) and this one (b): expansion b − a and contraction
 * a − b for customers with revenue in both; churned a when b = 0; new b for a customer's first
 * revenue in the data; reactivated b for revenue after at least one period without, having had
 * revenue before. revenueStart + new + expansion − contraction − churned + reactivated = revenueEnd.
 */
export interface RevenueMovementRow {
  /** The period moved into: '2011-03', '2011-Q1' or '2011'. */
  period: string;
  /** Its first and last day (YYYY-MM-DD). */
  start: string;
  end: string;
  revenueStart: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivated: number;
  revenueEnd: number;
  customersStart: number;
  newCustomers: number;
  expandedCustomers: number;
  contractedCustomers: number;
  churnedCustomers: number;
  reactivatedCustomers: number;
  unchangedCustomers: number;
  customersEnd: number;
  /** (start − contraction − churned) / start. */
  grr: number;
  /** (start + expansion − contraction − churned) / start. */
  nrr: number;
  /** (new + expansion + reactivated) / (contraction + churned). */
  quickRatio: number;
  /** contraction / (contraction + churned): lost revenue from customers who still buy. */
  contractionShare: number;
  /** Net returns beyond the period's purchases (≤ 0), outside the bridge: revenueEnd + refunds = the period's net revenue. */
  refunds: number;
  /** The period before is not covered by the data from its first day: its revenue is short, so this row is left out of the summary. */
  baseIncomplete: boolean;
}

/** The rows' flows summed over the complete rows, with the ratios of the sums. */
export interface RevenueMovementSummary {
  /** First and last complete row (null when there is none). */
  from: string | null;
  to: string | null;
  rows: number;
  revenueStart: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivated: number;
  grr: number;
  nrr: number;
  quickRatio: number;
  contractionShare: number;
}

export interface RevenueBridge {
  rows: RevenueMovementRow[];
  summary: RevenueMovementSummary;
}

export interface RevenueBridgeGroup {
  group: string;
  /** Customers of the table in the group. */
  customers: number;
  bridge: RevenueBridge;
}

export interface ContractionAlert {
  customerId: string;
  prior: number;
  recent: number;
  /** (prior − recent) / prior × 100. */
  dropPercent: number;
  /** Net revenue in each month of `ContractionAlerts.months`. */
  series: number[];
}

export interface ContractionAlerts {
  months: number;
  dropPercent: number;
  /** The prior window priorFrom … priorTo and the recent one recentFrom … recentTo (YYYY-MM). */
  priorFrom: string;
  priorTo: string;
  recentFrom: string;
  recentTo: string;
  /** Customers still buying with revenue down at least dropPercent, and what they lost (Σ prior − recent). */
  customers: number;
  lostRevenue: number;
  /** Customers with prior revenue and none in the recent window (churned, not contracted). */
  stopped: number;
  stoppedRevenue: number;
  /** The months of each listed customer's series (YYYY-MM): both windows. */
  seriesMonths: string[];
  /** The customers losing most, at most LISTED_ALERTS. */
  listed: ContractionAlert[];
}

export const LISTED_ALERTS = 100;

export interface RevenueMovementsResult {
  stamp: ResultStamp<RevenueMovementsOptions>;
  period: RevenuePeriod;
  /** How the customer table treated returns and cancellations. */
  returns: 'net' | 'drop';
  /** Null when fewer than two periods are covered (unavailable: 'too-short'). */
  bridge: RevenueBridge | null;
  unavailable?: 'too-short';
  /** With `by`: one bridge per value (the rest pooled as "other"). */
  groups: RevenueBridgeGroup[];
  pooled: string[];
  /** With `by`: customers without a value, in no group (but in the overall bridge). */
  ungrouped: number;
  /** A number attribute cut into quantile bins: column → the bins' edges. */
  binned?: Record<string, number[]>;
  /** The row the waterfall shows and the per-customer columns describe ('' without rows). */
  bridgePeriod: string;
  /** The last period, when the data does not cover it to its end: not a row (its customers would read as churned). */
  openPeriod: { period: string; through: string } | null;
  /** Null when the windows do not fit the months the data has finished. */
  alerts: ContractionAlerts | null;
  /**
   * In customer-table order (they join the table as revenue_movement, revenue_change and
   * revenue_drop_percent): the movement in the bridge period (index into REVENUE_MOVEMENTS), the
   * change of revenue in it, and the alerts' drop in percent (NaN without prior revenue).
   */
  perCustomer: { movement: Uint8Array; change: Float64Array; dropPercent: Float64Array };
}
