/**
 * The logistic solvers stop where the optimum's conditions hold, checked here directly from the
 * data (not from the solvers): the penalised gradient vanishes (L2), or each coefficient's
 * gradient is −λ·sign(β) where β ≠ 0 and at most λ in size where β = 0 (L1, the lasso's KKT
 * conditions). Rows enough to take the subsampled path (≥ 50,000) and few.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureSource } from '../../../../src/core/analyses/risk-model/featureSource.ts';
import { designRows } from '../../../../src/core/analyses/risk-model/designMatrix.ts';
import { logisticModel } from '../../../../src/core/analyses/risk-model/logisticModel.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

function data(n: number, seed: number) {
  const random = mulberry32(seed);
  const a = Float64Array.from({ length: n }, () => random() * 10);
  const b = Float64Array.from({ length: n }, () => 1000 + 30 * (random() - 0.5));
  const codes = Int32Array.from({ length: n }, () => Math.floor(random() * 3));
  const y = Uint8Array.from({ length: n }, (_, i) => {
    const eta = -1 + 0.2 * a[i] - 0.02 * (b[i] - 1000) + [0, 0.7, -0.4][codes[i]];
    return random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  });
  const sources: FeatureSource[] = [
    { name: 'a', kind: 'numeric', values: a },
    { name: 'b', kind: 'numeric', values: b },
    { name: 'c', kind: 'categorical', codes, levels: ['x', 'y', 'z'] },
  ];
  return { sources, y, rows: Int32Array.from({ length: n }, (_, i) => i) };
}

/** Xᵀ(μ − y) with the intercept first, from the design as plain rows. */
function gradient(sources: FeatureSource[], y: Uint8Array, rows: Int32Array, fit: ReturnType<typeof fitOf>) {
  const x = designRows(fit.design, sources, rows);
  const q = x.p + 1;
  const g = new Float64Array(q);
  for (let i = 0; i < x.n; i++) {
    const row = new Float64Array(x.p);
    for (let k = 0; k < x.d; k++) row[x.denseColumn[k]] = x.dense[k * x.n + i];
    for (let k = 0; k < x.c; k++) if (x.hot[k * x.n + i] >= 0) row[x.hot[k * x.n + i]] = 1;
    let eta = fit.fit.beta[0];
    for (let j = 0; j < x.p; j++) eta += row[j] * fit.fit.beta[j + 1];
    const r = 1 / (1 + Math.exp(-eta)) - y[i];
    g[0] += r;
    for (let j = 0; j < x.p; j++) g[j + 1] += row[j] * r;
  }
  return g;
}
const fitOf = (s: ReturnType<typeof data>, penalty: 'l1' | 'l2', C: number) =>
  logisticModel({ penalty, C }).fit(s.sources, s.y, s.rows);

describe('logisticModel({ penalty: "l2" }).fit', () => {
  for (const n of [2_000, 60_000])
    it(`stops where Xᵀ(μ − y) + β/C = 0 (${n} rows)`, () => {
      const s = data(n, n);
      const fit = fitOf(s, 'l2', 0.5);
      const g = gradient(s.sources, s.y, s.rows, fit);
      for (let j = 1; j < g.length; j++) g[j] += fit.fit.beta[j] / 0.5;
      expect(fit.fit.converged).toBe(true);
      // Newton stops when the next step would move no coefficient by 1e-7; the gradient is then tiny per row.
      expect(Math.max(...g.map(Math.abs)) / n).toBeLessThan(1e-8);
    });
});

describe('logisticModel({ penalty: "l1" }).fit', () => {
  it('meets the lasso’s conditions: |gradient| = 1/C where β ≠ 0, at most 1/C where β = 0', () => {
    const s = data(3_000, 7);
    const C = 0.02;
    const fit = fitOf(s, 'l1', C);
    const g = gradient(s.sources, s.y, s.rows, fit);
    // The free intercept: its gradient vanishes, to the same 1e-4 of λ.
    expect(Math.abs(g[0])).toBeLessThan(1e-3);
    const beta = fit.fit.beta;
    expect(beta.slice(1).some((b) => b === 0)).toBe(true);
    for (let j = 1; j < g.length; j++) {
      // Coordinate descent to 1e-14 of the quadratic: the conditions hold to 1e-4 of λ = 50.
      if (beta[j] !== 0) expect(g[j] + Math.sign(beta[j]) / C).toBeCloseTo(0, 2);
      else expect(Math.abs(g[j])).toBeLessThanOrEqual(1 / C + 1e-3);
    }
  });
});
