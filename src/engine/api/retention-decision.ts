/**
 * The retention decision (identify the churn type → set the affordable spend → choose the plan):
 * per customer a churn type, the value saved in expectation (value × P(churn) × P(save | offer)),
 * what is left of it after the offer's cost (the most worth spending on contact), and a plan;
 * the customers worth saving ranked, and totals by type and by plan. Codes and numbers only.
 */
import type { ChurnType } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';
import type { QuadrantCode } from './value-risk-quadrant.ts';

/** What a plan of action does: no spend; match a competitor's offer; service recovery; another product; a payment reminder; a standard offer. */
export const RETENTION_PLANS = [
  'no-spend',
  'match-offer',
  'service-recovery',
  'other-product',
  'payment-reminder',
  'standard-offer',
] as const;
export type RetentionPlan = (typeof RETENTION_PLANS)[number];

/**
 * Where churn risk is read: 'model' = churn_risk of the risk-model kind; 'p-alive' = 1 − p_alive
 * of customer-lifetime-value; anything else names a numeric column of the customer table (0–1,
 * or 0–100 read as percent).
 */
export type RiskSource = 'model' | 'p-alive' | (string & {});
/** Where value is read: 'clv' (customer-lifetime-value), 'historical' (the table's total value), or a numeric column. */
export type ValueSource = 'clv' | 'historical' | (string & {});

/** How a source was found: a column the analysis already added, one computed now with its defaults, or a column of the data. */
export interface SourceUsed {
  source: string;
  from: 'risk-model' | 'customer-lifetime-value' | 'table' | 'column';
  /** The producing analysis had not run for this table: it ran now with its default options. */
  ranNow: boolean;
  /** A 0–100 column read as percent. */
  percent?: boolean;
}

/** One rule that gives a customer without a reason a churn type: every condition given must hold; the first rule that matches wins. */
export interface ChurnTypeRule {
  type: ChurnType;
  riskAtLeast?: number;
  riskBelow?: number;
  /** The customer's value is among the top share of customers' values (0.2 = top 20 %). */
  valueTop?: number;
  /** An attribute's value is one of these. */
  attribute?: { column: string; in: string[] };
}

export interface RetentionDecisionOptions {
  risk?: RiskSource;
  value?: ValueSource;
  /** Whom to decide for: customers not churned (default) or all customers (e.g. to study those who left). */
  who?: 'not-churned' | 'all';
  /**
   * Only the customers the value-risk quadrant placed in this quadrant (its customer column
   * `quadrant`, as the quadrant cell last ran); absent = every customer.
   */
  quadrant?: QuadrantCode;
  /** For customers without a reason; default DEFAULT_TYPE_RULES. */
  typeRules?: ChurnTypeRule[];
  /** P(save | offer) by type, 0–1; defaults DEFAULT_SAVE_PROBABILITY. */
  saveProbability?: Partial<Record<ChurnType, number>>;
  /** The plan for each type; defaults DEFAULT_PLANS. */
  plans?: Partial<Record<ChurnType, RetentionPlan>>;
  /** The cost of each plan's offer per customer, in the value's currency; defaults: DEFAULT_OFFER_COST_SHARE × the median value of the customers decided for. */
  offerCosts?: Partial<Record<RetentionPlan, number>>;
}

export const DEFAULT_TYPE_RULES: ChurnTypeRule[] = [
  { type: 'natural', riskBelow: 0.2 },
  { type: 'competitor', riskAtLeast: 0.5, valueTop: 0.2 },
  { type: 'disappointed', riskAtLeast: 0.5 },
  { type: 'changed-need' },
];
export const DEFAULT_SAVE_PROBABILITY: Record<ChurnType, number> = {
  natural: 0,
  'changed-need': 0.1,
  competitor: 0.3,
  disappointed: 0.4,
  involuntary: 0.7,
  unknown: 0.2,
};
export const DEFAULT_PLANS: Record<ChurnType, RetentionPlan> = {
  natural: 'no-spend',
  'changed-need': 'other-product',
  competitor: 'match-offer',
  disappointed: 'service-recovery',
  involuntary: 'payment-reminder',
  unknown: 'standard-offer',
};
/** A plan's default offer cost as a share of the median value of the customers decided for. */
export const DEFAULT_OFFER_COST_SHARE: Record<RetentionPlan, number> = {
  'no-spend': 0,
  'match-offer': 0.1,
  'service-recovery': 0.05,
  'other-product': 0.03,
  'payment-reminder': 0.005,
  'standard-offer': 0.03,
};

export interface ResolvedRetentionDecisionOptions {
  risk: string;
  value: string;
  who: 'not-churned' | 'all';
  /** null = every customer. */
  quadrant: QuadrantCode | null;
  typeRules: ChurnTypeRule[];
  saveProbability: Record<ChurnType, number>;
  plans: Record<ChurnType, RetentionPlan>;
  offerCosts: Record<RetentionPlan, number>;
  /** The median value the default offer costs are shares of. */
  medianValue: number;
}

/** A churn type's or a plan's customers: all decided for, and those worth saving with their sums. */
export interface RetentionGroupTotal {
  code: string;
  customers: number;
  /** Σ value × P(churn): the value expected to be lost. */
  valueAtRisk: number;
  worthSaving: number;
  /** Over the customers worth saving: Σ expected value saved, Σ offer cost, Σ net (the spend they are worth). */
  expectedSaved: number;
  offerCost: number;
  net: number;
}

export interface RetentionDecisionResult {
  stamp: ResultStamp<ResolvedRetentionDecisionOptions>;
  sources: { risk: SourceUsed; value: SourceUsed };
  /** Customers decided for, and those left out for want of a risk or a value. */
  customers: number;
  missing: number;
  /** How many got their type from their reason, and how many from the rules. */
  typedBy: { reason: number; rules: number };
  byType: RetentionGroupTotal[];
  byPlan: RetentionGroupTotal[];
  /** The customers worth saving (net > 0), highest net first: rows of the customer table. */
  ranked: Int32Array;
  /** Per customer of the table (NaN / −1 where not decided). */
  perCustomer: {
    risk: Float64Array;
    value: Float64Array;
    /** Index in CHURN_TYPES. */
    type: Int32Array;
    /** Index in RETENTION_PLANS. */
    plan: Int32Array;
    /** value × P(churn) × P(save | offer). */
    expectedSaved: Float64Array;
    /** expectedSaved − the offer's cost: the most worth spending on the customer beyond the offer. */
    maxSpend: Float64Array;
  };
  /** The ranked customers' ids, in `ranked` order. */
  rankedIds: string[];
}
