/**
 * Logistic regression as a risk model: the design (z-scores and one-hot levels) fitted on the
 * training rows, then the penalised fit — L2 by Newton's method, L1 by coordinate descent —
 * with the intercept unpenalised and λ = 1/C as in scikit-learn.
 */
import { designRows, fitDesign, type Design } from './designMatrix.ts';
import type { FeatureSource, Labels } from './featureSource.ts';
import { logisticL1 } from './logisticL1.ts';
import { linearPredictor } from './designData.ts';
import { logisticNewton, type LogisticFit } from './logisticNewton.ts';
import type { FittedRiskModel, RiskModel } from './riskModel.ts';

export const PENALTIES = ['l2', 'l1'] as const;
export type Penalty = (typeof PENALTIES)[number];

export interface LogisticSettings {
  penalty: Penalty;
  /** Inverse penalty strength, as scikit-learn's C: larger is weaker. */
  C: number;
}

export interface FittedLogistic extends FittedRiskModel {
  design: Design;
  fit: LogisticFit;
}

/** The training rows' labels, in the rows' order. */
export function labelsOf(y: Labels, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = y[rows[i]];
  return out;
}

export function logisticModel({ penalty, C }: LogisticSettings): RiskModel<FittedLogistic> {
  return {
    fit(sources, y, rows) {
      const design = fitDesign(sources, rows);
      const x = designRows(design, sources, rows);
      const labels = labelsOf(y, rows);
      const lambda = 1 / C;
      const fit = penalty === 'l1' ? logisticL1(x, labels, { lambda }) : logisticNewton(x, labels, { lambda });
      return {
        design,
        fit,
        predict(s: FeatureSource[], at: Int32Array) {
          const eta = linearPredictor(designRows(design, s, at), fit.beta);
          for (let i = 0; i < eta.length; i++) eta[i] = 1 / (1 + Math.exp(-eta[i]));
          return eta;
        },
      };
    },
  };
}
