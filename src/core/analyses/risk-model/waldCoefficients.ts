/**
 * The unpenalised logistic fit that explains: each category compared with its most frequent
 * level, aliased columns left out (as R's glm does), and Wald intervals from the inverse
 * Hessian at the maximum-likelihood estimate: β ± z₀.₉₇₅·se, odds ratio e^β. A number's
 * coefficient is per standard deviation of the training rows (its `sd`).
 */
import { chiSquareSurvival } from '../../stats/chiSquare.ts';
import { aliasedColumns } from './aliasedColumns.ts';
import { keepColumns } from './designData.ts';
import { designRows, fitDesign } from './designMatrix.ts';
import type { DesignTerm, FeatureSource, Labels } from './featureSource.ts';
import { labelsOf } from './logisticModel.ts';
import { logisticNewton } from './logisticNewton.ts';

const Z975 = 1.959963984540054;

export interface WaldCoefficient {
  term: DesignTerm;
  estimate: number;
  se: number;
  /** Two-sided p-value of the Wald test β = 0. */
  p: number;
  low: number;
  high: number;
  /** For a number: the training standard deviation the coefficient is per. */
  sd?: number;
}

export interface WaldFit {
  intercept: { estimate: number; se: number };
  coefficients: WaldCoefficient[];
  aliased: { term: DesignTerm; with: DesignTerm[] }[];
  references: Record<string, string>;
  constant: string[];
  converged: boolean;
  iterations: number;
}

export function waldCoefficients(sources: FeatureSource[], y: Labels, rows: Int32Array): WaldFit {
  const design = fitDesign(sources, rows, true);
  const full = designRows(design, sources, rows);
  const { kept, aliased } = aliasedColumns(full);
  const x = kept.length === full.p ? full : keepColumns(full, kept);
  const k = kept.length;
  // R's glm.fit stops after 25 iterations; a fit that needs more is separated or nearly so.
  const fit = logisticNewton(x, labelsOf(y, rows), { maxIterations: 25, covariance: true });
  const cov = fit.covariance;
  const se = (j: number) => (cov ? Math.sqrt(cov[j * (k + 1) + j]) : NaN);
  const coefficients = kept.map((c, a): WaldCoefficient => {
    const estimate = fit.beta[a + 1];
    const s = se(a + 1);
    const col = design.columns[c];
    return {
      term: design.terms[c],
      estimate,
      se: s,
      p: chiSquareSurvival((estimate / s) ** 2, 1),
      low: estimate - Z975 * s,
      high: estimate + Z975 * s,
      ...(col.kind === 'z' ? { sd: col.sd } : {}),
    };
  });
  return {
    intercept: { estimate: fit.beta[0], se: se(0) },
    coefficients,
    aliased: aliased.map((a) => ({
      term: design.terms[a.column],
      with: a.with.map((w) => (w < 0 ? { feature: '(intercept)' } : design.terms[w])),
    })),
    references: design.references,
    constant: design.constant,
    converged: fit.converged,
    iterations: fit.iterations,
  };
}
