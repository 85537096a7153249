/**
 * A risk model, as the evaluation sees it: fitted on some customers (the training rows), it
 * gives every other customer a churn probability. Logistic regression is one; trees, naive
 * Bayes and survival models plug in the same way, so cross-validation, the held-out test and
 * the scores are computed by one code path for all of them, on the same folds.
 */
import type { FeatureSource, Labels } from './featureSource.ts';

export interface FittedRiskModel {
  /** P(churn) for each of `rows` (customer indices), in that order. */
  predict(sources: FeatureSource[], rows: Int32Array): Float64Array;
}

export interface RiskModel<F extends FittedRiskModel = FittedRiskModel> {
  /** Learns from `rows` only: `y` and the sources are indexed by customer, and nothing outside `rows` is read. */
  fit(sources: FeatureSource[], y: Labels, rows: Int32Array): F;
}
