/**
 * Customer lifetime value for non-contractual buying: a BG/NBD (or Pareto/NBD) model of repeat
 * purchases and a Gamma-Gamma model of spend, fitted on a calibration period, checked on the
 * holdout period after it, and refitted on everything to the as-of date to predict each customer.
 */
import type { TimeUnit } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

export const CLV_MODELS = ['bg-nbd', 'pareto-nbd'] as const;
export type ClvModel = (typeof CLV_MODELS)[number];

/** The fit needs at least this many customers with a repeat purchase (four parameters, two of them the drop-out's). */
export const CLV_MIN_REPEAT_BUYERS = 30;
/** The calibration period (from the first purchase to its end) must last at least this many days: a quarter. */
export const CLV_MIN_CALIBRATION_DAYS = 90;
/** |Pearson correlation| of frequency and mean spend from which the Gamma-Gamma's independence is in doubt. */
export const CLV_SPEND_CORRELATION_LIMIT = 0.3;

/** The horizon when none is asked: one year in the unit. */
export const CLV_DEFAULT_HORIZON: Record<TimeUnit, number> = { days: 365, weeks: 52, months: 12 };
export const CLV_DEFAULT_DISCOUNT = 0.1;

export interface CustomerLifetimeValueOptions {
  /** Default 'bg-nbd'. */
  model?: ClvModel;
  /**
   * YYYY-MM-DD, the calibration period's last day; the holdout runs from the next day to the
   * as-of date. Default: halfway from the first purchase to the as-of date. The as-of date
   * itself: no holdout (nothing is checked).
   */
  calibrationEnd?: string;
  /** Unit of recency, T, the rates (α, β) and the horizon; default: the customer table's. */
  unit?: TimeUnit;
  /** Expected purchases and CLV over this many units ahead of the as-of date; default one year (52 weeks, 12 months, 365 days). */
  horizon?: number;
  /** Annual discount rate for CLV (0.1 = 10 %); default 0.1. */
  discount?: number;
  /** Share of spend kept as margin (0–1); default 1: CLV in revenue. */
  margin?: number;
}

export type ResolvedClvOptions = Required<CustomerLifetimeValueOptions> & {
  /** The holdout's last day: the as-of date ('' when there is no holdout). */
  holdoutEnd: string;
};

/** A fitted purchase model: parameters by name (r, alpha, a, b or r, alpha, s, beta) and their standard errors. */
export interface ClvModelFit {
  params: Record<string, number>;
  se: Record<string, number>;
  logLik: number;
  converged: boolean;
  iterations: number;
  /**
   * 'none': the likelihood is highest in the model's no-drop-out limit (BG/NBD a → 0, Pareto/NBD
   * s → 0), the NBD: r and alpha are the NBD's, the drop-out shape is 0 and its scale NaN (not
   * identified), every customer is alive (P(alive) = 1). 'estimated' otherwise.
   */
  dropout: 'estimated' | 'none';
}

/** The Gamma-Gamma spend model, fitted on the repeat buyers' mean repeat spend. */
export interface ClvSpendFit {
  p: number;
  q: number;
  gamma: number;
  se: { p: number; q: number; gamma: number };
  logLik: number;
  /** Repeat buyers fitted, and their mean of mean repeat spend. */
  customers: number;
  meanSpend: number;
  /** The model's mean spend per purchase, pγ / (q − 1). */
  populationMean: number;
  /** Pearson correlation of frequency and mean repeat spend among them (the model assumes none). */
  correlation: number;
}

/** A period's data and fits: the calibration period, or everything to the as-of date. */
export interface ClvPeriodFit {
  /** The period's last day, YYYY-MM-DD. */
  end: string;
  customers: number;
  repeatBuyers: number;
  fit: ClvModelFit;
  spend: ClvSpendFit | null;
}

export interface ClvFrequencyGroup {
  /** Calibration repeat purchases; the last group (7) holds 7 and more. */
  frequency: number;
  customers: number;
  /** Mean holdout purchases per customer, actual and expected. */
  actual: number;
  expected: number;
}

export interface ClvWeek {
  /** Week number from 1, from the cohort's first purchase day. */
  period: number;
  start: string;
  actual: number;
  expected: number;
}

export interface ClvHoldout {
  start: string;
  end: string;
  /** Its length in the result's unit. */
  length: number;
  byFrequency: ClvFrequencyGroup[];
  actualTotal: number;
  expectedTotal: number;
  /** (expected − actual) / actual over all calibration customers. */
  aggregateError: number;
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
  /** Calibration customers' repeat purchases by week, over calibration and holdout; and the running totals. */
  weekly: ClvWeek[];
  cumulative: ClvWeek[];
  /** Weeks 1 … calibrationWeeks are (at least partly) in the calibration period. */
  calibrationWeeks: number;
}

/** Something the user should know, with the numbers to word it. */
export type ClvNoteCode =
  | 'clv-no-amounts'
  | 'clv-spend-too-few'
  | 'clv-spend-not-converged'
  | 'clv-spend-mean-infinite'
  | 'clv-spend-correlated'
  | 'clv-nonpositive-spend'
  | 'clv-left-out'
  | 'clv-dropout-uncertain'
  | 'clv-no-dropout'
  | 'clv-no-holdout';

export interface ClvNote {
  code: ClvNoteCode;
  params?: Record<string, string | number>;
}

export interface ClvBin {
  from: number;
  to: number;
  customers: number;
}

export interface ClvTopCustomer {
  id: string;
  frequency: number;
  recency: number;
  T: number;
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number;
  clv: number;
}

export interface CustomerLifetimeValueResult {
  stamp: ResultStamp<ResolvedClvOptions>;
  model: ClvModel;
  unit: TimeUnit;
  /** The calibration fit (what the holdout checks), as in the paper's tables. */
  params: Record<string, number>;
  se: Record<string, number>;
  logLik: number;
  converged: boolean;
  iterations: number;
  customers: number;
  repeatBuyers: number;
  spend: ClvSpendFit | null;
  calibration: ClvPeriodFit;
  holdout: ClvHoldout | null;
  /** The fit on every customer to the as-of date that the predictions use (the calibration's when there is no holdout). */
  prediction: ClvPeriodFit;
  notes: ClvNote[];
  alive: {
    bins: ClvBin[];
    mean: number;
    /** The model's P(alive) against recency 0 … T for a few frequencies, at the customers' median T. */
    byRecency: { T: number; frequencies: number[]; recency: number[]; pAlive: number[][] };
  };
  /** Totals over customers for the horizon; CLV and spend NaN without a spend model. */
  totals: { expectedPurchases: number; expectedRevenue: number; clv: number };
  /** Null without a spend model. */
  value: { bins: ClvBin[]; above: number; upTo: number; top: ClvTopCustomer[]; top10Share: number } | null;
  /** In customer-table order; join the table as p_alive, expected_purchases, expected_spend, clv. */
  perCustomer: {
    pAlive: Float64Array;
    expectedPurchases: Float64Array;
    expectedSpend: Float64Array;
    clv: Float64Array;
  };
}
