import { expect, it } from 'vitest';
import { categoricalTest } from '../../../../../src/core/analyses/risk-model/trees/categoricalGain.ts';
import { entropy } from '../../../../../src/core/analyses/risk-model/trees/impurity.ts';
import { id3 } from '../../../../../src/core/analyses/risk-model/trees/id3.ts';
import { c45 } from '../../../../../src/core/analyses/risk-model/trees/c45.ts';
import { predictChurn } from '../../../../../src/core/analyses/risk-model/trees/treePredict.ts';
import { playTennis } from './treeData.ts';

const { names, features, y } = playTennis();
const all = Int32Array.from(y, (_, i) => i);
const ones = new Float64Array(y.length).fill(1);
const test = (name: string) => {
  const f = features[names.indexOf(name)];
  return categoricalTest(f.codes, f.levels, y, all, ones, [1, 1]);
};

it('entropy(9, 5) is the play-tennis target entropy', () => {
  // ../shared/data/README.md: 0.940, published to 3 decimals.
  expect(entropy(5, 9)).toBeCloseTo(0.94, 3);
});

it('categoricalTest(…) gives the published information gains', () => {
  // ../shared/data/README.md (Mitchell 1997, §3.4.1.2), 4 decimals.
  expect(test('outlook').gain).toBeCloseTo(0.2467, 4);
  expect(test('humidity').gain).toBeCloseTo(0.1518, 4);
  expect(test('wind').gain).toBeCloseTo(0.0481, 4);
  expect(test('temperature').gain).toBeCloseTo(0.0292, 4);
});

it('categoricalTest(…) gives the published gain ratios', () => {
  // ../shared/data/README.md (C4.5 gain ratio), 4 decimals.
  expect(test('outlook').gainRatio).toBeCloseTo(0.1564, 4);
  expect(test('humidity').gainRatio).toBeCloseTo(0.1518, 4);
  expect(test('wind').gainRatio).toBeCloseTo(0.0488, 4);
  expect(test('temperature').gainRatio).toBeCloseTo(0.0188, 4);
});

it('id3(play tennis) grows Mitchell’s Figure 3.1 tree: Outlook, then Humidity under sunny and Wind under rain', () => {
  const tree = id3(features, y);
  const label = (f: number, code: number) => `${names[f]}=${features[f].labels[code]}`;
  const describe = (id: number): unknown => {
    const node = tree.nodes[id];
    if (node.split === null) return node.count[1] > 0 ? 'yes' : 'no';
    const split = node.split;
    if (split.kind !== 'categories') throw new Error('ID3 tests categories');
    return Object.fromEntries(split.codes.map((code, k) => [label(split.feature, code), describe(node.children[k])]));
  };
  expect(describe(0)).toEqual({
    'outlook=overcast': 'yes',
    'outlook=rain': { 'wind=strong': 'no', 'wind=weak': 'yes' },
    'outlook=sunny': { 'humidity=high': 'no', 'humidity=normal': 'yes' },
  });
  // The tree fits its 14 training days: every leaf is pure.
  expect(Array.from(predictChurn(tree, features))).toEqual(Array.from(y));
});

it('c45(play tennis) also chooses Outlook first, by gain ratio', () => {
  const tree = c45(features, y, { prune: false, minLeaf: 1 });
  expect(tree.nodes[0].split?.feature).toBe(names.indexOf('outlook'));
});
