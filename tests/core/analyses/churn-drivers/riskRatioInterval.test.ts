/**
 * The risk ratio's delta-method interval against a bootstrap of Telco's customers (4000
 * resamples, tests/fixtures/churn-drivers/make_reference.py): the standard error of
 * ln(group rate / overall rate) per Contract value.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { riskRatioInterval } from '../../../../src/core/analyses/churn-drivers/riskRatioInterval.ts';

const reference = JSON.parse(readFileSync(resolve(__dirname, '../../../fixtures/churn-drivers/reference.json'), 'utf8'))
  .telco.riskRatio as Record<string, { count: number; churned: number; bootstrapSdLog: number }>;

const Z = 1.959963984540054;

describe('riskRatioInterval', () => {
  const all = Object.values(reference).reduce((n, g) => n + g.count, 0);
  const allChurned = Object.values(reference).reduce((n, g) => n + g.churned, 0);
  for (const [level, g] of Object.entries(reference))
    it(`matches the bootstrap's spread of ln RR for Contract = ${level}`, () => {
      const { ratio, low, high } = riskRatioInterval(g.churned, g.count, allChurned, all);
      expect(ratio).toBeCloseTo(g.churned / g.count / (allChurned / all), 14);
      const se = Math.log(high / ratio) / Z;
      // A bootstrap sd from 4000 resamples is within about 1/√(2·4000) ≈ 1.1 % of the truth;
      // the delta method is first-order: 5 % relative.
      expect(Math.abs(se / g.bootstrapSdLog - 1)).toBeLessThan(0.05);
      // Symmetric on the log scale.
      expect(Math.log(ratio / low)).toBeCloseTo(Math.log(high / ratio), 12);
    });

  it('has no width for a group that is everyone', () => {
    const r = riskRatioInterval(30, 100, 30, 100);
    expect(r).toEqual({ ratio: 1, low: 1, high: 1 });
  });

  it('gives [0, NaN] for a group without churners', () => {
    const r = riskRatioInterval(0, 40, 30, 100);
    expect(r.ratio).toBe(0);
    expect(r.low).toBe(0);
    expect(r.high).toBeNaN();
  });
});
