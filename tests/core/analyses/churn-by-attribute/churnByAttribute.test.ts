import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { churnByAttribute } from '../../../../src/core/analyses/churn-by-attribute/churnByAttribute.ts';
import { TELCO } from '../../../sharedData.ts';

const CONTRACTS = ['Month-to-month', 'One year', 'Two year'];

/** Customers listed group by group: [code, customers, churned] (churned ones first in each group). */
function customers(groups: [code: number, count: number, churned: number][]) {
  const n = groups.reduce((sum, [, count]) => sum + count, 0);
  const codes = new Int32Array(n);
  const churned = new Uint8Array(n);
  let i = 0;
  for (const [code, count, lost] of groups) {
    for (let j = 0; j < count; j++, i++) {
      codes[i] = code;
      churned[i] = j < lost ? 1 : 0;
    }
  }
  return { codes, churned };
}

describe('churnByAttribute', () => {
  it('churnByAttribute(codes, labels, churned) reproduces the IBM Telco churn by Contract', () => {
    // Published Telco counts (../shared/data/README.md): Two year first to check the sort.
    const { codes, churned } = customers([
      [2, 1695, 48],
      [0, 3875, 1655],
      [1, 1473, 166],
    ]);
    const { overall, groups, missing } = churnByAttribute(codes, CONTRACTS, churned);
    expect(overall.count).toBe(7043);
    expect(overall.churned).toBe(1869);
    // Telco README: 26.54 %, to 4 decimals of the fraction.
    expect(overall.rate).toBeCloseTo(0.2654, 4);
    expect(missing).toBe(0);
    expect(groups.map((g) => [g.label, g.count, g.churned])).toEqual([
      ['Month-to-month', 3875, 1655],
      ['Two year', 1695, 48],
      ['One year', 1473, 166],
    ]);
    const rate = Object.fromEntries(groups.map((g) => [g.label, g]));
    // Telco README: 0.4271, 0.1127, 0.0283 (4 decimals).
    expect(rate['Month-to-month'].rate).toBeCloseTo(0.4271, 4);
    expect(rate['One year'].rate).toBeCloseTo(0.1127, 4);
    expect(rate['Two year'].rate).toBeCloseTo(0.0283, 4);
    // Ratios of the published 4-decimal rates; their rounding allows 1e-3.
    expect(Math.abs(rate['Month-to-month'].riskRatio - 0.4271 / 0.2654)).toBeLessThan(1e-3);
    expect(Math.abs(rate['One year'].riskRatio - 0.1127 / 0.2654)).toBeLessThan(1e-3);
    expect(Math.abs(rate['Two year'].riskRatio - 0.0283 / 0.2654)).toBeLessThan(1e-3);
    // SciPy 1.17.1 binomtest(166, 1473).proportion_ci(method='wilson'), agreement to 1e-12.
    expect(rate['One year'].low).toBeCloseTo(0.09754355753104997, 12);
    expect(rate['One year'].high).toBeCloseTo(0.12986166380453906, 12);
  });

  it('churnByAttribute(codes, labels, churned) gives the same counts from the Telco file itself', () => {
    const rows = readFileSync(TELCO, 'utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const codes = Int32Array.from(rows, (r) => CONTRACTS.indexOf(r[15]));
    const churned = Uint8Array.from(rows, (r) => (r[20] === 'Yes' ? 1 : 0));
    const { overall, groups } = churnByAttribute(codes, CONTRACTS, churned);
    expect([overall.count, overall.churned]).toEqual([7043, 1869]);
    expect(groups.map((g) => [g.label, g.count, g.churned])).toEqual([
      ['Month-to-month', 3875, 1655],
      ['Two year', 1695, 48],
      ['One year', 1473, 166],
    ]);
  });

  it('churnByAttribute(codes, labels, churned) counts missing codes overall but in no group', () => {
    const { codes, churned } = customers([
      [0, 4, 2],
      [-1, 6, 3],
    ]);
    const { overall, groups, missing } = churnByAttribute(codes, ['a', 'b'], churned);
    expect(missing).toBe(6);
    expect(overall).toEqual({ count: 10, churned: 5, rate: 0.5 });
    expect(groups.map((g) => [g.label, g.count, g.churned, g.riskRatio])).toEqual([['a', 4, 2, 1]]);
  });

  it('churnByAttribute(codes, labels, churned) leaves out labels without customers', () => {
    const { codes, churned } = customers([[1, 3, 1]]);
    expect(churnByAttribute(codes, ['a', 'b', 'c'], churned).groups.map((g) => g.label)).toEqual(['b']);
  });

  it('churnByAttribute(codes, labels, churned) keeps code order among groups of equal size', () => {
    const { codes, churned } = customers([
      [2, 5, 0],
      [0, 5, 1],
      [1, 7, 0],
    ]);
    expect(churnByAttribute(codes, ['a', 'b', 'c'], churned).groups.map((g) => g.label)).toEqual(['b', 'a', 'c']);
  });

  it('churnByAttribute(codes, labels, churned) gives NaN risk ratios when no one churned', () => {
    const { codes, churned } = customers([[0, 5, 0]]);
    const [group] = churnByAttribute(codes, ['a'], churned).groups;
    expect(group.rate).toBe(0);
    expect(group.low).toBe(0);
    expect(group.riskRatio).toBeNaN();
  });

  it('churnByAttribute(codes, labels, churned) handles no customers', () => {
    const { overall, groups, missing } = churnByAttribute(new Int32Array(0), ['a'], new Uint8Array(0));
    expect(overall.count).toBe(0);
    expect(overall.rate).toBeNaN();
    expect(groups).toEqual([]);
    expect(missing).toBe(0);
  });

  it('churnByAttribute(codes, labels, churned) reads any nonzero flag as churned', () => {
    const { groups } = churnByAttribute(Int32Array.of(0, 0, 0), ['a'], Uint8Array.of(0, 1, 255));
    expect(groups[0].churned).toBe(2);
  });

  it('churnByAttribute(codes, labels, churned) rejects a code without a label and mismatched lengths', () => {
    expect(() => churnByAttribute(Int32Array.of(0, 2), ['a', 'b'], new Uint8Array(2))).toThrow(RangeError);
    expect(() => churnByAttribute(Int32Array.of(-2), ['a'], new Uint8Array(1))).toThrow(RangeError);
    expect(() => churnByAttribute(Int32Array.of(0), ['a'], new Uint8Array(2))).toThrow(RangeError);
  });
});
