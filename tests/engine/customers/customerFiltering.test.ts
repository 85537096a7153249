/**
 * The workbook-wide filter: with it set, every analysis reads only the customers it keeps. The
 * reference is the same analysis run on a file DuckDB filtered first (and, for Telco, the
 * published month-to-month survival in ../shared/data/README.md).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerFilter, CustomerTableSpec, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { sourceFile, TELCO } from '../../sharedData.ts';
import { CDNOW_MASTER } from '../../cdnowKpisSql.ts';
import { rolesOf, value } from '../analyses/analysisFixtures.ts';

let db: DuckDBConnection;
const dir = mkdtempSync(join(tmpdir(), 'churnscope-filter-'));
beforeAll(async () => {
  db = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => {
  db.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

/** An engine with `path` open and its customer table built as `spec` says (roles as detected). */
async function opened(path: string, spec: Omit<CustomerTableSpec, 'roles'>) {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(path)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), ...spec }));
  return { engine, id: s.id };
}

/** A result without its stamp (which names other files and the filter): the numbers only. */
const numbers = <T extends { stamp: unknown }>(r: T) => ({ ...r, stamp: undefined });

describe('Telco filtered to month-to-month contracts with internet', () => {
  const filter: CustomerFilter = {
    parts: [
      { kind: 'attribute', column: 'Contract', values: ['Month-to-month'] },
      { kind: 'attribute', column: 'InternetService', values: ['DSL', 'Fiber optic'] },
    ],
  };
  let whole: { engine: EngineApi; id: string };
  let prefiltered: { engine: EngineApi; id: string };
  beforeAll(async () => {
    const path = join(dir, 'telco-m2m-internet.csv');
    await db.run(`COPY (SELECT * FROM read_csv('${TELCO}', header = true, all_varchar = true)
      WHERE Contract = 'Month-to-month' AND InternetService IN ('DSL', 'Fiber optic')) TO '${path}' (HEADER)`);
    whole = await opened(TELCO, { definition: { kind: 'flag' } });
    prefiltered = await opened(path, { definition: { kind: 'flag' } });
    expect(value(whole.engine.setCustomerFilter(whole.id, filter))).toEqual({ filter, customers: 3351, of: 7043 });
  });

  it('survival reproduces the published month-to-month curve with no filter of its own', () => {
    const r = value(whole.engine.analyze(whole.id, 'survival', { unit: 'months', times: [6, 12, 24, 48, 60] }));
    expect(r.groups[0]).toMatchObject({ n: 3351, events: 1556, median: 34 });
    // README: S(6) = 0.7803, S(12) = 0.6950, S(24) = 0.5753, S(48) = 0.3872, S(60) = 0.2890 (4 decimals).
    [0.7803, 0.695, 0.5753, 0.3872, 0.289].forEach((s, i) => expect(r.groups[0].survival[i]).toBeCloseTo(s, 4));
    expect(r.stamp.filter).toEqual(filter);
  });

  it('KPIs, survival by group, churn by attribute, the risk model and clusters equal those of the file DuckDB filtered', () => {
    const kinds = [
      ['churn-kpis', {}],
      ['survival', { unit: 'months', groupBy: 'PaymentMethod' }],
      ['churn-by-attribute', { column: 'PaymentMethod' }],
      ['churn-by-attribute', { column: 'MonthlyCharges', bins: 5 }],
      ['risk-model', { features: ['tenure', 'Contract', 'MonthlyCharges'] }],
      ['clusters', { features: ['tenure', 'MonthlyCharges'], kRange: [3, 3] }],
    ] as const;
    for (const [kind, options] of kinds) {
      const filtered = value(whole.engine.analyze(whole.id, kind, options as never));
      const reference = value(prefiltered.engine.analyze(prefiltered.id, kind, options as never));
      // Exact: the same customers in the same order make the same arithmetic.
      expect(numbers(filtered)).toEqual(numbers(reference));
    }
  });

  it('the customer table export holds the filtered customers and states the filter', () => {
    const text = new TextDecoder().decode(value(whole.engine.exportCustomerTable(whole.id, 'csv')));
    expect(text.split(/\r?\n/).filter((l) => /^\d{4}-[A-Z]{5},/.test(l)).length).toBe(3351);
    expect(text).toMatch(/Filter.*Month-to-month/);
  });

  it('clearing the filter gives every customer back, and a filter naming no column is refused and not kept', () => {
    const { engine, id } = whole;
    expect(value(engine.setCustomerFilter(id, null))).toEqual({ filter: null, customers: 7043, of: 7043 });
    const kpis = value(engine.analyze(id, 'churn-kpis', {}));
    expect([kpis.customers, kpis.churned, kpis.stamp.filter]).toEqual([7043, 1869, undefined]);
    const bad = engine.setCustomerFilter(id, { parts: [{ kind: 'attribute', column: 'Nope', values: ['x'] }] });
    expect(!bad.ok && bad.issues[0].code).toBe('unknown-column');
    expect(value(engine.analyze(id, 'churn-kpis', {})).customers).toBe(7043);
    value(engine.setCustomerFilter(id, filter));
  });

  it('the filter is kept across a rebuild of the customer table', async () => {
    const s = value(whole.engine.summary(whole.id));
    value(whole.engine.buildCustomerTable(whole.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    expect(value(whole.engine.analyze(whole.id, 'churn-kpis', {})).customers).toBe(3351);
  });
});

describe('CDNOW filtered to the customers who first bought in January 1997', () => {
  const filter: CustomerFilter = { parts: [{ kind: 'dates', field: 'first', to: '1997-01-31' }] };
  // The as-of date is stated: the filtered file could otherwise end on an earlier day.
  const spec = { definition: { kind: 'inactivity', days: 180 }, asOf: '1998-06-30' } as const;
  let whole: { engine: EngineApi; id: string };
  let prefiltered: { engine: EngineApi; id: string };
  beforeAll(async () => {
    const path = join(dir, 'cdnow-january.csv');
    await db.run(`
      CREATE TABLE tx AS
      SELECT s[1] AS customer_id, s[2] AS date, s[3] AS number_of_cds, s[4] AS dollar_value FROM (
        SELECT string_split_regex(trim(line), '\\s+') AS s
        FROM read_csv('${CDNOW_MASTER}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1))`);
    await db.run(`COPY (SELECT * FROM tx WHERE customer_id IN (
        SELECT customer_id FROM tx GROUP BY customer_id HAVING min(date) <= '19970131'))
      TO '${path}' (HEADER)`);
    whole = await opened(CDNOW_MASTER, spec);
    prefiltered = await opened(path, spec);
    const kept = value(whole.engine.setCustomerFilter(whole.id, filter));
    expect(kept.customers).toBe(value(prefiltered.engine.analyze(prefiltered.id, 'churn-kpis', {})).customers);
  }, 60_000);

  it('KPIs, the monthly series, the triangle, survival, value, RFM with its migration, CLV, a temporal risk model and clusters equal those of the file DuckDB filtered', () => {
    const kinds = [
      ['churn-kpis', {}],
      ['monthly-churn', {}],
      ['retention-triangle', { period: 'month', measure: 'active' }],
      ['retention-triangle', { period: 'quarter', measure: 'revenue' }],
      ['survival', { unit: 'months' }],
      ['value-tiers', {}],
      ['customer-value', {}],
      ['revenue-movements', { period: 'quarter' }],
      ['rfm', {}],
      ['rfm', { compareAsOf: '1997-12-31' }],
      ['risk-model', { features: ['frequency', 'recency', 'monetary'], cutoff: '1997-12-31' }],
      ['customer-lifetime-value', {}],
      ['clusters', { features: ['frequency', 'monetary'], kRange: [3, 3] }],
    ] as const;
    for (const [kind, options] of kinds) {
      const filtered = value(whole.engine.analyze(whole.id, kind, options as never));
      const reference = value(prefiltered.engine.analyze(prefiltered.id, kind, options as never));
      expect(filtered.stamp.filter).toEqual(filter);
      // Exact: the same customers and purchases make the same arithmetic.
      expect(numbers(filtered)).toEqual(numbers(reference));
    }
  });

  it('a drill-down reads the filtered table: the churned of the filtered KPIs', () => {
    const kpis = value(whole.engine.analyze(whole.id, 'churn-kpis', {}));
    const page = value(whole.engine.selectedCustomers(whole.id, { kind: 'status', status: 'churned' }, 0, 10));
    expect(page.total).toBe(kpis.churned);
  });
});
