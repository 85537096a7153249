/**
 * The decision-factor table of the telecom course: each factor a customer weighs when deciding
 * to stay or leave (price, quality, coverage, service, image, new technology …) gets a rating,
 * an importance weight and a weight for the availability of alternatives (how easily a
 * competitor offers it), and
 *   score = rating × importance × availability,
 * ranked highest first: the factors most worth acting on. A rating can come from a survey
 * column: its mean among churners against stayers; the churners' mean is the rating scored.
 */
export interface FactorWeights {
  rating: number;
  importance: number;
  availability: number;
}

export interface ScoredFactor {
  score: number;
  /** 1 = highest score; equal scores share a rank; NaN scores (a weight missing) get 0, last. */
  rank: number;
}

export function factorScores(factors: readonly FactorWeights[]): ScoredFactor[] {
  const scores = factors.map((f) => f.rating * f.importance * f.availability);
  return scores.map((score) => {
    if (!Number.isFinite(score)) return { score: NaN, rank: 0 };
    let higher = 0;
    for (const other of scores) if (Number.isFinite(other) && other > score) higher++;
    return { score, rank: higher + 1 };
  });
}

export interface SurveyRating {
  churners: number;
  stayers: number;
  /** Churners' mean − stayers' mean. */
  difference: number;
  /** Answers (non-missing values) in each group. */
  churnerAnswers: number;
  stayerAnswers: number;
}

/** A survey column's mean among churners and among stayers (NaN values skipped). */
export function surveyRating(values: Float64Array, churned: Uint8Array): SurveyRating {
  const sum = [0, 0];
  const n = [0, 0];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    const g = churned[i] !== 0 ? 1 : 0;
    sum[g] += v;
    n[g]++;
  }
  const stayers = n[0] > 0 ? sum[0] / n[0] : NaN;
  const churners = n[1] > 0 ? sum[1] / n[1] : NaN;
  return { churners, stayers, difference: churners - stayers, churnerAnswers: n[1], stayerAnswers: n[0] };
}
