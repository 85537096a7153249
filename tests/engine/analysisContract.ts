/**
 * The engine's contract for every analysis kind, run against the engine directly and through
 * Comlink: each kind answers on real data with the published numbers where there are some
 * (../shared/data/README.md), carries its stamp, and says when it needs a customer table.
 */
import { describe, expect, it } from 'vitest';
import type {
  AnalysisKind,
  ChurnDefinition,
  DatasetSummary,
  OptionsOf,
  RemoteEngine,
  Result,
  ResultOf,
  Role,
} from '../../src/engine/api.ts';
import { CDNOW_SAMPLE, sharedData, sourceFile, TELCO, TELCO_REASONS } from '../sharedData.ts';
import { RISK_MODEL_CASES } from './riskModelContractCases.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

export type Data = 'telco' | 'telco-reasons' | 'cdnow' | 'survivors';
export interface Case<K extends AnalysisKind> {
  data: Data;
  options: OptionsOf<K>;
  check(result: ResultOf<K>): void;
}

const INPUTS: Record<Data, { path: string; definition: ChurnDefinition | null; roles?: Record<string, Role> }> = {
  telco: { path: TELCO, definition: { kind: 'flag' } },
  'telco-reasons': { path: TELCO_REASONS, definition: { kind: 'flag' } },
  cdnow: { path: CDNOW_SAMPLE, definition: { kind: 'inactivity', days: 180 }, roles: { column_2: 'ignore' } },
  survivors: { path: sharedData('sbg-fader-hardie-2007', 'survivors.csv'), definition: null },
};

