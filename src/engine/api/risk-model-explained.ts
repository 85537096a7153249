/**
 * What a tree, a Bayesian-network classifier or a Cox model says about churn, as codes and
 * numbers: a tree's nodes (to draw) and its leaves as rules, the network's edges and the mutual
 * information they carry, the Cox model's hazard ratios and its checks. The UI and CLI word them.
 */
import type { RiskTreeAlgorithm } from './risk-model.ts';

/**
 * One condition on a feature. `level` for a category; for a number, `values`:
 *   le [v]: ≤ v · gt [v]: > v · between [lo, hi]: lo < x ≤ hi ·
 *   lt [v]: < v · ge [v]: ≥ v · from [lo, hi]: lo ≤ x < hi (a quantile bin) ·
 *   eq / ne: the category is / is not `level`.
 */
export interface RiskCondition {
  feature: string;
  operator: 'eq' | 'ne' | 'le' | 'gt' | 'between' | 'lt' | 'ge' | 'from';
  level?: string;
  values?: number[];
}

export interface RiskTreeNode {
  parent: number;
  depth: number;
  /** Training customers at the node (fractional under C4.5's missing values), and the churners among them. */
  n: number;
  churners: number;
  churnRate: number;
  /** The node's predicted P(churn) (class-weighted as the tree predicts). */
  probability: number;
  /** What took customers here from the parent; null at the root. */
  condition: RiskCondition | null;
  children: number[];
}

export interface RiskRule {
  conditions: RiskCondition[];
  n: number;
  churners: number;
  churnRate: number;
  probability: number;
}

export interface RiskTreeExplained {
  algorithm: RiskTreeAlgorithm;
  criterion: 'entropy' | 'gini';
  maxDepth: number;
  minLeaf: number;
  /** [w_stayed, w_churned] the criterion used. */
  classWeights: [number, number];
  depth: number;
  leaves: number;
  /** Pre-order, root first. */
  nodes: RiskTreeNode[];
  /** One per leaf, the riskiest first. */
  rules: RiskRule[];
}

export interface RiskNetworkFeature {
  name: string;
  /** Numbers are cut into quantile bins at these cuts (training customers); absent for a category. */
  cuts?: number[];
  /** TAN: the index of the feature's feature parent (−1: only the class); naive Bayes: always −1. */
  parent: number;
  /** I(X; churn) in nats on the training customers. */
  classInformation: number;
  /** TAN: I(X; parent | churn) in nats on its edge; null without a feature parent. */
  edgeWeight: number | null;
}

export interface RiskNetworkExplained {
  kind: 'naive-bayes' | 'tan';
  /** Laplace smoothing: (count + alpha) / (total + alpha · levels). */
  alpha: number;
  /** TAN: the tree's root feature; −1 for naive Bayes. */
  root: number;
  features: RiskNetworkFeature[];
}

export interface RiskHazardRatio {
  feature: string;
  /** A category's level, against `reference` (its most frequent level). */
  level?: string;
  reference?: string;
  coefficient: number;
  se: number;
  hazardRatio: number;
  /** 95 % Wald interval of the hazard ratio. */
  low: number;
  high: number;
  p: number;
  /** The proportional-hazards check (cox.zph, KM time scale) for this term: 1-df χ² and its p. */
  zphChiSquare: number;
  zphP: number;
}

export interface RiskCoxExplained {
  /** Durations are the customer table's tenure in days; the risk is P(churn within `horizon` days). */
  horizon: number;
  n: number;
  events: number;
  hazardRatios: RiskHazardRatio[];
  /** Harrell's C of the linear predictor on the training customers. */
  concordance: number;
  /** cox.zph's global test. */
  proportionalHazards: { statistic: number; df: number; p: number };
  likelihoodRatio: { statistic: number; df: number; p: number };
  converged: boolean;
}
