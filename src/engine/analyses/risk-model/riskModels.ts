/**
 * The models a risk-model analysis can fit, by name: each a RiskModel (fit on training rows,
 * predict probabilities), so the evaluation treats them alike. Adding one is an entry here and
 * its name in RISK_MODELS.
 */
import type { RiskClassWeight, RiskModelName, RiskPenalty, RiskTreeAlgorithm } from '../../api.ts';
import type { RiskModel } from '../../../core/analyses/risk-model/riskModel.ts';
import { logisticModel } from '../../../core/analyses/risk-model/logisticModel.ts';
import { treeRiskModel } from '../../../core/analyses/risk-model/trees/treeRiskModel.ts';
import { naiveBayesRiskModel, tanRiskModel } from '../../../core/analyses/risk-model/bayes/bayesRiskModel.ts';
import { coxRiskModel } from '../../../core/analyses/risk-model/cox/coxRiskModel.ts';

export interface ModelSettings {
  penalty: RiskPenalty;
  C: number;
  tree: RiskTreeAlgorithm;
  maxDepth: number;
  minLeaf: number;
  classWeight: RiskClassWeight;
  alpha: number;
  /** Cox: each customer's duration in days and whether it ended in churn (customer order). */
  time: Float64Array;
  event: Uint8Array;
}

export const RISK_MODEL_FITS: Record<RiskModelName, (s: ModelSettings) => RiskModel> = {
  logistic: (s) => logisticModel({ penalty: s.penalty, C: s.C }),
  tree: (s) =>
    treeRiskModel({ algorithm: s.tree, maxDepth: s.maxDepth, minLeaf: s.minLeaf, classWeight: s.classWeight }),
  'naive-bayes': (s) => naiveBayesRiskModel({ alpha: s.alpha }),
  tan: (s) => tanRiskModel({ alpha: s.alpha }),
  cox: (s) => coxRiskModel({ time: s.time, event: s.event }),
};
