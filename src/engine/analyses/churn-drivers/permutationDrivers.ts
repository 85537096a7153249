/**
 * Model-based drivers: the risk model's logistic regression (L2, C = 1, z-scores and one-hot
 * levels as the risk model lays them out) fitted on a seeded stratified training split, then
 * each feature permuted among the held-out customers R times (permutationImportance).
 */
import type { DriverPermutation } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { logisticModel } from '../../../core/analyses/risk-model/logisticModel.ts';
import { stratifiedTestSplit } from '../../../core/analyses/risk-model/stratifiedSplits.ts';
import { permutationImportance } from '../../../core/analyses/churn-drivers/permutationImportance.ts';
import type { FeatureCandidate } from '../risk-model/featurePlan.ts';
import { featureLayout, featureSources } from '../risk-model/featureSources.ts';

/** Fewer churners or stayers than this on either side of the split: no model is judged. */
const MIN_PER_CLASS = 5;
/**
 * At most this many held-out customers are shuffled (a seeded stratified sample of them beyond
 * it): each permutation scores them all again, features × repeats times, and 20,000 already
 * pin an AUC drop to about ±0.005.
 */
export const MAX_PERMUTED = 20_000;

export function permutationDrivers(
  candidates: FeatureCandidate[],
  columns: Map<string, TypedColumn>,
  y: Uint8Array,
  o: { seed: number; repeats: number; testFraction: number },
): DriverPermutation | null {
  const everyone = Int32Array.from(y.keys());
  const { train, test } = stratifiedTestSplit(y, everyone, o.testFraction, o.seed);
  for (const rows of [train, test]) {
    let churners = 0;
    for (const r of rows) churners += y[r];
    if (churners < MIN_PER_CLASS || rows.length - churners < MIN_PER_CLASS) return null;
  }
  const layout = featureLayout(candidates, train);
  const sources = featureSources(layout, columns);
  const model = logisticModel({ penalty: 'l2', C: 1 }).fit(sources, y, train);
  const permuted =
    test.length > MAX_PERMUTED ? stratifiedTestSplit(y, test, MAX_PERMUTED / test.length, o.seed + 2).test : test;
  const p = permutationImportance(model, sources, y, permuted, o.repeats, o.seed);
  const features = sources
    .map((s, j) => ({
      feature: s.name,
      mean: p.mean[j],
      sd: p.sd[j],
      drops: Array.from(p.drops.subarray(j * o.repeats, (j + 1) * o.repeats)),
    }))
    .sort((a, b) => b.mean - a.mean);
  return {
    model: 'logistic',
    seed: o.seed,
    repeats: o.repeats,
    testFraction: o.testFraction,
    train: train.length,
    test: test.length,
    permuted: permuted.length,
    baselineAuc: p.baseline,
    features,
  };
}
