import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thresholdCounts } from '../../../../src/core/analyses/risk-model/thresholdCounts.ts';
import {
  cheapestThreshold,
  confusionAt,
  expectedCost,
} from '../../../../src/core/analyses/risk-model/thresholdMetrics.ts';

const scored = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.boolean()), { minLength: 1, maxLength: 300 })
  .map((pairs) => ({
    s: Float64Array.from(pairs, ([v]) => v / 1000),
    y: Uint8Array.from(pairs, ([, b]) => (b ? 1 : 0)),
  }));

/** Counting customer by customer: the definition the grid must reproduce. */
function bruteForce(s: Float64Array, y: Uint8Array, t: number) {
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] < t) continue;
    if (y[i]) tp++;
    else fp++;
  }
  return { tp, fp };
}

describe('thresholdCounts', () => {
  it('confusionAt(thresholdCounts(s, y), t) counts what flagging every score ≥ t counts', () => {
    fc.assert(
      fc.property(scored, fc.integer({ min: 0, max: 1000 }), ({ s, y }, k) => {
        const t = k / 1000;
        const c = confusionAt(thresholdCounts(s, y), t);
        const b = bruteForce(s, y, t);
        expect([c.truePositives, c.falsePositives]).toEqual([b.tp, b.fp]);
        expect(c.truePositives + c.falseNegatives).toBe(y.reduce((a, v) => a + v, 0));
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});

describe('cheapestThreshold', () => {
  it('cheapestThreshold(counts, costs) costs no more than any threshold of the grid', () => {
    fc.assert(
      fc.property(scored, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), ({ s, y }, m, o) => {
        const counts = thresholdCounts(s, y);
        const costs = { missed: m, offer: o };
        const { best, cost, bayes } = cheapestThreshold(counts, costs);
        expect(expectedCost(best, costs)).toBe(cost);
        for (let k = 0; k <= 1000; k += 7)
          expect(cost).toBeLessThanOrEqual(expectedCost(confusionAt(counts, k / 1000), costs));
        expect(bayes).toBeCloseTo(o / (o + m), 12);
      }),
      { numRuns: 100, seed: 15 },
    );
  });
});
