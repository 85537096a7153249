/**
 * The customer table of a real transaction log (UCI Online Retail, Q4 2011) against the same
 * roll-up written independently in DuckDB SQL: distinct purchase days, first and last day and
 * total value per customer, with returns and cancellations dropped by the same stated rule; and,
 * on the whole year with returns netted, that returns are never purchases (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';

const MONTHS = ['2011-10', '2011-11', '2011-12'];
const YEAR = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];

describe('customer table against DuckDB', () => {
  it('buildCustomerTable(Online Retail Q4 2011, returns dropped) equals a DuckDB GROUP BY customer', async () => {
    const engine = createEngine();
    const opened = await engine.openDataset(await Promise.all(MONTHS.map((m) => sourceFile(RETAIL_MONTH(m)))));
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const s = opened.value;
    const roles: Record<string, Role> = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
    expect(roles).toMatchObject({
      CustomerID: 'customer_id',
      InvoiceDate: 'date',
      Quantity: 'quantity',
      UnitPrice: 'price',
    });
    const built = engine.buildCustomerTable(s.id, {
      roles,
      definition: { kind: 'inactivity', days: 30 },
      returns: 'drop',
      unit: 'days',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const ipc = engine.customerRows(s.id, 0, 1e9);
    if (!ipc.ok) throw new Error('no rows');
    const ours = tableFromIPC(ipc.value);

    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const files = MONTHS.map((m) => `'${RETAIL_MONTH(m)}'`).join(', ');
    const reader = await con.runAndReadAll(`
      WITH t AS (
        SELECT CustomerID AS cid, CAST(InvoiceDate AS DATE) AS d, Quantity * UnitPrice AS amount, InvoiceNo
        FROM read_csv([${files}], header = true, types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})
        WHERE CustomerID IS NOT NULL AND CustomerID <> ''
      ),
      kept AS (SELECT * FROM t WHERE NOT (amount < 0 OR InvoiceNo LIKE 'C%')),
      days AS (SELECT cid, d, SUM(amount) AS revenue FROM kept GROUP BY cid, d)
      SELECT cid, CAST(MIN(d) AS VARCHAR) AS first_day, CAST(MAX(d) AS VARCHAR) AS last_day, COUNT(*) AS orders, SUM(revenue) AS total,
        (SELECT COUNT(*) FROM t) - (SELECT COUNT(*) FROM kept) AS dropped
      FROM days GROUP BY cid ORDER BY cid`);
    const reference = reader.getRowObjects() as {
      cid: string;
      first_day: string;
      last_day: string;
      orders: bigint;
      total: number;
      dropped: bigint;
    }[];
    expect(built.value.customers).toBe(reference.length);
    expect(built.value.leftOutDetail.dropped).toBe(Number(reference[0].dropped));
    const index = new Map<string, number>();
    const ids = ours.getChild('customer_id')!;
    for (let i = 0; i < ours.numRows; i++) index.set(ids.get(i), i);
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (const ref of reference) {
      const i = index.get(ref.cid)!;
      expect(i).toBeDefined();
      expect(ours.getChild('orders')!.get(i)).toBe(Number(ref.orders));
      expect(iso(ours.getChild('first_date')!.get(i))).toBe(ref.first_day);
      expect(iso(ours.getChild('last_date')!.get(i))).toBe(ref.last_day);
      // Sums of the same cents in another order: equal to within floating-point rounding.
      expect(Math.abs(ours.getChild('total_value')!.get(i) - ref.total)).toBeLessThanOrEqual(
        1e-6 * Math.max(1, Math.abs(ref.total)),
      );
    }
    con.closeSync();
  });

  it('buildCustomerTable(Online Retail 2010-12 … 2011-12, returns net): purchases exclude cancellations like DuckDB', async () => {
    const engine = createEngine();
    const opened = await engine.openDataset(await Promise.all(YEAR.map((m) => sourceFile(RETAIL_MONTH(m)))));
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const s = opened.value;
    const roles: Record<string, Role> = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
    const built = engine.buildCustomerTable(s.id, {
      roles,
      definition: { kind: 'inactivity', days: 90 },
      returns: 'net',
      unit: 'days',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const ipc = engine.customerRows(s.id, 0, 1e9);
    if (!ipc.ok) throw new Error('no rows');
    const ours = tableFromIPC(ipc.value);

    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const files = YEAR.map((m) => `'${RETAIL_MONTH(m)}'`).join(', ');
    await con.run(`
      CREATE TABLE t AS
      SELECT CustomerID AS cid, CAST(InvoiceDate AS DATE) AS d, Quantity * UnitPrice AS amount,
        (Quantity * UnitPrice < 0 OR InvoiceNo LIKE 'C%') AS is_return
      FROM read_csv([${files}], header = true, types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})
      WHERE CustomerID IS NOT NULL AND CustomerID <> ''`);
    const reference = (
      await con.runAndReadAll(`
        SELECT cid, CAST(MIN(d) AS VARCHAR) AS first_day, CAST(MAX(d) AS VARCHAR) AS last_day,
          COUNT(DISTINCT d) AS orders
        FROM t WHERE NOT is_return GROUP BY cid ORDER BY cid`)
    ).getRowObjects() as { cid: string; first_day: string; last_day: string; orders: bigint }[];
    const returnsOnly = (
      await con.runAndReadAll(`
        SELECT COUNT(*) AS n FROM (SELECT cid FROM t GROUP BY cid HAVING bool_and(is_return))`)
    ).getRowObjects()[0].n as bigint;
    const netTotal = (
      await con.runAndReadAll(`SELECT SUM(amount) AS total FROM t WHERE cid IN (SELECT cid FROM t WHERE NOT is_return)`)
    ).getRowObjects()[0].total as number;

    expect(built.value.customers).toBe(reference.length);
    expect(Number(returnsOnly)).toBeGreaterThan(0);
    expect(built.value.issues.find((i) => i.code === 'returns-only-customers')?.count).toBe(Number(returnsOnly));
    const index = new Map<string, number>();
    const ids = ours.getChild('customer_id')!;
    for (let i = 0; i < ours.numRows; i++) index.set(ids.get(i), i);
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (const ref of reference) {
      const i = index.get(ref.cid)!;
      expect(i).toBeDefined();
      expect(ours.getChild('orders')!.get(i)).toBe(Number(ref.orders));
      expect(iso(ours.getChild('first_date')!.get(i))).toBe(ref.first_day);
      expect(iso(ours.getChild('last_date')!.get(i))).toBe(ref.last_day);
    }
    // Netted money of the table's customers: the same cents summed in another order (1e-6 relative).
    let total = 0;
    for (let i = 0; i < ours.numRows; i++) total += ours.getChild('total_value')!.get(i);
    expect(Math.abs(total - netTotal)).toBeLessThanOrEqual(1e-6 * Math.abs(netTotal));
    con.closeSync();
  }, 60_000);
});
