/** The decision-factor table: score = rating × importance × availability, ranked; survey means by group. */
import { describe, expect, it } from 'vitest';
import { factorScores, surveyRating } from '../../../../src/core/analyses/churn-drivers/decisionFactors.ts';

describe('factorScores', () => {
  it('multiplies the three numbers and ranks the highest first', () => {
    // Worked by hand: 4·0.3·0.8 = 0.96, 2·0.5·0.9 = 0.9, 5·0.2·0.5 = 0.5.
    const s = factorScores([
      { rating: 2, importance: 0.5, availability: 0.9 },
      { rating: 4, importance: 0.3, availability: 0.8 },
      { rating: 5, importance: 0.2, availability: 0.5 },
    ]);
    expect(s.map((f) => f.score)).toEqual([0.9, 4 * 0.3 * 0.8, 0.5]);
    expect(s.map((f) => f.rank)).toEqual([2, 1, 3]);
  });

  it('lets equal scores share a rank and puts an unscored factor at rank 0', () => {
    const s = factorScores([
      { rating: 1, importance: 2, availability: 3 },
      { rating: 3, importance: 2, availability: 1 },
      { rating: NaN, importance: 2, availability: 1 },
    ]);
    expect(s.map((f) => f.rank)).toEqual([1, 1, 0]);
    expect(s[2].score).toBeNaN();
  });
});

describe('surveyRating', () => {
  it('averages the answers of churners and of stayers, skipping blanks', () => {
    // Churners answered 2 and 3 (mean 2.5), stayers 4, 5 and 3 (mean 4); one blank each.
    const r = surveyRating(Float64Array.from([2, 4, NaN, 3, 5, 3, NaN]), Uint8Array.from([1, 0, 1, 1, 0, 0, 0]));
    expect(r).toEqual({ churners: 2.5, stayers: 4, difference: -1.5, churnerAnswers: 2, stayerAnswers: 3 });
  });

  it('is NaN for a group without answers', () => {
    const r = surveyRating(Float64Array.from([1, 2]), Uint8Array.from([0, 0]));
    expect(r.churners).toBeNaN();
    expect(r.stayers).toBe(1.5);
  });
});
