/**
 * Several risk models judged side by side: each fitted on the same training customers, cross-
 * validated on the same seeded folds and scored on the same test customers, so their AUCs can
 * be compared pair by pair (DeLong's test for correlated ROC curves).
 */
import type { GainsRow } from '../../core/analyses/risk-model/gainsTable.ts';
import type { PairedAucTest } from '../../core/analyses/risk-model/pairedDelong.ts';
import type { RiskModelName } from './risk-model.ts';

export type { PairedAucTest };

export interface RiskComparedModel {
  model: RiskModelName;
  auc: number;
  /** DeLong 95 % interval. */
  aucLow: number;
  aucHigh: number;
  brier: number;
  /** The AUC of each cross-validation fold (the same folds for every model), their mean and sd. */
  cv: { auc: number[]; mean: number; sd: number };
  gains: GainsRow[];
  /** The ROC curve, thinned for drawing. */
  roc: { fpr: Float64Array; tpr: Float64Array };
}

export interface RiskComparison {
  /** Where every model is judged: the test customers, or the out-of-fold scores when there are none. */
  on: 'test' | 'out-of-fold';
  customers: number;
  churners: number;
  /** In the order asked. */
  models: RiskComparedModel[];
  /** The model with the highest AUC (the first of equals). */
  best: RiskModelName;
  /** The best model against each other one: auc1 is the best's, difference = best − other. */
  tests: ({ model: RiskModelName } & PairedAucTest)[];
}
