/**
 * The retention triangle by a breakdown attribute from a SQL engine's rows (per value, cohort
 * and period: customers, last active, revenue) against the engine's triangles: each drawn group's
 * rows — a value, or "other", the values the app pooled — are summed per cohort and period and
 * finished by triangleFromCounts; every cohort's label, size, observed cells, counts, rates and
 * Wilson bounds and both averages must equal the app's exactly (counts), or to summation order
 * (revenue, 1e-9 relative).
 */
import { expect } from 'vitest';
import { expectSameTriangle } from './sameTriangle.ts';
import type { EngineApi, RetentionMeasure, RetentionTriangleResult } from '../../src/engine/api.ts';
import {
  triangleFromCounts,
  type CohortPeriodCount,
} from '../../src/core/analyses/retention-triangle/cellsFromCounts.ts';

type Row = Record<string, unknown>;
const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);

/** The rows of several values summed per cohort and period. */
function folded(rows: Row[]): CohortPeriodCount[] {
  const cells = new Map<string, CohortPeriodCount>();
  for (const r of rows) {
    const key = `${Number(r.cohort)}:${Number(r.period)}`;
    const c = cells.get(key) ?? {
      cohort: Number(r.cohort),
      period: Number(r.period),
      customers: 0,
      lastActive: 0,
      revenue: 0,
    };
    c.customers += Number(r.customers);
    c.lastActive += Number(r.last_active);
    c.revenue = r.revenue === null ? c.revenue : c.revenue! + Number(r.revenue);
    // Rolling windows: the first days of the values' customers together.
    if ('first_from' in r) {
      c.firstFrom = Math.min(c.firstFrom ?? Infinity, dayOfIso(r.first_from));
      c.firstTo = Math.max(c.firstTo ?? -Infinity, dayOfIso(r.first_to));
    }
    cells.set(key, c);
  }
  return [...cells.values()];
}

/** The engine's monthly triangles by Country under `measure` and `windows` against the SQL rows (by Country, months). */
export function expectGroupedTriangle(
  rows: Row[],
  engine: EngineApi,
  datasetId: string,
  measure: RetentionMeasure,
  windows: 'calendar' | 'rolling' = 'calendar',
): void {
  const options = { period: 'month', measure, windows, breakdown: 'Country' } as const;
  const answer = engine.analyze(datasetId, 'retention-triangle', options);
  if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
  const app: RetentionTriangleResult = answer.value;
  expect(app.triangles.length).toBeGreaterThanOrEqual(2);
  // Some values are pooled into "other", so the pooling is tested too.
  expect(app.pooled.length).toBeGreaterThan(0);
  const pooled = new Set(app.pooled);
  const drawn = new Set(app.triangles.map((t) => t.group));
  for (const r of rows) {
    expect(r.grp, 'a group value').not.toBeNull();
    expect(drawn.has(String(r.grp)) || pooled.has(String(r.grp)), `group ${String(r.grp)}`).toBe(true);
  }
  const asOfDay = dayOfIso(rows[0].as_of);
  for (const set of app.triangles) {
    const mine = rows.filter((r) =>
      set.group === 'other' && pooled.size > 0 ? pooled.has(String(r.grp)) : String(r.grp) === set.group,
    );
    const t = triangleFromCounts(folded(mine), { period: app.period, measure, windows }, asOfDay);
    expectSameTriangle(t, set, measure, `group ${set.group}`);
  }
}
