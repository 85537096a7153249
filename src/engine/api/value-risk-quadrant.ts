/**
 * The value-versus-risk quadrant: every customer placed by churn risk (x) and value (y), cut at
 * a risk and a value threshold into four quadrants with their customers, value, revenue at risk
 * and churn rate. Codes and numbers only; the app and the command line word them.
 */
import type { RiskModelName } from './risk-model.ts';
import type { WarningRule } from './early-warnings.ts';
import type { ResultStamp } from './stamp.ts';
import type { RiskAgainstChurn } from '../../core/analyses/value-risk-quadrant/riskAgainstChurn.ts';

// The chart recounts the quadrants on the main thread while a threshold is dragged, and finds the brushed customers.
export {
  brushedRows,
  quadrantTotals,
  type QuadrantTotals,
} from '../../core/analyses/value-risk-quadrant/quadrantCounts.ts';
export { quadrantSummaries, type QuadrantFigures } from '../../core/analyses/value-risk-quadrant/quadrantSummaries.ts';
export { riskAgainstChurn, type RiskAgainstChurn } from '../../core/analyses/value-risk-quadrant/riskAgainstChurn.ts';

/** Quadrant codes, in this order everywhere (perCustomer.quadrant indexes it). */
export const QUADRANT_CODES = ['retain-now', 'maintain-cheaply', 'grow', 'let-go'] as const;
export type QuadrantCode = (typeof QUADRANT_CODES)[number];

/**
 * Where x comes from: a risk model's churn_risk (run with its defaults, or this model, when it
 * has not run on the table), 1 − p_alive of customer-lifetime-value, the at-risk band of the
 * churn definition (1 at risk, 0 otherwise), the number of early-warning rules that fire for the
 * customer (customers already churned not placed), or any numeric column of the customer table.
 */
export type QuadrantRiskSource =
  | { source: 'model'; model?: RiskModelName }
  | { source: 'p-alive' }
  | { source: 'warnings'; rules: WarningRule[] }
  | { source: 'at-risk' }
  | { source: 'column'; column: string };

/**
 * Where y comes from: clv (customer-lifetime-value), the historical total_value, customer-value's
 * value_score or margin, or any numeric column.
 */
export type QuadrantValueSource =
  | { source: 'clv' }
  | { source: 'historical' }
  | { source: 'value-score' }
  | { source: 'margin' }
  | { source: 'column'; column: string };

/**
 * How a threshold is set. A customer is "high" when its number is ≥ the threshold.
 * - median: the median of the customers placed (mean of the two middle ones when even); when it
 *   is also the lowest number (so every customer would be high), the next number above it, if that
 *   puts nearer half of the customers at or above it;
 * - number: the number given;
 * - top-share (risk): the risk of the ⌈share × n⌉-th riskiest customer;
 * - pareto (value): with customers sorted by value, highest first, the value of the first
 *   customer at which the cumulative value reaches `share` (default 0.8) of the total positive value.
 */
export type QuadrantThreshold =
  | { rule: 'median' }
  | { rule: 'number'; value: number }
  | { rule: 'top-share'; share: number }
  | { rule: 'pareto'; share?: number };

export interface ValueRiskQuadrantOptions {
  risk?: QuadrantRiskSource;
  value?: QuadrantValueSource;
  /** Default median; pareto is refused for risk. */
  riskThreshold?: QuadrantThreshold;
  /** Default median; top-share is refused for value. */
  valueThreshold?: QuadrantThreshold;
  /** The user's names of the four quadrants (QUADRANT_CODES order), used in the customer table's quadrant column. */
  names?: string[];
}

/** Where a source's numbers came from: the column read and, when another analysis made it, that analysis. */
export interface QuadrantSourceUsed {
  column: string;
  /** The analysis that made the column, and whether this run made it (it had not run on this table). */
  producer?: {
    kind: 'risk-model' | 'customer-lifetime-value' | 'customer-value' | 'early-warnings';
    ranHere: boolean;
    options: unknown;
  };
  /** x = 1 − column (p_alive). */
  complement?: boolean;
}

export interface ValueRiskQuadrantParameters {
  risk: QuadrantRiskSource;
  value: QuadrantValueSource;
  riskThreshold: QuadrantThreshold;
  valueThreshold: QuadrantThreshold;
  names?: string[];
  /** The rule behind revenue at risk: Σ value × risk, with risk read as a probability of churn. */
  revenueAtRiskRule: 'value-times-probability';
}

export interface QuadrantSummary {
  code: QuadrantCode;
  customers: number;
  /** Sum of value. */
  value: number;
  /** Of the value of all customers placed. */
  valueShare: number;
  /** Σ value × risk; null when risk is not a probability. */
  revenueAtRisk: number | null;
  churned: number;
  /** Churned / customers under the table's churn definition, with the 95 % Wilson interval. */
  churnRate: number;
  low: number;
  high: number;
}

export interface ValueRiskQuadrantResult {
  stamp: ResultStamp<ValueRiskQuadrantParameters>;
  sources: { risk: QuadrantSourceUsed; value: QuadrantSourceUsed };
  thresholds: { risk: number; value: number };
  /** Risk is read as a probability (0 to 1): revenue at risk and expected loss are computed. */
  riskIsProbability: boolean;
  /** Customers in the table, placed (both numbers known), and left out for lack of a risk or a value. */
  customers: number;
  placed: number;
  noRisk: number;
  noValue: number;
  totalValue: number;
  quadrants: QuadrantSummary[];
  /** The retain-now quadrant: high value and high risk. */
  coreAtRisk: { customers: number; valueShare: number };
  /**
   * Risk from 1 − P(alive): the customers placed whose P(alive) is exactly 1 — BG/NBD lets a
   * customer drop out only after a repeat purchase, so one who never repeated is alive by
   * assumption, however long ago the purchase — and how many of them churned under the definition.
   */
  aliveByAssumption?: { customers: number; churned: number };
  /**
   * The churn rate of the high-risk side (retain now + let go) against the low-risk side, with the
   * difference's 95 % interval; contradicts = the high side churns significantly less.
   */
  riskAgainstChurn: RiskAgainstChurn;
  /**
   * Row i = customer i of the customer table: risk and value (NaN when unknown), the quadrant
   * (index into QUADRANT_CODES, −1 when not placed), churned 1/0, and the ids; for the chart,
   * which recounts the quadrants on the main thread when a threshold is dragged.
   */
  perCustomer: { risk: Float64Array; value: Float64Array; quadrant: Int8Array; churned: Uint8Array; ids: string[] };
}
