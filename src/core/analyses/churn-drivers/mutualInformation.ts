/**
 * How much knowing a feature's category tells about churn: the mutual information between the
 * category codes and the churn flag, from their joint counts,
 *   I(X; Y) = Σ p(x, y) · ln( p(x, y) / (p(x) · p(y)) )   (nats; ÷ ln 2 for bits),
 * the quantity scikit-learn's mutual_info_score computes from a contingency table. Code −1
 * (missing) is a category of its own: that a value is missing can itself say something.
 * Normalised, it is the share of churn's own entropy H(Y) the feature accounts for (Theil's
 * uncertainty coefficient U(Y | X) = I / H(Y), from 0 to 1); NaN when no one or everyone churned.
 */
export interface MutualInformation {
  nats: number;
  bits: number;
  /** I(X; Y) / H(Y). */
  normalised: number;
  /** H(Y) in bits. */
  churnEntropyBits: number;
}

/** `codes[i]` in −1 … levels − 1; `churned[i]` nonzero for a churner. */
export function mutualInformation(codes: Int32Array, levels: number, churned: Uint8Array): MutualInformation {
  if (codes.length !== churned.length) throw new RangeError('mutualInformation: codes and churned differ in length');
  // Row k + 1 holds code k; row 0 the missing values.
  const stay = new Float64Array(levels + 1);
  const left = new Float64Array(levels + 1);
  for (let i = 0; i < codes.length; i++) {
    const k = codes[i] + 1;
    if (churned[i] !== 0) left[k]++;
    else stay[k]++;
  }
  const n = codes.length;
  let churners = 0;
  for (let k = 0; k <= levels; k++) churners += left[k];
  const pY = [(n - churners) / n, churners / n];
  let nats = 0;
  for (let k = 0; k <= levels; k++) {
    const pX = (stay[k] + left[k]) / n;
    for (const [y, count] of [
      [0, stay[k]],
      [1, left[k]],
    ] as const) {
      if (count === 0) continue;
      const pXY = count / n;
      nats += pXY * Math.log(pXY / (pX * pY[y]));
    }
  }
  // Rounding can leave a tiny negative where the feature says nothing.
  nats = Math.max(0, nats);
  const hY = pY.reduce((h, p) => (p > 0 ? h - p * Math.log(p) : h), 0);
  return {
    nats,
    bits: nats / Math.LN2,
    normalised: hY > 0 ? nats / hY : NaN,
    churnEntropyBits: hY / Math.LN2,
  };
}
