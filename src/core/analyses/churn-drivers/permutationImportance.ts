/**
 * Permutation importance on held-out customers: how much the model's AUC drops when one
 * feature's values are shuffled among the test customers (breaking its link with churn while
 * keeping its distribution), repeated R times with the one seeded generator. A feature the
 * model does not use drops nothing; one it leans on drops a lot. As scikit-learn's
 * permutation_importance with scoring='roc_auc': the drop is baseline AUC − permuted AUC, its
 * spread the population standard deviation of the R drops (numpy's std, ddof 0).
 *
 * The draw: one mulberry32(seed); for each feature in order, for each repeat, a Fisher–Yates
 * shuffle of the test positions.
 */
import { mulberry32 } from '../../stats/random.ts';
import { shuffleInPlace } from '../../stats/shuffle.ts';
import type { FeatureSource, Labels } from '../risk-model/featureSource.ts';
import type { FittedRiskModel } from '../risk-model/riskModel.ts';
import { rocAuc } from '../risk-model/rocCurve.ts';

export interface PermutationImportance {
  /** AUC on the test customers, nothing permuted. */
  baseline: number;
  /** Per feature (the sources' order): the mean drop in AUC and its standard deviation. */
  mean: Float64Array;
  sd: Float64Array;
  /** Row-major, features × repeats: each repeat's drop. */
  drops: Float64Array;
  repeats: number;
}

/** The sources restricted to `rows`, in that order (row i of the result is customer rows[i]). */
export function restricted(sources: FeatureSource[], rows: Int32Array): FeatureSource[] {
  return sources.map((s) =>
    s.kind === 'numeric'
      ? { ...s, values: Float64Array.from(rows, (r) => s.values[r]) }
      : { ...s, codes: Int32Array.from(rows, (r) => s.codes[r]) },
  );
}

function permuted(s: FeatureSource, order: Int32Array): FeatureSource {
  return s.kind === 'numeric'
    ? { ...s, values: Float64Array.from(order, (i) => s.values[i]) }
    : { ...s, codes: Int32Array.from(order, (i) => s.codes[i]) };
}

/** The AUC on the restricted sources with feature `j` reordered by `order` (row i takes row order[i]'s value). */
export function permutedAuc(
  model: FittedRiskModel,
  local: FeatureSource[],
  labels: Labels,
  j: number,
  order: Int32Array,
): number {
  const at = Int32Array.from(labels.keys());
  const sources = local.slice();
  sources[j] = permuted(local[j], order);
  return rocAuc(model.predict(sources, at), labels);
}

export function permutationImportance(
  model: FittedRiskModel,
  sources: FeatureSource[],
  y: Labels,
  test: Int32Array,
  repeats: number,
  seed: number,
): PermutationImportance {
  const local = restricted(sources, test);
  const labels = Uint8Array.from(test, (r) => y[r]);
  const at = Int32Array.from(test.keys());
  const baseline = rocAuc(model.predict(local, at), labels);
  const p = sources.length;
  const drops = new Float64Array(p * repeats);
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  const random = mulberry32(seed);
  const order = new Int32Array(test.length);
  for (let j = 0; j < p; j++) {
    for (let r = 0; r < repeats; r++) {
      for (let i = 0; i < order.length; i++) order[i] = i;
      shuffleInPlace(order, random);
      drops[j * repeats + r] = baseline - permutedAuc(model, local, labels, j, order);
    }
    let sum = 0;
    for (let r = 0; r < repeats; r++) sum += drops[j * repeats + r];
    mean[j] = sum / repeats;
    let ss = 0;
    for (let r = 0; r < repeats; r++) ss += (drops[j * repeats + r] - mean[j]) ** 2;
    sd[j] = Math.sqrt(ss / repeats);
  }
  return { baseline, mean, sd, drops, repeats };
}
