/**
 * What a risk model reads: one value per customer for each feature, numbers as they are (NaN
 * = missing) and categories as codes into their levels (−1 = missing). Every model gets the
 * same sources and encodes them as it needs (one-hot for logistic regression, native
 * categories for a tree), so all of them are evaluated on the same folds.
 */
export type FeatureSource =
  | { name: string; kind: 'numeric'; values: Float64Array }
  | { name: string; kind: 'categorical'; codes: Int32Array; levels: string[] };

/** One column of a model's design: a feature, and for a one-hot column the level it marks. */
export interface DesignTerm {
  feature: string;
  level?: string;
}

/** The churn label of each customer: 1 churned, 0 not. */
export type Labels = Uint8Array;
