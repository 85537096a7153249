/**
 * Node impurities over two class weights (stayed, churned). Entropy in bits (Quinlan 1986, 1993);
 * Gini impurity 1 − Σ p² (Breiman et al. 1984), both over weighted class shares, so class
 * weights enter here and nowhere else.
 */

/** −Σ p log₂ p over the two classes; 0 for an empty or pure node. */
export function entropy(w0: number, w1: number): number {
  const total = w0 + w1;
  if (!(total > 0)) return 0;
  let h = 0;
  if (w0 > 0) h -= (w0 / total) * Math.log2(w0 / total);
  if (w1 > 0) h -= (w1 / total) * Math.log2(w1 / total);
  return h;
}

/** 1 − p₀² − p₁² (scikit-learn's `Gini`); 0 for an empty node. */
export function gini(w0: number, w1: number): number {
  const total = w0 + w1;
  if (!(total > 0)) return 0;
  const p0 = w0 / total;
  const p1 = w1 / total;
  return 1 - (p0 * p0 + p1 * p1);
}

/**
 * Split information −Σ (nₖ / n) log₂ (nₖ / n) over a test's outcomes (Quinlan 1993, eq. 2.2):
 * the entropy of the partition itself, the denominator of the gain ratio.
 */
export function splitInformation(outcomeWeights: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < outcomeWeights.length; k++) total += outcomeWeights[k];
  if (!(total > 0)) return 0;
  let h = 0;
  for (let k = 0; k < outcomeWeights.length; k++) {
    const p = outcomeWeights[k] / total;
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}
