import { describe, expect, it } from 'vitest';
import { commonestValues, numericFlags, oneTwoCounts } from '../../../src/core/customers/churnFlagValues.ts';

describe('oneTwoCounts(values)', () => {
  it('counts 1s and 2s when they are the only values (NaN aside)', () => {
    expect(oneTwoCounts([1, 2, 2, NaN, 1, 1])).toEqual({ ones: 3, twos: 2 });
  });
  it('is null when another value occurs, or only one of the two', () => {
    expect(oneTwoCounts([0, 1, 2])).toBeNull();
    expect(oneTwoCounts([1, 2, 1.5])).toBeNull();
    expect(oneTwoCounts([2, 2])).toBeNull();
    expect(oneTwoCounts([1, NaN])).toBeNull();
    expect(oneTwoCounts([])).toBeNull();
  });
});

describe('numericFlags(values, oneTwo)', () => {
  it('reads 2 as churned and 1 as not under the 1/2 coding', () => {
    expect(Array.from(numericFlags([1, 2, NaN], true))).toEqual([0, 1, -1]);
  });
  it('reads any non-zero value as churned otherwise', () => {
    expect(Array.from(numericFlags([0, 1, 2, -1, NaN], false))).toEqual([0, 1, 1, 1, -1]);
  });
});

describe('commonestValues(keys, skip, most)', () => {
  it('lists distinct values most frequent first, ties by value, skipping NaN and rejected keys', () => {
    expect(commonestValues([3, 1, 3, -1, NaN, 2, 1, 3], (k) => k < 0, 2)).toEqual([3, 1]);
    expect(commonestValues([5, 4], () => false, 5)).toEqual([4, 5]);
  });
});
