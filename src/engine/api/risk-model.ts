/**
 * Who will churn: a risk model fitted on some customers and judged only on customers it did
 * not see (a held-out test set, and k-fold cross-validation of the rest), with every customer's
 * churn risk and risk decile. Codes and numbers; the UI and the CLI word them.
 */
import type { AttributeRules, ChurnDefinition } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';
import type { ScoreEvaluation } from '../../core/analyses/risk-model/scoreEvaluation.ts';
import type { DesignTerm } from '../../core/analyses/risk-model/featureSource.ts';
import type { RiskCoxExplained, RiskNetworkExplained, RiskTreeExplained } from './risk-model-explained.ts';

import type { RiskComparison } from './risk-model-comparison.ts';

export type * from './risk-model-explained.ts';
export type * from './risk-model-comparison.ts';

// The threshold and cost arithmetic the app runs on the main thread as the user moves them.
export {
  cheapestThreshold,
  confusionAt,
  confusionAtStep,
  costCurve,
  expectedCost,
  thresholdStep,
  type Confusion,
  type Costs,
} from '../../core/analyses/risk-model/thresholdMetrics.ts';
export type { ThresholdCounts } from '../../core/analyses/risk-model/thresholdCounts.ts';
export type { GainsRow, Reach } from '../../core/analyses/risk-model/gainsTable.ts';
export type { CalibrationBin } from '../../core/analyses/risk-model/calibrationBins.ts';
export type { DesignTerm, ScoreEvaluation };

export const RISK_MODELS = ['logistic', 'tree', 'naive-bayes', 'tan', 'cox'] as const;
export type RiskModelName = (typeof RISK_MODELS)[number];
/** The models that can be compared side by side (Cox learns durations, not a label, so it is not among them). */
export const RISK_COMPARABLE = ['logistic', 'tree', 'naive-bayes', 'tan'] as const;
/** A tree model's algorithm: ID3 (information gain), C4.5 (gain ratio, pessimistic pruning), CART (Gini). */
export const RISK_TREES = ['id3', 'c45', 'cart'] as const;
export type RiskTreeAlgorithm = (typeof RISK_TREES)[number];
export const RISK_CLASS_WEIGHTS = ['none', 'balanced'] as const;
export type RiskClassWeight = (typeof RISK_CLASS_WEIGHTS)[number];
export const RISK_PENALTIES = ['l2', 'l1'] as const;
export type RiskPenalty = (typeof RISK_PENALTIES)[number];

/** A categorical level that stands for several: the levels held by too few customers, pooled. */
export const OTHER_LEVEL = '\u0000other';
/** The level of customers with no value in a categorical feature. */
export const MISSING_LEVEL = '\u0000missing';

export interface RiskModelOptions {
  model?: RiskModelName;
  /** Customer-table columns and attributes to learn from; default: every usable one (see `leftOut`). */
  features?: string[];
  penalty?: RiskPenalty;
  /** Inverse penalty strength, as scikit-learn's C (default 1). */
  C?: number;
  /** model 'tree': the algorithm (default 'cart'). */
  tree?: RiskTreeAlgorithm;
  /** model 'tree': the deepest a leaf may be (1–20; default 5, which also keeps C4.5 fast). */
  maxDepth?: number;
  /** model 'tree': the fewest training customers a split may leave in a branch (default 20). */
  minLeaf?: number;
  /** model 'tree': 'balanced' weighs each class by n / (2 · its count), so churners count as much as stayers. */
  classWeight?: RiskClassWeight;
  /** models 'naive-bayes' and 'tan': Laplace smoothing (default 1). */
  alpha?: number;
  /** Cross-validation folds of the training customers (2–20, default 5). */
  folds?: number;
  /** Seeds the test split and the folds (default 1). */
  seed?: number;
  /** Share of customers held out for the test (0–0.9, default 0.25; 0 = judge on the folds alone). */
  testFraction?: number;
  /** Customers whose `column` is `value` are the test set (instead of a random fraction). */
  holdout?: { column: string; value: string };
  /**
   * A transaction log's temporal split (YYYY-MM-DD): features from activity up to this day, the
   * label = churned by cutoff + windowDays under the active definition, among the customers
   * not churned at the cutoff.
   */
  cutoff?: string;
  /** The label window after the cutoff (default: the inactivity days, else 90). */
  windowDays?: number;
  /**
   * An out-of-time test (YYYY-MM-DD, a transaction log): the model learns from the customers and
   * labels at `cutoff` (default: this day − windowDays) and is tested on the customers active on
   * this day, with features up to it and the label in the window after it.
   */
  testCutoff?: string;
  /** Models (RISK_COMPARABLE, two or more) evaluated side by side on the same split and folds. */
  compare?: RiskModelName[];
  attributeRules?: AttributeRules;
}

/** Why a column is not a feature (by default, or as asked). */
export type FeatureLeftOutReason =
  /** An id-like column: (nearly) one value per customer. */
  | 'identifier'
  /** Free text. */
  | 'text'
  /** A date; tenure and T carry what it says. */
  | 'date'
  /** The label itself or what restates it (churned, churn status, churn date). */
  | 'label'
  /** Known only because the customer churned (a reason, a churn type), or the definition reads it (recency under inactivity). */
  | 'leaks-label'
  /** Its name mentions churn: likely a score or label made from the outcome. */
  | 'mentions-churn'
  /** The file a customer's last row came from: when they last bought, again. */
  | 'source-file'
  /** No value for any customer. */
  | 'empty'
  /** The same value for every customer (on the training rows). */
  | 'constant'
  /** Cox: the duration itself, or a number that grows with it (|Pearson r| ≥ 0.8 with it on the training customers). */
  | 'duration'
  /** The same values as an earlier feature (`params.of`). */
  | 'duplicate'
  /** Differs within customers of a log and has no rule. */
  | 'varies'
  /** It marks the held-out customers. */
  | 'holdout-column';

