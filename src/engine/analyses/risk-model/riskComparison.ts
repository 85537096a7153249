/**
 * Models compared side by side: each asked model goes through the same evaluation as the chosen
 * one — the same training customers, the same seeded folds, the same test customers — so their
 * AUCs differ only by the model, and the best is tested against each other one with DeLong's
 * paired test on those same customers.
 */
import type { RiskComparedModel, RiskComparison, RiskModelName } from '../../api.ts';
import type { FeatureSource, Labels } from '../../../core/analyses/risk-model/featureSource.ts';
import { pairedDelong } from '../../../core/analyses/risk-model/pairedDelong.ts';
import { RISK_MODEL_FITS, type ModelSettings } from './riskModels.ts';
import { evaluateRiskModel, type HeldOutTable, type RiskEvaluation } from './riskEvaluation.ts';

export interface ComparisonData {
  sources: FeatureSource[];
  y: Labels;
  train: Int32Array;
  test: Int32Array;
  folds: number;
  seed: number;
  later?: HeldOutTable;
}

function compared(model: RiskModelName, judged: RiskEvaluation<never>): RiskComparedModel {
  const e = judged.evaluation;
  return {
    model,
    auc: e.auc,
    aucLow: e.aucLow,
    aucHigh: e.aucHigh,
    brier: e.brier,
    cv: { auc: judged.cv.auc, mean: judged.cv.mean, sd: judged.cv.sd },
    gains: e.gains,
    roc: { fpr: e.roc.fpr, tpr: e.roc.tpr },
  };
}

export function compareRiskModels(
  names: readonly RiskModelName[],
  settings: ModelSettings,
  primary: { model: RiskModelName; judged: RiskEvaluation<never> },
  d: ComparisonData,
): RiskComparison {
  const judged = names.map((name) =>
    name === primary.model
      ? primary.judged
      : (evaluateRiskModel(
          RISK_MODEL_FITS[name](settings),
          d.sources,
          d.y,
          d.train,
          d.test,
          d.folds,
          d.seed,
          d.later,
        ) as RiskEvaluation<never>),
  );
  const on = primary.judged.evaluation.on;
  const testY = d.later?.y ?? d.y;
  const labels = on === 'test' ? Uint8Array.from(d.test, (r) => testY[r]) : Uint8Array.from(d.train, (r) => d.y[r]);
  const scores = judged.map((j) => (on === 'test' ? j.testScores : j.oof));
  const models = names.map((name, i) => compared(name, judged[i]));
  let best = 0;
  for (let i = 1; i < models.length; i++) if (models[i].auc > models[best].auc) best = i;
  const tests = names
    .map((model, i) => ({ model, i }))
    .filter(({ i }) => i !== best)
    .map(({ model, i }) => ({ model, ...pairedDelong(scores[best], scores[i], labels) }));
  let churners = 0;
  for (let i = 0; i < labels.length; i++) churners += labels[i];
  return { on, customers: labels.length, churners, models, best: names[best], tests };
}
