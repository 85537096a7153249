/**
 * The generated SQL under a contract-end definition (churned when the customer's contract-end
 * date, role churn_date, is on or before the as-of date; dated and known that day) and under a
 * churn flag (Yes/No dated by the churn_date column, and R's 1/2 coding), run in DuckDB on a
 * synthetic log with a contract end and flags per customer, equals the engine: the customer
 * table cell for cell (with its region, channel and plan), survival by plan, and the KPIs
 * (counts exact, losses counted on the contract-end date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { ChurnDefinition, SurvivalResult } from '../../src/engine/api.ts';
import { CUSTOMER_SQL_COLUMNS } from '../../src/sql/index.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { expectGroupedSurvival } from './survivalGroupCheck.ts';
import { expectKpis } from './clickhouse/expectKpisRfm.ts';
import { contractLog, generatedRows, type LoadedPair } from './sqlInputs.ts';

const DEFINITIONS: [string, ChurnDefinition][] = [
  ['a contract end', { kind: 'contract-end' }],
  // Yes/No/empty, dated by the churn_date column (contract_end) on the latest row.
  ['a yes/no churn flag', { kind: 'flag' }],
  // R survival's status coding: every value 1 or 2, 2 = churned.
  ['a 1/2 status flag', { kind: 'flag', column: 'status12' }],
];
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(Number(v)).toISOString().slice(0, 10));

let p: LoadedPair;
beforeAll(async () => {
  p = await contractLog();
});
afterAll(() => p?.close());

describe.each(DEFINITIONS)('SQL under %s on a synthetic log', (_name, definition) => {
  beforeAll(() => {
    value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition, unit: 'weeks' }));
  });

  it('customer table: dates, counts, tenure, churn flag, date and status exactly; region, channel, plan', async () => {
    const rows = await generatedRows(p, 'customers', { definition, unit: 'weeks' });
    const t = tableFromIPC(value(p.engine.customerRows(p.id, 0, 1e9)));
    const app = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < t.numRows; i++) {
      const r = t.get(i)!.toJSON() as Record<string, unknown>;
      app.set(String(r.customer_id), r);
    }
    expect(rows.length).toBe(app.size);
    const keys = ['first_date', 'last_date', 'churn_date', 'tenure_days', 'orders', 'churned', 'churn_status'];
    const attributes = ['region', 'channel', 'plan'];
    const pick = (r: Record<string, unknown>, dates: (v: unknown) => unknown) => [
      ...keys.map((k) => (k.endsWith('_date') ? dates(r[k]) : k === 'churn_status' ? r[k] : Number(r[k]))),
      ...attributes.map((a) => r[a] ?? null),
    ];
    // Exact: every customer (the SQL's dates are already YYYY-MM-DD).
    expect(rows.map((r) => pick(r, (v) => v ?? null))).toEqual(
      rows.map((r) => pick(app.get(String(r.customer_id)) ?? {}, iso)),
    );
    // Not vacuous: churned and active customers, and ends after the as-of date among the active.
    const status = new Set(rows.map((r) => r.churn_status));
    expect([...status].sort()).toEqual(['active', 'churned']);
    expect(Object.keys(rows[0]).slice(CUSTOMER_SQL_COLUMNS.length)).toEqual(attributes);
  });

  it('survival by plan, loss known, months: every curve from the counts equals the engine', async () => {
    const rows = await generatedRows(p, 'survival', { definition, options: { group: 'plan' } });
    const app: SurvivalResult = value(p.engine.analyze(p.id, 'survival', { unit: 'months', group: 'plan' }));
    expectGroupedSurvival(rows, app, 'months');
  });

  it('churn KPIs of the default year: counts exact', async () => {
    const rows = await generatedRows(p, 'churn-kpis', { definition, options: {} });
    expectKpis(rows, p.engine, p.id, definition, {});
  });
});
