import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lloyd } from '../../../../src/core/analyses/clusters/lloyd.ts';
import { kmeans } from '../../../../src/core/analyses/clusters/kmeans.ts';
import { columnScales, scaled } from '../../../../src/core/analyses/clusters/featureScaling.ts';
import { featureMatrix } from '../../../../src/core/analyses/clusters/featureMatrix.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';
import { matrix, reference, telcoColumns } from './clusterReference.ts';

const { blobs, telco } = reference;
const rowsOf = (x: Float64Array, rows: number[], d: number) =>
  Float64Array.from(rows.flatMap((r) => [...x.subarray(r * d, r * d + d)]));

/** The Telco features as make_reference.py builds them: complete rows in file order, z- or robust-scaled. */
function telcoMatrix(scaling: 'z' | 'robust', withContract = false) {
  const t = telcoColumns();
  const features = telco.features.map((name) => ({ name, kind: 'number' as const, values: t.columns[name] }));
  const levels = [...new Set(t.contract)];
  const contract = {
    name: 'Contract',
    kind: 'category' as const,
    codes: Int32Array.from(t.contract, (v) => levels.indexOf(v)),
    levels,
  };
  const m = featureMatrix(withContract ? [...features, contract] : features, t.ids.length);
  const d = m.columns.length;
  const n = m.rows.length;
  return { m, n, d, x: scaled(m.x, n, d, columnScales(m.x, n, d, scaling)) };
}

describe('lloyd', () => {
  it('lloyd(blobs, given centres) gives scikit-learn KMeans(lloyd) labels, inertia and centres', () => {
    const x = matrix(blobs.x);
    const fit = lloyd(x, blobs.x.length, 3, rowsOf(x, blobs.initRows, 3), 4);
    expect(Array.from(fit.labels)).toEqual(blobs.fit.labels);
    // Tolerance 1e-9 relative: the same sums in another order (sklearn adds in chunks of 256, centred data).
    expect(fit.inertia).toBeCloseTo(blobs.fit.inertia, 6);
    expect(Math.abs(fit.inertia / blobs.fit.inertia - 1)).toBeLessThan(1e-9);
    for (const [j, c] of blobs.fit.centres.entries())
      for (const [f, v] of c.entries()) expect(Math.abs(fit.centres[j * 3 + f] - v)).toBeLessThan(1e-9);
    expect(fit.iterations).toBe(blobs.fit.iterations);
  });

  it('lloyd(blobs, a centre far from every point) relocates the empty cluster as scikit-learn does', () => {
    const x = matrix(blobs.x);
    const fit = lloyd(x, blobs.x.length, 3, matrix(blobs.emptyInit), 5);
    expect(Array.from(fit.labels)).toEqual(blobs.emptyFit.labels);
    // Tolerance 1e-9 relative, as above.
    expect(Math.abs(fit.inertia / blobs.emptyFit.inertia - 1)).toBeLessThan(1e-9);
    expect(fit.iterations).toBe(blobs.emptyFit.iterations);
  });

  it('lloyd(Telco tenure and charges, z-scaled) gives scikit-learn labels and inertia on 7,032 customers', () => {
    const { n, d, x } = telcoMatrix('z');
    expect(n).toBe(telco.complete);
    const fit = lloyd(x, n, d, rowsOf(x, telco.initRows, d), 4);
    expect(Array.from(fit.labels)).toEqual(telco.fit.labels);
    // Tolerance 1e-9 relative (summation order, see above).
    expect(Math.abs(fit.inertia / telco.fit.inertia - 1)).toBeLessThan(1e-9);
    expect(fit.iterations).toBe(telco.fit.iterations);
  });

  it('lloyd(Telco, robust-scaled, k = 3) gives scikit-learn labels and inertia', () => {
    const { n, d, x } = telcoMatrix('robust');
    const fit = lloyd(x, n, d, rowsOf(x, [0, 7, 70], d), 3);
    expect(Array.from(fit.labels)).toEqual(telco.robustFit.labels);
    // Tolerance 1e-9 relative (summation order).
    expect(Math.abs(fit.inertia / telco.robustFit.inertia - 1)).toBeLessThan(1e-9);
  });

  it('lloyd(Telco with Contract one-hot, z-scaled, k = 5) gives scikit-learn labels and inertia', () => {
    const { n, d, x, m } = telcoMatrix('z', true);
    expect(
      m.columns
        .filter((c) => c.feature === 'Contract')
        .map((c) => c.level)
        .sort(),
    ).toEqual(telco.contractLevels);
    const fit = lloyd(x, n, d, rowsOf(x, [5, 50, 500, 5000, 6000], d), 5);
    expect(Array.from(fit.labels)).toEqual(telco.mixedFit.labels);
    // Tolerance 1e-9 relative (summation order; the one-hot columns are in another order than pandas').
    expect(Math.abs(fit.inertia / telco.mixedFit.inertia - 1)).toBeLessThan(1e-9);
  });

  it('lloyd(x, centres) never raises the inertia from one assignment step to the next', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, k, d) => {
          const random = mulberry32(seed);
          const n = 60 + Math.floor(random() * 200);
          // Clumped data so that clusters empty and refill.
          const x = Float64Array.from({ length: n * d }, () => Math.round(random() * 4) + random() * 0.3);
          const start = Float64Array.from({ length: k * d }, () => random() * 6 - 1);
          const trace = lloyd(x, n, d, start, k, { trace: true, tol: 0 }).inertiaTrace!;
          // Tolerance 1e-9 relative: each step's sum is rounded once more than exact arithmetic.
          for (let t = 1; t < trace.length; t++) expect(trace[t]).toBeLessThanOrEqual(trace[t - 1] * (1 + 1e-9));
        },
      ),
      { numRuns: 150, seed: 14 },
    );
  });

  it('lloyd(x, centres) stops strictly when an assignment changes no label', () => {
    const x = matrix(blobs.x);
    const fit = lloyd(x, blobs.x.length, 3, rowsOf(x, blobs.initRows, 3), 4, { tol: 0 });
    expect(fit.strict).toBe(true);
  });
});

