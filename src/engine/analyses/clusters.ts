/**
 * k-means clusters of the customer table on the features the user names: scaled, fitted for
 * every k of a range (k-means++, restarts, the least inertia kept) to choose k by the elbow and
 * the silhouette, then profiled — size, churn, value, mean z-scores, a suggested name — and
 * projected on two principal components for the scatter. Fits are kept per feature set, so a
 * change of k within the range redraws without fitting again.
 */
import {
  CLUSTER_DEFAULTS,
  CLUSTER_LIMITS,
  CLUSTER_SCALINGS,
  SCATTER_SAMPLE,
  SILHOUETTE_SAMPLE,
  type AttributeRules,
  type ClusterScaling,
  type ClustersOptions,
  type ClustersResult,
  type Issue,
  type Result,
} from '../api.ts';
import { clusterProfiles, sizeOrder } from '../../core/analyses/clusters/clusterProfiles.ts';
import { suggestedName } from '../../core/analyses/clusters/clusterNames.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { featureInputs } from './clusters/clusterFeatures.ts';
import { fitInSteps, fitOf, fitSet, type FitSet } from './clusters/clusterFits.ts';
import type { FeatureInput } from '../../core/analyses/clusters/featureMatrix.ts';
import { stampOf, type Analysis, type BuiltTable } from './analysis.ts';
import { clusterCustomerColumns } from './clusters/clusterColumns.ts';

function refuse(code: Issue['code'], message: string, params?: Issue['params']): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code, message, ...(params ? { params } : {}) }] };
}

const whole = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** What a clusters run fits: the kept fit set, the k it fits, and the options resolved. */
interface ClusterPlan {
  set: FitSet;
  ks: number[];
  from: number;
  to: number;
  features: string[];
  rules: AttributeRules;
  inputs: FeatureInput[];
  scaling: ClusterScaling;
  seed: number;
  restarts: number;
  /** The features logged before scaling. */
  log: string[];
}

/** The options checked and the fit set found or made, or the issue that stops the run. */
function clusterPlan(built: BuiltTable, options: ClustersOptions): Result<ClusterPlan> {
  const features = [...new Set(options.features ?? [])];
  const scaling = options.scaling ?? CLUSTER_DEFAULTS.scaling;
  const seed = options.seed ?? CLUSTER_DEFAULTS.seed;
  const restarts = options.restarts ?? CLUSTER_DEFAULTS.restarts;
  const [from, to] = options.kRange ?? CLUSTER_DEFAULTS.kRange;
  if (features.length === 0)
    return refuse('clusters-features', 'Name at least one feature to cluster on (e.g. tenure, MonthlyCharges).');
  if (!CLUSTER_SCALINGS.includes(scaling)) return refuse('invalid-definition', 'Scaling must be z or robust.');
  if (!whole(from, 2, CLUSTER_LIMITS.k) || !whole(to, from, CLUSTER_LIMITS.k))
    return refuse('clusters-k', `The range of k must run from 2 up to at most ${CLUSTER_LIMITS.k}.`, {
      max: CLUSTER_LIMITS.k,
    });
  if (options.k !== undefined && !whole(options.k, 2, CLUSTER_LIMITS.k))
    return refuse('clusters-k', `k must be a whole number from 2 to ${CLUSTER_LIMITS.k}.`, { max: CLUSTER_LIMITS.k });
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return refuse('invalid-definition', 'The seed must be a whole number from 0 to 4294967295.');
  if (!whole(restarts, 1, CLUSTER_LIMITS.restarts))
    return refuse('invalid-definition', `Restarts must be a whole number from 1 to ${CLUSTER_LIMITS.restarts}.`);
  const ruled = ruledTable(built, features, options.attributeRules);
  if (!ruled.ok) return ruled;
  const { table, rules } = ruled.value;
  const inputs = featureInputs(built, table, features);
  if (!inputs.ok) return inputs;
  const log = [...new Set(options.log ?? [])].filter((name) => features.includes(name));
  const notNumber = inputs.value.find((f) => f.kind !== 'number' && log.includes(f.name));
  if (notNumber)
    return refuse('invalid-definition', `Only a numeric feature can be logged; "${notNumber.name}" is a category.`);
  const key = JSON.stringify({ features, rules, scaling, seed, log });
  const set = fitSet(
    built,
    key,
    inputs.value,
    scaling,
    seed,
    { silhouette: SILHOUETTE_SAMPLE, scatter: SCATTER_SAMPLE },
    log,
  );
  const ks = [
    ...new Set([...Array.from({ length: to - from + 1 }, (_, i) => from + i), ...(options.k ? [options.k] : [])]),
  ];
  const largest = Math.max(...ks);
  if (set.n <= largest)
    return refuse(
      'clusters-too-few',
      `Only ${set.n} customers have every feature: k-means into ${largest} clusters needs more than ${largest}.`,
      { customers: set.n, k: largest, leftOut: set.matrix.leftOut },
    );
  return {
    ok: true,
    value: { set, ks, from, to, features, rules, inputs: inputs.value, scaling, seed, restarts, log },
  };
}

