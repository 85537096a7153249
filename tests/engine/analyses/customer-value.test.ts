/** Customer value through the engine: where margin comes from, what it refuses and why, and its stamp. */
import { describe, expect, it } from 'vitest';
import type { CustomerValueOptions, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';
import { telco, value } from './analysisFixtures.ts';

const MONTHLY: CustomerValueOptions['features'] = [
  { column: 'MonthlyCharges', direction: 'higher', scaling: 'rank', weight: 1 },
];

describe("analyze(telco, 'customer-value')", () => {
  it('without a cost column or a margin rate has no margin (no-cost) but still scores', async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'customer-value', { features: MONTHLY }));
    expect([r.margin, r.unavailable, r.stamp.parameters.marginSource]).toEqual([null, 'no-cost', 'none']);
    expect(r.score!.scored).toBe(7043);
    expect(r.perCustomer.margin.length).toBe(0);
  });

  it('stamps the rules it followed: tiers by positive-margin share, stability as overlap, defaults resolved', async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'customer-value', { marginRate: 0.25 }));
    expect(r.stamp.parameters).toEqual({
      marginSource: 'rate',
      marginRate: 0.25,
      marginBreaks: [0.5, 0.8],
      tierRule: 'positive-margin-share',
      features: [],
      topShare: 0.2,
      weightStep: 0.2,
      stabilityMeasure: 'overlap',
    });
    expect(r.score).toBeNull();
    // 25 % of TotalCharges: every known margin is positive, so high + medium + low hold all of it.
    const shares = r.margin!.tiers.map((t) => t.marginShare);
    expect(shares[3]).toBe(0);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(r.margin!.tiers[0].marginShare).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses a text column with its type, an unknown column, zero weights and a margin rate of 2', async () => {
    const { engine, id } = await telco();
    const issue = (options: CustomerValueOptions) => {
      const r = engine.analyze(id, 'customer-value', options);
      return r.ok ? null : r.issues[0];
    };
    expect(
      issue({ features: [{ column: 'Contract', direction: 'higher', scaling: 'rank', weight: 1 }] }),
    ).toMatchObject({ code: 'value-score-column', column: 'Contract', params: { type: 'categorical' } });
    expect(issue({ features: [{ column: 'nope', direction: 'higher', scaling: 'z', weight: 1 }] })).toMatchObject({
      code: 'unknown-column',
      column: 'nope',
    });
    expect(issue({ features: [{ ...MONTHLY[0], weight: 0 }] })).toMatchObject({
      code: 'customer-value-options',
      params: { option: 'weights', value: '[0]' },
    });
    expect(issue({ marginRate: 2 })).toMatchObject({ params: { option: 'marginRate' } });
    expect(issue({ marginBreaks: [0.8, 0.5] })).toMatchObject({ params: { option: 'marginBreaks' } });
    expect(
      issue({ features: [{ column: 'tenure_days', direction: 'up' as 'higher', scaling: 'rank', weight: 1 }] }),
    ).toMatchObject({ params: { option: 'features' } });
  });

  it('scores on its own margin and on a yes/no attribute (Partner: yes = 1)', async () => {
    const { engine, id } = await telco();
    const r = value(
      engine.analyze(id, 'customer-value', {
        marginRate: 0.3,
        features: [
          { column: 'margin', direction: 'higher', scaling: 'rank', weight: 1 },
          { column: 'Partner', direction: 'higher', scaling: 'minmax', weight: 1 },
        ],
      }),
    );
    expect(r.score!.features.map((f) => [f.column, f.missing, f.constant])).toEqual([
      ['margin', 11, false],
      ['Partner', 0, false],
    ]);
  });
});

describe("analyze(telco, 'customer-value') after the risk model", () => {
  it('scores on a column another analysis added (churn_risk, lower is better), never on its own', async () => {
    const { engine, id } = await telco();
    const risk = value(engine.analyze(id, 'risk-model', { testFraction: 0.25, seed: 1 }));
    const features: CustomerValueOptions['features'] = [
      { column: 'margin', direction: 'higher', scaling: 'rank', weight: 0.6 },
      { column: 'churn_risk', direction: 'lower', scaling: 'rank', weight: 0.4 },
    ];
    const r = value(engine.analyze(id, 'customer-value', { marginRate: 0.3, features }));
    // The top customer's risk part is 0.4 × (1 − the percentile rank of its risk), ties averaged.
    const row = r.perCustomer.score.indexOf(r.score!.top.score[0]);
    const risks = risk.scores.risk;
    const below = risks.filter((x) => x < risks[row]).length;
    const equal = risks.filter((x) => x === risks[row]).length;
    const rank = (2 * below + equal - 1) / 2 / (risks.length - 1);
    // A product and a difference computed in another order: within 1e-12.
    expect(Math.abs(r.score!.top.components[1][0] - 0.4 * (1 - rank))).toBeLessThan(1e-12);
    // Its own value_score is not a column it can score on.
    const own = engine.analyze(id, 'customer-value', {
      features: [{ column: 'value_score', direction: 'higher', scaling: 'rank', weight: 1 }],
    });
    expect(!own.ok && own.issues[0].code).toBe('unknown-column');
  });
});

describe("analyze(log with a cost column, 'customer-value')", () => {
  it('takes margin = value − cost and puts customers who cost money in the negative tier', async () => {
    // a: 100 − 40 = 60; b: 50 − 80 = −30; c: 30 − 10 = 20; d: 10 − 10 = 0.
    const log = [
      'customer_id,date,amount,cost',
      'a,2024-01-02,60,20',
      'a,2024-02-02,40,20',
      'b,2024-01-05,50,80',
      'c,2024-03-01,30,10',
      'd,2024-03-02,10,10',
    ].join('\n');
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', log)]));
    const roles: Record<string, Role> = { customer_id: 'customer_id', date: 'date', amount: 'amount', cost: 'cost' };
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: 45 } }));
    const r = value(engine.analyze(s.id, 'customer-value', {}));
    expect(r.margin!.source).toBe('cost');
    expect(Array.from(r.perCustomer.margin)).toEqual([60, -30, 20, 0]);
    // Positive margin 80: nothing above a (high); 60 / 80 = 0.75 above c (medium, under 0.8); d has 0 (low).
    expect(Array.from(r.perCustomer.marginTier)).toEqual([0, 3, 1, 2]);
    expect(r.margin!.tiers.map((t) => [t.tier, t.customers, t.margin])).toEqual([
      ['high', 1, 60],
      ['medium', 1, 20],
      ['low', 1, 0],
      ['negative', 1, -30],
    ]);
    expect(r.margin!.tiers[3].marginShare).toBe(-30 / 80);
    // A stated rate wins over the cost column.
    const rated = value(engine.analyze(s.id, 'customer-value', { marginRate: 0.5 }));
    expect(Array.from(rated.perCustomer.margin)).toEqual([50, 25, 15, 5]);
  });
});
