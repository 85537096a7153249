/**
 * What the tree, Bayes and Cox adapters read and give back: the same shapes as the risk-model
 * evaluation's `FeatureSource` and `RiskModel` (featureSource.ts, riskModel.ts in this folder's
 * parent), stated here so that these kernels stand alone; TypeScript's structural typing lets an
 * adapter go wherever a RiskModel is expected. Numbers as they are (NaN = missing), categories
 * as codes into their levels (−1 = missing).
 */
export type ModelSource =
  | { name: string; kind: 'numeric'; values: Float64Array }
  | { name: string; kind: 'categorical'; codes: Int32Array; levels: string[] };

export interface FittedModel {
  /** P(churn) for each of `rows` (customer indices), in that order. */
  predict(sources: ModelSource[], rows: Int32Array): Float64Array;
}

export interface RiskModelAdapter<F extends FittedModel = FittedModel> {
  /** Learns from `rows` only: `y` and the sources are indexed by customer; nothing outside `rows` is read. */
  fit(sources: ModelSource[], y: Uint8Array, rows: Int32Array): F;
}

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
