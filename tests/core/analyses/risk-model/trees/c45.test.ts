import { expect, it } from 'vitest';
import fc from 'fast-check';
import { c45 } from '../../../../../src/core/analyses/risk-model/trees/c45.ts';
import { categoricalTest } from '../../../../../src/core/analyses/risk-model/trees/categoricalGain.ts';
import { leafCount, type DecisionTree } from '../../../../../src/core/analyses/risk-model/trees/decisionTree.ts';
import {
  extraErrors,
  pessimisticErrorRate,
} from '../../../../../src/core/analyses/risk-model/trees/pessimisticErrors.ts';
import { pessimisticPrune } from '../../../../../src/core/analyses/risk-model/trees/pessimisticPruning.ts';
import { predictChurn } from '../../../../../src/core/analyses/risk-model/trees/treePredict.ts';
import { mulberry32 } from '../../../../../src/core/stats/random.ts';
import { categorical, golf, numeric } from './treeData.ts';

/** The tree as nested text: "feature=value" or "feature<=t" keys, leaves as "class (n/errors)". */
function describe(tree: DecisionTree, names: string[], labels: (f: number, code: number) => string, id = 0): unknown {
  const node = tree.nodes[id];
  if (node.split === null) {
    const cls = node.count[1] >= node.count[0] ? 'Play' : "Don't Play";
    const n = node.count[0] + node.count[1];
    const errors = Math.min(node.count[0], node.count[1]);
    return `${cls} (${n.toFixed(1)}${errors > 0 ? `/${errors.toFixed(1)}` : ''})`;
  }
  const split = node.split;
  const keys =
    split.kind === 'threshold'
      ? [`${names[split.feature]}<=${split.threshold}`, `${names[split.feature]}>${split.threshold}`]
      : split.codes.map((code) => `${names[split.feature]}=${labels(split.feature, code)}`);
  return Object.fromEntries(keys.map((key, k) => [key, describe(tree, names, labels, node.children[k])]));
}

it('c45(golf) grows the tree of Quinlan (1993), §2.4, with humidity cut between 70 and 85', () => {
  const { names, features, y } = golf();
  const labels = (f: number, code: number) => (features[f] as ReturnType<typeof categorical>).labels[code];
  const tree = c45([...features], y, { prune: false });
  // Quinlan's tree says "humidity <= 75" (the largest value below the cut, over all cases);
  // the midpoint of the two values the sunny cases straddle, 70 and 85, partitions them alike.
  expect(describe(tree, names, labels)).toEqual({
    'outlook=overcast': 'Play (4.0)',
    'outlook=rain': { 'windy=false': 'Play (3.0)', 'windy=true': "Don't Play (2.0)" },
    'outlook=sunny': { 'humidity<=77.5': 'Play (2.0)', 'humidity>77.5': "Don't Play (3.0)" },
  });
});

it('categoricalTest(…) with an unknown outlook gives Quinlan’s §3.2 gain and split information', () => {
  const { features, y } = golf(true);
  const outlook = features[0];
  const all = Int32Array.from(y, (_, i) => i);
  const test = categoricalTest(outlook.codes, outlook.levels, y, all, new Float64Array(14).fill(1), [1, 1]);
  // Quinlan (1993), p. 29–30, to 3 decimals: gain = 13/14 × (0.961 − 0.747) = 0.199; split info 1.809; ratio 0.110.
  expect(test.gain).toBeCloseTo(0.199, 3);
  expect(test.splitInfo).toBeCloseTo(1.809, 3);
  expect(test.gainRatio).toBeCloseTo(0.11, 3);
});

