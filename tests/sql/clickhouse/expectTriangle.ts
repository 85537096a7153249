/**
 * The retention triangle finished by the kernel from ClickHouse's cohort × period rows
 * (triangleFromCounts) against the engine's own triangle from purchase days, calendar periods or
 * rolling windows: labels, sizes, observed cells, counts, rates, Wilson bounds and both averages.
 */
import type { CohortPeriod, EngineApi, RetentionMeasure, RetentionTriangleResult } from '../../../src/engine/api.ts';
import { triangleFromCounts } from '../../../src/core/analyses/retention-triangle/cellsFromCounts.ts';
import { num, type SqlRow } from './sqlRowChecks.ts';
import { expectSameTriangle } from '../sameTriangle.ts';

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
  expectSameTriangle(t, app.triangles[0], measure);
}
