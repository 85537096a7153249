/**
 * Customer ids that differ only in case or surrounding spaces (issue 12 §3): reported by default,
 * merged into one customer on request. Small files; every expectation worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { CustomerTableSpec, EngineApi, Issue, Result } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function customerRows(engine: EngineApi, id: string) {
  const t = tableFromIPC(value(engine.customerRows(id, 0, 1e9)));
  const out: Record<string, { first: string; last: string; orders: number; total: number }> = {};
  for (let i = 0; i < t.numRows; i++)
    out[String(t.getChild('customer_id')!.get(i))] = {
      first: iso(t.getChild('first_date')!.get(i)),
      last: iso(t.getChild('last_date')!.get(i)),
      orders: t.getChild('orders')!.get(i),
      total: t.getChild('total_value')!.get(i),
    };
  return out;
}

const only = (issues: Issue[], code: Issue['code']) => {
  const found = issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

// Spellings in row order: C001 (line 2), c001 (3), " C001 " (4), "C002 " (5), C002 (6), C003 (7, 8).
const LOG = `customer,date,amount
C001,2024-01-05,10
c001,2024-02-05,20
" C001 ",2024-03-05,5
"C002 ",2024-01-10,7
C002,2024-04-01,3
C003,2024-03-01,4
C003,2024-03-20,6
`;
const SPEC: CustomerTableSpec = {
  roles: { customer: 'customer_id', date: 'date', amount: 'amount' },
  definition: { kind: 'inactivity', days: 20 },
  unit: 'days',
};

describe('customer ids that differ only in case or spaces', () => {
  it('the quality report names them: ids affected, spellings, rows of the later spellings, examples', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    // Two ids have variants: C001 (3 spellings) and C002 (2): 5 spellings; later spellings on lines 3, 4 and 6.
    expect(only(s.issues, 'id-spelling-variants')).toMatchObject({
      severity: 'warning',
      column: 'customer',
      count: 2,
      rowCount: 3,
      rows: [3, 4, 6],
      params: { spellings: 5 },
      examples: ['C001', 'c001', ' C001 ', 'C002 ', 'C002'],
    });
  });

  it('by default every spelling is its own customer, and the summary says how many ids are affected', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    const summary = value(engine.buildCustomerTable(s.id, SPEC));
    // Six spellings, six customers.
    expect([summary.customers, summary.idMatching]).toEqual([6, 'exact']);
    expect(summary.idVariants).toEqual({ ids: 2, spellings: 5 });
    expect(only(summary.issues, 'id-spelling-variants').count).toBe(2);
  });

  it('idMatching trim-case folds them into one customer each, labelled by the first spelling, trimmed', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    const summary = value(engine.buildCustomerTable(s.id, { ...SPEC, idMatching: 'trim-case' }));
    // C001 = lines 2–4: 2024-01-05 … 03-05, three days, 10 + 20 + 5; C002 = lines 5–6: 01-10 … 04-01,
    // 7 + 3; C003 = lines 7–8: 03-01 … 03-20, 4 + 6.
    expect(customerRows(engine, s.id)).toEqual({
      C001: { first: '2024-01-05', last: '2024-03-05', orders: 3, total: 35 },
      C002: { first: '2024-01-10', last: '2024-04-01', orders: 2, total: 10 },
      C003: { first: '2024-03-01', last: '2024-03-20', orders: 2, total: 10 },
    });
    // As of 2024-04-01 (the last date), silent for more than 20 days: C001 only (27 days since 03-05;
    // C003 12 days, C002 none).
    expect([summary.customers, summary.churned, summary.asOf]).toEqual([3, 1, '2024-04-01']);
    expect(summary.idVariants).toEqual({ ids: 2, spellings: 5 });
    expect(only(summary.issues, 'ids-merged')).toMatchObject({ severity: 'info', count: 2, params: { spellings: 5 } });
    expect(summary.issues.some((i) => i.code === 'id-spelling-variants')).toBe(false);
  });

  it('merging can show that rows which looked one per customer are a transaction log', async () => {
    const engine = createEngine();
    // Every spelling appears once (a snapshot by exact ids); merged, C001 has three purchase days.
    const s = value(
      await engine.openDataset([
        bytesFile('log.csv', 'customer,date\nC001,2024-01-05\nc001,2024-02-05\n C001 ,2024-03-05\n'),
      ]),
    );
    const spec: CustomerTableSpec = { ...SPEC, roles: { customer: 'customer_id', date: 'date' } };
    expect(value(engine.buildCustomerTable(s.id, spec)).shape).toBe('customers');
    const merged = value(engine.buildCustomerTable(s.id, { ...spec, idMatching: 'trim-case' }));
    expect([merged.shape, merged.customers]).toEqual(['transactions', 1]);
    expect(customerRows(engine, s.id).C001).toMatchObject({ first: '2024-01-05', last: '2024-03-05', orders: 3 });
  });

  it('in a snapshot, merged spellings are one customer: its last row is kept, the others count as repeats', async () => {
    const engine = createEngine();
    const snapshot = `id,plan,churned
A1,basic,no
a1,pro,yes
B2,basic,no
`;
    const s = value(await engine.openDataset([bytesFile('snapshot.csv', snapshot)]));
    const spec: CustomerTableSpec = {
      roles: { id: 'customer_id', plan: 'attribute', churned: 'churn_flag' },
      definition: { kind: 'flag' },
    };
    const exact = value(engine.buildCustomerTable(s.id, spec));
    expect([exact.customers, exact.churned, exact.leftOutDetail.duplicates]).toEqual([3, 1, 0]);
    const merged = value(engine.buildCustomerTable(s.id, { ...spec, idMatching: 'trim-case' }));
    // A1 keeps its last row (a1, pro, churned): customers A1 and B2, one churned, one repeated row.
    expect([merged.customers, merged.churned, merged.leftOutDetail.duplicates]).toEqual([2, 1, 1]);
  });
});
