/** k-means clusters of customers on chosen features, with profiles, a suggested name each and the choice of k. */
import type { AttributeRules } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

export const CLUSTER_SCALINGS = ['z', 'robust'] as const;
export type ClusterScaling = (typeof CLUSTER_SCALINGS)[number];

/** The defaults the engine fills in (shown on the stamp). */
export const CLUSTER_DEFAULTS = { scaling: 'z', kRange: [2, 8], seed: 1, restarts: 4 } as const;
/** The largest k and number of restarts the engine fits. */
export const CLUSTER_LIMITS = { k: 20, restarts: 50 } as const;
/** Customers the silhouette reads at most per k (drawn with the seed). */
export const SILHOUETTE_SAMPLE = 2000;
/** Customers the scatter draws at most (drawn with the seed). */
export const SCATTER_SAMPLE = 5000;

export interface ClustersOptions {
  /**
   * Customer-table columns (tenure_days, orders, frequency, recency, T, monetary, total_value),
   * days_since_last (the as-of date minus the last activity, in days), the data's tenure column
   * by its own name (in its own unit), or attributes. Numbers are used as they are; text and
   * yes/no columns become one 0/1 column per value (one-hot). A customer without a value for
   * some feature is left out (counted per feature), never filled in.
   */
  features: string[];
  /**
   * Numeric features taken as sign(v) · log1p(|v|) before scaling (money and other long-tailed
   * features: see core/stats/signedLog.ts); profiles stay in the features' own units. Default none.
   */
  log?: string[];
  scaling?: ClusterScaling;
  /** The k shown; default: the k of the range with the highest silhouette. */
  k?: number;
  /** The ks fitted for choosing k (elbow and silhouette), inclusive; default 2–8. */
  kRange?: [number, number];
  seed?: number;
  /** k-means++ seedings per k, the least inertia kept (default 4). */
  restarts?: number;
  /** The user's names of the shown k's clusters, by id (1-based; '' = the suggested one). */
  names?: string[];
  attributeRules?: AttributeRules;
}

/** A word of a suggested name: a feature well above or below the mean, or an over-represented value of one. */
export interface ClusterNameCode {
  feature: string;
  level: 'high' | 'low';
  value?: string;
}

export interface ClusterColumn {
  feature: string;
  /** A one-hot column: the value; `pooled` = the rarer values together. */
  level?: string;
  pooled?: boolean;
  /** No spread among the clustered customers: scaled by 1, its z-scores 0. */
  constant: boolean;
}

export interface ClusterProfileResult {
  /** 1 = the largest cluster. */
  id: number;
  customers: number;
  share: number;
  churned: number;
  churnRate: number;
  /** 95 % Wilson interval of the churn rate. */
  low: number;
  high: number;
  /** Mean total value of its customers (NaN when the data has no value). */
  meanValue: number;
  valueShare: number;
  /** Per column of `columns`, in the feature's own units (a one-hot column: the share with that value). */
  centre: number[];
  /** Per column of `columns`, the mean z-score of its customers. */
  z: number[];
  /** The suggested name, as codes (empty: close to average on every feature). */
  suggested: ClusterNameCode[];
  /** The user's name, when given. */
  name?: string;
}

export interface ChooseKPoint {
  k: number;
  inertia: number;
  /** Mean silhouette over the sample (NaN when it cannot be computed). */
  silhouette: number;
  iterations: number;
}

export interface ClustersResult {
  stamp: ResultStamp<
    Required<Omit<ClustersOptions, 'names' | 'attributeRules' | 'log'>> &
      Pick<ClustersOptions, 'attributeRules' | 'log'>
  >;
  k: number;
  seed: number;
  restarts: number;
  scaling: ClusterScaling;
  inertia: number;
  silhouette: number;
  /** Customers the silhouettes were computed on (all of them up to SILHOUETTE_SAMPLE). */
  silhouetteSample: number;
  iterations: number;
  /** Customers clustered, and left out for missing a feature. */
  customers: number;
  leftOut: number;
  /** `log`: clustered on its signed log1p (ClustersOptions.log). */
  features: { name: string; kind: 'number' | 'category'; missing: number; log?: true }[];
  columns: ClusterColumn[];
  clusters: ClusterProfileResult[];
  chooseK: ChooseKPoint[];
  overallChurnRate: number;
  pca: { explained: [number, number] };
  /**
   * Per customer of the customer table: the cluster id (1…k, 0 when left out) and the scores on
   * the first two principal components of the scaled features (NaN when left out).
   */
  perCustomer: { cluster: Int32Array; pc1: Float64Array; pc2: Float64Array };
  /** Customers (rows of the customer table) the scatter draws: all up to SCATTER_SAMPLE, else a seeded sample. */
  scatter: Int32Array;
}
