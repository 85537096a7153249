/**
 * A Cox model as the result carries it: each term's hazard ratio with its 95 % interval and its
 * proportional-hazards check, the training concordance and the global checks.
 */
import type { RiskCoxExplained } from '../../api.ts';
import type { FittedCox } from '../../../core/analyses/risk-model/cox/coxRiskModel.ts';

export function coxExplained(fitted: FittedCox): RiskCoxExplained {
  const { model, proportionalHazards: zph } = fitted;
  return {
    horizon: fitted.horizon,
    n: model.n,
    events: model.events,
    hazardRatios: fitted.terms.map((term, j) => ({
      feature: term.name,
      ...(term.kind === 'level' ? { level: term.level, reference: term.reference } : {}),
      coefficient: model.coefficients[j],
      se: model.standardErrors[j],
      hazardRatio: model.hazardRatios[j],
      low: model.lower[j],
      high: model.upper[j],
      p: model.p[j],
      zphChiSquare: zph.chiSquare[j],
      zphP: zph.p[j],
    })),
    concordance: fitted.concordance.concordance,
    proportionalHazards: zph.global,
    likelihoodRatio: model.likelihoodRatio,
    converged: model.converged,
  };
}
