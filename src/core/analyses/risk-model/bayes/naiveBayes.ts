/**
 * Naive Bayes over categorical features (numbers binned first), as scikit-learn's
 * `CategoricalNB(alpha)`: P(c) from the class counts, and per feature
 *   P(x = v | c) = (N_cv + α) / (N_c + α · levels),
 * Laplace smoothing with α = 1 by default (α is stated in every result). A missing value (code −1),
 * or a category beyond `levels`, is left out: of the counts when fitting, and of the product when
 * scoring, which is exact marginalisation under the model. Classes: 0 = stayed, 1 = churned.
 */
export interface BayesFeature {
  codes: Int32Array;
  levels: number;
}

export interface NaiveBayes {
  alpha: number;
  classCount: [number, number];
  /** log P(c). */
  classLogPrior: [number, number];
  /** Per feature, log P(x = v | c) at [c · levels + v]. */
  featureLogProb: Float64Array[];
}

/** Counts of (class, category) per feature: [c · levels + v]. */
export function categoryCounts(feature: BayesFeature, y: Uint8Array): Float64Array {
  const counts = new Float64Array(2 * feature.levels);
  const { codes, levels } = feature;
  for (let i = 0; i < y.length; i++) {
    const v = codes[i];
    if (v >= 0 && v < levels) counts[y[i] * levels + v]++;
  }
  return counts;
}

/** Smoothed log P(x = v | c) from counts laid out as [c · levels + v]. */
export function smoothedLogProb(counts: Float64Array, levels: number, alpha: number): Float64Array {
  const out = new Float64Array(counts.length);
  const rows = counts.length / levels;
  for (let c = 0; c < rows; c++) {
    let total = 0;
    for (let v = 0; v < levels; v++) total += counts[c * levels + v] + alpha;
    for (let v = 0; v < levels; v++) out[c * levels + v] = Math.log(counts[c * levels + v] + alpha) - Math.log(total);
  }
  return out;
}

export function fitNaiveBayes(features: readonly BayesFeature[], y: Uint8Array, alpha = 1): NaiveBayes {
  let churners = 0;
  for (let i = 0; i < y.length; i++) churners += y[i];
  const classCount: [number, number] = [y.length - churners, churners];
  return {
    alpha,
    classCount,
    classLogPrior: [Math.log(classCount[0] / y.length), Math.log(classCount[1] / y.length)],
    featureLogProb: features.map((f) => smoothedLogProb(categoryCounts(f, y), f.levels, alpha)),
  };
}

/** P(churn) per row: the two classes' joint log-likelihoods, normalised. */
export function naiveBayesChurn(model: NaiveBayes, features: readonly BayesFeature[]): Float64Array {
  const rows = features.length > 0 ? features[0].codes.length : 0;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let logOdds = model.classLogPrior[1] - model.classLogPrior[0];
    for (let f = 0; f < features.length; f++) {
      const { codes, levels } = features[f];
      const v = codes[i];
      if (v < 0 || v >= levels) continue;
      logOdds += model.featureLogProb[f][levels + v] - model.featureLogProb[f][v];
    }
    out[i] = 1 / (1 + Math.exp(-logOdds));
  }
  return out;
}
