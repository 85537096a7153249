/**
 * Churn drivers through the engine on Telco, against scikit-learn and pandas on the same data
 * (tests/fixtures/churn-drivers/make_reference.py → reference.json) and the README's counts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChurnDriversOptions, EngineApi } from '../../../src/engine/api.ts';
import { fixture } from '../../sharedData.ts';
import { cdnow, telco, value } from './analysisFixtures.ts';

const reference = JSON.parse(readFileSync(fixture('churn-drivers', 'reference.json'), 'utf8')) as {
  telco: {
    mi: { churnEntropyNats: number; features: Record<string, { nats: number; binned: boolean; edges?: number[] }> };
    surveyMeans: Record<string, { churners: number; stayers: number }>;
  };
  telcoPermutation: { baselineAuc: number; ranked: { feature: string; mean: number; sd: number }[] };
};

let engine: EngineApi;
let id: string;
beforeAll(async () => ({ engine, id } = await telco()));
const run = (options: ChurnDriversOptions) => engine.analyze(id, 'churn-drivers', options);
/** The engine's name for a column of the file: its tenure (months) becomes the table's tenure_months. */
const ours = (column: string) => (column === 'tenure' ? 'tenure_months' : column);

describe('churn-drivers on Telco', () => {
  it('bins Telco’s tenure in its own months: numpy’s quintile edges, each bin named by the whole months it holds', () => {
    const r = value(run({ repeats: 1 }));
    const tenure = r.features.find((f) => f.name === 'tenure_months')!;
    // make_reference.py: numpy.quantile(tenure, [0, .2, .4, .6, .8, 1]) = 0, 6, 20, 40, 60, 72 months (exact).
    const edges = reference.telco.mi.features.tenure.edges!;
    expect(tenure.categories.map((c) => c.range)).toEqual(edges.slice(0, -1).map((e, k) => [e, edges[k + 1]]));
    // Whole months, so each bin is the months it holds: [0, 6) is 0–5, the top bin [60, 72] is 60–72.
    expect(tenure.categories.map((c) => c.label)).toEqual(['0–5', '6–19', '20–39', '40–59', '60–72']);
  });

  it("ranks every column of the file by sklearn's mutual information", () => {
    const r = value(run({ repeats: 1 }));
    const expected = Object.entries(reference.telco.mi.features)
      .sort((a, b) => b[1].nats - a[1].nats)
      .map(([c]) => ours(c));
    expect(r.features.map((f) => f.name)).toEqual(expected);
    for (const [column, ref] of Object.entries(reference.telco.mi.features)) {
      const f = r.features.find((g) => g.name === ours(column))!;
      // The same codes: 1e-9 nats.
      expect(Math.abs(f.mi.nats - ref.nats)).toBeLessThan(1e-9);
      expect(f.kind).toBe(ref.binned ? 'binned' : 'categorical');
      // Normalised by H(churn) = mutual_info_score(y, y): 1e-9.
      expect(Math.abs(f.mi.normalised - ref.nats / reference.telco.mi.churnEntropyNats)).toBeLessThan(1e-9);
    }
    // TotalCharges again, under the table's name: left out as a duplicate; the id as an id.
    expect(r.leftOut).toContainEqual({ column: 'total_value', reason: 'duplicate', of: 'TotalCharges' });
    expect(r.features.map((f) => f.name)).not.toContain('customerID');
  });

  it("gives Contract's churn rates and risk ratios from the README's counts", () => {
    const contract = value(run({ repeats: 1 })).features.find((f) => f.name === 'Contract')!;
    // README: Month-to-month 1,655 / 3,875; One year 166 / 1,473; Two year 48 / 1,695; overall 1,869 / 7,043.
    const counts = contract.categories.map((c) => [c.label, c.churned, c.count]);
    expect(counts).toEqual([
      ['Month-to-month', 1655, 3875],
      ['One year', 166, 1473],
      ['Two year', 48, 1695],
    ]);
    const m2m = contract.categories[0];
    // Exact arithmetic on those counts: 1e-12.
    expect(m2m.riskRatio).toBeCloseTo(1655 / 3875 / (1869 / 7043), 12);
    expect(m2m.riskLow).toBeLessThan(m2m.riskRatio);
    expect(m2m.riskHigh).toBeGreaterThan(m2m.riskRatio);
  });

  it("ranks the model's top features as sklearn's permutation_importance does", () => {
    const p = value(run({ repeats: 10, seed: 1 })).permutation!;
    // The same held-out quarter and model, coefficients equal to ~1e-6: Telco has customers with
    // identical features, whose tied scores such a difference can untie (½ of 1 / (467 · 1294)
    // each), so the AUC agrees to 5 decimals, as the risk model's contract case asks.
    expect(Math.abs(p.baselineAuc - reference.telcoPermutation.baselineAuc)).toBeLessThan(5e-5);
    // sklearn's top four are far apart (0.181, 0.034, 0.026, 0.018, then 0.004): the same order.
    expect(p.features.slice(0, 4).map((f) => f.feature)).toEqual(
      reference.telcoPermutation.ranked.slice(0, 4).map((f) => ours(f.feature)),
    );
    // Each mean within 4 standard errors of two sets of 10 permutations (+1e-3).
    for (const ref of reference.telcoPermutation.ranked) {
      const f = p.features.find((g) => g.feature === ours(ref.feature))!;
      expect(Math.abs(f.mean - ref.mean)).toBeLessThan(4 * Math.max(ref.sd, f.sd) * Math.sqrt(2 / 10) + 1e-3);
    }
    expect([p.train + p.test, p.permuted, p.repeats, p.features[0].drops.length]).toEqual([7043, 1761, 10, 10]);
  });

  it('scores decision factors, one rated from a column by its churners and stayers', () => {
    const r = value(
      run({
        repeats: 1,
        factors: [
          { key: 'price', column: 'MonthlyCharges', importance: 0.4, availability: 0.9 },
          { key: 'service', rating: 80, importance: 0.5, availability: 0.5 },
          { name: 'Own factor', importance: 1, availability: 1 },
        ],
      }),
    );
    const [price, service, own] = r.factors;
    const ref = reference.telco.surveyMeans.MonthlyCharges;
    // pandas group means: 1e-9.
    expect(price.survey!.churners).toBeCloseTo(ref.churners, 9);
    expect(price.survey!.stayers).toBeCloseTo(ref.stayers, 9);
    expect(price.rating).toBe(price.survey!.churners);
    // score = rating × importance × availability.
    expect(price.score).toBeCloseTo(ref.churners * 0.4 * 0.9, 9);
    expect(service.score).toBeCloseTo(80 * 0.5 * 0.5, 12);
    expect([price.rank, service.rank, own.rank]).toEqual([1, 2, 0]);
    expect(own.score).toBeNaN();
  });

  it('answers bad options with issue codes', () => {
    const bins = run({ bins: 1 });
    expect(bins.ok ? null : bins.issues[0].code).toBe('drivers-invalid-option');
    const column = run({ factors: [{ key: 'price', column: 'Contract', importance: 1, availability: 1 }] });
    expect(column.ok ? null : column.issues[0]).toMatchObject({
      code: 'drivers-factor-column',
      params: { column: 'Contract' },
    });
    const unknown = run({ features: ['nope'] });
    expect(unknown.ok ? null : unknown.issues[0].code).toBe('unknown-column');
  });
});

describe('churn-drivers on a transaction log (CDNOW sample, 180 days without a purchase)', () => {
  it('leaves out what the definition reads, and says features and label share their period', async () => {
    const log = await cdnow();
    const r = value(log.engine.analyze(log.id, 'churn-drivers', { repeats: 1 }));
    // Inactivity is read from recency, and tenure ends on the churn day: both restate the label.
    expect(r.leftOut).toContainEqual({ column: 'recency', reason: 'leaks-label' });
    expect(r.leftOut).toContainEqual({ column: 'tenure_days', reason: 'leaks-label' });
    expect(r.notes).toContain('same-period');
    // README: the sample holds 2,357 customers.
    expect(r.overall.count).toBe(2357);
    // Mutual information is never negative and never above churn's own entropy.
    for (const f of r.features) {
      expect(f.mi.bits).toBeGreaterThanOrEqual(0);
      expect(f.mi.bits).toBeLessThanOrEqual(r.overall.entropyBits + 1e-12);
    }
  });
});
