/**
 * The k-means fits of one feature set, kept with the customer table they were made from: the
 * scaled matrix, its PCA projection, the silhouette sample and one fit per (k, restarts). Asking
 * for another k of a range already fitted — the elbow chart's click — then costs the profiles
 * of that fit only. The last few feature sets per table are kept; a new table starts afresh.
 */
import type { ClusterScaling } from '../../api.ts';
import { featureMatrix, type FeatureInput, type FeatureMatrix } from '../../../core/analyses/clusters/featureMatrix.ts';
import { columnScales, scaled, type ColumnScales } from '../../../core/analyses/clusters/featureScaling.ts';
import { pcaProjection, type PcaProjection } from '../../../core/analyses/clusters/pcaProjection.ts';
import { silhouetteSample, silhouetteScore } from '../../../core/analyses/clusters/silhouette.ts';
import { kmeans, type KMeansFit } from '../../../core/analyses/clusters/kmeans.ts';
import { mulberry32 } from '../../../core/stats/random.ts';
import type { BuiltCustomerTable } from '../../customers/customerTableBuilding.ts';
import { CHURNED } from '../../../core/customers/churnStatus.ts';

export interface FitSet {
  matrix: FeatureMatrix;
  scales: ColumnScales;
  /** The scaled matrix k-means reads. */
  x: Float64Array;
  n: number;
  d: number;
  pca: PcaProjection;
  /** Matrix rows the silhouettes read. */
  sample: Int32Array;
  /** Per matrix row: churned (1) or not, and total value. */
  churned: Uint8Array;
  value: Float64Array;
  /** Per customer of the table: the PCA scores (NaN when left out); they do not depend on k. */
  pc1: Float64Array;
  pc2: Float64Array;
  /** Customers the scatter draws (all up to `scatterSize`, else a seeded sample). */
  scatter: Int32Array;
  fits: Map<string, { fit: KMeansFit; silhouette: number }>;
}

const KEPT_SETS = 3;
// Each draw gets its own stream of the seed, so that changing one never moves another.
const SAMPLE_STREAM = 0x9e3779b9;
const SCATTER_STREAM = 0x85ebca6b;
const cache = new WeakMap<BuiltCustomerTable, Map<string, FitSet>>();

export function fitSet(
  built: BuiltCustomerTable,
  key: string,
  features: FeatureInput[],
  scaling: ClusterScaling,
  seed: number,
  sizes: { silhouette: number; scatter: number },
): FitSet {
  let sets = cache.get(built);
  if (!sets) cache.set(built, (sets = new Map()));
  const kept = sets.get(key);
  if (kept) {
    // Most recently used last.
    sets.delete(key);
    sets.set(key, kept);
    return kept;
  }
  const matrix = featureMatrix(features, built.table.ids.length);
  const n = matrix.rows.length;
  const d = matrix.columns.length;
  const scales = columnScales(matrix.x, n, d, scaling);
  const x = scaled(matrix.x, n, d, scales);
  const pca = pcaProjection(x, n, d);
  const customers = built.table.ids.length;
  const pc1 = new Float64Array(customers).fill(NaN);
  const pc2 = new Float64Array(customers).fill(NaN);
  const churned = new Uint8Array(n);
  const value = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const c = matrix.rows[r];
    pc1[c] = pca.pc1[r];
    pc2[c] = pca.pc2[r];
    churned[r] = built.table.status[c] === CHURNED ? 1 : 0;
    value[r] = built.table.totalValue[c];
  }
  const drawn = silhouetteSample(n, sizes.scatter, mulberry32((seed ^ SCATTER_STREAM) >>> 0));
  for (let s = 0; s < drawn.length; s++) drawn[s] = matrix.rows[drawn[s]];
  const set: FitSet = {
    matrix,
    scales,
    x,
    n,
    d,
    pca,
    sample: silhouetteSample(n, sizes.silhouette, mulberry32((seed ^ SAMPLE_STREAM) >>> 0)),
    churned,
    value,
    pc1,
    pc2,
    scatter: drawn,
    fits: new Map(),
  };
  sets.set(key, set);
  while (sets.size > KEPT_SETS) sets.delete(sets.keys().next().value!);
  return set;
}

export function fitOf(set: FitSet, k: number, seed: number, restarts: number): { fit: KMeansFit; silhouette: number } {
  const key = `${k}:${restarts}`;
  let entry = set.fits.get(key);
  if (!entry) {
    const fit = kmeans(set.x, set.n, set.d, k, { seed, restarts });
    entry = { fit, silhouette: silhouetteScore(set.x, set.d, fit.labels, k, set.sample) };
    set.fits.set(key, entry);
  }
  return entry;
}
