/**
 * The retention triangle with cohorts formed by Country from a SQL engine's contributions
 * (triangleCohortBySql.ts) against the engine's (cohortBy: Country): finished by
 * cellsFromCohortCounts and triangleFromCells, every cohort's label, size, observed cells,
 * eligible customers, counts, rates and Wilson bounds and both averages equal the app's exactly
 * (counts), or to summation order (revenue, 1e-9 relative). The cohorts are put in the app's
 * order of values (its dictionary's) so the averages add in the same order.
 */
import { expect } from 'vitest';
import { expectSameTriangle } from './sameTriangle.ts';
import type { EngineApi, RetentionMeasure } from '../../src/engine/api.ts';
import { cellsFromCohortCounts } from '../../src/core/analyses/retention-triangle/cohortCountsCells.ts';
import { triangleFromCells } from '../../src/core/analyses/retention-triangle/retentionTriangle.ts';

type Row = Record<string, unknown>;
const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);
export function expectCohortByTriangle(
  rows: Row[],
  engine: EngineApi,
  datasetId: string,
  measure: RetentionMeasure,
  windows: 'calendar' | 'rolling',
): void {
  const options = { period: 'month', measure, windows, cohortBy: 'Country' } as const;
  const answer = engine.analyze(datasetId, 'retention-triangle', options);
  if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
  const app = answer.value.triangles[0];
  const labels = app.cohorts.map((c) => c.label);
  // Every value the SQL returned is one of the app's cohorts.
  expect([...new Set(rows.map((r) => String(r.cohort)))].sort()).toEqual([...labels].sort());
  const at = new Map(labels.map((l, g) => [l, g]));
  const contributions = rows.map((r) => ({
    cohort: at.get(String(r.cohort))!,
    period: Number(r.period),
    customers: Number(r.customers),
    retainedTo: Number(r.retained_to),
    revenue: r.revenue === null ? null : Number(r.revenue),
    overTo: Number(r.over_to),
    baseTo: Number(r.base_to),
    firstFrom: Number(r.first_from),
  }));
  const o = { period: 'month', measure, windows, minCohortSize: 1 } as const;
  const cells = cellsFromCohortCounts(contributions, labels.length, o, dayOfIso(rows[0].as_of));
  const t = triangleFromCells(cells, o, (g) => labels[g], dayOfIso(rows[0].as_of));
  expectSameTriangle(t, app, measure);
}
