/**
 * The retention triangle with cohorts formed by Country from a SQL engine's contributions
 * (triangleCohortBySql.ts) against the engine's (cohortBy: Country): finished by
 * cellsFromCohortCounts and triangleFromCells, every cohort's label, size, observed cells,
 * eligible customers, counts, rates and Wilson bounds and both averages equal the app's exactly
 * (counts), or to summation order (revenue, 1e-9 relative). The cohorts are put in the app's
 * order of values (its dictionary's) so the averages add in the same order.
 */
import { expect } from 'vitest';
import type { EngineApi, RetentionMeasure } from '../../src/engine/api.ts';
import { cellsFromCohortCounts } from '../../src/core/analyses/retention-triangle/cohortCountsCells.ts';
import { triangleFromCells } from '../../src/core/analyses/retention-triangle/retentionTriangle.ts';

type Row = Record<string, unknown>;
const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);
const rel = (a: number[], b: number[]) =>
  Math.max(0, ...a.map((x, i) => (Object.is(x, b[i]) ? 0 : Math.abs(x - b[i]) / Math.max(1, Math.abs(b[i])))));

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
  const fromSql = t.cohorts.map((c) => ({
    label: c.label,
    size: c.size,
    small: c.small,
    counts: Array.from(c.counts),
    values: Array.from(c.values),
    observed: Array.from(c.observed, (x) => x === 1),
    eligible: Array.from(c.eligible!),
    low: Array.from(c.low),
    high: Array.from(c.high),
  }));
  expect(fromSql.map((c) => [c.label, c.size, c.observed, c.eligible])).toEqual(
    app.cohorts.map((c) => [c.label, c.size, c.observed, c.eligible]),
  );
  if (measure !== 'revenue') {
    // Counts: exact, and so every rate, bound and average computed from them.
    expect(fromSql).toEqual(app.cohorts);
    expect({ simple: Array.from(t.average.simple), weighted: Array.from(t.average.weighted) }).toEqual(app.average);
    return;
  }
  // Revenue: the same amounts summed in another order; 1e-9 relative.
  app.cohorts.forEach((c, g) => {
    expect(rel(fromSql[g].counts, c.counts), c.label).toBeLessThan(1e-9);
    expect(rel(fromSql[g].values, c.values), c.label).toBeLessThan(1e-9);
  });
}
