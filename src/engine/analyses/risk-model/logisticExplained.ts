/** What a logistic risk model explains: the scoring fit's coefficients, and the unpenalised fit's with Wald intervals. */
import type { RiskModelResult } from '../../api.ts';
import type { FittedLogistic } from '../../../core/analyses/risk-model/logisticModel.ts';
import { waldCoefficients } from '../../../core/analyses/risk-model/waldCoefficients.ts';

export function logisticExplained(
  value: RiskModelResult,
  fitted: FittedLogistic,
  sources: Parameters<typeof waldCoefficients>[0],
  y: Uint8Array,
  train: Int32Array,
): void {
  const { fit, design } = fitted;
  value.penalised = {
    intercept: fit.beta[0],
    coefficients: design.terms.map((term, j) => ({ term, estimate: fit.beta[j + 1] })),
    objective: fit.objective,
    iterations: fit.iterations,
    converged: fit.converged,
  };
  const wald = waldCoefficients(sources, y, train);
  // Without convergence (separation) the unpenalised estimates and intervals mean nothing: only the note is reported.
  if (wald.converged)
    value.explained = {
      intercept: wald.intercept,
      terms: wald.coefficients,
      references: wald.references,
      aliased: wald.aliased,
      converged: wald.converged,
      iterations: wald.iterations,
    };
  if (!fit.converged) value.notes.push('not-converged');
  if (!wald.converged) value.notes.push('explained-not-converged');
}
