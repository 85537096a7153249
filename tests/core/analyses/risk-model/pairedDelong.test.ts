import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairedDelong } from '../../../../src/core/analyses/risk-model/pairedDelong.ts';
import { delongInterval } from '../../../../src/core/analyses/risk-model/delongInterval.ts';
import { fixture } from '../../../sharedData.ts';

interface Example {
  y: number[];
  s1: number[];
  s2: number[];
  auc1: number;
  auc2: number;
  se: number;
  correlation: number;
  z: number;
  p: number;
  ci1: number[];
  ci2: number[];
}
const reference = JSON.parse(readFileSync(fixture('risk-model-compare', 'delong.json'), 'utf8')) as Record<
  'asah' | 'ties',
  Example
>;
const vectors = (e: Example) => ({ y: Uint8Array.from(e.y), s1: Float64Array.from(e.s1), s2: Float64Array.from(e.s2) });

describe('pairedDelong', () => {
  for (const name of ['asah', 'ties'] as const) {
    it(`pairedDelong(s1, s2, y) equals pROC's roc.test(method = "delong", paired = TRUE) on ${name}`, () => {
      const e = reference[name];
      const { y, s1, s2 } = vectors(e);
      const t = pairedDelong(s1, s2, y);
      // make_reference.R: pROC 1.18 auc, var − 2 cov, roc.test's Z and p; to rounding (1e-10).
      expect(t.auc1).toBeCloseTo(e.auc1, 12);
      expect(t.auc2).toBeCloseTo(e.auc2, 12);
      expect(t.difference).toBeCloseTo(e.auc1 - e.auc2, 12);
      expect(t.se).toBeCloseTo(e.se, 10);
      expect(t.correlation).toBeCloseTo(e.correlation, 10);
      expect(t.z).toBeCloseTo(e.z, 10);
      expect(t.p).toBeCloseTo(e.p, 10);
    });
  }

  it("pairedDelong on aSAH gives pROC's documented Z = -2.209, p = 0.02718", () => {
    // pROC's roc.test help page (s100b against wfns): printed to 4 significant digits.
    const t = pairedDelong(vectors(reference.asah).s1, vectors(reference.asah).s2, vectors(reference.asah).y);
    expect(t.z.toFixed(3)).toBe('-2.209');
    expect(t.p.toFixed(5)).toBe('0.02718');
  });

  it("delongInterval agrees with pROC's ci.auc(method = 'delong') on both examples", () => {
    // make_reference.R: ci.auc; to rounding (1e-10).
    for (const e of [reference.asah, reference.ties]) {
      const { y, s1, s2 } = vectors(e);
      const a = delongInterval(s1, y);
      const b = delongInterval(s2, y);
      expect([a.low, a.high, b.low, b.high].map((v) => +v.toFixed(10))).toEqual(
        [...e.ci1, ...e.ci2].map((v) => +v.toFixed(10)),
      );
    }
  });

  it('pairedDelong(s, s, y) has nothing to test: difference 0, p NaN', () => {
    const { y, s1 } = vectors(reference.ties);
    const t = pairedDelong(s1, s1, y);
    expect(t.difference).toBe(0);
    expect(t.p).toBeNaN();
  });

  it('pairedDelong swaps sign when the models swap', () => {
    const { y, s1, s2 } = vectors(reference.ties);
    const ab = pairedDelong(s1, s2, y);
    const ba = pairedDelong(s2, s1, y);
    expect(ba.z).toBeCloseTo(-ab.z, 12);
    expect(ba.p).toBeCloseTo(ab.p, 12);
  });

  it('pairedDelong is NaN with fewer than two churners', () => {
    const t = pairedDelong(Float64Array.of(0.1, 0.2, 0.3), Float64Array.of(0.3, 0.1, 0.2), Uint8Array.of(0, 0, 1));
    expect(t.z).toBeNaN();
  });
});
