/**
 * The evaluation every risk model gets, whatever it is: the seeded split into training and
 * test customers, k-fold cross-validation of the training customers, the model fitted on all of
 * them scoring the test set, and the scores judged only where the model did not see the label.
 * An out-of-time test set is another table's customers (the features on a later cutoff), read
 * through its own sources and labels.
 */
import type { FeatureSource, Labels } from '../../../core/analyses/risk-model/featureSource.ts';
import type { FittedRiskModel, RiskModel } from '../../../core/analyses/risk-model/riskModel.ts';
import { crossValidate } from '../../../core/analyses/risk-model/crossValidation.ts';
import { evaluateScores, type ScoreEvaluation } from '../../../core/analyses/risk-model/scoreEvaluation.ts';
import { stratifiedFolds } from '../../../core/analyses/risk-model/stratifiedSplits.ts';

/** The test customers' own table: `test` rows index its sources and labels. */
export interface HeldOutTable {
  sources: FeatureSource[];
  y: Labels;
}

export interface RiskEvaluation<F extends FittedRiskModel> {
  fitted: F;
  /** Out-of-fold score of each training row (rows' order), and each row's fold. */
  oof: Float64Array;
  folds: Int32Array;
  testScores: Float64Array;
  evaluation: ScoreEvaluation & { on: 'test' | 'out-of-fold' };
  cv: { auc: number[]; sizes: number[]; mean: number; sd: number };
}

function meanSd(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { mean, sd };
}

export function evaluateRiskModel<F extends FittedRiskModel>(
  model: RiskModel<F>,
  sources: FeatureSource[],
  y: Labels,
  train: Int32Array,
  test: Int32Array,
  k: number,
  seed: number,
  later?: HeldOutTable,
): RiskEvaluation<F> {
  const folds = stratifiedFolds(y, train, k, seed);
  const cv = crossValidate(model, sources, y, train, folds, k);
  const fitted = model.fit(sources, y, train);
  const testScores = test.length > 0 ? fitted.predict(later?.sources ?? sources, test) : new Float64Array(0);
  const testY = later?.y ?? y;
  const judged =
    test.length > 0
      ? {
          ...evaluateScores(
            testScores,
            Uint8Array.from(test, (r) => testY[r]),
          ),
          on: 'test' as const,
        }
      : {
          ...evaluateScores(
            cv.scores,
            Uint8Array.from(train, (r) => y[r]),
          ),
          on: 'out-of-fold' as const,
        };
  return {
    fitted,
    oof: cv.scores,
    folds,
    testScores,
    evaluation: judged,
    cv: { auc: cv.foldAuc, sizes: cv.foldSizes, ...meanSd(cv.foldAuc) },
  };
}
