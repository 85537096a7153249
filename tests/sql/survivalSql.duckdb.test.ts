/**
 * Kaplan–Meier from the generated SQL's event and censor counts per duration (DuckDB), through
 * the kernel's counts entry point (kaplanMeierFromCounts), equals the engine's curve from the
 * customer table: times, survival, interval, at risk, events, censored and the median, exactly
 * (the same integers and the same arithmetic), for both duration measures and three units, on
 * Online Retail (Sep–Dec 2011) and CDNOW (the benches' 5M-row log: fiveMillion.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DurationMeasure, SurvivalResult, TimeUnit } from '../../src/engine/api.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { curveFromRows, expectGroupedSurvival, groupFigures } from './survivalGroupCheck.ts';
import { cdnow, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';

const definition = { kind: 'inactivity', days: 60, atRiskDays: 30 } as const;

async function compare(p: LoadedPair, duration: DurationMeasure, unit: TimeUnit) {
  const rows = await generatedRows(p, 'survival', { definition, options: { durationMeasure: duration } });
  const app: SurvivalResult = value(p.engine.analyze(p.id, 'survival', { unit, duration }));
  const g = app.groups[0];
  expect(g.events).toBeGreaterThan(0);
  expect(curveFromRows(rows, unit)).toEqual(groupFigures(g));
}

describe.each([
  ['Online Retail', onlineRetail],
  ['CDNOW', cdnow],
])('survival SQL on %s', (_name, load) => {
  let p: LoadedPair;
  beforeAll(async () => {
    p = await load();
    value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition }));
  });
  afterAll(() => p?.close());

  it('loss known, months and weeks', async () => {
    await compare(p, 'known', 'months');
    await compare(p, 'known', 'weeks');
  });
  it('last activity, days', () => compare(p, 'activity', 'days'));
});

describe('survival SQL by group on Online Retail', () => {
  let p: LoadedPair;
  beforeAll(async () => {
    p = await onlineRetail();
    value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition }));
  });
  afterAll(() => p?.close());

  it('by Country (latest purchase day; 12 drawn groups, the rest pooled): every curve equals the engine', async () => {
    const rows = await generatedRows(p, 'survival', { definition, options: { group: 'Country' } });
    const app: SurvivalResult = value(p.engine.analyze(p.id, 'survival', { unit: 'months', group: 'Country' }));
    expect(app.pooled.length).toBeGreaterThan(0);
    expectGroupedSurvival(rows, app, 'months');
  });
});
