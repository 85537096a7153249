/** `drivers <file>...`: churn drivers on the command line, against scikit-learn and pandas on Telco. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, TELCO } from '../sharedData.ts';
import { cli } from './runCli.ts';

const reference = JSON.parse(readFileSync(fixture('churn-drivers', 'reference.json'), 'utf8'));

describe('churnscope drivers', () => {
  it('drivers <telco> --features … prints the features ranked by mutual information, importance and factors', () => {
    const r = cli(
      'drivers',
      TELCO,
      '--features',
      'gender,Contract,tenure',
      '--repeats',
      '3',
      '--factors',
      '[{"key":"price","column":"MonthlyCharges","importance":0.4,"availability":0.8}]',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stamp.kind).toBe('churn-drivers');
    const mi = reference.telco.mi.features;
    // sklearn's mutual_info_score (nats) in bits: 1e-9.
    expect(out.features.map((f: { name: string; mi: { bits: number } }) => [f.name, f.mi.bits])).toEqual([
      ['Contract', expect.closeTo(mi.Contract.nats / Math.LN2, 9)],
      ['tenure_months', expect.closeTo(mi.tenure.nats / Math.LN2, 9)],
      ['gender', expect.closeTo(mi.gender.nats / Math.LN2, 9)],
    ]);
    // gender hardly matters to the model: sklearn gives it 0.0000 on the full feature set; here < 0.005.
    const gender = out.permutation.features.find((f: { feature: string }) => f.feature === 'gender');
    expect(Math.abs(gender.mean)).toBeLessThan(0.005);
    expect(out.permutation.features.at(-1).feature).toBe('gender');
    // pandas: mean MonthlyCharges of churners 74.44, score 74.44 × 0.4 × 0.8.
    expect(out.factors[0].survey.churners).toBeCloseTo(reference.telco.surveyMeans.MonthlyCharges.churners, 9);
    expect(out.factors[0].score).toBeCloseTo(reference.telco.surveyMeans.MonthlyCharges.churners * 0.32, 9);
  });

  it('refuses a --factors that is not a JSON list, and bins out of range, with a message', () => {
    const bad = cli('drivers', TELCO, '--factors', '{nope');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--factors takes a JSON list/);
    const bins = cli('drivers', TELCO, '--bins', '40');
    expect(bins.code).toBe(2);
    expect(bins.stderr).toMatch(/bins must be a whole number from 2 to 20/);
  });
});
