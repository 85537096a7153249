/**
 * Online Retail's triangles that read Country, from one engine's rows (DuckDB's or ClickHouse's
 * generated SQL, run by `ask`): a breakdown by it (12 drawn, the rest pooled; calendar months,
 * and rolling ones retained) and cohorts formed by it (calendar and rolling months), each
 * against the engine's.
 */
import type { EngineApi, RetentionMeasure } from '../../src/engine/api.ts';
import type { SqlAnalysisOptions } from '../../src/sql/index.ts';
import { expectGroupedTriangle } from './triangleGroupCheck.ts';
import { expectCohortByTriangle } from './triangleCohortByCheck.ts';

type Ask = (options: SqlAnalysisOptions) => Promise<Record<string, unknown>[]>;
const MEASURES: RetentionMeasure[] = ['active', 'retained', 'revenue'];

export async function expectCountryTriangles(ask: Ask, engine: EngineApi, datasetId: string): Promise<void> {
  const byCountry = await ask({ period: 'month', group: 'Country' });
  for (const measure of MEASURES) expectGroupedTriangle(byCountry, engine, datasetId, measure);
  const rolled = await ask({ period: 'month', group: 'Country', windows: 'rolling' });
  expectGroupedTriangle(rolled, engine, datasetId, 'retained', 'rolling');
  for (const windows of ['calendar', 'rolling'] as const) {
    const cohorts = await ask({ period: 'month', windows, cohortBy: 'Country' });
    for (const measure of MEASURES) expectCohortByTriangle(cohorts, engine, datasetId, measure, windows);
  }
}
