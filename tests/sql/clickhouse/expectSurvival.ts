/**
 * Kaplan–Meier from ClickHouse's event and censor counts per duration (kaplanMeierFromCounts, by
 * curveFromRows) against the engine's curve from its customer table: times, survival, interval,
 * at risk, events, censored and the median, exactly (the same integers through the same arithmetic).
 */
import { expect } from 'vitest';
import type { DurationMeasure, EngineApi, SurvivalResult, TimeUnit } from '../../../src/engine/api.ts';
import { curveFromRows, groupFigures } from '../survivalGroupCheck.ts';
import type { SqlRow } from './sqlRowChecks.ts';

export function expectSurvival(
  rows: SqlRow[],
  engine: EngineApi,
  datasetId: string,
  duration: DurationMeasure,
  unit: TimeUnit,
): void {
  const answer = engine.analyze(datasetId, 'survival', { unit, duration });
  if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
  const app: SurvivalResult = answer.value;
  const g = app.groups[0];
  expect(g.events).toBeGreaterThan(0);
  expect(curveFromRows(rows, unit)).toEqual(groupFigures(g));
}
