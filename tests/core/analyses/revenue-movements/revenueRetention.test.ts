import { describe, expect, it } from 'vitest';
import {
  contractionShare,
  grossRevenueRetention,
  netRevenueRetention,
  quickRatio,
} from '../../../../src/core/analyses/revenue-movements/revenueRetention.ts';

describe('revenue retention ratios', () => {
  // A worked example: 1,000 at start; +200 new, +150 expansion, −100 contraction, −250 churned, +50 reactivated.
  it('grossRevenueRetention(1000, 100, 250) is 650 / 1000', () => {
    expect(grossRevenueRetention(1000, 100, 250)).toBe(0.65);
  });
  it('netRevenueRetention(1000, 150, 100, 250) is 800 / 1000', () => {
    expect(netRevenueRetention(1000, 150, 100, 250)).toBe(0.8);
  });
  it('quickRatio(200 + 150 + 50, 100, 250) is 400 / 350', () => {
    expect(quickRatio(400, 100, 250)).toBe(400 / 350);
  });
  it('contractionShare(100, 250) is 100 / 350', () => {
    expect(contractionShare(100, 250)).toBe(100 / 350);
  });
  it('ratios without a base are NaN', () => {
    expect([
      grossRevenueRetention(0, 0, 0),
      netRevenueRetention(0, 1, 0, 0),
      quickRatio(5, 0, 0),
      contractionShare(0, 0),
    ]).toEqual([NaN, NaN, NaN, NaN]);
  });
});
