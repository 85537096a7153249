/**
 * Customer value: historical value and margin per customer with margin tiers (high, medium,
 * low, negative), and a weighted value score the user builds from customer columns, with its
 * top list and how stable that list is when each weight moves.
 */
import type { ResultStamp } from './stamp.ts';

/** How a column is put on a common scale (see core/analyses/customer-value/featureScaling.ts). */
export const VALUE_SCALINGS = ['rank', 'minmax', 'z'] as const;
export type ValueScaling = (typeof VALUE_SCALINGS)[number];
export const MARGIN_TIER_NAMES = ['high', 'medium', 'low', 'negative'] as const;
export type MarginTierName = (typeof MARGIN_TIER_NAMES)[number];
/**
 * The customer table's own numeric columns a score can use (besides numeric and yes/no
 * attributes, and `margin`, this analysis's own margin).
 */
export const SCORE_TABLE_COLUMNS = [
  'total_value',
  'monetary',
  'orders',
  'frequency',
  'recency',
  'T',
  'tenure_days',
  'tenure_weeks',
  'tenure_months',
  'total_cost',
] as const;
/** The margin of this analysis, usable as a score column. */
export const MARGIN_COLUMN = 'margin';

export interface ScoreFeature {
  /** A numeric column of the customer table, a numeric or yes/no attribute, or `margin`. */
  column: string;
  /** 'higher': a higher value is better (revenue, tenure); 'lower': lower is better (credit risk, complaints). */
  direction: 'higher' | 'lower';
  scaling: ValueScaling;
  /**
   * Take the signed log1p of the values before min–max or z scaling (money and other heavy-tailed
   * columns: see core/stats/signedLog.ts); a rank is the same either way. Default false.
   */
  log?: boolean;
  /** At least 0; the weights are used relative to their sum. */
  weight: number;
}

export interface CustomerValueOptions {
  /**
   * Margin = value × this share (0.3 = 30 % gross margin), stated by the user. Without it,
   * margin = value − cost from the column with the role cost; with neither, no margin.
   */
  marginRate?: number;
  /** Cumulative shares of positive margin where the high and the medium tiers end (default 0.5, 0.8). */
  marginBreaks?: [number, number];
  /** The score's columns; none: no score. */
  features?: ScoreFeature[];
  /** Share of scored customers in the top list (default 0.2). */
  topShare?: number;
  /** How far each weight moves, down and up, in the stability check (default 0.2, ±20 %). */
  weightStep?: number;
}

/** The options as applied, with the rules the result follows named. */
export interface CustomerValueParameters {
  marginSource: 'cost' | 'rate' | 'none';
  marginRate?: number;
  marginBreaks: [number, number];
  /** Tiers by the share of positive margin held by customers with a higher margin (ABC analysis). */
  tierRule: 'positive-margin-share';
  features: ScoreFeature[];
  topShare: number;
  weightStep: number;
  /** The stability measure: the share of the top list still in it (|A ∩ B| / |A|); Jaccard is given too. */
  stabilityMeasure: 'overlap';
}

export interface MarginTierResult {
  tier: MarginTierName;
  customers: number;
  /** Of all customers in the table. */
  share: number;
  margin: number;
  /** Tier margin over all positive margin (negative for the negative tier). */
  marginShare: number;
  value: number;
  churned: number;
  churnRate: number;
  /** 95 % Wilson interval of the churn rate. */
  low: number;
  high: number;
  minMargin: number;
  maxMargin: number;
}

export interface MarginSummary {
  source: 'cost' | 'rate';
  rate?: number;
  breaks: [number, number];
  tiers: MarginTierResult[];
  totalMargin: number;
  positiveMargin: number;
  /** Customers without a margin (no value, or no cost): in no tier. */
  unknown: number;
}

export interface ScoreFeatureResult extends ScoreFeature {
  /** Weight over the sum of weights. */
  weightShare: number;
  /** Customers without a value in the column (they have no score). */
  missing: number;
  /** Every customer with a value has the same one: the column adds nothing to the ranking. */
  constant: boolean;
}

export interface WeightMoveResult {
  column: string;
  down: { overlap: number; jaccard: number };
  up: { overlap: number; jaccard: number };
}

export interface TopList {
  share: number;
  /** Customers in it (round half up of share × scored). */
  count: number;
  /** The lowest score in it. */
  threshold: number;
  /** Highest score first; components[j][r] is column j's part of customer r's score; churned 1 or 0. */
  ids: string[];
  score: Float64Array;
  components: Float64Array[];
  churned: Uint8Array;
  churnRate: number;
  low: number;
  high: number;
}

export interface ValueScoreResult {
  features: ScoreFeatureResult[];
  scored: number;
  unscored: number;
  /** Churn rate of all scored customers, to compare the top list's with. */
  churnRate: number;
  distribution: { edges: number[]; customers: number[]; churned: number[] };
  top: TopList;
  stability: WeightMoveResult[];
}

export interface CustomerValueResult {
  stamp: ResultStamp<CustomerValueParameters>;
  customers: number;
  /** Historical value: the customer table's total_value. */
  value: { total: number; customersWithValue: number; negative: number };
  margin: MarginSummary | null;
  score: ValueScoreResult | null;
  /** Why there is no margin: no value at all, or neither a cost column nor a margin rate. */
  unavailable?: 'no-value' | 'no-cost';
  /**
   * Row i = customer i of the customer table (NaN / −1 when unknown); marginTier indexes
   * MARGIN_TIER_NAMES. Each column's part of every customer's score joins the customer table
   * (value_score_<column>) without crossing to the caller.
   */
  perCustomer: { margin: Float64Array; marginTier: Int8Array; score: Float64Array };
}

/**
 * The machine name of column j's part of the score: value_score_ and the column's name in lower
 * snake case (letters of any script kept), numbered when two columns would share one.
 */
export function componentName(column: string, j: number, features: readonly { column: string }[]): string {
  const snake = (c: string) =>
    c
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '');
  const base = snake(column);
  const shared = features.some((f, k) => k !== j && snake(f.column) === base);
  return `value_score_${base || j + 1}${shared ? `_${j + 1}` : ''}`;
}
