/**
 * The customer table a SQL engine returned (CUSTOMER_SQL_COLUMNS) against the app's own
 * (engine.customerRows, Arrow): the same customers, and in every row the same dates, counts,
 * churn flag, churn date and status exactly; recency, T and tenure exactly (whole days over the
 * unit's days, the same division on both sides); total value and monetary to summation order.
 */
import { expect } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { EngineApi } from '../../../src/engine/api.ts';
import { byKey, expectSameSum, isoDay, num, type SqlRow } from './sqlRowChecks.ts';

export function expectCustomerTable(rows: SqlRow[], engine: EngineApi, datasetId: string): void {
  const ipc = engine.customerRows(datasetId, 0, 1e9);
  if (!ipc.ok) throw new Error('the engine has no customer table');
  const ours = tableFromIPC(ipc.value);
  expect(rows.length).toBe(ours.numRows);
  const sql = byKey(rows, (r) => String(r.customer_id));
  const col = (name: string) => {
    const c = ours.getChild(name);
    if (!c) throw new Error(`the app's customer table has no ${name}`);
    return c;
  };
  const [ids, first, last, tenure, orders, frequency, recency, T, monetary, total, churned, churnDate, status] = [
    'customer_id',
    'first_date',
    'last_date',
    'tenure_days',
    'orders',
    'frequency',
    'recency',
    'T',
    'monetary',
    'total_value',
    'churned',
    'churn_date',
    'churn_status',
  ].map(col);
  let mismatches = 0;
  for (let i = 0; i < ours.numRows; i++) {
    const id = ids.get(i) as string;
    const r = sql.get(id);
    if (!r) {
      expect.fail(`customer ${id} is missing from the SQL result`);
      return;
    }
    const exact = {
      first_date: [r.first_date, isoDay(first.get(i))],
      last_date: [r.last_date, isoDay(last.get(i))],
      tenure_days: [num(r.tenure_days), tenure.get(i)],
      orders: [num(r.orders), orders.get(i)],
      frequency: [num(r.frequency), frequency.get(i)],
      recency: [num(r.recency), recency.get(i)],
      T: [num(r.T), T.get(i)],
      churned: [num(r.churned), churned.get(i)],
      churn_date: [r.churn_date ?? null, isoDay(churnDate.get(i))],
      churn_status: [r.churn_status, status.get(i)],
    };
    for (const [name, [got, want]] of Object.entries(exact)) {
      if (got !== want && mismatches++ < 5) expect(got, `${name} of customer ${id}`).toBe(want);
    }
    expectSameSum(num(r.total_value), total.get(i), `total_value of customer ${id}`);
    expectSameSum(num(r.monetary), monetary.get(i), `monetary of customer ${id}`);
  }
  expect(mismatches).toBe(0);
}

/**
 * Attribute columns of the customer table (text, NULL when empty) equal the app's, exactly, for
 * every customer: for columns with one value on a customer's day (Online Retail's Country and
 * InvoiceNo), where the latest purchase day's value is the latest row's (see
 * customerTableSql.duckdb.test.ts for the columns whose lines differ within a day).
 */
export function expectAttributeColumns(rows: SqlRow[], engine: EngineApi, datasetId: string, names: string[]): void {
  const ipc = engine.customerRows(datasetId, 0, 1e9);
  if (!ipc.ok) throw new Error('the engine has no customer table');
  const ours = tableFromIPC(ipc.value);
  const sql = byKey(rows, (r) => String(r.customer_id));
  const text = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? null : String(v));
  const ids = ours.getChild('customer_id')!;
  const mismatches: Record<string, number> = {};
  for (const name of names) {
    const col = ours.getChild(name);
    if (!col) throw new Error(`the app's customer table has no ${name}`);
    mismatches[name] = 0;
    for (let i = 0; i < ours.numRows; i++)
      if (text(sql.get(ids.get(i) as string)?.[name]) !== text(col.get(i))) mismatches[name]++;
  }
  expect(mismatches).toEqual(Object.fromEntries(names.map((n) => [n, 0])));
}