export interface RiskFeature {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Customers without a value: a number's are set to the training mean; a category's form their own level. */
  missing: number;
  /** A category's levels (OTHER_LEVEL and MISSING_LEVEL stand for pooled and empty ones). */
  levels?: string[];
  /** Levels pooled into OTHER_LEVEL (held by fewer than MIN_LEVEL_CUSTOMERS customers, or beyond the largest MAX_LEVELS). */
  pooled?: string[];
}

export interface RiskCoefficient {
  term: DesignTerm;
  estimate: number;
}

export interface WaldTerm {
  term: DesignTerm;
  estimate: number;
  se: number;
  p: number;
  /** 95 % Wald interval of the coefficient. */
  low: number;
  high: number;
  /** A number's training standard deviation: the coefficient is per this many units. */
  sd?: number;
}

export interface RiskModelResult {
  stamp: ResultStamp<RiskModelOptions>;
  model: RiskModelName;
  target: {
    definition: ChurnDefinition;
    /** Temporal split: the day features stop, the window and the day the label is read on. */
    cutoff?: string;
    windowDays?: number;
    labelAsOf?: string;
    /** Out-of-time test: the test customers' cutoff and the day their label is read on. */
    testCutoff?: string;
    testLabelAsOf?: string;
  };
  /** Customers with a label, and those left out (temporal: churned by the cutoff, or not yet there). */
  population: {
    customers: number;
    churners: number;
    churnedAtCutoff?: number;
    /** Temporal: active on the cutoff day and certain to be so on the label day (left out; see temporalSplit.ts). */
    safeAtCutoff?: number;
    /** Out-of-time test: the test customers, their churners, and those churned by the test cutoff. */
    later?: { customers: number; churners: number; churnedAtCutoff: number; safeAtCutoff: number };
    /**
     * Temporal: today's active customers scored forward, and those of them scored 0 because they
     * cannot be churned within the window whatever they do (their silence cannot reach the
     * inactivity definition's days by as-of + window; many when the window is shorter than it).
     */
    forward?: { active: number; cannotChurn: number };
  };
  features: RiskFeature[];
  leftOut: { column: string; reason: FeatureLeftOutReason; of?: string }[];
  split: {
    /** 'time': the test customers are those of `target.testCutoff`, the training ones those of `target.cutoff`. */
    by: 'fraction' | 'holdout' | 'time';
    testFraction: number;
    holdout?: { column: string; value: string };
    seed: number;
    folds: number;
    train: number;
    test: number;
    trainChurners: number;
    testChurners: number;
  };
  /** Scores on customers the model did not see: the test set, or the out-of-fold scores when there is none. */
  evaluation: ScoreEvaluation & { on: 'test' | 'out-of-fold' };
  cv: { auc: number[]; sizes: number[]; mean: number; sd: number };
  /** Logistic regression: the scoring model (penalised, full one-hot), fitted on the training customers. */
  penalised?: {
    intercept: number;
    coefficients: RiskCoefficient[];
    /** Σ log-loss + penalty / C at the fit (scikit-learn's objective ÷ C). */
    objective: number;
    iterations: number;
    converged: boolean;
  };
  /** Logistic regression: the unpenalised fit that explains, categories against a reference level, Wald intervals. */
  explained?: {
    intercept: { estimate: number; se: number };
    terms: WaldTerm[];
    references: Record<string, string>;
    aliased: { term: DesignTerm; with: DesignTerm[] }[];
    converged: boolean;
    iterations: number;
  };
  /** model 'tree': the tree fitted on the training customers, its nodes and its leaves as rules. */
  tree?: RiskTreeExplained;
  /** models 'naive-bayes' and 'tan': the network and its smoothing. */
  network?: RiskNetworkExplained;
  /** model 'cox': hazard ratios, concordance and the proportional-hazards check. */
  cox?: RiskCoxExplained;
  /** With `compare`: the models side by side on the same customers and folds. */
  comparison?: RiskComparison;
  /**
   * Per customer of the customer table (its order): the churn probability (NaN = not scored),
   * the risk decile (1 = highest tenth, 0 = not scored), the split (SPLIT_CODES) and the fold
   * (1…k for a training customer, 0 otherwise).
   */
  scores: { risk: Float64Array; decile: Uint8Array; split: Uint8Array; fold: Uint8Array };
  /**
   * What the reader must know: 'no-temporal-split' (a log judged without one), 'not-converged',
   * 'few-churners', 'window-shorter-than-inactivity' (the label window is shorter than the
   * inactivity definition's days: population.forward.cannotChurn customers score 0 as certain).
   */
  notes: RiskNote[];
}

export type RiskNote =
  'no-temporal-split' | 'not-converged' | 'explained-not-converged' | 'few-churners' | 'window-shorter-than-inactivity';

/**
 * A customer's part in the model: not scored, trained on (score out of fold), in the test set,
 * or — temporal split — scored forward from their features on the table's as-of day.
 */
export const SPLIT_CODES = ['', 'train', 'test', 'forward'] as const;
export type SplitCode = (typeof SPLIT_CODES)[number];
