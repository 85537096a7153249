/**
 * The models a risk-model analysis can fit, by name: each a RiskModel (fit on training rows,
 * predict probabilities), so the evaluation treats them alike. Adding one is an entry here and
 * its name in RISK_MODELS.
 */
import type { RiskModelName, RiskPenalty } from '../../api.ts';
import type { RiskModel } from '../../../core/analyses/risk-model/riskModel.ts';
import { logisticModel } from '../../../core/analyses/risk-model/logisticModel.ts';

export interface ModelSettings {
  penalty: RiskPenalty;
  C: number;
}

export const RISK_MODEL_FITS: Record<RiskModelName, (s: ModelSettings) => RiskModel> = {
  logistic: (s) => logisticModel({ penalty: s.penalty, C: s.C }),
};
