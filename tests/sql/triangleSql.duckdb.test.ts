/**
 * The retention triangle from the generated SQL's cohort × period counts (DuckDB), finished by
 * the kernel's counts entry point (triangleFromCounts), equals the engine's triangle from the
 * purchase days: every cohort's label, size, counts, rates, observed flags and Wilson bounds,
 * and both averages, for the active, retained and revenue measures and for months, quarters
 * and ISO weeks, calendar periods and rolling windows, on Online Retail (Sep–Dec 2011) and
 * CDNOW; and by Country on Online Retail, as a breakdown and as cohorts (triangleByCountry.ts).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { CohortPeriod, RetentionMeasure, RetentionTriangleResult } from '../../src/engine/api.ts';
import { triangleFromCounts } from '../../src/core/analyses/retention-triangle/cellsFromCounts.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { cdnow, dayOfIso, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';
import { expectCountryTriangles } from './triangleByCountry.ts';
import { expectSameTriangle } from './sameTriangle.ts';

const definition = { kind: 'inactivity', days: 90 } as const;
const num = (v: unknown) => (v === null ? null : Number(v));

async function compare(
  p: LoadedPair,
  period: CohortPeriod,
  measures: RetentionMeasure[],
  windows: 'calendar' | 'rolling' = 'calendar',
) {
  const rows = await generatedRows(p, 'retention-triangle', { definition, options: { period, windows } });
  const counts = rows.map((r) => ({
    cohort: Number(r.cohort),
    period: Number(r.period),
    customers: Number(r.customers),
    lastActive: Number(r.last_active),
    revenue: num(r.revenue),
    ...(windows === 'rolling' ? { firstFrom: dayOfIso(r.first_from), firstTo: dayOfIso(r.first_to) } : {}),
  }));
  const asOfDay = dayOfIso(rows[0].as_of);
  for (const measure of measures) {
    const app: RetentionTriangleResult = value(
      p.engine.analyze(p.id, 'retention-triangle', { period, measure, windows }),
    );
    const t = triangleFromCounts(counts, { period, measure, windows }, asOfDay);
    expectSameTriangle(t, app.triangles[0], measure);
  }
}

describe.each([
  ['Online Retail', onlineRetail],
  ['CDNOW', cdnow],
])('retention triangle SQL on %s', (_name, load) => {
  let p: LoadedPair;
  beforeAll(async () => {
    p = await load();
    value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition }));
  });
  afterAll(() => p?.close());

  it('months: active, retained and revenue equal the engine', () =>
    compare(p, 'month', ['active', 'retained', 'revenue']));
  it.runIf(_name === 'Online Retail')(
    'by Country: a breakdown (12 drawn, the rest pooled) and cohorts formed by it, calendar and rolling months',
    () =>
      expectCountryTriangles(
        (options) => generatedRows(p, 'retention-triangle', { definition, options }),
        p.engine,
        p.id,
      ),
  );
  it('rolling windows (months, weeks, years): active, retained and revenue equal the engine', async () => {
    await compare(p, 'month', ['active', 'retained', 'revenue'], 'rolling');
    await compare(p, 'week', ['active', 'retained'], 'rolling');
    await compare(p, 'year', ['active'], 'rolling');
  });
  it('quarters and ISO weeks: active equals the engine', async () => {
    await compare(p, 'quarter', ['active', 'retained']);
    await compare(p, 'week', ['active']);
  });
});
