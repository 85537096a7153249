/**
 * The customers behind a number: each wired chart's selection resolves to exactly the customers
 * its number counts (the number from the engine's own result, the ids from DuckDB SQL on the raw
 * file, and the published Telco counts in ../shared/data/README.md).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerSelection, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { CDNOW_SAMPLE, sourceFile, TELCO } from '../../sharedData.ts';
import { CDNOW_MASTER } from '../../cdnowKpisSql.ts';
import { rolesOf, telco, value } from '../analyses/analysisFixtures.ts';
import { monthLost } from '../../../src/charts/monthly-churn/monthlyChurnPlot.ts';

let db: DuckDBConnection;
beforeAll(async () => {
  db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE telco AS SELECT * FROM read_csv('${TELCO}', header = true)`);
  await db.run(`
    CREATE TABLE tx AS
    SELECT s[1] AS id, strptime(s[2], '%Y%m%d')::DATE AS d FROM (
      SELECT string_split_regex(trim(line), '\\s+') AS s
      FROM read_csv('${CDNOW_MASTER}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1))`);
});
afterAll(() => db.closeSync());

const sqlIds = async (sql: string) =>
  (await db.runAndReadAll(sql)).getRowObjectsJson().map((r) => String(Object.values(r)[0]));

function selected(engine: EngineApi, id: string, selection: CustomerSelection) {
  const page = value(engine.selectedCustomers(id, selection, 0, Infinity));
  const ids = Array.from(tableFromIPC(page.rows).getChild('customer_id')!.toArray() as string[], String);
  expect(ids.length).toBe(page.total);
  return { total: page.total, ids };
}
const churnedToo = (s: CustomerSelection): CustomerSelection => ({
  kind: 'all-of',
  parts: [s, { kind: 'status', status: 'churned' }],
});

describe('Telco', () => {
  let engine: EngineApi;
  let id: string;
  beforeAll(async () => ({ engine, id } = await telco()));

  it("selectedCustomers(status churned) holds the KPI's 1,869 churned customers, DuckDB's ids", async () => {
    const kpis = value(engine.analyze(id, 'churn-kpis', {}));
    const { total, ids } = selected(engine, id, { kind: 'status', status: 'churned' });
    // README: 1,869 of 7,043 churned (exact count).
    expect([kpis.churned, total]).toEqual([1869, 1869]);
    const sql = await sqlIds(`SELECT customerID FROM telco WHERE Churn = 'Yes'`);
    expect(ids.sort()).toEqual(sql.sort());
  });

  it('selectedCustomers(a churn-by-attribute bar) holds its customers and churners, category and bin alike', async () => {
    const r = value(engine.analyze(id, 'churn-by-attribute', { column: 'Contract' }));
    for (const g of r.groups) {
      const bar: CustomerSelection = { kind: 'attribute', column: 'Contract', values: [g.label] };
      expect([selected(engine, id, bar).total, selected(engine, id, churnedToo(bar)).total]).toEqual([
        g.count,
        g.churned,
      ]);
    }
    // README: Month-to-month 3,875 customers, 1,655 churned (exact).
    expect(selected(engine, id, { kind: 'attribute', column: 'Contract', values: ['Month-to-month'] }).total).toBe(
      3875,
    );
    const bins = value(engine.analyze(id, 'churn-by-attribute', { column: 'MonthlyCharges', bins: 5 }));
    const edges = bins.binned!.edges;
    for (const [k, g] of bins.groups.entries()) {
      const bar: CustomerSelection = { kind: 'attribute-bin', column: 'MonthlyCharges', edges, bin: k };
      expect([selected(engine, id, bar).total, selected(engine, id, churnedToo(bar)).total]).toEqual([
        g.count,
        g.churned,
      ]);
    }
  });

  it('selectedCustomers(a gains decile) holds the customers and churners the risk model counts there', () => {
    const r = value(engine.analyze(id, 'risk-model', { features: ['tenure', 'Contract', 'MonthlyCharges'] }));
    expect(r.evaluation.on).toBe('test');
    for (const row of r.evaluation.gains) {
      const tenth: CustomerSelection = {
        kind: 'ranked-tenth',
        analysis: 'risk-model',
        column: 'churn_risk',
        among: { column: 'risk_split', values: ['test'] },
        tenth: row.decile,
      };
      expect([selected(engine, id, tenth).total, selected(engine, id, churnedToo(tenth)).total]).toEqual([
        row.customers,
        row.churners,
      ]);
    }
  });

  it('selectedCustomers(a gains decile of out-of-fold scores) holds the customers and churners counted there', () => {
    const r = value(
      engine.analyze(id, 'risk-model', { features: ['tenure', 'Contract', 'MonthlyCharges'], testFraction: 0 }),
    );
    expect(r.evaluation.on).toBe('out-of-fold');
    for (const row of r.evaluation.gains) {
      const tenth: CustomerSelection = {
        kind: 'ranked-tenth',
        analysis: 'risk-model',
        column: 'churn_risk',
        among: { column: 'risk_split', values: ['train'] },
        tenth: row.decile,
      };
      expect([selected(engine, id, tenth).total, selected(engine, id, churnedToo(tenth)).total]).toEqual([
        row.customers,
        row.churners,
      ]);
    }
  });

  it('selectedCustomers(a cluster) holds its customers and churners', () => {
    const r = value(
      engine.analyze(id, 'clusters', { features: ['tenure', 'MonthlyCharges', 'TotalCharges'], kRange: [3, 4] }),
    );
    for (const c of r.clusters) {
      const cluster: CustomerSelection = {
        kind: 'derived',
        analysis: 'clusters',
        column: 'cluster',
        values: [String(c.id)],
      };
      expect([selected(engine, id, cluster).total, selected(engine, id, churnedToo(cluster)).total]).toEqual([
        c.customers,
        c.churned,
      ]);
    }
  });

  it('selectedCustomers(sorted) pages through the same customers in order', () => {
    const sort = { column: 'MonthlyCharges', descending: true };
    const all = value(engine.selectedCustomers(id, { kind: 'status', status: 'churned' }, 0, 5000, sort));
    const pages = [0, 1000].map((s) =>
      value(engine.selectedCustomers(id, { kind: 'status', status: 'churned' }, s, 1000, sort)),
    );
    const charges = (rows: Uint8Array) =>
      Array.from(tableFromIPC(rows).getChild('MonthlyCharges')!.toArray() as Float64Array);
    const whole = charges(all.rows);
    expect(whole.length).toBe(1869);
    for (let i = 1; i < whole.length; i++) expect(whole[i]).toBeLessThanOrEqual(whole[i - 1]);
    expect([...charges(pages[0].rows), ...charges(pages[1].rows)]).toEqual(whole);
  });

  it('selectedCustomers(what the table lacks) answers with an issue, never a throw', () => {
    const noColumn = engine.selectedCustomers(id, { kind: 'attribute', column: 'Nope', values: ['x'] }, 0, 10);
    expect(!noColumn.ok && noColumn.issues[0].code).toBe('unknown-column');
    const noRun = engine.selectedCustomers(
      id,
      { kind: 'derived', analysis: 'rfm', column: 'segment', values: ['x'] },
      0,
      10,
    );
    expect(!noRun.ok && noRun.issues[0].code).toBe('selection-column-missing');
    const bad = engine.selectedCustomers(id, { kind: 'status', status: 'gone' } as unknown as CustomerSelection, 0, 10);
    expect(!bad.ok && bad.issues[0].code).toBe('invalid-selection');
  });

  it('exportSelectedCustomers(csv) holds the rows and states the selection after the stamp', () => {
    const selection: CustomerSelection = { kind: 'attribute', column: 'Contract', values: ['Two year'] };
    const bytes = value(engine.exportSelectedCustomers(id, selection, 'csv'));
    const text = new TextDecoder().decode(bytes);
    const lines = text.split(/\r?\n/);
    // README: Two year 1,695 customers; a header line first.
    expect(lines.filter((l) => /^\d{4}-[A-Z]{5},/.test(l)).length).toBe(1695);
    expect(text).toContain('Customers');
    expect(text).toContain('Two year');
  });
});

describe('CDNOW sample with an attribute', () => {
  it('selectedCustomers(every cell of triangles by breakdown and by cohort column) holds as many customers as the cell counts', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    const id = s.id;
    const roles = { ...rolesOf(s), column_2: 'ignore' as const, column_4: 'attribute' as const };
    value(engine.buildCustomerTable(id, { roles, definition: { kind: 'inactivity', days: 180 } }));
    const attributeRules = { column_4: 'latest' as const };
    const asked = [
      { period: 'quarter' as const, measure: 'retained' as const, breakdown: 'column_4', attributeRules },
      { period: 'quarter' as const, measure: 'active' as const, breakdown: 'column_4', attributeRules },
      { period: 'quarter' as const, measure: 'retained' as const, cohortBy: 'column_4', attributeRules },
      { period: 'month' as const, measure: 'active' as const, windows: 'rolling' as const },
    ];
    for (const options of asked) {
      const t = value(engine.analyze(id, 'retention-triangle', options));
      expect(t.triangles.length).toBeGreaterThan(options.breakdown ? 1 : 0);
      for (const triangle of t.triangles)
        for (const c of triangle.cohorts)
          c.counts.forEach((count, k) => {
            const cell: CustomerSelection = {
              kind: 'cohort-cell',
              options,
              group: triangle.group,
              cohort: c.label,
              period: k,
            };
            expect(selected(engine, id, cell).total).toBe(count);
          });
    }
  });
});

describe('CDNOW (23,570 customers)', () => {
  let engine: EngineApi;
  let id: string;
  beforeAll(async () => {
    engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_MASTER)]));
    id = s.id;
    value(engine.buildCustomerTable(id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 180 } }));
  }, 60_000);

  it('selectedCustomers(every retention-triangle cell) holds as many customers as the cell counts', () => {
    for (const measure of ['active', 'retained'] as const) {
      const options = { period: 'quarter' as const, measure };
      const t = value(engine.analyze(id, 'retention-triangle', options));
      for (const c of t.triangles[0].cohorts)
        c.counts.forEach((count, k) => {
          const cell: CustomerSelection = { kind: 'cohort-cell', options, group: null, cohort: c.label, period: k };
          expect(selected(engine, id, cell).total).toBe(count);
        });
    }
  });

  it("selectedCustomers(cohort 1997-02, month 3, active) are DuckDB's customers who first bought in February and bought in May", async () => {
    const options = { period: 'month' as const, measure: 'active' as const };
    const t = value(engine.analyze(id, 'retention-triangle', options));
    const cohort = t.triangles[0].cohorts.find((c) => c.label === '1997-02')!;
    const { total, ids } = selected(engine, id, {
      kind: 'cohort-cell',
      options,
      group: null,
      cohort: '1997-02',
      period: 3,
    });
    expect(total).toBe(cohort.counts[3]);
    const sql = await sqlIds(`
      WITH f AS (SELECT id, min(d) AS first_d FROM tx GROUP BY id)
      SELECT DISTINCT f.id FROM f JOIN tx USING (id)
      WHERE date_trunc('month', first_d) = DATE '1997-02-01' AND date_trunc('month', d) = DATE '1997-05-01'`);
    expect(ids.map(Number).sort((a, b) => a - b)).toEqual(sql.map(Number).sort((a, b) => a - b));
  });

  it('selectedCustomers(each count of the period KPIs) holds as many customers as the KPI counts', () => {
    const kpis = value(engine.analyze(id, 'churn-kpis', {}));
    const p = kpis.period!;
    const parts = { 'at-start': p.atStart, lost: p.lost, gained: p.gained, 'lost-new': p.lostNew, 'at-end': p.atEnd };
    for (const [part, count] of Object.entries(parts)) {
      const selection = { kind: 'period', part, start: p.start, end: p.end } as CustomerSelection;
      expect(selected(engine, id, selection).total).toBe(count);
    }
    // The lost are churned customers, and every one of the base at the start (cdnowKpisSql: 23,570 there).
    expect(p.atStart).toBe(23570);
    const lost: CustomerSelection = { kind: 'period', part: 'lost', start: p.start, end: p.end };
    expect(selected(engine, id, churnedToo(lost)).total).toBe(p.lost);
  });

  it('selectedCustomers(a month of the monthly series) holds the customers it counts lost', () => {
    const monthly = value(engine.analyze(id, 'monthly-churn', {})).monthly!;
    monthly.months.forEach((month, i) => {
      expect(selected(engine, id, monthLost(month)).total).toBe(monthly.lost[i]);
    });
    expect(monthly.lost.some((n) => n > 0)).toBe(true);
  });

  it('selectedCustomers(an rfm segment) holds its customers and churners', () => {
    const r = value(engine.analyze(id, 'rfm', {}));
    for (const s of r.segments) {
      const segment: CustomerSelection = {
        kind: 'derived',
        analysis: 'rfm',
        column: 'segment',
        values: [s.name ?? s.code],
      };
      expect([selected(engine, id, segment).total, selected(engine, id, churnedToo(segment)).total]).toEqual([
        s.customers,
        s.churned,
      ]);
    }
  });

  it('selectedCustomers(first activity in January 1997) are the customers DuckDB finds', async () => {
    const { ids } = selected(engine, id, { kind: 'dates', field: 'first', from: '1997-01-01', to: '1997-01-31' });
    const sql = await sqlIds(`SELECT id FROM tx GROUP BY id HAVING min(d) <= DATE '1997-01-31'`);
    expect(ids.length).toBe(sql.length);
    expect(ids.map(Number).sort((a, b) => a - b)).toEqual(sql.map(Number).sort((a, b) => a - b));
  });
});