describe('kmeans', () => {
  /** Five tight, well-separated clusters in four dimensions (generated, seeded). */
  function planted(seed: number, n: number) {
    const random = mulberry32(seed);
    const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const centres = [
      [0, 0, 0, 0],
      [10, 0, 0, 0],
      [0, 10, 0, 0],
      [0, 0, 10, 0],
      [0, 0, 0, 10],
    ];
    const truth = Int32Array.from({ length: n }, (_, i) => i % 5);
    const x = Float64Array.from({ length: n * 4 }, (_, o) => centres[truth[Math.floor(o / 4)]][o % 4] + gauss());
    return { x, truth };
  }

  it('kmeans(planted clusters, k = 5) recovers them exactly up to relabelling', () => {
    const { x, truth } = planted(5, 2000);
    const fit = kmeans(x, 2000, 4, 5, { seed: 42, restarts: 4 });
    const pairs = new Map<number, Set<number>>();
    for (let i = 0; i < truth.length; i++)
      (pairs.get(truth[i]) ?? pairs.set(truth[i], new Set()).get(truth[i])!).add(fit.labels[i]);
    // Each planted cluster maps to one found cluster, and to a different one each.
    expect([...pairs.values()].map((s) => s.size)).toEqual([1, 1, 1, 1, 1]);
    expect(new Set([...pairs.values()].map((s) => [...s][0])).size).toBe(5);
  });

  it('kmeans(x, k, seed) gives the same fit for the same seed', () => {
    const { x } = planted(9, 500);
    const a = kmeans(x, 500, 4, 4, { seed: 7, restarts: 3 });
    const b = kmeans(x, 500, 4, 4, { seed: 7, restarts: 3 });
    expect([Array.from(b.labels), b.inertia, b.restart]).toEqual([Array.from(a.labels), a.inertia, a.restart]);
  });

  it('kmeans(x, k, restarts) keeps the restart with the least inertia', () => {
    const { x } = planted(11, 400);
    const one = (seed: number) => kmeans(x, 400, 4, 3, { seed, restarts: 1 }).inertia;
    const many = kmeans(x, 400, 4, 3, { seed: 3, restarts: 6 });
    expect(many.inertia).toBeLessThanOrEqual(one(3));
  });
});
