/**
 * A fitted tree as the result carries it: each node with the condition that led to it and each
 * leaf as a rule, every condition named by its feature and level or bounds (the tree's own
 * feature indices mean nothing outside the fit: an ID3 feature is a quantile-binned number, a
 * CART feature one level's 0/1 column).
 */
import type { ResolvedRiskOptions } from './riskOptions.ts';
import type { RiskCondition, RiskTreeExplained } from '../../api.ts';
import type { FittedTree, TreeTerm } from '../../../core/analyses/risk-model/trees/treeRiskModel.ts';
import type { RuleCondition } from '../../../core/analyses/risk-model/trees/treeRules.ts';
import {
  leafCount,
  nodeChurnProbability,
  nodeChurnRate,
  treeDepth,
} from '../../../core/analyses/risk-model/trees/decisionTree.ts';
import { classWeights } from '../../../core/analyses/risk-model/trees/classWeights.ts';

/** A bin's code k: below cuts[0], cuts[k−1] ≤ x < cuts[k], or from the last cut up. */
function binCondition(feature: string, cuts: number[], k: number): RiskCondition {
  if (k === 0) return { feature, operator: 'lt', values: [cuts[0]] };
  if (k >= cuts.length) return { feature, operator: 'ge', values: [cuts[cuts.length - 1]] };
  return { feature, operator: 'from', values: [cuts[k - 1], cuts[k]] };
}

export function namedCondition(term: TreeTerm, c: RuleCondition): RiskCondition {
  const feature = term.name;
  if (c.operator === 'eq') {
    if (term.kind === 'bins') return binCondition(feature, term.cuts, c.code);
    const levels = term.kind === 'category' || term.kind === 'native' ? (term.levels ?? []) : [];
    return { feature, operator: 'eq', level: levels[c.code] ?? String(c.code) };
  }
  // A CART split on one level's 0/1 column: ≤ ½ is "not that level", > ½ is "that level".
  if (term.kind === 'level') return { feature, operator: c.operator === 'le' ? 'ne' : 'eq', level: term.level };
  if (c.operator === 'between') return { feature, operator: 'between', values: [c.low, c.high] };
  return { feature, operator: c.operator, values: [c.value] };
}

export function treeExplained(fitted: FittedTree, o: ResolvedRiskOptions, trainLabels: Uint8Array): RiskTreeExplained {
  const { tree, terms } = fitted;
  const nodes = tree.nodes.map((node, id) => {
    let condition: RiskCondition | null = null;
    if (node.parent >= 0) {
      const parent = tree.nodes[node.parent];
      const split = parent.split!;
      const branch = parent.children.indexOf(id);
      const raw: RuleCondition =
        split.kind === 'categories'
          ? { feature: split.feature, operator: 'eq', code: split.codes[branch] }
          : { feature: split.feature, operator: branch === 0 ? 'le' : 'gt', value: split.threshold };
      condition = namedCondition(terms[raw.feature], raw);
    }
    return {
      parent: node.parent,
      depth: node.depth,
      n: node.count[0] + node.count[1],
      churners: node.count[1],
      churnRate: nodeChurnRate(node),
      probability: nodeChurnProbability(node),
      condition,
      children: node.children.slice(),
    };
  });
  return {
    algorithm: o.tree,
    criterion: tree.criterion,
    maxDepth: o.maxDepth,
    minLeaf: o.minLeaf,
    classWeights: classWeights(trainLabels, o.classWeight),
    depth: treeDepth(tree),
    leaves: leafCount(tree),
    nodes,
    rules: fitted.rules.map((r) => ({
      conditions: r.conditions.map((c) => namedCondition(terms[c.feature], c)),
      n: r.n,
      churners: r.churners,
      churnRate: r.churnRate,
      probability: r.probability,
    })),
  };
}
