/**
 * The weighted value score (the customer value function of the seed cases): each chosen column,
 * scaled and turned so that higher is better, times its weight, over the sum of the weights:
 * score = Σ wⱼ·oⱼ / Σ wⱼ. A customer's components wⱼ·oⱼ / Σ wⱼ add up to their score. A customer
 * without a value in any chosen column has no score (NaN) and is counted apart.
 */

export class WeightsError extends RangeError {
  constructor(weights: readonly number[]) {
    super(`Weights must be finite, at least 0, with a positive sum; got ${weights.join(', ')}`);
    this.name = 'WeightsError';
  }
}

export function checkWeights(weights: readonly number[]): void {
  let sum = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new WeightsError(weights);
    sum += w;
  }
  if (!(sum > 0)) throw new WeightsError(weights);
}

/** Σ wⱼ·oⱼ / Σ wⱼ per customer into `out` (NaN when any oⱼ is unknown). */
export function weightedScore(
  columns: readonly Float64Array[],
  weights: readonly number[],
  out: Float64Array = new Float64Array(columns[0]?.length ?? 0),
): Float64Array {
  checkWeights(weights);
  const total = weights.reduce((s, w) => s + w, 0);
  out.fill(0);
  for (let j = 0; j < columns.length; j++) {
    const o = columns[j];
    const w = weights[j] / total;
    // A NaN in any column makes the sum NaN, and NaN stays NaN: no customer is half scored.
    for (let i = 0; i < out.length; i++) out[i] += w * o[i];
  }
  return out;
}

/** The components wⱼ·oⱼ / Σ wⱼ of every customer (or of `rows` only, in their order), one array per column. */
export function scoreComponents(
  columns: readonly Float64Array[],
  weights: readonly number[],
  rows?: ArrayLike<number>,
): Float64Array[] {
  checkWeights(weights);
  const total = weights.reduce((s, w) => s + w, 0);
  return columns.map((o, j) => {
    const w = weights[j] / total;
    const out = new Float64Array(rows ? rows.length : o.length);
    if (rows) for (let r = 0; r < rows.length; r++) out[r] = w * o[rows[r]];
    else for (let i = 0; i < o.length; i++) out[i] = w * o[i];
    return out;
  });
}