it('c45(golf with an unknown outlook) spreads the case over the branches: 3.4/0.4, 3.2, 2.4/0.4', () => {
  const { names, features, y } = golf(true);
  const labels = (f: number, code: number) => (features[f] as ReturnType<typeof categorical>).labels[code];
  const tree = c45([...features], y, { prune: false });
  // Quinlan (1993), p. 32, counts to 1 decimal (the case goes 5/13, 3/13, 5/13 of the way).
  expect(describe(tree, names, labels)).toEqual({
    'outlook=overcast': 'Play (3.2)',
    'outlook=rain': { 'windy=false': 'Play (3.0)', 'windy=true': "Don't Play (2.4/0.4)" },
    'outlook=sunny': { 'humidity<=77.5': 'Play (2.0)', 'humidity>77.5': "Don't Play (3.4/0.4)" },
  });
  // Quinlan (1993), §3.4: a case with outlook unknown (84°, 70 %, windy) goes down all three
  // branches in the known shares 5/13, 3/13, 5/13: sunny → humidity 70 → Play (2.0);
  // overcast → Play (3.2); rain → windy → Don't Play (2.4/0.4), whose P(Play) is (5/13) / (2 + 5/13).
  const outlook = categorical(['?', 'sunny', 'overcast', 'rain']);
  const windy = categorical(['false', 'true']);
  outlook.codes = Int32Array.of(-1);
  windy.codes = Int32Array.of(features[3].labels.indexOf('true'));
  const query = [outlook, numeric([84]), numeric([70]), windy];
  const expected = 5 / 13 + 3 / 13 + (5 / 13) * (5 / 13 / (2 + 5 / 13));
  // Exact arithmetic of the same fractions: 1e-12.
  expect(predictChurn(tree, query)[0]).toBeCloseTo(expected, 12);
});

it('pessimisticErrorRate(…) gives the upper limits of Quinlan (1993), §4.2', () => {
  // p. 41, 3 decimals: U25%(0, 6) = 0.206, U25%(0, 9) = 0.143, U25%(0, 1) = 0.750, U25%(1, 16) = 0.157.
  expect(pessimisticErrorRate(6, 0)).toBeCloseTo(0.206, 3);
  expect(pessimisticErrorRate(9, 0)).toBeCloseTo(0.143, 3);
  expect(pessimisticErrorRate(1, 0)).toBeCloseTo(0.75, 3);
  expect(pessimisticErrorRate(16, 1)).toBeCloseTo(0.157, 3);
  // The exact binomial limit at E = 0, N(1 − CF^(1/N)), to machine precision.
  expect(extraErrors(6, 0)).toBeCloseTo(6 * (1 - 0.25 ** (1 / 6)), 12);
});

it('pessimisticPrune(…) replaces the book’s 6/9/1 subtree (3.273 predicted errors) by a leaf (2.512)', () => {
  // Quinlan (1993), p. 41: a test whose three leaves hold 6, 9 and 1 cases without error would
  // predict 6 × 0.206 + 9 × 0.143 + 1 × 0.750 = 3.273 errors; as one leaf of 16 cases with 1
  // error, 16 × 0.157 = 2.512. The subtree goes.
  const party = [...Array(15).fill('dem'), 'rep'];
  const branch = [...Array(6).fill('a'), ...Array(9).fill('b'), 'c'];
  const features = [categorical(branch)];
  const y = Uint8Array.from(party, (p) => (p === 'rep' ? 1 : 0));
  const grown = c45(features, y, { prune: false, minLeaf: 1 });
  expect(leafCount(grown)).toBe(3);
  // The book multiplies rates rounded to 3 decimals, so each product is good to N × 0.0005.
  expect(6 * pessimisticErrorRate(6, 0) + 9 * pessimisticErrorRate(9, 0) + pessimisticErrorRate(1, 0)).toBeCloseTo(
    3.273,
    2,
  );
  expect(Math.abs(16 * pessimisticErrorRate(16, 1) - 2.512)).toBeLessThan(16 * 0.0005);
  const pruned = pessimisticPrune(grown, features, y, [1, 1]);
  expect(leafCount(pruned)).toBe(1);
  expect(pruned.nodes[0].count).toEqual([15, 1]);
});

