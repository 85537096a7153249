/**
 * k-fold cross-validation of any risk model on the training customers: each fold is scored by
 * a model fitted on the other folds alone (scaling and encoding included, since they are part
 * of the fit), giving every training customer an out-of-fold score and each fold an AUC.
 */
import type { FeatureSource, Labels } from './featureSource.ts';
import type { RiskModel } from './riskModel.ts';
import { rocAuc } from './rocCurve.ts';

export interface CrossValidation {
  /** Out-of-fold score of each training row, in the rows' order. */
  scores: Float64Array;
  /** Each fold's AUC on its own customers. */
  foldAuc: number[];
  foldSizes: number[];
}

export function crossValidate(
  model: RiskModel,
  sources: FeatureSource[],
  y: Labels,
  rows: Int32Array,
  folds: Int32Array,
  k: number,
): CrossValidation {
  const scores = new Float64Array(rows.length).fill(NaN);
  const foldAuc: number[] = [];
  const foldSizes: number[] = [];
  for (let f = 0; f < k; f++) {
    const inFold: number[] = [];
    const outFold: number[] = [];
    for (let i = 0; i < rows.length; i++) (folds[i] === f ? inFold : outFold).push(i);
    const fitted = model.fit(
      sources,
      y,
      Int32Array.from(outFold, (i) => rows[i]),
    );
    const held = Int32Array.from(inFold, (i) => rows[i]);
    const predicted = fitted.predict(sources, held);
    inFold.forEach((i, a) => (scores[i] = predicted[a]));
    foldAuc.push(
      rocAuc(
        predicted,
        Uint8Array.from(held, (r) => y[r]),
      ),
    );
    foldSizes.push(held.length);
  }
  return { scores, foldAuc, foldSizes };
}
