import { valuesAt, type FittedModel, type RiskModelAdapter } from '../encoding/modelSources.ts';
import { fitNumericView, numericColumns, type NumericTerm } from '../encoding/numericView.ts';
import { baselineHazard, cumulativeHazardAt, type BaselineHazard } from './baselineHazard.ts';
import { concordance, type Concordance } from './concordance.ts';
import { coxFit, type CoxModel } from './coxFit.ts';
import { coxData, type CoxTies } from './efronLikelihood.ts';
import { proportionalHazardsTest, type ProportionalHazardsTest } from './proportionalHazards.ts';
import type { TimeTransform } from './timeTransform.ts';

/**
 * The Cox model as a risk model: it learns *when* customers leave from each customer's
 * duration (`time`) and whether it ended in churn (`event`), both indexed like the sources; the
 * evaluation's labels are not read. Numbers as they are (a missing one set to its training
 * mean), categories as 0/1 columns against their most frequent level (numericView.ts). A
 * customer's churn probability is P(churn by `horizon`) = 1 − exp(−H₀(horizon) e^η), the horizon
 * by default the median time of the training customers; whatever the horizon, customers are
 * ranked by η. Leave the duration itself (tenure) and what grows with it out of the features:
 * the model already conditions on time.
 */
export interface CoxSettings {
  time: Float64Array;
  event: Uint8Array;
  /** In the unit of `time`; default: the training customers' median time. */
  horizon?: number;
  ties?: CoxTies;
  /** The proportional-hazards check's time scale; default 'km', as cox.zph. */
  transform?: TimeTransform;
}

export interface FittedCox extends FittedModel {
  terms: NumericTerm[];
  model: CoxModel;
  hazard: BaselineHazard;
  /** Harrell's C of η on the training rows. */
  concordance: Concordance;
  proportionalHazards: ProportionalHazardsTest;
  /** The horizon the probabilities are for. */
  horizon: number;
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function coxRiskModel(settings: CoxSettings): RiskModelAdapter<FittedCox> {
  const ties = settings.ties ?? 'efron';
  return {
    fit(sources, _y, rows) {
      const terms = fitNumericView(sources, rows, true);
      const covariates = numericColumns(terms, sources, rows);
      const time = valuesAt(settings.time, rows);
      const event = Uint8Array.from(rows, (r) => settings.event[r]);
      const model = coxFit(time, event, covariates, { ties });
      const beta = model.coefficients.map((b) => (b === b ? b : 0));
      const data = coxData(time, event, covariates);
      const hazard = baselineHazard(data, beta, ties);
      const horizon = settings.horizon ?? median(time);
      const atHorizon = cumulativeHazardAt(hazard, horizon);
      return {
        horizon,
        terms,
        model,
        hazard,
        concordance: concordance(time, event, model.linearPredictor),
        proportionalHazards: proportionalHazardsTest(data, beta, ties, settings.transform ?? 'km'),
        predict(s, at) {
          const x = numericColumns(terms, s, at);
          const out = new Float64Array(at.length);
          for (let i = 0; i < at.length; i++) {
            let eta = 0;
            for (let j = 0; j < x.length; j++) eta += (x[j][i] - model.means[j]) * beta[j];
            out[i] = 1 - Math.exp(-atHorizon * Math.exp(eta));
          }
          return out;
        },
      };
    },
  };
}
