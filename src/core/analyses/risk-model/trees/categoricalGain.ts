import { entropy, splitInformation } from './impurity.ts';

/**
 * Information gain and gain ratio of a multiway test on one categorical feature, over the cases
 * at a node (Quinlan 1986 for ID3; 1993, §2.2 and §3.2 for C4.5's ratio and missing values).
 *
 * Cases whose value is missing (code −1) carry no information about the test: the gain is
 * measured on the known cases and scaled by their share F of the node's weight,
 *   gain = F · (H(known) − Σ_v W_v / W_known · H(v)),
 * and the split information counts "missing" as one more outcome, so a feature that is often
 * missing is not favoured. Weights are class-weighted (see classWeights.ts); with no class
 * weights they are case counts, and these are Quinlan's formulas exactly.
 */
export interface CategoricalTest {
  /** Class-weighted [stayed, churned] per category: w[2v], w[2v + 1]. */
  weight: Float64Array;
  /** Cases (unweighted, fractional) per category. */
  count: Float64Array;
  missingWeight: number;
  missingCount: number;
  gain: number;
  splitInfo: number;
  gainRatio: number;
}

/**
 * Tallies the cases `rows` (each with its fraction, and class weights `classWeight`) by the
 * category `codes` gives them, and scores the test.
 */
export function categoricalTest(
  codes: Int32Array,
  levels: number,
  y: Uint8Array,
  rows: Int32Array,
  fraction: Float64Array,
  classWeight: readonly [number, number],
): CategoricalTest {
  const weight = new Float64Array(2 * levels);
  const count = new Float64Array(levels);
  let missingWeight = 0;
  let missingCount = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const code = codes[row];
    const c = y[row];
    const f = fraction[k];
    if (code < 0 || code >= levels) {
      missingWeight += f * classWeight[c];
      missingCount += f;
    } else {
      weight[2 * code + c] += f * classWeight[c];
      count[code] += f;
    }
  }
  return scoreCategoricalTest(weight, count, missingWeight, missingCount);
}

/** Gain, split information and gain ratio from a tally of class weights per category. */
export function scoreCategoricalTest(
  weight: Float64Array,
  count: Float64Array,
  missingWeight: number,
  missingCount: number,
): CategoricalTest {
  const levels = count.length;
  let known0 = 0;
  let known1 = 0;
  for (let v = 0; v < levels; v++) {
    known0 += weight[2 * v];
    known1 += weight[2 * v + 1];
  }
  const known = known0 + known1;
  let conditional = 0;
  const outcomes: number[] = [];
  for (let v = 0; v < levels; v++) {
    const wv = weight[2 * v] + weight[2 * v + 1];
    if (wv > 0) {
      conditional += (wv / known) * entropy(weight[2 * v], weight[2 * v + 1]);
      outcomes.push(wv);
    }
  }
  if (missingWeight > 0) outcomes.push(missingWeight);
  const share = known > 0 ? known / (known + missingWeight) : 0;
  const gain = known > 0 ? share * (entropy(known0, known1) - conditional) : 0;
  const splitInfo = splitInformation(outcomes);
  return {
    weight,
    count,
    missingWeight,
    missingCount,
    gain,
    splitInfo,
    gainRatio: splitInfo > 0 ? gain / splitInfo : 0,
  };
}
