/**
 * Kaplan–Meier from ClickHouse's event and censor counts per duration (kaplanMeierFromCounts)
 * against the engine's curve from its customer table: times, survival, interval, at risk,
 * events, censored and the median, exactly (the same integers through the same arithmetic).
 */
import { expect } from 'vitest';
import type { DurationMeasure, EngineApi, SurvivalResult, TimeUnit } from '../../../src/engine/api.ts';
import { kaplanMeierFromCounts, medianSurvival } from '../../../src/core/analyses/survival/kaplanMeier.ts';
import { DAYS_PER_UNIT } from '../../../src/core/customers/customerTable.ts';
import type { SqlRow } from './sqlRowChecks.ts';

export function expectSurvival(
  rows: SqlRow[],
  engine: EngineApi,
  datasetId: string,
  duration: DurationMeasure,
  unit: TimeUnit,
): void {
  const times = Float64Array.from(rows, (r) => Number(r.duration_days) / DAYS_PER_UNIT[unit]);
  const events = Int32Array.from(rows, (r) => Number(r.events));
  const exits = Int32Array.from(rows, (r) => Number(r.events) + Number(r.censored));
  const km = kaplanMeierFromCounts(times, exits, events);
  const median = medianSurvival(km);
  const answer = engine.analyze(datasetId, 'survival', { unit, duration });
  if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
  const app: SurvivalResult = answer.value;
  const g = app.groups[0];
  expect(km.totalEvents).toBeGreaterThan(0);
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
}
