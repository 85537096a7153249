/**
 * The churn KPIs from the generated SQL's counts (DuckDB), finished by the kernel's counts entry
 * point (periodChurnFromCounts), equal the engine's: customers, churned, at risk, the overall
 * rate and the period's counts, rates, changes and completeness, for the default period (the
 * 365 days to the as-of date) and a chosen one, on Online Retail (Sep–Dec 2011) and CDNOW.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChurnKpisOptions, ChurnKpisResult } from '../../src/engine/api.ts';
import { periodChurnFromCounts } from '../../src/core/analyses/churn-kpis/periodChurn.ts';
import { lossesKnowableFrom } from '../../src/core/customers/lossDating.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { cdnow, dayOfIso, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';

const definition = { kind: 'inactivity', days: 45, atRiskDays: 20 } as const;

async function compare(p: LoadedPair, options: ChurnKpisOptions) {
  const [r] = await generatedRows(p, 'churn-kpis', { definition, options });
  const n = (k: string) => Number(r[k]);
  const app: ChurnKpisResult = value(p.engine.analyze(p.id, 'churn-kpis', options));
  const start = String(r.period_start);
  expect({
    customers: n('customers'),
    churned: n('churned'),
    atRisk: n('at_risk'),
    churnRate: n('churned') / n('customers'),
    period: {
      start,
      end: String(r.period_end),
      ...periodChurnFromCounts(n('at_start'), n('lost'), n('gained'), n('lost_new')),
      lossCountedAt: 'last-activity-plus-window',
      complete: dayOfIso(start) >= lossesKnowableFrom(definition, dayOfIso(r.first_date), null),
    },
  }).toEqual({
    customers: app.customers,
    churned: app.churned,
    atRisk: app.atRisk,
    churnRate: app.churnRate,
    period: app.period,
  });
  // The SQL's own at-end agrees with the kernel's identity.
  expect(n('at_end')).toBe(app.period!.atEnd);
  expect(n('lost') + n('gained')).toBeGreaterThan(0);
  if (options.periodStart) expect(n('lost')).toBeGreaterThan(0);
}

describe.each([
  ['Online Retail', onlineRetail, { periodStart: '2011-11-01', periodEnd: '2011-11-30' }],
  ['CDNOW', cdnow, { periodStart: '1997-10-01', periodEnd: '1998-03-31' }],
])('churn KPI SQL on %s', (_name, load, chosen) => {
  let p: LoadedPair;
  beforeAll(async () => {
    p = await load();
    value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition }));
  });
  afterAll(() => p?.close());

  it('the default period equals the engine', () => compare(p, {}));
  it('a chosen period equals the engine', () => compare(p, chosen));
});
