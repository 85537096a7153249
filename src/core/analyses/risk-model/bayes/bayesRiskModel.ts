import { categoricalColumns, fitCategoricalView, type CategoricalTerm } from '../encoding/categoricalView.ts';
import { labelsAt, type FittedModel, type RiskModelAdapter } from '../encoding/modelSources.ts';
import { fitNaiveBayes, naiveBayesChurn, type NaiveBayes } from './naiveBayes.ts';
import { fitTan, tanChurn, type TreeAugmentedNaiveBayes } from './tan.ts';

/**
 * Naive Bayes and TAN as risk models: categories as they are, numbers cut into `bins` quantile
 * bins on the training rows (categoricalView.ts), Laplace smoothing `alpha` (default 1, stated in
 * the fitted model). The fitted model carries the network a chart draws: the class points at
 * every feature, and under TAN each feature but the root also has one feature parent.
 */
export interface BayesSettings {
  /** Laplace smoothing; default 1. */
  alpha?: number;
  /** Quantile bins per number; default 5. */
  bins?: number;
}

export interface FittedNaiveBayes extends FittedModel {
  kind: 'naive-bayes';
  terms: CategoricalTerm[];
  model: NaiveBayes;
}

export interface FittedTan extends FittedModel {
  kind: 'tan';
  terms: CategoricalTerm[];
  model: TreeAugmentedNaiveBayes;
}

export function naiveBayesRiskModel(settings: BayesSettings = {}): RiskModelAdapter<FittedNaiveBayes> {
  return {
    fit(sources, y, rows) {
      const terms = fitCategoricalView(sources, rows, settings.bins ?? 5);
      const model = fitNaiveBayes(categoricalColumns(terms, sources, rows), labelsAt(y, rows), settings.alpha ?? 1);
      return {
        kind: 'naive-bayes',
        terms,
        model,
        predict: (s, at) => naiveBayesChurn(model, categoricalColumns(terms, s, at)),
      };
    },
  };
}

export function tanRiskModel(settings: BayesSettings = {}): RiskModelAdapter<FittedTan> {
  return {
    fit(sources, y, rows) {
      const terms = fitCategoricalView(sources, rows, settings.bins ?? 5);
      const model = fitTan(categoricalColumns(terms, sources, rows), labelsAt(y, rows), settings.alpha ?? 1);
      return {
        kind: 'tan',
        terms,
        model,
        predict: (s, at) => tanChurn(model, categoricalColumns(terms, s, at)),
      };
    },
  };
}
