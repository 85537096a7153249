/**
 * `clusters <file>... --features a,b,c [--k 5 | --k 2..10] [--seed S] [--restarts N] [--scale z|robust]`:
 * k-means clusters of the customers on the features, with each cluster's size, centre (in the
 * features' own units), churn rate and suggested name, and the elbow and silhouette by k. `--out`
 * writes the customer table with the `cluster` column. (`segments --method kmeans` is this.)
 */
import {
  CLUSTER_SCALINGS,
  type AttributeRules,
  type ClustersOptions,
  type ClustersResult,
} from '../../src/engine/api.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import type { Command } from '../command.ts';
import { clusterColumnText, clusterNameText } from '../wording.ts';

const USAGE = `--features a,b,c${RULE_SUFFIX} [--k 5 | --k 2..10] [--seed S] [--restarts N] [--scale z|robust]`;

function whole(args: ParsedArgs, name: string): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${name} takes a whole number, not "${text}"`);
  return Number(text);
}

export function clustersOptions(args: ParsedArgs): ClustersOptions {
  const named = flag(args, 'features');
  if (!named) throw new UsageError('clusters needs --features, e.g. --features tenure,MonthlyCharges,TotalCharges');
  const rules: AttributeRules = keyedRecord();
  const features = named
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => attributeRef(f, rules));
  const k = flag(args, 'k');
  const range = k?.match(/^\s*(\d+)\s*\.\.\s*(\d+)\s*$/);
  if (k !== undefined && !range && !/^\s*\d+\s*$/.test(k))
    throw new UsageError(`--k takes a number of clusters (5) or a range to choose from (2..10), not "${k}"`);
  const seed = whole(args, 'seed');
  const restarts = whole(args, 'restarts');
  const scaling = oneOf(args, 'scale', CLUSTER_SCALINGS);
  return {
    features,
    ...(range ? { kRange: [Number(range[1]), Number(range[2])] as [number, number] } : {}),
    ...(k !== undefined && !range ? { k: Number(k) } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(restarts !== undefined ? { restarts } : {}),
    ...(scaling ? { scaling } : {}),
    ...stated(rules),
  };
}

/** The result as the command prints it: centres keyed by feature, names worded, per-customer arrays left to --out. */
export function clustersJson(r: ClustersResult) {
  const keys = r.columns.map(clusterColumnText);
  return {
    k: r.k,
    seed: r.seed,
    inertia: r.inertia,
    silhouette: r.silhouette,
    silhouetteSample: r.silhouetteSample,
    scaling: r.scaling,
    restarts: r.restarts,
    customers: r.customers,
    leftOut: r.leftOut,
    features: r.features,
    clusters: r.clusters.map((c) => ({
      id: c.id,
      customers: c.customers,
      centre: Object.fromEntries(keys.map((key, f) => [key, c.centre[f]])),
      churnRate: c.churnRate,
      churnInterval: [c.low, c.high],
      meanValue: Number.isFinite(c.meanValue) ? c.meanValue : null,
      name: c.name ?? clusterNameText(c.suggested),
      suggested: c.suggested,
      z: Object.fromEntries(keys.map((key, f) => [key, c.z[f]])),
    })),
    chooseK: r.chooseK.map(({ k, inertia, silhouette }) => ({ k, inertia, silhouette })),
    pca: r.pca,
    stamp: r.stamp,
  };
}

const command = analysisCommand('clusters', USAGE, clustersOptions);

export const clusters: Command = {
  ...command,
  run(engine, args, summary) {
    const outcome = command.run(engine, args, summary);
    if (outcome.code !== 0) return outcome;
    return { ...outcome, out: clustersJson(outcome.out as ClustersResult) };
  },
};
