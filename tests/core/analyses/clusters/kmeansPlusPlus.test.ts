import { expect, it } from 'vitest';
import fc from 'fast-check';
import { kmeansPlusPlus } from '../../../../src/core/analyses/clusters/kmeansPlusPlus.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

/** Three tight groups 100 apart on a line: 0.0x, 100.0x, 200.0x. */
const groups = Float64Array.from({ length: 90 }, (_, i) => Math.floor(i / 30) * 100 + (i % 30) / 100);

it('kmeansPlusPlus(x, k) takes its centres from k distinct rows of the data', () => {
  const { centres, rows } = kmeansPlusPlus(groups, 90, 1, 3, mulberry32(4));
  expect(new Set(rows).size).toBe(3);
  expect(Array.from(centres)).toEqual(Array.from(rows, (r) => groups[r]));
});

it('kmeansPlusPlus(three far groups, k = 3) seeds one centre in each, whatever the seed', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
      const { rows } = kmeansPlusPlus(groups, 90, 1, 3, mulberry32(seed));
      // D² sampling: a second centre in a group already seeded has probability below 1e-6 per draw.
      expect(new Set(Array.from(rows, (r) => Math.floor(r / 30))).size).toBe(3);
    }),
    { numRuns: 200, seed: 3 },
  );
});

it('kmeansPlusPlus(x, k, random) gives the same centres for the same seed', () => {
  const a = kmeansPlusPlus(groups, 90, 1, 3, mulberry32(9)).rows;
  expect(Array.from(kmeansPlusPlus(groups, 90, 1, 3, mulberry32(9)).rows)).toEqual(Array.from(a));
});
