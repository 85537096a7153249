import { nodeChurnProbability, nodeChurnRate, type DecisionTree } from './decisionTree.ts';

/**
 * A tree's leaves as rules, "if every condition holds then churn rate r (n cases)": codes and
 * numbers only, worded by the UI and the command line. Conditions on the same numeric feature
 * along a path are merged into the tightest bounds, so "tenure > 6, tenure ≤ 24, tenure ≤ 12"
 * becomes one `between` (6 < tenure ≤ 12).
 */
export type RuleCondition =
  | { feature: number; operator: 'eq'; code: number }
  | { feature: number; operator: 'le'; value: number }
  | { feature: number; operator: 'gt'; value: number }
  /** low < value ≤ high */
  | { feature: number; operator: 'between'; low: number; high: number };

export interface TreeRule {
  leaf: number;
  conditions: RuleCondition[];
  /** Training cases at the leaf (fractional under C4.5's missing values). */
  n: number;
  churners: number;
  /** churners / n, without class weights. */
  churnRate: number;
  /** The leaf's predicted P(churn), class-weighted as the tree predicts. */
  probability: number;
}

/** One rule per leaf, the riskiest first (churn rate, then size, then leaf order). */
export function treeRules(tree: DecisionTree): TreeRule[] {
  const rules: TreeRule[] = [];
  tree.nodes.forEach((node, leaf) => {
    if (node.split !== null) return;
    const path: RuleCondition[] = [];
    for (let child = leaf, parent = node.parent; parent !== -1; child = parent, parent = tree.nodes[parent].parent) {
      const split = tree.nodes[parent].split!;
      const branch = tree.nodes[parent].children.indexOf(child);
      if (split.kind === 'categories') path.push({ feature: split.feature, operator: 'eq', code: split.codes[branch] });
      else path.push({ feature: split.feature, operator: branch === 0 ? 'le' : 'gt', value: split.threshold });
    }
    path.reverse();
    const n = node.count[0] + node.count[1];
    rules.push({
      leaf,
      conditions: mergeBounds(path),
      n,
      churners: node.count[1],
      churnRate: nodeChurnRate(node),
      probability: nodeChurnProbability(node),
    });
  });
  return rules.sort((a, b) => b.churnRate - a.churnRate || b.n - a.n || a.leaf - b.leaf);
}

/** Conditions in path order, with each numeric feature's bounds merged where it first appears. */
function mergeBounds(path: RuleCondition[]): RuleCondition[] {
  const bounds = new Map<number, { low: number; high: number }>();
  for (const c of path) {
    if (c.operator !== 'le' && c.operator !== 'gt') continue;
    const b = bounds.get(c.feature) ?? { low: -Infinity, high: Infinity };
    if (c.operator === 'le') b.high = Math.min(b.high, c.value);
    else b.low = Math.max(b.low, c.value);
    bounds.set(c.feature, b);
  }
  const out: RuleCondition[] = [];
  const done = new Set<number>();
  for (const c of path) {
    if (c.operator === 'eq') {
      out.push(c);
      continue;
    }
    if (done.has(c.feature)) continue;
    done.add(c.feature);
    const { low, high } = bounds.get(c.feature)!;
    if (low > -Infinity && high < Infinity) out.push({ feature: c.feature, operator: 'between', low, high });
    else if (high < Infinity) out.push({ feature: c.feature, operator: 'le', value: high });
    else out.push({ feature: c.feature, operator: 'gt', value: low });
  }
  return out;
}