/** One case per kind: the compiler refuses this table when a kind is missing. */
const CASES: { [K in AnalysisKind]: Case<K> } = {
  'churn-kpis': {
    data: 'telco',
    options: {},
    // README: 1,869 of 7,043 churned, 26.54 %.
    check: (r) => expect([r.customers, r.churned, +r.churnRate.toFixed(4)]).toEqual([7043, 1869, 0.2654]),
  },
  'monthly-churn': {
    data: 'cdnow',
    options: {},
    check: (r) => expect([r.monthly!.months[0], r.monthly!.months.at(-1)]).toEqual(['1997-02', '1998-06']),
  },
  'value-tiers': {
    data: 'telco',
    options: { tierShares: [0.2, 0.3, 0.5] },
    check: (r) => {
      expect(r.tiers!.tiers.reduce((n, t) => n + t.customers, 0)).toBe(7043);
      expect(r.tiers!.tiers.reduce((n, t) => n + t.churned, 0)).toBe(1869);
    },
  },
  'customer-value': {
    data: 'telco',
    options: {
      marginRate: 0.3,
      features: [
        { column: 'MonthlyCharges', direction: 'higher', scaling: 'rank', weight: 0.5 },
        { column: 'tenure_days', direction: 'higher', scaling: 'minmax', weight: 0.3 },
        { column: 'TotalCharges', direction: 'higher', scaling: 'z', weight: 0.2 },
      ],
    },
    check: (r) => {
      // README: 7,043 customers, 1,869 churned; 11 have no TotalCharges (no value, no margin, no score).
      const tiers = r.margin!.tiers;
      expect(tiers.reduce((n, t) => n + t.customers, 0) + r.margin!.unknown).toBe(7043);
      expect(r.margin!.unknown).toBe(11);
      expect([r.score!.scored, r.score!.unscored, r.score!.top.count]).toEqual([7032, 11, 1406]);
      expect(r.perCustomer.score.length).toBe(7043);
    },
  },
  'churn-by-attribute': {
    data: 'telco',
    options: { column: 'Contract' },
    // README: Month-to-month 1,655 / 3,875; One year 166 / 1,473; Two year 48 / 1,695.
    check: (r) =>
      expect(Object.fromEntries(r.groups.map((g) => [g.label, [g.churned, g.count]]))).toEqual({
        'Month-to-month': [1655, 3875],
        'One year': [166, 1473],
        'Two year': [48, 1695],
      }),
  },
  'churn-reasons': {
    data: 'telco-reasons',
    options: { by: 'Contract', value: 'CLTV' },
    // README: 1,869 churned customers, 20 reasons; the top one "Attitude of support person" 192.
    check: (r) => {
      expect([r.withReason, r.reasons.length, r.reasons[0].label, r.reasons[0].count]).toEqual([
        1869,
        20,
        'Attitude of support person',
        192,
      ]);
      expect(r.segments!.counts.length).toBe(60);
    },
  },
  'early-warnings': {
    data: 'cdnow',
    options: { rules: [{ kind: 'overdue', factor: 3 }] },
    check: (r) => {
      expect(r.flagged.length).toBeGreaterThan(0);
      for (const f of r.flagged.slice(0, 50)) expect(f.evidence[0]).toMatchObject({ kind: 'overdue', factor: 3 });
    },
  },
  'definition-lab': {
    data: 'cdnow',
    options: { definitions: [90, 365].map((days) => ({ kind: 'inactivity' as const, days })) },
    check: (r) => {
      const [wide, narrow] = [r.definitions[0].churned, r.definitions[1].churned];
      expect(r.disagreements).toEqual([{ a: 0, b: 1, count: wide - narrow }]);
    },
  },
  'retention-triangle': {
    data: 'cdnow',
    options: { period: 'month', measure: 'active' },
    // README: the sample holds 2,357 customers, all of whom joined in Q1 1997.
    check: (r) => expect(r.triangles[0].cohorts.map((c) => c.size).reduce((a, b) => a + b)).toBe(2357),
  },
  survival: {
    data: 'telco',
    options: {
      filters: [
        { column: 'Contract', in: ['Month-to-month'] },
        { column: 'InternetService', in: ['DSL', 'Fiber optic'] },
      ],
      times: [12],
    },
    // README: 3,351 customers, 1,556 churned, S(12) = 0.6950, median 34 months.
    check: (r) => {
      expect(r.groups[0]).toMatchObject({ n: 3351, events: 1556, median: 34 });
      expect(r.groups[0].survival[0]).toBeCloseTo(0.695, 4);
    },
  },
  'retention-projection': {
    data: 'survivors',
    options: {
      source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive', cohortSize: 1000 },
      fitPeriods: 7,
      horizon: 12,
    },
    // Fader & Hardie (2007): regular α = 0.704, β = 1.182 (a cohort of 1,000).
    check: (r) => expect([+(r.alpha ?? NaN).toFixed(3), +(r.beta ?? NaN).toFixed(3)]).toEqual([0.704, 1.182]),
  },
  clusters: {
    data: 'telco',
    options: { features: ['tenure', 'MonthlyCharges', 'TotalCharges'], k: 4 },
    // README: 1,869 of 7,043 churned; the 11 customers without TotalCharges (tenure 0, none churned) are left out.
    check: (r) => {
      expect([r.customers, r.leftOut, r.clusters.length]).toEqual([7032, 11, 4]);
      expect(r.clusters.reduce((n, c) => n + c.churned, 0)).toBe(1869);
      expect(r.perCustomer.cluster).toBeInstanceOf(Int32Array);
      expect(r.perCustomer.cluster.length).toBe(7043);
    },
  },
  'revenue-movements': {
    data: 'cdnow',
    options: { period: 'quarter' },
    // CDNOW runs 1997-01-01 … 1998-06-30: six whole quarters, so five steps; the typed arrays cross too.
    check: (r) => {
      expect(r.bridge!.rows.map((row) => row.period)).toEqual(['1997-Q2', '1997-Q3', '1997-Q4', '1998-Q1', '1998-Q2']);
      expect(r.perCustomer.movement).toBeInstanceOf(Uint8Array);
      expect(r.perCustomer.movement.length).toBe(2357);
    },
  },
  'risk-model': {
    data: 'telco',
    options: { testFraction: 0.25, seed: 1 },
    // make_reference.py: scikit-learn's LogisticRegression(C=1) on the same held-out quarter, AUC 0.84359.
    check: (r) => {
      expect(r.evaluation.auc).toBeCloseTo(0.84359, 5);
      expect(r.scores.risk).toBeInstanceOf(Float64Array);
      expect(r.scores.risk.length).toBe(7043);
    },
  },
  'churn-drivers': {
    data: 'telco',
    options: { repeats: 2 },
    // tests/fixtures/churn-drivers/make_reference.py: sklearn's mutual_info_score(churn, Contract)
    // = 0.0984531 nats, the most of any column; the logistic model on the seeded held-out quarter
    // has roc_auc_score 0.843601 (as the risk model's).
    check: (r) => {
      expect(r.features[0].name).toBe('Contract');
      expect(r.features[0].mi.nats).toBeCloseTo(0.0984531, 7);
      expect(r.permutation!.baselineAuc).toBeCloseTo(0.8436, 4);
      expect([r.overall.count, r.overall.churned]).toEqual([7043, 1869]);
    },
  },
  'customer-lifetime-value': {
    data: 'cdnow',
    options: { calibrationEnd: '1997-09-30' },
    // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426 (3 decimals), the 946 repeat buyers.
    check: (r) => {
      const { r: shape, alpha, a, b } = r.params;
      expect([shape, alpha, a, b].map((v) => +v.toFixed(3))).toEqual([0.243, 4.414, 0.793, 2.426]);
      expect(r.repeatBuyers).toBe(946);
      expect(r.perCustomer.clv).toHaveLength(2357);
    },
  },
  rfm: {
    data: 'cdnow',
    options: { scheme: 'median8' },
    // README: the sample holds 2,357 customers; the eight classes hold each of them once.
    check: (r) => {
      expect(r.segments.reduce((n, s) => n + s.customers, 0)).toBe(2357);
      expect(r.perCustomer.segment.length).toBe(2357);
    },
  },
  'retention-decision': {
    data: 'telco',
    options: { value: 'MonthlyCharges' },
    // README: 1,869 of 7,043 churned, so 5,174 are decided for (the risk model scores all of them).
    check: (r) => {
      expect([r.customers, r.missing, r.typedBy.rules]).toEqual([5174, 0, 5174]);
      expect(r.sources.risk.from).toBe('risk-model');
      expect(r.perCustomer.maxSpend.length).toBe(7043);
    },
  },
  'retention-economics': {
    data: 'telco',
    options: { value: 'MonthlyCharges', treatment: { column: 'PaperlessBilling', treated: ['Yes'] } },
    // README: 1,869 churners among 7,043; the split by PaperlessBilling keeps every customer.
    check: (r) => {
      expect([r.campaign.customers, r.campaign.churners]).toEqual([7043, 1869]);
      expect(r.evaluation!.treated.customers + r.evaluation!.control.customers).toBe(7043);
    },
  },
  'value-risk-quadrant': {
    data: 'telco',
    options: { risk: { source: 'model' }, value: { source: 'historical' }, valueThreshold: { rule: 'pareto' } },
    // README: 1,869 of 7,043 churned; the 11 customers without TotalCharges (tenure 0) are not placed, none churned.
    check: (r) => {
      expect(r.placed).toBe(7032);
      expect(r.quadrants.reduce((n, q) => n + q.customers, 0)).toBe(7032);
      expect(r.quadrants.reduce((n, q) => n + q.churned, 0)).toBe(1869);
      expect(r.sources.risk.producer).toMatchObject({ kind: 'risk-model', ranHere: true });
      expect(r.perCustomer.quadrant.length).toBe(7043);
    },
  },
};

