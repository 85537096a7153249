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
import { kmeans, kmeansAcross, type KMeansFit } from '../../../core/analyses/clusters/kmeans.ts';
import { partRanges, type LloydParts } from '../../../core/analyses/clusters/lloydParallel.ts';
import { lloydPart } from '../../../core/analyses/clusters/lloydPartition.ts';
import type { AnalysisSteps } from '../analysis.ts';
import type { HelperPool } from '../../../data/parallel/parts.ts';
import { mulberry32 } from '../../../core/stats/random.ts';
import { signedLog1pColumns } from '../../../core/stats/signedLog.ts';
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
  /** The scaled rows cut in parts for fits across threads, made at the first such fit (see partsOf). */
  parts?: LloydParts;
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
  log: readonly string[] = [],
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
  // Logged features are scaled (and fitted) on their signed log1p; matrix.x keeps their own units for the profiles.
  const logged = matrix.columns.map((c) => log.includes(c.feature) && c.level === undefined);
  const source = logged.some(Boolean) ? matrix.x.slice() : matrix.x;
  if (source !== matrix.x) signedLog1pColumns(source, n, d, logged);
  const scales = columnScales(source, n, d, scaling);
  const x = scaled(source, n, d, scales);
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
  while (sets.size > KEPT_SETS) {
    const oldest = sets.keys().next().value!;
    for (const part of sets.get(oldest)?.parts?.remote ?? []) part.close();
    sets.delete(oldest);
  }
  return set;
}

// Fewer scaled values than this are fitted on one thread: a step's messages would cost more than they save.
const PARALLEL_VALUES = 200_000;

/** The set's rows in parts: this thread keeps the first, each helper thread that takes parts one more. */
function partsOf(set: FitSet, k: number, helpers: HelperPool | undefined): LloydParts {
  if (set.parts) return set.parts;
  const { x, n, d } = set;
  const others = helpers?.lloydPart && n * d >= PARALLEL_VALUES ? Math.min(helpers.count, 3) : 0;
  const ranges = partRanges(n, 1 + others);
  const [, ownEnd] = ranges[0];
  // The others' rows first: they read their norms and moments while this thread reads its own.
  const remote = ranges.slice(1).map(([a, b]) => helpers!.lloydPart!(x.slice(a * d, b * d), b - a, d, k, a));
  set.parts = { own: lloydPart(x.subarray(0, ownEnd * d), ownEnd, d, k, 0), remote };
  return set.parts;
}

/**
 * `fitOf`, in steps: the fit is made across the helper threads (when the set is large and there
 * are any) and awaits `steps.checkpoint` between Lloyd iterations, so a cancel stops it there.
 * Step `step` of `steps` in all; the same fit as fitOf's.
 */
export async function fitInSteps(
  set: FitSet,
  k: number,
  seed: number,
  restarts: number,
  steps: AnalysisSteps,
  step: number,
  total: number,
): Promise<void> {
  const key = `${k}:${restarts}`;
  if (set.fits.has(key)) return;
  await steps.checkpoint(step, total, 0);
  let fit: KMeansFit;
  try {
    fit = await kmeansAcross(partsOf(set, k, steps.helpers), set.x, set.n, set.d, k, {
      seed,
      restarts,
      // Lloyd rarely runs past ~50 iterations on these tables: a rough share of the way through.
      checkpoint: (restart, iteration) =>
        steps.checkpoint(step, total, (restart + Math.min(iteration, 50) / 50) / restarts),
    });
  } catch (e) {
    if (!set.parts?.remote.length || (e instanceof Error && e.name === 'CancelledError')) throw e;
    // A helper thread failed: this thread fits alone from now on.
    set.parts = undefined;
    fit = kmeans(set.x, set.n, set.d, k, { seed, restarts });
  }
  set.fits.set(key, { fit, silhouette: silhouetteScore(set.x, set.d, fit.labels, k, set.sample) });
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