export const clusters: Analysis<'clusters'> = {
  needs: 'customer-table',
  customerColumns: clusterCustomerColumns,
  // The fits of a large table, ahead of the run: in steps a cancel can stop, on the helper threads too.
  async prepare({ table: built }, options, steps) {
    const plan = clusterPlan(built, options);
    if (!plan.ok) return;
    const { set, ks, seed, restarts } = plan.value;
    for (const [i, k] of ks.entries()) await fitInSteps(set, k, seed, restarts, steps, i, ks.length);
  },
  run({ table: built }, options) {
    const plan = clusterPlan(built, options);
    if (!plan.ok) return plan;
    const { set, ks, from, to, features, rules, inputs, scaling, seed, restarts, log } = plan.value;
    const chooseK = ks
      .filter((k) => k >= from && k <= to)
      .map((k) => {
        const { fit, silhouette } = fitOf(set, k, seed, restarts);
        return { k, inertia: fit.inertia, silhouette, iterations: fit.iterations };
      });
    const k =
      options.k ??
      chooseK.reduce((best, p) => (p.silhouette > best.silhouette || best.silhouette !== best.silhouette ? p : best)).k;
    const { fit, silhouette } = fitOf(set, k, seed, restarts);
    const { matrix, n, d, scales, pca, churned } = set;
    const profiles = clusterProfiles(matrix.x, n, d, fit.labels, k, churned, set.value);
    const id = sizeOrder(fit.labels, k);
    const labels = new Int32Array(built.table.ids.length);
    for (let r = 0; r < n; r++) labels[matrix.rows[r]] = id[fit.labels[r]];
    let lost = 0;
    for (let r = 0; r < n; r++) lost += churned[r];
    const constant = new Set(scales.constant);
    const result: ClustersResult = {
      stamp: stampOf('clusters', built, {
        features,
        ...(log.length > 0 ? { log } : {}),
        scaling,
        k,
        kRange: [from, to],
        seed,
        restarts,
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      k,
      seed,
      restarts,
      scaling,
      inertia: fit.inertia,
      silhouette,
      silhouetteSample: set.sample.length,
      iterations: fit.iterations,
      customers: n,
      leftOut: matrix.leftOut,
      features: inputs.map((f, i) => ({
        name: f.name,
        kind: f.kind,
        missing: matrix.missing[i],
        ...(log.includes(f.name) ? { log: true as const } : {}),
      })),
      columns: matrix.columns.map((c, f) => ({ ...c, constant: constant.has(f) })),
      clusters: profiles.map((p) => ({
        ...p,
        suggested: suggestedName(p.z, matrix.columns),
        ...(options.names?.[p.id - 1] ? { name: options.names[p.id - 1] } : {}),
      })),
      chooseK,
      overallChurnRate: n > 0 ? lost / n : NaN,
      pca: { explained: pca.explained },
      // Copies: the caller takes the buffers (a worker transfers them), the cache keeps its own.
      perCustomer: { cluster: labels, pc1: set.pc1.slice(), pc2: set.pc2.slice() },
      scatter: set.scatter.slice(),
    };
    return { ok: true, value: result };
  },
};