async function opened(engine: RemoteEngine, data: Data, build: boolean): Promise<DatasetSummary> {
  const input = INPUTS[data];
  const s = value(await engine.openDataset([await sourceFile(input.path)]));
  if (build && input.definition) {
    const roles = { ...Object.fromEntries(s.columns.map((c) => [c.name, c.role])), ...input.roles };
    value(await engine.buildCustomerTable(s.id, { roles, definition: input.definition }));
  }
  return s;
}

export function analysisContract(name: string, makeEngine: () => { engine: RemoteEngine; close?: () => void }) {
  describe(`analysis contract (${name})`, () => {
    for (const kind of Object.keys(CASES) as AnalysisKind[]) {
      it(`analyze(id, '${kind}') answers on real data and stamps its result`, async () => {
        const { engine, close } = makeEngine();
        const c = CASES[kind] as Case<typeof kind>;
        const s = await opened(engine, c.data, true);
        const result = value(await engine.analyze(s.id, kind, c.options));
        c.check(result as never);
        expect(result.stamp).toMatchObject({ kind, definition: INPUTS[c.data].definition });
        close?.();
      });
    }

    for (const [name, c] of Object.entries(RISK_MODEL_CASES)) {
      it(`analyze(id, 'risk-model', ${name}) answers on real data as its reference does`, async () => {
        const { engine, close } = makeEngine();
        const s = await opened(engine, c.data, true);
        const result = value(await engine.analyze(s.id, 'risk-model', c.options));
        c.check(result);
        expect(result.stamp).toMatchObject({
          kind: 'risk-model',
          parameters: { model: c.options.model ?? 'logistic' },
        });
        close?.();
      });
    }

    it("analyze(id, kind) before the customer table is built answers 'no-customer-table'", async () => {
      const { engine, close } = makeEngine();
      const s = await opened(engine, 'telco', false);
      for (const kind of Object.keys(CASES) as AnalysisKind[]) {
        if (kind === 'retention-projection') continue;
        const r = await engine.analyze(s.id, kind, CASES[kind].options as never);
        expect(!r.ok && r.issues[0].code, kind).toBe('no-customer-table');
      }
      close?.();
    });

    it("analyze(id, an unknown kind) answers 'unknown-analysis', not a throw", async () => {
      const { engine, close } = makeEngine();
      const s = await opened(engine, 'telco', true);
      const r = await engine.analyze(s.id, 'toString' as AnalysisKind, {} as never);
      expect(!r.ok && r.issues[0]).toMatchObject({ code: 'unknown-analysis', params: { kind: 'toString' } });
      close?.();
    });
  });
}
