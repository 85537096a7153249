import { describe, expect, it } from 'vitest';
import {
  columnMajor,
  keepRows,
  linearPredictor,
  transposeProduct,
  weightedGram,
  type DesignData,
} from '../../../../src/core/analyses/risk-model/designData.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

/** Two numbers (design columns 0 and 3) and two categories (columns 1, 2 | 4, 5, 6; −1 = no level). */
function design(n: number, seed: number): DesignData {
  const random = mulberry32(seed);
  const dense = Float64Array.from({ length: 2 * n }, () => random() * 4 - 2);
  const hot = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    hot[i] = [-1, 1, 2][Math.floor(random() * 3)];
    hot[n + i] = [4, 5, 6, -1][Math.floor(random() * 4)];
  }
  return { n, p: 7, d: 2, dense, denseColumn: Int32Array.of(0, 3), c: 2, hot };
}

/** The plain n × (p+1) matrix with the intercept first, from the column-major copy. */
function plain(x: DesignData): number[][] {
  const cols = columnMajor(x);
  return Array.from({ length: x.n }, (_, i) => [1, ...Array.from({ length: x.p }, (_, j) => cols[j * x.n + i])]);
}

describe('the column-major design', () => {
  const x = design(301, 5);
  const rows = plain(x);
  const q = x.p + 1;
  const random = mulberry32(9);
  const beta = Float64Array.from({ length: q }, () => random() - 0.5);
  const w = Float64Array.from({ length: x.n }, () => random());

  // Exact identities of linear algebra, against the naive sums over the plain matrix: 1e-12.
  it('Xβ, Xᵀr and XᵀWX equal the naive products over the plain matrix', () => {
    const eta = linearPredictor(x, beta);
    rows.forEach((row, i) =>
      expect(eta[i]).toBeCloseTo(
        row.reduce((s, v, j) => s + v * beta[j], 0),
        12,
      ),
    );
    const g = transposeProduct(x, w);
    for (let j = 0; j < q; j++)
      expect(g[j]).toBeCloseTo(
        rows.reduce((s, row, i) => s + row[j] * w[i], 0),
        12,
      );
    const h = weightedGram(x, w);
    for (let a = 0; a < q; a++)
      for (let b = 0; b < q; b++)
        expect(h[a * q + b]).toBeCloseTo(
          rows.reduce((s, row, i) => s + row[a] * w[i] * row[b], 0),
          12,
        );
  });

  it('keepRows keeps those rows of every column', () => {
    const kept = Int32Array.of(3, 0, 300, 7);
    const sub = plain(keepRows(x, kept));
    expect(sub).toEqual(Array.from(kept, (r) => rows[r]));
  });
});