it('pessimisticPrune(…) never adds leaves and keeps every node’s cases summing to its parent’s', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 20, max: 200 }), (seed, n) => {
      const random = mulberry32(seed);
      const a = Array.from({ length: n }, () => String(Math.floor(random() * 4)));
      const b = Array.from({ length: n }, () => (random() < 0.1 ? NaN : Math.round(random() * 50)));
      const y = Uint8Array.from(a, (v, i) => (random() < (v === '0' ? 0.7 : 0.2) + (b[i] > 25 ? 0.1 : 0) ? 1 : 0));
      const features = [categorical(a), numeric(b)];
      const grown = c45(features, y, { prune: false, minLeaf: 1 });
      const pruned = pessimisticPrune(grown, features, y, [1, 1]);
      expect(leafCount(pruned)).toBeLessThanOrEqual(leafCount(grown));
      for (const node of pruned.nodes) {
        if (node.split === null) continue;
        const sum = node.children.reduce((s, c) => s + pruned.nodes[c].count[0] + pruned.nodes[c].count[1], 0);
        // Fractions of cases: equal up to rounding in the shares.
        expect(sum).toBeCloseTo(node.count[0] + node.count[1], 9);
      }
      const p = predictChurn(pruned, features);
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    }),
    { numRuns: 40 },
  );
});

it('pessimisticPrune(…) raises the largest branch when it does better than the node (subtree raising)', () => {
  // 100 cases: A = a for 90, b and c for 5 each; the class is B > 50, whatever A. A tree that
  // tests A first and B only under a: raising the a-branch (B) over all 100 cases errs nowhere.
  const a = Array.from({ length: 100 }, (_, i) => (i < 90 ? 'a' : i < 95 ? 'b' : 'c'));
  const b = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
  const y = Uint8Array.from(b, (v) => (v > 50 ? 1 : 0));
  const features = [categorical(a), numeric(b)];
  const node = (
    count: [number, number],
    split: DecisionTree['nodes'][number]['split'],
    children: number[],
    parent: number,
    depth: number,
  ) => ({
    parent,
    depth,
    count,
    weight: [count[0], count[1]] as [number, number],
    impurity: 0,
    split,
    children,
    branchShare: children.map(() => 1 / Math.max(1, children.length)),
  });
  const count = (rows: number[]): [number, number] => [
    rows.filter((i) => !y[i]).length,
    rows.filter((i) => y[i]).length,
  ];
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  const underA = range(0, 90);
  const tree: DecisionTree = {
    algorithm: 'c45',
    criterion: 'entropy',
    nodes: [
      node(count(range(0, 100)), { kind: 'categories', feature: 0, codes: [0, 1, 2] }, [1, 4, 5], -1, 0),
      node(count(underA), { kind: 'threshold', feature: 1, threshold: 50.5 }, [2, 3], 0, 1),
      node(count(underA.filter((i) => b[i] <= 50.5)), null, [], 1, 2),
      node(count(underA.filter((i) => b[i] > 50.5)), null, [], 1, 2),
      node(count(range(90, 95)), null, [], 0, 1),
      node(count(range(95, 100)), null, [], 0, 1),
    ],
  };
  const pruned = pessimisticPrune(tree, features, y, [1, 1]);
  expect(pruned.nodes[0].split).toEqual({ kind: 'threshold', feature: 1, threshold: 50.5 });
  // The raised subtree now holds all 100 cases, none misclassified.
  expect(pruned.nodes.map((n) => n.count[0] + n.count[1])).toEqual([100, 51, 49]);
  expect(pruned.nodes[1].count[1]).toBe(0);
  expect(pruned.nodes[2].count[0]).toBe(0);
  // Without raising the A test stays: as a leaf the root would err on about half its cases.
  expect(pessimisticPrune(tree, features, y, [1, 1], { subtreeRaising: false }).nodes[0].split?.feature).toBe(0);
});
