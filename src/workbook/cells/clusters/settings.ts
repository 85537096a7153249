/**
 * A clusters cell's settings: the features, the scaling, k (0 = the range's best silhouette),
 * the range of k compared, the seed and the restarts, and the names the user gave clusters —
 * kept per fit (features, scaling, seed, restarts and k), since a cluster's number means
 * nothing under another fit. A new cell starts on tenure and charges for a customer snapshot,
 * and on days since the last activity, orders and total value for a transaction log.
 */
import {
  CLUSTER_DEFAULTS,
  CLUSTER_LIMITS,
  CLUSTER_SCALINGS,
  type ClusterScaling,
  type ClustersOptions,
  type CustomerTableSummary,
  type DatasetSummary,
  type Role,
} from '../../../engine/api.ts';
import { ownValue } from '../../../engine/api.ts';
import { effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';
import { isRecord, oneOf, wholeAtLeast } from '../savedSettings.ts';

export interface ClusterSettings {
  features: string[];
  scaling: ClusterScaling;
  /** 0: the k of the range with the best silhouette. */
  k: number;
  kFrom: number;
  kTo: number;
  seed: number;
  restarts: number;
  /** Fit key (namesKey) → the names of its clusters, by id − 1. */
  names: Record<string, string[]>;
  /** Numeric feature → clustered on its log (or not), where the user said; else loggedByDefault. */
  log: Record<string, boolean>;
}

export interface FeatureChoice {
  name: string;
  kind: 'number' | 'category';
}

/** Categories with more values than this are not offered (an id-like column makes no profile). */
const MAX_CATEGORY_VALUES = 30;
const LOG_FEATURES = ['days_since_last', 'orders', 'total_value', 'frequency', 'monetary', 'tenure_days'];

/** What a cell can cluster on: the customer table's own numbers (a log's), the tenure column, and attributes. */
export function featureChoices(
  summary: DatasetSummary | null,
  roles: Record<string, Role>,
  table: CustomerTableSummary | null,
): FeatureChoice[] {
  if (!summary) return [];
  const varies = new Set(table?.attributeVariation.filter((v) => v.level === 'varies').map((v) => v.column));
  const own: FeatureChoice[] =
    table?.shape === 'transactions' ? LOG_FEATURES.map((name) => ({ name, kind: 'number' as const })) : [];
  const columns = summary.columns.flatMap((c): FeatureChoice[] => {
    const role = ownValue(roles, c.name);
    if (role === 'tenure' && table?.shape !== 'transactions') return [{ name: c.name, kind: 'number' }];
    if (role !== 'attribute' && role !== 'value') return [];
    if (varies.has(c.name) || c.name === summary.sourceColumn) return [];
    if (c.type === 'integer' || c.type === 'decimal') return [{ name: c.name, kind: 'number' }];
    if ((c.type === 'categorical' || c.type === 'boolean' || c.type === 'text') && c.distinct <= MAX_CATEGORY_VALUES)
      return [{ name: c.name, kind: 'category' }];
    return [];
  });
  return [...own, ...columns];
}

export function initialSettings({
  summary,
  workbook,
  table,
}: {
  summary: DatasetSummary | null;
  workbook: Workbook;
  table: CustomerTableSummary | null;
}): Record<string, unknown> {
  if (!summary) return {};
  const roles = effectiveRoles(summary, workbook.roles);
  if (table?.shape === 'transactions') return { features: ['days_since_last', 'orders', 'total_value'] };
  const numbers = featureChoices(summary, roles, table).filter((c) => {
    const role = ownValue(roles, c.name);
    return c.kind === 'number' && (role === 'tenure' || role === 'value');
  });
  return { features: numbers.map((c) => c.name) };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export function clusterSettings(saved: Record<string, unknown>): ClusterSettings {
  const kFrom = Math.min(CLUSTER_LIMITS.k, wholeAtLeast(saved.kFrom, 2, CLUSTER_DEFAULTS.kRange[0]));
  const kTo = Math.min(CLUSTER_LIMITS.k, Math.max(kFrom, wholeAtLeast(saved.kTo, 2, CLUSTER_DEFAULTS.kRange[1])));
  const k = wholeAtLeast(saved.k, 0, 0);
  const names: Record<string, string[]> = {};
  if (isRecord(saved.names)) for (const [key, list] of Object.entries(saved.names)) names[key] = strings(list);
  const log: Record<string, boolean> = {};
  if (isRecord(saved.log))
    for (const [name, on] of Object.entries(saved.log)) if (typeof on === 'boolean') log[name] = on;
  return {
    features: [...new Set(strings(saved.features))],
    scaling: oneOf(saved.scaling, CLUSTER_SCALINGS, CLUSTER_DEFAULTS.scaling),
    k: k === 1 ? 0 : Math.min(CLUSTER_LIMITS.k, k),
    kFrom,
    kTo,
    seed: wholeAtLeast(saved.seed, 0, CLUSTER_DEFAULTS.seed),
    restarts: Math.min(CLUSTER_LIMITS.restarts, wholeAtLeast(saved.restarts, 1, CLUSTER_DEFAULTS.restarts)),
    names,
    log,
  };
}

/**
 * Whether a numeric feature is clustered on its log when the user has not said: money is (total
 * value, spend, columns with the role value), since a few large amounts would otherwise stretch
 * the scale and the clusters would split the big spenders from everyone else.
 */
export function loggedByDefault(name: string, roles: Record<string, Role>): boolean {
  return name === 'total_value' || name === 'monetary' || ownValue(roles, name) === 'value';
}

/** The chosen numeric features clustered on their log. */
export function loggedFeatures(s: ClusterSettings, choices: readonly FeatureChoice[], roles: Record<string, Role>) {
  return s.features.filter(
    (f) => choices.some((c) => c.name === f && c.kind === 'number') && (s.log[f] ?? loggedByDefault(f, roles)),
  );
}

/** The key a fit's cluster names are saved under (the logged features only when there are any, as before the log). */
export function namesKey(s: ClusterSettings, k: number, log: readonly string[] = []): string {
  return JSON.stringify([s.features, s.scaling, s.seed, s.restarts, k, ...(log.length > 0 ? [log] : [])]);
}

/**
 * The engine's options; null until a feature is picked. `k` is the fit's k once known (for its
 * names); `log`, the features clustered on their log (loggedFeatures).
 */
export function clusterOptions(
  s: ClusterSettings,
  shownK?: number,
  log: readonly string[] = [],
): ClustersOptions | null {
  if (s.features.length === 0) return null;
  const names = shownK ? s.names[namesKey(s, shownK, log)] : undefined;
  return {
    features: s.features,
    ...(log.length > 0 ? { log: [...log] } : {}),
    scaling: s.scaling,
    kRange: [s.kFrom, s.kTo],
    ...(s.k > 0 ? { k: s.k } : {}),
    seed: s.seed,
    restarts: s.restarts,
    ...(names && names.some(Boolean) ? { names } : {}),
  };
}
