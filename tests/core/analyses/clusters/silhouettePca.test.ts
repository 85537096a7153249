import { describe, expect, it } from 'vitest';
import { silhouetteSample, silhouetteScore } from '../../../../src/core/analyses/clusters/silhouette.ts';
import { pcaProjection } from '../../../../src/core/analyses/clusters/pcaProjection.ts';
import { columnScales, scaled } from '../../../../src/core/analyses/clusters/featureScaling.ts';
import { featureMatrix } from '../../../../src/core/analyses/clusters/featureMatrix.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';
import { matrix, reference, telcoColumns } from './clusterReference.ts';

const { blobs, telco } = reference;
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

function telcoZ() {
  const t = telcoColumns();
  const m = featureMatrix(
    telco.features.map((name) => ({ name, kind: 'number' as const, values: t.columns[name] })),
    t.ids.length,
  );
  const n = m.rows.length;
  return { m, n, d: 3, x: scaled(m.x, n, 3, columnScales(m.x, n, 3, 'z')) };
}

describe('silhouetteScore', () => {
  it('silhouetteScore(blobs, true labels) equals scikit-learn silhouette_score', () => {
    const n = blobs.x.length;
    // Tolerance 1e-12: the same distances summed in another order.
    expect(
      Math.abs(silhouetteScore(matrix(blobs.x), 3, Int32Array.from(blobs.truth), 4, all(n)) - blobs.silhouette),
    ).toBeLessThan(1e-12);
  });

  it('silhouetteScore(Telco z-scaled, scikit-learn k-means labels) equals silhouette_score on all 7,032 customers', () => {
    const { n, x } = telcoZ();
    // Tolerance 1e-9: 7,032 distances per point summed in another order.
    expect(
      Math.abs(silhouetteScore(x, 3, Int32Array.from(telco.fit.labels), 4, all(n)) - telco.silhouette),
    ).toBeLessThan(1e-9);
  });

  it('silhouetteScore(one cluster) is NaN, as scikit-learn refuses it', () => {
    expect(silhouetteScore(matrix(blobs.x), 3, new Int32Array(blobs.x.length), 4, all(blobs.x.length))).toBeNaN();
  });

  it('silhouetteScore(a point alone in its cluster) counts it as 0', () => {
    // Points 0 and 1 together, 1 apart; point 2 alone at 10: a = 1, 1; b = 10, 9; s = [9/10, 8/9, 0] (by hand).
    const x = Float64Array.from([0, 1, 10]);
    const s = silhouetteScore(x, 1, Int32Array.from([0, 0, 1]), 2, all(3));
    expect(s).toBeCloseTo((9 / 10 + 8 / 9) / 3, 12);
  });

  it('silhouetteSample(n, size) draws size distinct rows, the same for the same seed', () => {
    const a = silhouetteSample(10_000, 2000, mulberry32(1));
    expect(new Set(a).size).toBe(2000);
    expect(Array.from(silhouetteSample(10_000, 2000, mulberry32(1)))).toEqual(Array.from(a));
    expect(silhouetteSample(50, 2000, mulberry32(1)).length).toBe(50);
  });
});

describe('pcaProjection', () => {
  it('pcaProjection(blobs) gives scikit-learn PCA scores and explained variance, up to sign', () => {
    const p = pcaProjection(matrix(blobs.x), blobs.x.length, 3);
    // Tolerance 1e-9: an eigen-solver on the covariance against an SVD of the data.
    expect(Math.abs(p.explained[0] - blobs.pca.explained[0])).toBeLessThan(1e-9);
    expect(Math.abs(p.explained[1] - blobs.pca.explained[1])).toBeLessThan(1e-9);
    for (const c of [0, 1]) {
      const ours = c === 0 ? p.pc1 : p.pc2;
      const sign = Math.sign(ours[0]) === Math.sign(blobs.pca.scores[0][c]) ? 1 : -1;
      for (let i = 0; i < blobs.x.length; i++)
        expect(Math.abs(sign * ours[i] - blobs.pca.scores[i][c])).toBeLessThan(1e-9);
    }
  });

  it('pcaProjection(Telco z-scaled) gives scikit-learn PCA scores of the first 50 customers, up to sign', () => {
    const { n, x } = telcoZ();
    const p = pcaProjection(x, n, 3);
    // Tolerance 1e-9, as above.
    expect(p.explained.map((e, c) => Math.abs(e - telco.pca.explained[c]) < 1e-9)).toEqual([true, true]);
    for (const c of [0, 1]) {
      const ours = c === 0 ? p.pc1 : p.pc2;
      const sign = Math.sign(ours[0]) === Math.sign(telco.pca.first[0][c]) ? 1 : -1;
      telco.pca.first.forEach((row, i) => expect(Math.abs(sign * ours[i] - row[c])).toBeLessThan(1e-9));
    }
  });
});

describe('columnScales', () => {
  it("columnScales(Telco, 'z') equals scikit-learn StandardScaler's mean and scale", () => {
    const { m, n } = telcoZ();
    const s = columnScales(m.x, n, 3, 'z');
    // Tolerance 1e-9 relative: sums of 7,032 values in another order.
    telco.standard.mean.forEach((v, f) => expect(Math.abs(s.shift[f] / v - 1)).toBeLessThan(1e-9));
    telco.standard.scale.forEach((v, f) => expect(Math.abs(s.scale[f] / v - 1)).toBeLessThan(1e-9));
  });

  it("columnScales(Telco, 'robust') equals scikit-learn RobustScaler's centre and scale", () => {
    const { m, n } = telcoZ();
    const s = columnScales(m.x, n, 3, 'robust');
    // Tolerance 1e-12 relative: the same interpolation between the same order statistics.
    telco.robust.center.forEach((v, f) => expect(Math.abs(s.shift[f] / v - 1)).toBeLessThan(1e-12));
    telco.robust.scale.forEach((v, f) => expect(Math.abs(s.scale[f] / v - 1)).toBeLessThan(1e-12));
  });

  it('columnScales(a constant column) divides it by 1 and reports it', () => {
    const s = columnScales(Float64Array.from([5, 1, 5, 2, 5, 3]), 3, 2, 'z');
    expect([s.scale[0], s.constant]).toEqual([1, [0]]);
  });
});

describe('featureMatrix', () => {
  it('featureMatrix(Telco) leaves out the 11 customers with no TotalCharges and counts them under it', () => {
    const t = telcoColumns();
    const m = featureMatrix(
      telco.features.map((name) => ({ name, kind: 'number' as const, values: t.columns[name] })),
      t.ids.length,
    );
    expect([m.rows.length, m.leftOut, m.missing]).toEqual([telco.complete, 11, [0, 0, 11]]);
    const kept = new Set(Array.from(m.rows, (r) => t.ids[r]));
    expect(telco.leftOutIds.filter((id) => kept.has(id))).toEqual([]);
  });

  it('featureMatrix(a category with more levels than allowed) pools the rarest in one column', () => {
    const codes = Int32Array.from([0, 0, 0, 1, 1, 2, 3, -1]);
    const m = featureMatrix([{ name: 'plan', kind: 'category', codes, levels: ['a', 'b', 'c', 'd'] }], 8, 3);
    expect(m.columns).toEqual([
      { feature: 'plan', level: 'a' },
      { feature: 'plan', level: 'b' },
      { feature: 'plan', level: '', pooled: true },
    ]);
    expect(Array.from(m.x)).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1]);
    expect([m.leftOut, m.missing]).toEqual([1, [1]]);
  });
});
