/**
 * Class weights: the course material's "weighted entropy". Churners are rare, so a tree that
 * counts every customer alike learns mostly about those who stay. Each case is weighted by its
 * class, and every class share in the criterion is a share of weight, not of cases:
 *
 *   p_c = W_c / (W_0 + W_1),   W_c = Σ_{i in node, y_i = c} s_i · w_c
 *
 * with s_i the sample weight (1 unless given, fractional under C4.5's missing values) and w_c
 * the class weight. `balanced` is scikit-learn's rule, w_c = n / (2 · n_c) over the training
 * cases, which gives both classes the same total weight n / 2: a node holding a fifth of the
 * churners and a fifth of the stayers has entropy 1 bit, whatever the churn rate.
 */

export type ClassWeight = 'none' | 'balanced' | readonly [number, number];

/** The weights [w_stayed, w_churned] that `classWeight` gives on labels `y` (0/1). */
export function classWeights(y: Uint8Array, classWeight: ClassWeight = 'none'): [number, number] {
  if (classWeight === 'none') return [1, 1];
  if (classWeight !== 'balanced') return [classWeight[0], classWeight[1]];
  // scikit-learn's compute_class_weight('balanced') counts cases, not sample weights.
  let churners = 0;
  for (let i = 0; i < y.length; i++) churners += y[i];
  const n = y.length;
  const stayers = n - churners;
  return [stayers > 0 ? n / (2 * stayers) : 1, churners > 0 ? n / (2 * churners) : 1];
}

/** One weight per case: its sample weight (or 1) times its class's weight. */
export function caseWeights(
  y: Uint8Array,
  weights: readonly [number, number],
  sampleWeight?: Float64Array,
): Float64Array {
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = (sampleWeight ? sampleWeight[i] : 1) * weights[y[i]];
  return out;
}
