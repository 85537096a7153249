/** The tree drawing: an SVG snapshot of Quinlan's play-tennis tree, and the depth cut of what is drawn. */
import { expect, test } from 'vitest';
import type { RiskCondition, RiskTreeNode } from '../../src/engine/api.ts';
import { treePaths, treePlot } from '../../src/charts/risk-model/treePlot.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

const node = (
  parent: number,
  depth: number,
  n: number,
  churners: number,
  condition: RiskCondition | null,
  children: number[],
): RiskTreeNode => ({
  parent,
  depth,
  n,
  churners,
  churnRate: churners / n,
  probability: churners / n,
  condition,
  children,
});
const eq = (feature: string, level: string): RiskCondition => ({ feature, operator: 'eq', level });
// Quinlan (1986), figure 2: "churn" here is play = yes.
const nodes: RiskTreeNode[] = [
  node(-1, 0, 14, 9, null, [1, 4, 5]),
  node(0, 1, 5, 2, eq('outlook', 'sunny'), [2, 3]),
  node(1, 2, 3, 0, eq('humidity', 'high'), []),
  node(1, 2, 2, 2, eq('humidity', 'normal'), []),
  node(0, 1, 4, 4, eq('outlook', 'overcast'), []),
  node(0, 1, 5, 3, eq('outlook', 'rain'), [6, 7]),
  node(5, 2, 3, 3, eq('wind', 'weak'), []),
  node(5, 2, 2, 0, eq('wind', 'strong'), []),
];
const label = (n: RiskTreeNode) =>
  `${n.condition ? `${n.condition.feature} = ${n.condition.level}` : 'all'}: ${Math.round(n.churnRate * 100)} %, n = ${n.n}`;

test('treePlot(play tennis) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(treePlot(nodes, { width: 700, label })), 'riskTree');
});

test('treePaths draws down to the asked depth, each path its labels from the root', () => {
  const shallow = treePaths(nodes, { depth: 1, label });
  expect(shallow.map((p) => p.node)).toEqual([0, 1, 4, 5]);
  const deep = treePaths(nodes, { label });
  expect(deep).toHaveLength(8);
  expect(deep[2].path.split('\u001f')).toEqual([
    'all: 64 %, n = 14',
    'outlook = sunny: 40 %, n = 5',
    'humidity = high: 0 %, n = 3',
  ]);
});
