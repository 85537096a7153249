/**
 * A naive Bayes or TAN model as the result carries it: the class points at every feature, TAN
 * adds one feature parent to each feature but its root, and every feature carries its mutual
 * information with churn on the training customers (in nats) so a chart can weigh it.
 */
import type { RiskNetworkExplained } from '../../api.ts';
import type { FeatureSource } from '../../../core/analyses/risk-model/featureSource.ts';
import type { FittedNaiveBayes, FittedTan } from '../../../core/analyses/risk-model/bayes/bayesRiskModel.ts';
import { categoricalColumns } from '../../../core/analyses/risk-model/encoding/categoricalView.ts';
import { labelsAt } from '../../../core/analyses/risk-model/encoding/modelSources.ts';
import { mutualInformationWithClass } from '../../../core/analyses/risk-model/bayes/mutualInformation.ts';

export function networkExplained(
  fitted: FittedNaiveBayes | FittedTan,
  sources: FeatureSource[],
  y: Uint8Array,
  train: Int32Array,
): RiskNetworkExplained {
  const { terms } = fitted;
  let information: ArrayLike<number>;
  if (fitted.kind === 'tan') information = fitted.model.classInformation;
  else {
    const labels = labelsAt(y, train);
    information = categoricalColumns(terms, sources, train).map((c) => mutualInformationWithClass(c, labels));
  }
  const tan = fitted.kind === 'tan' ? fitted.model : null;
  return {
    kind: fitted.kind,
    alpha: fitted.model.alpha,
    root: tan ? tan.root : -1,
    features: terms.map((term, j) => ({
      name: term.name,
      ...(term.kind === 'bins' ? { cuts: term.cuts } : {}),
      parent: tan ? tan.parent[j] : -1,
      classInformation: information[j],
      edgeWeight: tan && tan.parent[j] >= 0 ? tan.edgeWeight[j] : null,
    })),
  };
}
