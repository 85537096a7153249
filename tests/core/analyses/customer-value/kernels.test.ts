/** Edge cases and invariants of the customer-value kernels, one per test, worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
  minMaxScale,
  oriented,
  percentileRank,
  zScore,
} from '../../../../src/core/analyses/customer-value/featureScaling.ts';
import {
  customerMargins,
  MarginBreaksError,
  marginTiers,
  NO_TIER,
} from '../../../../src/core/analyses/customer-value/marginTiers.ts';
import {
  scoreComponents,
  weightedScore,
  WeightsError,
} from '../../../../src/core/analyses/customer-value/valueScore.ts';
import {
  listAgreement,
  rankedMembers,
  topCount,
  topMembers,
} from '../../../../src/core/analyses/customer-value/topCustomers.ts';
import { weightStability } from '../../../../src/core/analyses/customer-value/weightStability.ts';
import { scoreHistogram } from '../../../../src/core/analyses/customer-value/scoreHistogram.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

const f = (...v: number[]) => Float64Array.from(v);

describe('featureScaling', () => {
  it('percentileRank gives one customer, or equal values, the middle (0.5) and keeps NaN', () => {
    expect(Array.from(percentileRank(f(7)))).toEqual([0.5]);
    expect(Array.from(percentileRank(f(3, 3, NaN, 3)))).toEqual([0.5, 0.5, NaN, 0.5]);
  });

  it('percentileRank gives tied values their average rank: 1, 2, 2, 4 → 0, 0.5, 0.5, 1', () => {
    expect(Array.from(percentileRank(f(1, 2, 2, 4)))).toEqual([0, 0.5, 0.5, 1]);
  });

  it('minMaxScale and zScore of a constant column are 0.5 and 0, not NaN', () => {
    expect(Array.from(minMaxScale(f(5, 5, NaN)))).toEqual([0.5, 0.5, NaN]);
    expect(Array.from(zScore(f(5, 5)))).toEqual([0, 0]);
  });

  it('oriented(lower is better) mirrors 0–1 scales (1 − s) and negates z', () => {
    expect(Array.from(oriented(f(0, 0.25, 1), 'rank', false))).toEqual([1, 0.75, 0]);
    expect(Array.from(oriented(f(-1, 2), 'z', false))).toEqual([1, -2]);
  });
});

describe('weightedScore', () => {
  it('refuses negative, infinite or all-zero weights with a WeightsError', () => {
    const cols = [f(1), f(2)];
    expect(() => weightedScore(cols, [1, -1])).toThrow(WeightsError);
    expect(() => weightedScore(cols, [0, 0])).toThrow(WeightsError);
    expect(() => weightedScore(cols, [Infinity, 1])).toThrow(WeightsError);
  });

  it('leaves a customer missing any column without a score', () => {
    expect(Array.from(weightedScore([f(1, 1), f(NaN, 0)], [1, 1]))).toEqual([NaN, 0.5]);
  });

  it('components add up to the score (random columns and weights)', () => {
    const random = mulberry32(7);
    const cols = Array.from({ length: 4 }, () => Float64Array.from({ length: 50 }, () => random() * 10 - 5));
    const weights = [random(), random(), 0, random()];
    const score = weightedScore(cols, weights);
    const rows = Int32Array.from({ length: 50 }, (_, i) => i);
    const parts = scoreComponents(cols, weights, rows);
    // Four products summed in two orders: within 1e-12.
    for (let i = 0; i < 50; i++) expect(parts.reduce((s, p) => s + p[i], 0)).toBeCloseTo(score[i], 12);
  });
});

describe('topCustomers', () => {
  it('topCount rounds half up and keeps at least one of any scored customers', () => {
    expect([topCount(7, 0.5), topCount(2, 0.2), topCount(0, 0.2), topCount(10, 1)]).toEqual([4, 1, 0, 10]);
  });

  it('topMembers breaks a tie at the boundary by table order and never takes an unscored customer', () => {
    const score = f(1, 3, NaN, 3, 3, 2);
    expect(Array.from(topMembers(score, 2))).toEqual([0, 1, 0, 1, 0, 0]);
    expect(Array.from(topMembers(score, 9))).toEqual([1, 1, 0, 1, 1, 1]);
    expect(Array.from(rankedMembers(score, topMembers(score, 4)))).toEqual([1, 3, 4, 5]);
  });

  it('listAgreement of a list with itself is 1 and with a disjoint one 0', () => {
    const a = Uint8Array.from([1, 1, 0, 0]);
    expect(listAgreement(a, a)).toEqual({ overlap: 1, jaccard: 1 });
    expect(listAgreement(a, Uint8Array.from([0, 0, 1, 1]))).toEqual({ overlap: 0, jaccard: 0 });
    expect(listAgreement(a, Uint8Array.from([1, 0, 1, 0]))).toEqual({ overlap: 0.5, jaccard: 1 / 3 });
  });

  it('weightStability equals recomputing every moved list in full (random columns with ties, NaN and z scales)', () => {
    const random = mulberry32(21);
    for (let trial = 0; trial < 20; trial++) {
      const n = 300;
      const cols = [
        percentileRank(Float64Array.from({ length: n }, () => Math.floor(random() * 12))),
        zScore(Float64Array.from({ length: n }, () => (random() < 0.05 ? NaN : random() * 50))),
        minMaxScale(Float64Array.from({ length: n }, () => Math.floor(random() * 4))),
      ];
      const weights = [random() + 0.01, random(), random() * 3];
      const k = topCount(n, 0.2);
      const base = topMembers(weightedScore(cols, weights), k);
      const moves = weightStability(cols, weights, k, base, 0.2);
      moves.forEach((m, j) => {
        for (const [side, factor] of [
          ['down', 0.8],
          ['up', 1.2],
        ] as const) {
          const moved = weights.map((w, q) => (q === j ? w * factor : w));
          expect(m[side]).toEqual(listAgreement(base, topMembers(weightedScore(cols, moved), k)));
        }
      });
    }
  });

  it('weightStability keeps the whole list when there is one column (its weight only rescales)', () => {
    const col = f(5, 1, 4, 2, 3);
    const members = topMembers(col, 2);
    const [move] = weightStability([col], [1], 2, members);
    expect(move).toEqual({ feature: 0, down: { overlap: 1, jaccard: 1 }, up: { overlap: 1, jaccard: 1 } });
  });
});

describe('marginTiers', () => {
  it('customerMargins is value − cost with a cost, value × rate without', () => {
    expect(Array.from(customerMargins(f(100, 50), f(30, 70), null))).toEqual([70, -20]);
    expect(Array.from(customerMargins(f(100, -10), null, 0.25))).toEqual([25, -2.5]);
  });

  it('puts the customer who crosses a break in the tier above, equal margins together, zero in low, NaN in none', () => {
    // Positive margin 100: 40 | 30 | 10 10 10 | 0 | −5 | NaN. Above: 0, 0.4, 0.7 ×3.
    const margin = f(40, 30, 10, 10, 10, 0, -5, NaN);
    const r = marginTiers(margin, margin, new Uint8Array(8), [0.5, 0.8]);
    expect(Array.from(r.codes)).toEqual([0, 0, 1, 1, 1, 2, 3, NO_TIER]);
    expect(r.tiers.map((t) => t.customers)).toEqual([2, 3, 1, 1]);
    expect(r.tiers.map((t) => t.marginShare)).toEqual([0.7, 0.3, 0, -0.05]);
    expect([r.unknown, r.positiveMargin, r.totalMargin]).toEqual([1, 100, 95]);
  });

  it('refuses breaks out of order or outside (0, 1]', () => {
    const m = f(1);
    expect(() => marginTiers(m, m, new Uint8Array(1), [0.8, 0.5])).toThrow(MarginBreaksError);
    expect(() => marginTiers(m, m, new Uint8Array(1), [0, 0.5])).toThrow(MarginBreaksError);
    expect(() => marginTiers(m, m, new Uint8Array(1), [0.5, 1.2])).toThrow(MarginBreaksError);
  });

  it('gives an empty tier no churn rate (NaN), not 0', () => {
    const r = marginTiers(f(10), f(10), Uint8Array.of(1), [0.5, 0.8]);
    expect(r.tiers[0]).toMatchObject({ customers: 1, churnRate: 1 });
    expect(r.tiers[3].churnRate).toBeNaN();
  });
});

describe('scoreHistogram', () => {
  it('puts equal scores in one bin and skips unscored customers', () => {
    expect(scoreHistogram(f(2, NaN, 2), Uint8Array.of(1, 1, 0), 10)).toEqual({
      edges: [2, 2],
      customers: [2],
      churned: [1],
    });
  });

  it('counts every scored customer once, the highest in the last bin', () => {
    const h = scoreHistogram(f(0, 0.5, 1, 0.25), new Uint8Array(4), 4);
    expect(h.customers).toEqual([1, 1, 1, 1]);
  });
});
