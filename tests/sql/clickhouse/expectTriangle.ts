/**
 * The retention triangle finished by the kernel from ClickHouse's cohort × period rows
 * (triangleFromCounts) against the engine's own triangle from purchase days, calendar periods or
 * rolling windows: labels, sizes, observed cells, counts, rates, Wilson bounds and both averages.
 */
import { expect } from 'vitest';
import type { CohortPeriod, EngineApi, RetentionMeasure, RetentionTriangleResult } from '../../../src/engine/api.ts';
import { triangleFromCounts } from '../../../src/core/analyses/retention-triangle/cellsFromCounts.ts';
import { expectSameSum, num, type SqlRow } from './sqlRowChecks.ts';

const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);

export function expectTriangle(
  rows: SqlRow[],
  engine: EngineApi,
  datasetId: string,
  period: CohortPeriod,
  measure: RetentionMeasure,
  windows: 'calendar' | 'rolling' = 'calendar',
): void {
  const counts = rows.map((r) => ({
    cohort: Number(r.cohort),
    period: Number(r.period),
    customers: Number(r.customers),
    lastActive: Number(r.last_active),
    revenue: num(r.revenue),
    ...(windows === 'rolling' ? { firstFrom: dayOfIso(r.first_from), firstTo: dayOfIso(r.first_to) } : {}),
  }));
  const answer = engine.analyze(datasetId, 'retention-triangle', { period, measure, windows });
  if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
  const app: RetentionTriangleResult = answer.value;
  const t = triangleFromCounts(counts, { period, measure, windows }, dayOfIso(rows[0].as_of));
  const fromSql = t.cohorts.map((c) => ({
    label: c.label,
    size: c.size,
    small: c.small,
    counts: Array.from(c.counts),
    values: Array.from(c.values),
    observed: Array.from(c.observed, (o) => o === 1),
    low: Array.from(c.low),
    high: Array.from(c.high),
  }));
  const inApp = app.triangles[0].cohorts;
  expect(fromSql.map((c) => [c.label, c.size, c.observed])).toEqual(inApp.map((c) => [c.label, c.size, c.observed]));
  if (measure !== 'revenue') {
    // Counts: exact, and so every rate, bound and average computed from them.
    expect(fromSql).toEqual(inApp);
    expect({ simple: Array.from(t.average.simple), weighted: Array.from(t.average.weighted) }).toEqual(
      app.triangles[0].average,
    );
    return;
  }
  // Revenue: the same amounts summed in another order (expectSameSum's tolerance).
  for (let g = 0; g < inApp.length; g++) {
    inApp[g].counts.forEach((x, i) => expectSameSum(fromSql[g].counts[i], x, `${inApp[g].label} revenue ${i}`));
    inApp[g].values.forEach((x, i) => {
      if (Number.isNaN(x)) expect(fromSql[g].values[i]).toBeNaN();
      else expectSameSum(fromSql[g].values[i], x, `${inApp[g].label} revenue share ${i}`);
    });
  }
  app.triangles[0].average.weighted.forEach((x, i) =>
    Number.isNaN(x) ? expect(t.average.weighted[i]).toBeNaN() : expectSameSum(t.average.weighted[i], x, `average ${i}`),
  );
}
