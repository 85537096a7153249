import { expect, it } from 'vitest';
import fc from 'fast-check';
import { cart } from '../../../../../src/core/analyses/risk-model/trees/cart.ts';
import { id3 } from '../../../../../src/core/analyses/risk-model/trees/id3.ts';
import { leafOfRows } from '../../../../../src/core/analyses/risk-model/trees/treePredict.ts';
import { treeRules, type RuleCondition } from '../../../../../src/core/analyses/risk-model/trees/treeRules.ts';
import { mulberry32 } from '../../../../../src/core/stats/random.ts';
import { playTennis } from './treeData.ts';

it('treeRules(id3(play tennis)) gives Mitchell’s five rules, the pure "no" leaves first by size', () => {
  const { names, features, y } = playTennis();
  const rules = treeRules(id3(features, y));
  const word = (c: RuleCondition) =>
    c.operator === 'eq' ? `${names[c.feature]}=${features[c.feature].labels[c.code]}` : '?';
  expect(rules.map((r) => [r.conditions.map(word).join(' & '), r.n, r.churnRate])).toEqual([
    // play = yes is class 1 here: the "churn rate" column is P(play).
    ['outlook=overcast', 4, 1],
    ['outlook=rain & wind=weak', 3, 1],
    ['outlook=sunny & humidity=normal', 2, 1],
    ['outlook=sunny & humidity=high', 3, 0],
    ['outlook=rain & wind=strong', 2, 0],
  ]);
});

it('treeRules(…) merges bounds on one feature into a between', () => {
  // tenure-like x: churn only for 6 < x ≤ 12, so the path tests x twice.
  const x = Float64Array.from({ length: 40 }, (_, i) => i);
  const y = Uint8Array.from(x, (v) => (v > 6 && v <= 12 ? 1 : 0));
  const rules = treeRules(cart([x], y));
  expect(rules[0].conditions).toEqual([{ feature: 0, operator: 'between', low: 6.5, high: 12.5 }]);
  expect([rules[0].n, rules[0].churnRate]).toEqual([6, 1]);
});

it('treeRules(cart(…)) covers every case exactly once, its rule holding for it', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
      const random = mulberry32(seed);
      const n = 200;
      const x = [
        Float64Array.from({ length: n }, () => Math.round(random() * 30)),
        Float64Array.from({ length: n }, random),
      ];
      const y = Uint8Array.from({ length: n }, (_, i) => (random() < (x[0][i] < 8 ? 0.6 : 0.15) ? 1 : 0));
      const tree = cart(x, y, { maxDepth: 4, minSamplesLeaf: 5 });
      const rules = treeRules(tree);
      expect(rules.reduce((s, r) => s + r.n, 0)).toBe(n);
      const leaves = leafOfRows(
        tree,
        x.map((values) => ({ kind: 'numeric', values })),
      );
      const holds = (c: RuleCondition, v: number) =>
        c.operator === 'le'
          ? v <= c.value
          : c.operator === 'gt'
            ? v > c.value
            : c.operator === 'between'
              ? v > c.low && v <= c.high
              : false;
      for (let i = 0; i < n; i++) {
        const rule = rules.find((r) => r.leaf === leaves[i])!;
        for (const c of rule.conditions) expect(holds(c, x[c.feature][i])).toBe(true);
      }
    }),
    { numRuns: 30 },
  );
});
