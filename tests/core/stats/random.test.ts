import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32 } from '../../../src/core/stats/random.ts';

const draws = (random: () => number, n: number) => Array.from({ length: n }, () => random());

describe('mulberry32', () => {
  it('mulberry32(seed) keeps the sequence the bench files and seeded tests were made with', () => {
    // The generator as bench/generateTransactions.ts had it before it moved here, exactly.
    expect(draws(mulberry32(20240601), 3)).toEqual([0.35344086796976626, 0.02818377036601305, 0.6889668190851808]);
    expect(draws(mulberry32(0), 3)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });
  it('mulberry32(seed) gives numbers in [0, 1), the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = draws(mulberry32(seed), 50);
        expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
        expect(draws(mulberry32(seed), 50)).toEqual(a);
      }),
      { numRuns: 200, seed: 32 },
    );
  });
  it('mulberry32(seed) reads the seed as a 32-bit unsigned integer', () => {
    expect(draws(mulberry32(-1), 5)).toEqual(draws(mulberry32(2 ** 32 - 1), 5));
  });
});
