/**
 * Why customers churn: univariate drivers (churn rate and risk ratio per category, mutual
 * information with churn, ranked), model-based drivers (permutation importance of a logistic
 * model on held-out customers) and the telecom course's decision-factor table. Codes and
 * numbers; the UI and the CLI word them.
 */
import type { AttributeRules } from './customer-table.ts';
import type { FeatureLeftOutReason } from './risk-model.ts';
import type { ResultStamp } from './stamp.ts';

/** The course's decision factors, worded by the UI in each language. */
export const DRIVER_FACTOR_KEYS = ['price', 'quality', 'coverage', 'service', 'image', 'technology'] as const;
export type DriverFactorKey = (typeof DRIVER_FACTOR_KEYS)[number];

export interface DecisionFactor {
  /** A course factor (worded by the UI), or none for the user's own `name`. */
  key?: DriverFactorKey;
  name?: string;
  /** The typed rating; ignored when `column` is given (the churners' mean is the rating). */
  rating?: number;
  /** Absent while the user has not typed it (the factor is then not scored). */
  importance?: number;
  /** How easily customers find the factor at a competitor. */
  availability?: number;
  /** A numeric survey column of the customer table that rates this factor. */
  column?: string;
}

export interface ChurnDriversOptions {
  /** Customer-table columns to rank; default: every usable one (ids, dates, the label and leaks left out). */
  features?: string[];
  /** Quantile bins of a number with more than 12 distinct values (2–20, default 5). */
  bins?: number;
  /** Permutations per feature (1–100, default 10). */
  repeats?: number;
  /** Seeds the held-out split and the permutations (default 1). */
  seed?: number;
  /** Share of customers held out to judge the model on (0.1–0.9, default 0.25). */
  testFraction?: number;
  /** The decision-factor table (default: none). */
  factors?: DecisionFactor[];
  attributeRules?: AttributeRules;
  /** A transaction log's temporal split (YYYY-MM-DD): features as of the cutoff, churn in the window after it. */
  cutoff?: string;
  /** The label window in days (default: the inactivity definition's days, else 90). */
  windowDays?: number;
}

export interface DriverCategory {
  /** The value, or a bin's range ("18.25–35.5"). */
  label: string;
  count: number;
  churned: number;
  rate: number;
  /** 95 % Wilson interval of the rate. */
  low: number;
  high: number;
  /** rate ÷ the overall rate, with its 95 % interval (delta method, the group being part of everyone). */
  riskRatio: number;
  riskLow: number;
  riskHigh: number;
  /** A bin's edges (lower included, upper excluded except the last bin's). */
  range?: [number, number];
}

export interface DriverFeature {
  name: string;
  /** 'binned': a number cut into quantile bins; 'categorical': values as they are. */
  kind: 'categorical' | 'binned';
  /** Mutual information with churn (missing values a category of their own). */
  mi: { nats: number; bits: number; normalised: number };
  /** Rank by mutual information, 1 = most. */
  rank: number;
  /** Customers without a value (in no category). */
  missing: number;
  categories: DriverCategory[];
  edges?: number[];
}

export interface DriverImportance {
  feature: string;
  /** Mean drop in test AUC over the permutations, and its standard deviation (ddof 0). */
  mean: number;
  sd: number;
  /** Each permutation's drop. */
  drops: number[];
}

export interface DriverPermutation {
  model: 'logistic';
  seed: number;
  repeats: number;
  testFraction: number;
  train: number;
  test: number;
  /** The held-out customers shuffled and scored: all of them, or a seeded stratified sample of 20,000. */
  permuted: number;
  /** AUC on the shuffled customers before any permutation. */
  baselineAuc: number;
  /** Highest mean drop first. */
  features: DriverImportance[];
}

export interface ScoredDecisionFactor extends DecisionFactor {
  /** The rating scored: typed, or the survey column's mean among churners. */
  rating: number;
  /** rating × importance × availability (NaN while a number is missing). */
  score: number;
  /** 1 = highest score, equal scores sharing; 0 = not scored. */
  rank: number;
  /** From the survey column: its mean among churners and stayers and how many answered. */
  survey?: { churners: number; stayers: number; difference: number; churnerAnswers: number; stayerAnswers: number };
}

/**
 * 'permutation-too-few': too few churners or stayers to hold some out; 'few-churners': under 50;
 * 'same-period': a transaction log, whose features (orders, spend) are counted over the same
 * days as the label, so they describe who churned rather than foretell it.
 */
export type DriverNote = 'permutation-too-few' | 'few-churners' | 'same-period';

export interface ChurnDriversResult {
  stamp: ResultStamp<ChurnDriversOptions>;
  overall: { count: number; churned: number; rate: number; entropyBits: number };
  /** Ranked by mutual information, most first. */
  features: DriverFeature[];
  leftOut: { column: string; reason: FeatureLeftOutReason; of?: string }[];
  permutation: DriverPermutation | null;
  /** In the order given. */
  factors: ScoredDecisionFactor[];
  /** With a cutoff: the split (customers active on the cutoff day and able to churn by labelAsOf are ranked). */
  temporal?: {
    cutoff: string;
    windowDays: number;
    labelAsOf: string;
    churnedAtCutoff: number;
    safeAtCutoff: number;
  };
  notes: DriverNote[];
}
