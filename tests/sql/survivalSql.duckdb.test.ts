/**
 * Kaplan–Meier from the generated SQL's event and censor counts per duration (DuckDB), through
 * the kernel's counts entry point (kaplanMeierFromCounts), equals the engine's curve from the
 * customer table: times, survival, interval, at risk, events, censored and the median, exactly
 * (the same integers and the same arithmetic), for both duration measures and three units, on
 * Online Retail (Sep–Dec 2011) and CDNOW.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DurationMeasure, SurvivalResult, TimeUnit } from '../../src/engine/api.ts';
import { kaplanMeierFromCounts, medianSurvival } from '../../src/core/analyses/survival/kaplanMeier.ts';
import { DAYS_PER_UNIT } from '../../src/core/customers/customerTable.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { expectGroupedSurvival } from './survivalGroupCheck.ts';
import { cdnow, generatedLog, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';

const definition = { kind: 'inactivity', days: 60, atRiskDays: 30 } as const;

async function compare(p: LoadedPair, duration: DurationMeasure, unit: TimeUnit) {
  const rows = await generatedRows(p, 'survival', { definition, options: { durationMeasure: duration } });
  const times = Float64Array.from(rows, (r) => Number(r.duration_days) / DAYS_PER_UNIT[unit]);
  const events = Int32Array.from(rows, (r) => Number(r.events));
  const exits = Int32Array.from(rows, (r) => Number(r.events) + Number(r.censored));
  const km = kaplanMeierFromCounts(times, exits, events);
  const median = medianSurvival(km);
  const app: SurvivalResult = value(p.engine.analyze(p.id, 'survival', { unit, duration }));
  const g = app.groups[0];
  expect({
    n: km.n,
    events: km.totalEvents,
    median: median.median,
    medianCI: [median.lower, median.upper],
    times: Array.from(km.times),
    survival: Array.from(km.survival),
    lower: Array.from(km.lower),
    upper: Array.from(km.upper),
    atRisk: Array.from(km.atRisk),
    censored: Array.from(km.censored),
    curveEvents: Array.from(km.events),
  }).toEqual({
    n: g.n,
    events: g.events,
    median: g.median,
    medianCI: g.medianCI,
    times: g.curve.times,
    survival: g.curve.survival,
    lower: g.curve.lower,
    upper: g.curve.upper,
    atRisk: g.curve.atRisk,
    censored: g.curve.censored,
    curveEvents: g.curve.events,
  });
  expect(km.totalEvents).toBeGreaterThan(0);
}

describe.each([
  ['Online Retail', onlineRetail],
  ['CDNOW', cdnow],
  ['a generated log (200k rows)', generatedLog],
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
