import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gainsTable, reachFor, riskDeciles } from '../../../../src/core/analyses/risk-model/gainsTable.ts';
import { calibrationBins } from '../../../../src/core/analyses/risk-model/calibrationBins.ts';

const scored = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), { minLength: 10, maxLength: 300 })
  .filter((pairs) => pairs.some(([, b]) => b))
  .map((pairs) => ({ s: Float64Array.from(pairs, ([v]) => v), y: Uint8Array.from(pairs, ([, b]) => (b ? 1 : 0)) }));

describe('gainsTable', () => {
  it('gainsTable(s, y) covers every customer in ten deciles, its gains rising to 100 %', () => {
    fc.assert(
      fc.property(scored, ({ s, y }) => {
        const g = gainsTable(s, y);
        expect(g.map((r) => r.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(g.reduce((n, r) => n + r.customers, 0)).toBe(s.length);
        expect(g.reduce((n, r) => n + r.churners, 0)).toBe(y.reduce((a, b) => a + b, 0));
        for (let d = 1; d < 10; d++) expect(g[d].cumShare).toBeGreaterThanOrEqual(g[d - 1].cumShare);
        expect(g[9].cumShare).toBe(1);
        expect(g[9].cumLift).toBeCloseTo(1, 12);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
  it('gainsTable(s, y) of a perfect ranking puts every churner first: 10 churners of 100 fill decile 1', () => {
    const s = Float64Array.from({ length: 100 }, (_, i) => 1 - i / 100);
    const y = Uint8Array.from({ length: 100 }, (_, i) => (i < 10 ? 1 : 0));
    const g = gainsTable(s, y);
    expect([g[0].churners, g[0].cumShare, g[0].lift]).toEqual([10, 1, 10]);
    expect(reachFor(s, y, 0.8)).toEqual({ share: 0.8, withModel: 8, random: 80 });
  });
});

describe('riskDeciles', () => {
  it('riskDeciles(s) gives decile 1 to the highest tenth, 0 to unscored customers', () => {
    const s = Float64Array.from({ length: 21 }, (_, i) => (i === 20 ? NaN : i));
    const d = riskDeciles(s);
    expect(Array.from(d.slice(18))).toEqual([1, 1, 0]);
    expect(Array.from(d.slice(0, 2))).toEqual([10, 10]);
  });
});

describe('calibrationBins', () => {
  it('calibrationBins(s, y) averages the scores and the outcomes of each tenth', () => {
    fc.assert(
      fc.property(scored, ({ s, y }) => {
        const bins = calibrationBins(s, y);
        const n = bins.reduce((a, b) => a + b.customers, 0);
        expect(n).toBe(s.length);
        const meanScore = s.reduce((a, b) => a + b, 0) / s.length;
        expect(bins.reduce((a, b) => a + b.predicted * b.customers, 0) / n).toBeCloseTo(meanScore, 10);
        for (const b of bins) expect(b.low <= b.observed && b.observed <= b.high).toBe(true);
      }),
      { numRuns: 100, seed: 15 },
    );
  });
});
