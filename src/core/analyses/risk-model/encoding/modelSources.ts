/**
 * What the tree, Bayes and Cox adapters read and give back: the risk-model evaluation's
 * `FeatureSource` and `RiskModel` (featureSource.ts, riskModel.ts in this folder's parent), under
 * the names these kernels use. Numbers as they are (NaN = missing), categories as codes into
 * their levels (−1 = missing).
 */
import type { FeatureSource } from '../featureSource.ts';
import type { FittedRiskModel, RiskModel } from '../riskModel.ts';

export type ModelSource = FeatureSource;
export type FittedModel = FittedRiskModel;
export type RiskModelAdapter<F extends FittedModel = FittedModel> = RiskModel<F>;

/** The labels of `rows`, in their order. */
export function labelsAt(y: Uint8Array, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = y[rows[i]];
  return out;
}

/** A number column's values at `rows`, in their order. */
export function valuesAt(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

/** A category column's codes at `rows`, in their order. */
export function codesAt(codes: Int32Array, rows: Int32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = codes[rows[i]];
  return out;
}
