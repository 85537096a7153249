import { chowLiuTree } from './chowLiuTree.ts';
import { conditionalMutualInformationMatrix, mutualInformationWithClass } from './mutualInformation.ts';
import { categoryCounts, smoothedLogProb, type BayesFeature } from './naiveBayes.ts';

/**
 * Tree-augmented naive Bayes (Friedman, Geiger & Goldszmidt 1997, §4.1): naive Bayes plus a tree
 * among the features, so each feature may depend on one other besides the class. The tree is the
 * Chow–Liu maximum spanning tree on I(X_i; X_j | C) (mutualInformation.ts, chowLiuTree.ts),
 * rooted at the feature most informative about the class (the paper leaves the root free).
 * Conditional probability tables with Laplace smoothing α, as naive Bayes:
 *   P(x_i = v | x_p = u, c) = (N_uvc + α) / (N_uc + α · levels_i),
 * and the root's P(x_r = v | c) as in naiveBayes.ts. When scoring, a missing value of a feature
 * drops its factor; a missing parent value falls back to the feature's P(x_i | c).
 */
export interface TreeAugmentedNaiveBayes {
  alpha: number;
  root: number;
  /** Each feature's parent feature; −1 for the root (whose only parent is the class). */
  parent: Int32Array;
  /** I(X_i; X_parent | C) in nats on each tree edge; NaN for the root. */
  edgeWeight: Float64Array;
  /** I(X_i; C) in nats. */
  classInformation: Float64Array;
  classCount: [number, number];
  classLogPrior: [number, number];
  /** Per feature, log P(x_i = v | c) at [c · levels + v]. */
  marginalLogProb: Float64Array[];
  /** Per feature, log P(x_i = v | x_parent = u, c) at [(c · parentLevels + u) · levels + v]; empty for the root. */
  conditionalLogProb: Float64Array[];
}

/** Counts of (class, parent value, value): [(c · parentLevels + u) · levels + v]. */
function conditionalCounts(child: BayesFeature, parent: BayesFeature, y: Uint8Array): Float64Array {
  const counts = new Float64Array(2 * parent.levels * child.levels);
  for (let i = 0; i < y.length; i++) {
    const u = parent.codes[i];
    const v = child.codes[i];
    if (u < 0 || u >= parent.levels || v < 0 || v >= child.levels) continue;
    counts[(y[i] * parent.levels + u) * child.levels + v]++;
  }
  return counts;
}

export function fitTan(features: readonly BayesFeature[], y: Uint8Array, alpha = 1): TreeAugmentedNaiveBayes {
  const k = features.length;
  const classInformation = Float64Array.from(features, (f) => mutualInformationWithClass(f, y));
  let root = 0;
  for (let f = 1; f < k; f++) if (classInformation[f] > classInformation[root]) root = f;
  const cmi = conditionalMutualInformationMatrix(features, y);
  const parent = chowLiuTree(cmi, k, root);
  let churners = 0;
  for (let i = 0; i < y.length; i++) churners += y[i];
  const classCount: [number, number] = [y.length - churners, churners];
  return {
    alpha,
    root,
    parent,
    edgeWeight: Float64Array.from(parent, (p, f) => (p < 0 ? NaN : cmi[f * k + p])),
    classInformation,
    classCount,
    classLogPrior: [Math.log(classCount[0] / y.length), Math.log(classCount[1] / y.length)],
    marginalLogProb: features.map((f) => smoothedLogProb(categoryCounts(f, y), f.levels, alpha)),
    conditionalLogProb: features.map((f, i) =>
      parent[i] < 0
        ? new Float64Array(0)
        : smoothedLogProb(conditionalCounts(f, features[parent[i]], y), f.levels, alpha),
    ),
  };
}

/** P(churn) per row under the network. */
export function tanChurn(model: TreeAugmentedNaiveBayes, features: readonly BayesFeature[]): Float64Array {
  const rows = features.length > 0 ? features[0].codes.length : 0;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let logOdds = model.classLogPrior[1] - model.classLogPrior[0];
    for (let f = 0; f < features.length; f++) {
      const { codes, levels } = features[f];
      const v = codes[i];
      if (v < 0 || v >= levels) continue;
      const p = model.parent[f];
      const parentLevels = p < 0 ? 0 : features[p].levels;
      const u = p < 0 ? -1 : features[p].codes[i];
      if (u < 0 || u >= parentLevels) {
        logOdds += model.marginalLogProb[f][levels + v] - model.marginalLogProb[f][v];
      } else {
        const table = model.conditionalLogProb[f];
        logOdds += table[(parentLevels + u) * levels + v] - table[u * levels + v];
      }
    }
    out[i] = 1 / (1 + Math.exp(-logOdds));
  }
  return out;
}
