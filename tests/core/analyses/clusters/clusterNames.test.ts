import { expect, it } from 'vitest';
import { suggestedName } from '../../../../src/core/analyses/clusters/clusterNames.ts';
import { sizeOrder } from '../../../../src/core/analyses/clusters/clusterProfiles.ts';

const columns = [
  { feature: 'spend' },
  { feature: 'usage' },
  { feature: 'plan', level: 'basic' },
  { feature: 'plan', level: 'pro' },
  { feature: 'plan', level: '', pooled: true },
];

it('suggestedName(z) names the two features furthest from the mean: "high spend, low usage"', () => {
  expect(suggestedName([1.2, -0.9, 0.1, 0, 0], columns)).toEqual([
    { feature: 'spend', level: 'high' },
    { feature: 'usage', level: 'low' },
  ]);
});

it('suggestedName(z) names an over-represented value of a category, never an under-represented one or the pooled rest', () => {
  expect(suggestedName([0.2, 0.1, -1.5, 0.8, 2], columns)).toEqual([{ feature: 'plan', level: 'high', value: 'pro' }]);
});

it('suggestedName(z) names each feature once and nothing under half a standard deviation', () => {
  expect(suggestedName([0.49, -0.3, 1.1, 0.9, 0], columns)).toEqual([
    { feature: 'plan', level: 'high', value: 'basic' },
  ]);
  expect(suggestedName([0.1, -0.2, 0, 0, 0], columns)).toEqual([]);
});

it('sizeOrder(labels, k) numbers clusters 1… from the largest, the lower label first among equal sizes', () => {
  expect(Array.from(sizeOrder(Int32Array.from([2, 2, 0, 1, 1, 2]), 3))).toEqual([3, 2, 1]);
  expect(Array.from(sizeOrder(Int32Array.from([1, 0]), 2))).toEqual([1, 2]);
});
