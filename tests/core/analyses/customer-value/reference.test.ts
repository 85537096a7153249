/**
 * The customer-value kernels against scipy, pandas, numpy and statsmodels on 500 generated
 * customers with ties and gaps (tests/fixtures/customer-value/make_reference.py, seed 14; the
 * committed reference.json is its output).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  minMaxScale,
  oriented,
  percentileRank,
  zScore,
  type Scaling,
} from '../../../../src/core/analyses/customer-value/featureScaling.ts';
import { customerMargins, marginTiers } from '../../../../src/core/analyses/customer-value/marginTiers.ts';
import { weightedScore } from '../../../../src/core/analyses/customer-value/valueScore.ts';
import { rankedMembers, topCount, topMembers } from '../../../../src/core/analyses/customer-value/topCustomers.ts';
import { weightStability } from '../../../../src/core/analyses/customer-value/weightStability.ts';
import { scoreHistogram } from '../../../../src/core/analyses/customer-value/scoreHistogram.ts';
import { fixture } from '../../../sharedData.ts';

type Column = (number | null)[];
const ref = JSON.parse(readFileSync(fixture('customer-value', 'reference.json'), 'utf8')) as {
  inputs: Record<string, Column>;
  scaled: Record<string, Record<Scaling, Column>>;
  margin: { breaks: [number, number]; codes: number[]; tiers: Record<string, number | string>[]; positive: number };
  score: {
    features: { column: string; higher: boolean; scaling: Scaling; weight: number }[];
    topShare: number;
    step: number;
    score: Column;
    top: number[];
    stability: { feature: number; down: Record<string, number>; up: Record<string, number> }[];
    histogram: { edges: number[]; customers: number[]; churned: number[] };
  };
};
const column = (values: Column) => Float64Array.from(values, (v) => (v === null ? NaN : v));
const churned = Uint8Array.from(ref.inputs.churned as number[]);
const SCALERS = { rank: percentileRank, minmax: minMaxScale, z: zScore };

/** Equal where both are known, within `tolerance`; unknown in the same places. */
function expectClose(ours: Float64Array, theirs: Column, tolerance: number) {
  expect(ours.length).toBe(theirs.length);
  theirs.forEach((t, i) => {
    if (t === null) expect(ours[i]).toBeNaN();
    else expect(Math.abs(ours[i] - t)).toBeLessThanOrEqual(tolerance);
  });
}

describe('customer-value kernels against scipy / pandas (reference.json)', () => {
  for (const name of ['revenue', 'tenure', 'risk', 'contacts'])
    for (const scaling of ['rank', 'minmax', 'z'] as const)
      it(`${scaling === 'rank' ? 'percentileRank' : scaling === 'minmax' ? 'minMaxScale' : 'zScore'}(${name}) equals ${scaling === 'rank' ? 'scipy.stats.rankdata average' : scaling === 'minmax' ? 'pandas (x − min) / (max − min)' : 'scipy.stats.zscore ddof 0'}`, () => {
        // Ranks are exact fractions; min–max and z differ only by floating-point rounding (1e-12).
        expectClose(SCALERS[scaling](column(ref.inputs[name])), ref.scaled[name][scaling], 1e-12);
      });

  it('marginTiers(revenue − cost, breaks 0.5 / 0.8) gives pandas’ tiers, sums and statsmodels’ Wilson intervals', () => {
    const value = column(ref.inputs.revenue);
    const margin = customerMargins(value, column(ref.inputs.cost), null);
    const r = marginTiers(margin, value, churned, ref.margin.breaks);
    expect(Array.from(r.codes)).toEqual(ref.margin.codes);
    // Sums of the same cents in another order: within 1e-9 of pandas.
    expect(r.positiveMargin).toBeCloseTo(ref.margin.positive, 9);
    r.tiers.forEach((t, k) => {
      const theirs = ref.margin.tiers[k];
      expect([t.tier, t.customers, t.churned]).toEqual([theirs.tier, theirs.customers, theirs.churned]);
      for (const key of [
        'margin',
        'marginShare',
        'value',
        'churnRate',
        'low',
        'high',
        'minMargin',
        'maxMargin',
      ] as const)
        // statsmodels' Wilson bounds and pandas' sums agree to floating-point rounding (1e-9).
        expect(t[key]).toBeCloseTo(theirs[key] as number, 9);
    });
  });

  const { features } = ref.score;
  const columns = features.map((f) => oriented(SCALERS[f.scaling](column(ref.inputs[f.column])), f.scaling, f.higher));
  const weights = features.map((f) => f.weight);
  const score = weightedScore(columns, weights);
  const scored = score.filter((s) => s === s).length;
  const k = topCount(scored, ref.score.topShare);
  const members = topMembers(score, k);

  it('weightedScore(four oriented columns) equals numpy’s O·w / Σw, NaN where a column is missing', () => {
    // Products summed in another order: within 1e-12.
    expectClose(score, ref.score.score, 1e-12);
  });

  it('topMembers / rankedMembers give pandas’ top 20 % (sorted by score, then row), in order', () => {
    expect(Array.from(rankedMembers(score, members))).toEqual(ref.score.top);
  });

  it('weightStability(±20 %) gives the overlap and Jaccard index pandas gets by recomputing each list', () => {
    const moves = weightStability(columns, weights, k, members, ref.score.step);
    moves.forEach((m, j) => {
      const theirs = ref.score.stability[j];
      // Ratios of the same whole counts: exact up to rounding (1e-12).
      expect(m.down.overlap).toBeCloseTo(theirs.down.overlap, 12);
      expect(m.down.jaccard).toBeCloseTo(theirs.down.jaccard, 12);
      expect(m.up.overlap).toBeCloseTo(theirs.up.overlap, 12);
      expect(m.up.jaccard).toBeCloseTo(theirs.up.jaccard, 12);
    });
  });

  it('scoreHistogram(score, 30 bins) counts as numpy.histogram does', () => {
    const h = scoreHistogram(score, churned, 30);
    expect(h.customers).toEqual(ref.score.histogram.customers);
    expect(h.churned).toEqual(ref.score.histogram.churned);
    // numpy.linspace computes the same edges up to rounding (1e-12).
    h.edges.forEach((e, b) => expect(e).toBeCloseTo(ref.score.histogram.edges[b], 12));
  });
});
