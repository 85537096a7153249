/**
 * A customer table computed elsewhere (the app's customer-table SQL run by DuckDB on Online
 * Retail, Sep–Dec 2011, 90 days without a purchase) opened as a file: recognised, read with the
 * roles its names give and the flag definition the app proposes, and the analyses that can run
 * on one row per customer equal the same analyses on the raw log opened in the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { DatasetSummary, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { defaultDefinition } from '../../../src/state/analysisSettings.ts';
import { LOG_ONLY_ANALYSES } from '../../../src/engine/analyses/logOnlyAnalyses.ts';
import { rolesOf, value } from '../analyses/analysisFixtures.ts';
import { bytesFile, sourceFile } from '../../sharedData.ts';
import { computedTableFiles, type ComputedTableFiles } from './computedTableFiles.ts';

let files: ComputedTableFiles;
beforeAll(async () => {
  files = await computedTableFiles();
  value(files.raw.engine.buildCustomerTable(files.raw.id, { roles: files.raw.roles, definition: files.definition }));
}, 60_000);
afterAll(() => {
  files?.raw.close();
  files?.remove();
});

async function opened(path: string): Promise<{ engine: EngineApi; s: DatasetSummary }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(path)]));
  const roles = rolesOf(s);
  value(engine.buildCustomerTable(s.id, { roles, definition: defaultDefinition(s, roles) }));
  return { engine, s };
}

const rowsById = (engine: EngineApi, id: string) => {
  const t = tableFromIPC(value(engine.customerRows(id, 0, 1e9)));
  return new Map(
    Array.from({ length: t.numRows }, (_, i) => t.get(i)!.toJSON()).map((r) => [String(r.customer_id), r]),
  );
};

describe.each(['csv', 'parquet'] as const)('a customer table computed by DuckDB, opened from %s', (format) => {
  let engine: EngineApi;
  let s: DatasetSummary;
  beforeAll(async () => {
    ({ engine, s } = await opened(files[format]));
  });

  it('is recognised: the user is told, the roles come from the names, churn is the computed flag', () => {
    expect(s.shape).toBe('customers');
    expect(s.issues.map((i) => i.code)).toContain('customer-table-computed-elsewhere');
    expect(rolesOf(s)).toMatchObject({
      customer_id: 'customer_id',
      first_date: 'signup_date',
      last_date: 'date',
      churned: 'churn_flag',
      churn_date: 'churn_date',
      total_value: 'value',
      recency: 'ignore',
      known_date: 'ignore',
    });
    expect(defaultDefinition(s, rolesOf(s))).toEqual({ kind: 'flag' });
  });

  it("keeps the SQL's measures and the table's own columns, customer by customer", () => {
    const raw = rowsById(files.raw.engine, files.raw.id);
    const back = rowsById(engine, s.id);
    expect(back.size).toBe(raw.size);
    let worst = 0;
    for (const [id, r] of raw) {
      const b = back.get(id)!;
      // Exact: dates (epoch ms), counts, tenure and the flag.
      for (const k of ['first_date', 'last_date', 'churn_date', 'orders', 'frequency', 'tenure_days', 'churned'])
        expect([id, k, b[k]]).toEqual([id, k, r[k]]);
      // The same doubles through SQL and CSV text (DuckDB writes them shortest-round-trip): 1e-9 relative.
      for (const k of ['recency', 'T', 'monetary', 'total_value'])
        worst = Math.max(worst, Math.abs(Number(b[k]) - Number(r[k])) / Math.max(1, Math.abs(Number(r[k]))));
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('churn KPIs equal the raw log: customers, churned, churn rate and the period counts', () => {
    const raw = value(files.raw.engine.analyze(files.raw.id, 'churn-kpis', {}));
    const back = value(engine.analyze(s.id, 'churn-kpis', {}));
    expect([back.customers, back.churned, back.churnRate]).toEqual([raw.customers, raw.churned, raw.churnRate]);
    // known_date dates each loss as the log's definition does (last purchase + 90 + 1 days).
    const counts = (p: typeof raw.period) => p && [p.start, p.end, p.atStart, p.lost, p.gained, p.lostNew, p.atEnd];
    expect(counts(back.period)).toEqual(counts(raw.period));
  });

  it('value tiers equal the raw log', () => {
    const tiers = (e: EngineApi, id: string) => value(e.analyze(id, 'value-tiers', {})).tiers!;
    const back = tiers(engine, s.id);
    const raw = tiers(files.raw.engine, files.raw.id);
    // Exact: who is in each tier and its churners (per-customer labels follow the table's row order, so they are not compared).
    const counts = (t: typeof raw) => t.tiers.map((x) => [x.name, x.customers, x.churned]);
    expect(counts(back)).toEqual(counts(raw));
    // A tier's bounds are customers' values, each a sum of that customer's lines, which DuckDB adds
    // in its own order: equal to 1e-12 relative.
    back.tiers.forEach((x, k) => {
      expect(x.minValue).toBeCloseTo(raw.tiers[k].minValue, 12 - Math.ceil(Math.log10(Math.abs(x.minValue) + 1)));
      expect(x.maxValue).toBeCloseTo(raw.tiers[k].maxValue, 12 - Math.ceil(Math.log10(Math.abs(x.maxValue) + 1)));
    });
    // Value shares: the same sums in another order; 1e-12.
    back.tiers.forEach((x, k) => expect(x.valueShare).toBeCloseTo(raw.tiers[k].valueShare, 12));
    expect(back.pareto.top20Share).toBeCloseTo(raw.pareto.top20Share, 12);
  });

  it('survival equals the raw log measured to the last purchase (the churn date the table carries)', () => {
    const back = value(engine.analyze(s.id, 'survival', {}));
    const raw = value(files.raw.engine.analyze(files.raw.id, 'survival', { duration: 'activity' }));
    expect([back.duration, raw.duration]).toEqual(['first-to-churn', 'first-to-last-activity']);
    // Exact: the same day counts, so the same Kaplan–Meier curves, intervals and one-time buyers' step.
    expect(JSON.stringify([back.groups, back.oneTimeBuyers])).toBe(JSON.stringify([raw.groups, raw.oneTimeBuyers]));
  });

  it.each(LOG_ONLY_ANALYSES)('%s says it needs the transaction log', (kind) => {
    const r = engine.analyze(s.id, kind, {} as never);
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.params?.kind])).toEqual([['customer-table-needs-log', kind]]);
  });
});

describe.each(['csv', 'arrow'] as const)("the app's own customer table export (%s), opened again", (format) => {
  it('is recognised, and its stated definition and sources after the table are no customers', async () => {
    const bytes = value(files.raw.engine.exportCustomerTable(files.raw.id, format));
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile(`customers.${format}`, bytes)]));
    expect(s.issues.map((i) => i.code)).toContain('customer-table-computed-elsewhere');
    const roles = rolesOf(s);
    const table = value(engine.buildCustomerTable(s.id, { roles, definition: defaultDefinition(s, roles) }));
    const raw = value(files.raw.engine.analyze(files.raw.id, 'churn-kpis', {}));
    // Exact: the raw log's customers and churners; the CSV's lines after the table are left out, counted.
    expect([table.customers, table.churned]).toEqual([raw.customers, raw.churned]);
    expect(table.leftOutDetail.noDate).toBe(s.rows - raw.customers);
    if (format === 'csv') expect(table.leftOutDetail.noDate).toBeGreaterThan(0);
  });
});
