import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rocAuc, rocCurve } from '../../../../src/core/analyses/risk-model/rocCurve.ts';
import { delongInterval } from '../../../../src/core/analyses/risk-model/delongInterval.ts';
import { fixture } from '../../../sharedData.ts';

interface RocCase {
  scores: number[];
  labels: number[];
  auc: number;
  fpr: number[];
  tpr: number[];
  thresholds: number[];
  delong: { auc: number; variance: number; low: number; high: number };
}
const reference = JSON.parse(readFileSync(fixture('risk-model', 'reference.json'), 'utf8')) as { roc: RocCase[] };
const cases = reference.roc.map((c) => ({ ...c, s: Float64Array.from(c.scores), y: Uint8Array.from(c.labels) }));

describe('rocAuc', () => {
  it('rocAuc(scores, y) equals scikit-learn roc_auc_score, ties included', () => {
    // make_reference.py: sklearn.metrics.roc_auc_score on the same vectors; to rounding (1e-12).
    for (const c of cases) expect(rocAuc(c.s, c.y)).toBeCloseTo(c.auc, 12);
  });
  it('rocAuc(scores, y) is NaN without both classes', () => {
    expect(rocAuc(Float64Array.of(0.2, 0.4), Uint8Array.of(1, 1))).toBeNaN();
  });
  it('rocAuc(−scores, y) = 1 − rocAuc(scores, y)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { minLength: 2 }), (pairs) => {
        const s = Float64Array.from(pairs, ([v]) => v / 20);
        const y = Uint8Array.from(pairs, ([, b]) => (b ? 1 : 0));
        const a = rocAuc(s, y);
        if (Number.isNaN(a)) return;
        expect(
          rocAuc(
            s.map((v) => -v),
            y,
          ),
        ).toBeCloseTo(1 - a, 12);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('rocCurve', () => {
  it('rocCurve(scores, y) has scikit-learn roc_curve points (drop_intermediate=False), one per distinct score', () => {
    for (const c of cases) {
      const r = rocCurve(c.s, c.y);
      // make_reference.py: sklearn.metrics.roc_curve; counts over totals, exact to rounding (1e-12).
      expect(Array.from(r.fpr)).toEqual(c.fpr.map((v) => expect.closeTo(v, 12)));
      expect(Array.from(r.tpr)).toEqual(c.tpr.map((v) => expect.closeTo(v, 12)));
      expect(Array.from(r.thresholds.slice(1))).toEqual(c.thresholds);
    }
  });
});

describe('delongInterval', () => {
  it('delongInterval(scores, y) equals DeLong’s variance computed pair by pair', () => {
    for (const c of cases) {
      const d = delongInterval(c.s, c.y);
      // make_reference.py computes V10, V01 over every churner × non-churner pair (numpy); rounding only.
      expect(d.auc).toBeCloseTo(c.delong.auc, 12);
      expect(d.variance).toBeCloseTo(c.delong.variance, 14);
      expect([d.low, d.high]).toEqual([expect.closeTo(c.delong.low, 12), expect.closeTo(c.delong.high, 12)]);
    }
  });
  it('delongInterval(scores, y) is NaN with fewer than two of a class', () => {
    expect(delongInterval(Float64Array.of(0.1, 0.5, 0.9), Uint8Array.of(0, 0, 1)).auc).toBeNaN();
  });
});
