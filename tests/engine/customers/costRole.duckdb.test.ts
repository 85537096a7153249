/**
 * The cost role (issue 14, section 2): a column named like a cost is suggested as one, and its
 * rows are summed per customer over the same rows as the amounts (returns netted or dropped,
 * rows after the as-of day left out), checked against the same sums written in DuckDB SQL; a
 * snapshot keeps each customer's own cost. The column joins the customer table as total_cost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CustomerTableSpec, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { roleFromName } from '../../../src/core/inspection/roleSuggestion.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { bytesFile } from '../../sharedData.ts';

/** A seeded log: 40 customers over 2024, a tenth of rows returns (negative amount and cost), some after the as-of day. */
function generatedLog(seed: number): string {
  const random = mulberry32(seed);
  const lines = ['customer_id,date,amount,cost'];
  for (let r = 0; r < 600; r++) {
    const customer = `c${Math.floor(random() * 40)}`;
    const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(random() * 366))).toISOString().slice(0, 10);
    const sign = random() < 0.1 ? -1 : 1;
    const amount = Math.round(random() * 20000) / 100;
    const cost = Math.round(amount * (0.4 + random() * 0.8) * 100) / 100;
    lines.push(`${customer},${day},${sign * amount},${sign * cost}`);
  }
  return lines.join('\n');
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('role cost', () => {
  it('roleFromName suggests cost for cost, COGS, 成本 and 销售成本, not for a unit cost', () => {
    expect(['cost', 'COGS', 'Total Cost', 'cost_to_serve', '成本', '销售成本'].map(roleFromName)).toEqual(
      Array(6).fill('cost'),
    );
    expect(roleFromName('unit cost')).toBeNull();
  });

  it.each(['net', 'drop'] as const)(
    'buildCustomerTable(log with cost, returns %s) sums cost per customer as DuckDB does',
    async (returns) => {
      const text = generatedLog(14);
      const dir = mkdtempSync(join(tmpdir(), 'churnscope-cost-'));
      dirs.push(dir);
      const path = join(dir, 'log.csv');
      writeFileSync(path, text);
      const engine = createEngine();
      const opened = await engine.openDataset([bytesFile('log.csv', text)]);
      if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
      expect(opened.value.columns.find((c) => c.name === 'cost')?.role).toBe('cost');
      const roles: Record<string, Role> = { customer_id: 'customer_id', date: 'date', amount: 'amount', cost: 'cost' };
      const spec: CustomerTableSpec = {
        roles,
        definition: { kind: 'inactivity', days: 60 },
        asOf: '2024-11-30',
        returns,
      };
      const built = engine.buildCustomerTable(opened.value.id, spec);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      const ipc = engine.customerRows(opened.value.id, 0, 1e9);
      if (!ipc.ok) throw new Error('no rows');
      const ours = tableFromIPC(ipc.value);
      const names = ours.schema.fields.map((f) => f.name);
      expect(names.slice(names.indexOf('total_value'), names.indexOf('total_value') + 2)).toEqual([
        'total_value',
        'total_cost',
      ]);

      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      // A customer is in the table when they bought (a positive amount) by the as-of day.
      const reader = await con.runAndReadAll(`
        WITH t AS (SELECT * FROM read_csv('${path}', header = true) WHERE date <= DATE '2024-11-30'),
        kept AS (SELECT * FROM t WHERE ${returns === 'drop' ? 'amount >= 0' : 'true'})
        SELECT customer_id, SUM(cost) AS cost, SUM(amount) AS amount FROM kept
        WHERE customer_id IN (SELECT customer_id FROM t WHERE amount >= 0)
        GROUP BY customer_id ORDER BY customer_id`);
      const reference = reader.getRowObjects() as { customer_id: string; cost: number; amount: number }[];
      con.closeSync();
      expect(ours.numRows).toBe(reference.length);
      const index = new Map<string, number>();
      for (let i = 0; i < ours.numRows; i++) index.set(ours.getChild('customer_id')!.get(i), i);
      for (const ref of reference) {
        const i = index.get(ref.customer_id)!;
        // Sums of the same cents in another order: equal to within floating-point rounding.
        expect(Math.abs(ours.getChild('total_cost')!.get(i) - ref.cost)).toBeLessThanOrEqual(1e-9 * 1e5);
        expect(Math.abs(ours.getChild('total_value')!.get(i) - ref.amount)).toBeLessThanOrEqual(1e-9 * 1e5);
      }
    },
  );

  it('buildCustomerTable(snapshot with a cost column) keeps each customer’s own cost; without one there is no total_cost', async () => {
    const text = ['id,churn,value,cost', 'a,0,100,30', 'b,1,50,70', 'c,0,80,'].join('\n');
    const engine = createEngine();
    const opened = await engine.openDataset([bytesFile('snap.csv', text)]);
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const roles: Record<string, Role> = { id: 'customer_id', churn: 'churn_flag', value: 'value', cost: 'cost' };
    const costs = (r: Record<string, Role>) => {
      const built = engine.buildCustomerTable(opened.value.id, { roles: r, definition: { kind: 'flag' } });
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      const ipc = engine.customerRows(opened.value.id, 0, 10);
      if (!ipc.ok) throw new Error('no rows');
      const column = tableFromIPC(ipc.value).getChild('total_cost');
      return column ? Array.from({ length: 3 }, (_, i) => column.get(i)) : null;
    };
    expect(costs(roles)).toEqual([30, 70, null]);
    expect(costs({ ...roles, cost: 'ignore' })).toBeNull();
  });
});
