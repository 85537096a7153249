/**
 * A retention triangle finished in the browser from a SQL engine's counts against the app's own
 * (the same set, as the result carries it: toSet): every cohort's label, size, observed cells and
 * eligible customers equal; counts, rates, Wilson bounds and both averages equal exactly for
 * customer counts; revenue to summation order (the same amounts added in another order, 1e-9
 * relative, expectSameSum's bound).
 */
import { expect } from 'vitest';
import type { RetentionMeasure, RetentionTriangleSet } from '../../src/engine/api.ts';
import type { RetentionTriangle } from '../../src/core/analyses/retention-triangle/retentionTriangle.ts';
import { toSet } from '../../src/engine/analyses/retention-triangle.ts';
import { expectSameSum } from './clickhouse/sqlRowChecks.ts';

/** Equal to summation order, NaN (a share of nothing) only where the app has NaN. */
function sameSums(fromSql: number[], app: number[], what: string): void {
  expect(fromSql.length, what).toBe(app.length);
  app.forEach((x, i) =>
    Number.isNaN(x) ? expect(fromSql[i], `${what} ${i}`).toBeNaN() : expectSameSum(fromSql[i], x, `${what} ${i}`),
  );
}

export function expectSameTriangle(
  t: RetentionTriangle,
  app: RetentionTriangleSet,
  measure: RetentionMeasure,
  what = '',
): void {
  const fromSql = toSet(t, app.group);
  const shape = (s: RetentionTriangleSet) => s.cohorts.map((c) => [c.label, c.size, c.observed, c.eligible]);
  expect(shape(fromSql), what).toEqual(shape(app));
  if (measure !== 'revenue') {
    // Counts: exact, and so every rate, bound and average computed from them.
    expect(fromSql, what).toEqual(app);
    return;
  }
  app.cohorts.forEach((c, g) => {
    sameSums(fromSql.cohorts[g].counts, c.counts, `${what} ${c.label} revenue`);
    sameSums(fromSql.cohorts[g].values, c.values, `${what} ${c.label} revenue share`);
  });
  sameSums(fromSql.average.weighted, app.average.weighted, `${what} average`);
}
