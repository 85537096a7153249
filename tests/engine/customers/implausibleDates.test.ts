/**
 * One implausible date must not become the default as-of date (issue 12 §3): small logs and a
 * snapshot with 9999-12-31, 2099-01-01 and 1900-01-01, every expectation worked by hand in the
 * comments. The clock is injected, so "today" is 2024-06-15 whatever the machine says.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { CustomerTableSpec, EngineApi, Issue, Result } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';

const TODAY = Date.parse('2024-06-15T10:00:00Z');

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const iso = (ms: number | null) => (ms === null || Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10));

function customerRows(
  engine: EngineApi,
  id: string,
): Record<string, { first: string | null; last: string | null; orders: number }> {
  const t = tableFromIPC(value(engine.customerRows(id, 0, 1e9)));
  const out: Record<string, { first: string | null; last: string | null; orders: number }> = {};
  for (let i = 0; i < t.numRows; i++)
    out[String(t.getChild('customer_id')!.get(i))] = {
      first: iso(t.getChild('first_date')!.get(i)),
      last: iso(t.getChild('last_date')!.get(i)),
      orders: t.getChild('orders')!.get(i),
    };
  return out;
}

const byCode = (issues: Issue[], code: Issue['code']) => issues.filter((i) => i.code === code);

// Lines (the header is line 1): B has a 9999-12-31 row (line 5), C only a 2099-01-01 row (line 6),
// D a 1900-01-01 placeholder (line 7).
const LOG = `customer,date,amount
A,2024-01-10,10
A,2024-03-01,20
B,2024-02-15,5
B,9999-12-31,7
C,2099-01-01,3
D,1900-01-01,4
D,2024-04-20,6
E,2024-05-31,8
`;
const LOG_SPEC: CustomerTableSpec = {
  roles: { customer: 'customer_id', date: 'date', amount: 'amount' },
  definition: { kind: 'inactivity', days: 60 },
  unit: 'days',
};

describe('implausible dates in a transaction log', () => {
  it('the default as-of date is the last date up to today; later rows are not activity, placeholders are left out', async () => {
    const engine = createEngine({ now: () => TODAY });
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    const summary = value(engine.buildCustomerTable(s.id, LOG_SPEC));
    // Dates up to 2024-06-16 (today + a day of grace): the last is E's 2024-05-31; the first is
    // A's 2024-01-10 (D's 1900-01-01 is a placeholder).
    expect([summary.asOf, summary.dataFrom, summary.dataTo]).toEqual(['2024-05-31', '2024-01-10', '2024-05-31']);
    // A, B, D, E: C's only row (2099) is after the as-of date, so C never became a customer.
    expect(summary.customers).toBe(4);
    expect(summary.leftOutDetail).toMatchObject({ afterAsOf: 2, placeholderDate: 1, noDate: 0 });
    expect(summary.leftOut).toBe(3);
    expect(customerRows(engine, s.id)).toEqual({
      A: { first: '2024-01-10', last: '2024-03-01', orders: 2 },
      B: { first: '2024-02-15', last: '2024-02-15', orders: 1 },
      D: { first: '2024-04-20', last: '2024-04-20', orders: 1 },
      E: { first: '2024-05-31', last: '2024-05-31', orders: 1 },
    });
    // Silent for more than 60 days on 2024-05-31: A (91 days since 03-01), B (106 since 02-15).
    expect(summary.churned).toBe(2);
    // The table states what it did with them, as the quality report does.
    const future = byCode(summary.issues, 'future-dates');
    expect(future).toHaveLength(1);
    expect(future[0]).toMatchObject({ column: 'date', count: 2, rows: [5, 6], params: { today: '2024-06-15' } });
    expect(byCode(summary.issues, 'ancient-dates')[0]).toMatchObject({ column: 'date', count: 1, rows: [7] });
  });

  it('the quality report names the dates: column, count, first rows and examples', async () => {
    const engine = createEngine({ now: () => TODAY });
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    expect(byCode(s.issues, 'future-dates')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        column: 'date',
        count: 2,
        rows: [5, 6],
        examples: ['9999-12-31', '2099-01-01'],
        params: { today: '2024-06-15' },
      }),
    ]);
    expect(byCode(s.issues, 'ancient-dates')).toEqual([
      expect.objectContaining({ column: 'date', count: 1, rows: [7], examples: ['1900-01-01'] }),
    ]);
  });

  it('the table equals the one built from the log without the implausible rows', async () => {
    const engine = createEngine({ now: () => TODAY });
    const clean = LOG.split('\n')
      .filter((l) => !/9999|2099|1900/.test(l))
      .join('\n');
    const a = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    const b = value(await engine.openDataset([bytesFile('clean.csv', clean)]));
    const sa = value(engine.buildCustomerTable(a.id, LOG_SPEC));
    const sb = value(engine.buildCustomerTable(b.id, LOG_SPEC));
    expect(customerRows(engine, a.id)).toEqual(customerRows(engine, b.id));
    expect([sa.asOf, sa.customers, sa.churned]).toEqual([sb.asOf, sb.customers, sb.churned]);
  });

  it('the clock is the machine’s unless injected: on 2099-06-01, 2099-01-01 is a plausible last date', async () => {
    const engine = createEngine({ now: () => Date.parse('2099-06-01T00:00:00Z') });
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    const summary = value(engine.buildCustomerTable(s.id, LOG_SPEC));
    // 9999-12-31 is still after today; C (2099-01-01) is now a customer, five in all.
    expect([summary.asOf, summary.customers, summary.leftOutDetail.afterAsOf]).toEqual(['2099-01-01', 5, 1]);
  });

  it('the as-of warning measures against the plausible range, not 9999-12-31', async () => {
    const engine = createEngine({ now: () => TODAY });
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    // The data ends on 2024-05-31 (not 9999-12-31): 2024-07-15 is 45 days after it, more than the month's grace.
    const late = value(engine.buildCustomerTable(s.id, { ...LOG_SPEC, asOf: '2024-07-15' }));
    expect(byCode(late.issues, 'as-of-after-data')[0]?.params).toEqual({
      asOf: '2024-07-15',
      from: '2024-01-10',
      to: '2024-05-31',
    });
    // 2024-06-30 is 30 days after: within the grace, no warning.
    const close = value(engine.buildCustomerTable(s.id, { ...LOG_SPEC, asOf: '2024-06-30' }));
    expect(byCode(close.issues, 'as-of-after-data')).toEqual([]);
  });
});

describe('implausible dates in a customer snapshot', () => {
  // Customer 2's contract end 2099-12-31 means "no end yet"; customer 3's signup is a 1900 placeholder.
  const SNAPSHOT = `id,signup,end
1,2023-01-01,2024-03-01
2,2023-02-01,2099-12-31
3,1900-01-01,2024-05-01
4,2023-06-01,
`;
  it('a contract end after today neither sets the as-of date nor counts as a loss; a 1900 signup is unknown', async () => {
    const engine = createEngine({ now: () => TODAY });
    const s = value(await engine.openDataset([bytesFile('snapshot.csv', SNAPSHOT)]));
    const summary = value(
      engine.buildCustomerTable(s.id, {
        roles: { id: 'customer_id', signup: 'signup_date', end: 'churn_date' },
        definition: { kind: 'contract-end' },
      }),
    );
    // Plausible dates: 2023-01-01 … 2024-05-01 (2099-12-31 after today, 1900-01-01 a placeholder).
    expect([summary.asOf, summary.dataFrom, summary.dataTo]).toEqual(['2024-05-01', '2023-01-01', '2024-05-01']);
    // Ends on or before 2024-05-01: customers 1 and 3.
    expect([summary.customers, summary.churned]).toEqual([4, 2]);
    expect(customerRows(engine, s.id)['3'].first).toBeNull();
    expect(byCode(summary.issues, 'future-dates')[0]).toMatchObject({ column: 'end', count: 1, rows: [3] });
    expect(byCode(summary.issues, 'ancient-dates')[0]).toMatchObject({ column: 'signup', count: 1, rows: [4] });
  });
});
