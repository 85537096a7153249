/**
 * Attributes that vary within customers (issue 12, section 4), on a hand-made log with every
 * expected value worked out by hand in the comments: which columns are constant within
 * customers, each rule's value per customer, that a varying column is not read without a rule,
 * and that the rules reach churn by attribute and survival groups and their stamps.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { AttributeVariation, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';
import { value } from '../analyses/analysisFixtures.ts';
import { LOG } from './attributeLog.ts';

const ROLES: Record<string, Role> = {
  customer_id: 'customer_id',
  date: 'date',
  amount: 'amount',
  StockCode: 'attribute',
  Country: 'attribute',
  Size: 'attribute',
  Segment: 'attribute',
};

async function built() {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
  const summary = value(
    engine.buildCustomerTable(s.id, {
      roles: ROLES,
      definition: { kind: 'inactivity', days: 35 },
      asOf: '2024-03-31',
      unit: 'days',
    }),
  );
  return { engine, id: s.id, summary };
}

describe('attribute rules on a hand-made log', () => {
  it('buildCustomerTable(log) says which attributes are constant within customers', async () => {
    const { summary } = await built();
    expect(summary.customers).toBe(5);
    const by = Object.fromEntries(summary.attributeVariation.map((v) => [v.column, v]));
    // StockCode differs for a, b and e (d's Q is a return); Country for b; Size for a, b, e.
    expect(by).toEqual({
      StockCode: { column: 'StockCode', level: 'varies', varyingCustomers: 3 },
      Country: { column: 'Country', level: 'varies', varyingCustomers: 1 },
      Size: { column: 'Size', level: 'varies', varyingCustomers: 3 },
      Segment: { column: 'Segment', level: 'customer', varyingCustomers: 0 },
    } satisfies Record<string, AttributeVariation>);
  });

  it('the customer table keeps each customer’s latest purchase row (the latest rule)', async () => {
    const { engine, id } = await built();
    const t = tableFromIPC(value(engine.customerRows(id, 0, 100)));
    const of = (name: string) =>
      Object.fromEntries(
        Array.from({ length: t.numRows }, (_, i) => [t.getChild('customer_id')!.get(i), t.getChild(name)!.get(i)]),
      );
    expect(of('StockCode')).toEqual({ a: 'Y', b: null, c: 'W', d: 'X', e: 'B' });
    expect(of('Size')).toEqual({ a: 5, b: null, c: 7, d: 2, e: 2 });
  });

  it("analyze('churn-by-attribute') of a varying column without a rule asks for one", async () => {
    const { engine, id } = await built();
    const r = engine.analyze(id, 'churn-by-attribute', { column: 'StockCode' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'attribute-needs-rule', column: 'StockCode', count: 3 });
    // A customer-level column needs none, and states none.
    const segment = value(engine.analyze(id, 'churn-by-attribute', { column: 'Segment' }));
    expect(segment.stamp.parameters.attributeRules).toBeUndefined();
  });

  const rate = (groups: { label: string; count: number; churned: number }[]) =>
    Object.fromEntries(groups.map((g) => [g.label, [g.churned, g.count]]));

  it("analyze('churn-by-attribute', most-frequent) groups each customer by their mode", async () => {
    const { engine, id } = await built();
    const r = value(
      engine.analyze(id, 'churn-by-attribute', {
        column: 'StockCode',
        attributeRules: { StockCode: 'most-frequent' },
        minGroupSize: 1,
      }),
    );
    // Modes: a Y (active), b Z (churned), c W (active), d X (churned), e B (churned).
    expect(rate(r.groups)).toEqual({ Y: [0, 1], Z: [1, 1], W: [0, 1], X: [1, 1], B: [1, 1] });
    expect(r.stamp.parameters.attributeRules).toEqual({ StockCode: 'most-frequent' });
    const country = value(
      engine.analyze(id, 'churn-by-attribute', { column: 'Country', attributeRules: { Country: 'most-frequent' } }),
    );
    // b's mode is France (3 of 4 rows): UK a, c, d, e (d, e churned); France b (churned).
    expect(rate(country.groups)).toEqual({ UK: [2, 4], France: [1, 1] });
  });

  it("analyze('churn-by-attribute', latest) equals the latest row, empty cells missing", async () => {
    const { engine, id } = await built();
    const r = value(
      engine.analyze(id, 'churn-by-attribute', { column: 'StockCode', attributeRules: { StockCode: 'latest' } }),
    );
    // Latest: a Y, b empty, c W, d X, e B.
    expect(rate(r.groups)).toEqual({ Y: [0, 1], W: [0, 1], X: [1, 1], B: [1, 1] });
    expect(r.missing).toBe(1);
    expect(r.stamp.parameters.attributeRules).toEqual({ StockCode: 'latest' });
  });

  it("analyze('churn-by-attribute', count-distinct) counts each customer's distinct values", async () => {
    const { engine, id } = await built();
    const r = value(
      engine.analyze(id, 'churn-by-attribute', {
        column: 'StockCode',
        attributeRules: { StockCode: 'count-distinct' },
      }),
    );
    // Distinct: a 2, b 2 (Z, X; the empty cell is no value), c 1, d 1 (the return's Q is not a purchase), e 2.
    // "1": c active, d churned; "2": a active, b and e churned.
    expect(rate(r.groups)).toEqual({ '1': [1, 2], '2': [2, 3] });
    const size = value(
      engine.analyze(id, 'churn-by-attribute', { column: 'Size', attributeRules: { Size: 'count-distinct' } }),
    );
    // Size distinct: a 3 (1, 2, 5), b 2 (3, 4), c 1, d 1, e 2.
    expect(rate(size.groups)).toEqual({ '1': [1, 2], '2': [2, 2], '3': [0, 1] });
    const mode = value(
      engine.analyze(id, 'churn-by-attribute', { column: 'Size', attributeRules: { Size: 'most-frequent' } }),
    );
    // Size modes: a 1, b 3, c 7, d 2, e 2 (tie 1/2 goes to 2, later in the file).
    expect(rate(mode.groups)).toEqual({ '1': [0, 1], '3': [1, 1], '7': [0, 1], '2': [2, 2] });
  });

  it("analyze('survival') groups and filters by a rule, and stamps it", async () => {
    const { engine, id } = await built();
    const r = value(
      engine.analyze(id, 'survival', {
        unit: 'days',
        group: 'StockCode',
        filters: [{ column: 'Country', in: ['UK'] }],
        attributeRules: { StockCode: 'count-distinct', Country: 'most-frequent' },
      }),
    );
    // Country mode UK: a, c, d, e. Distinct StockCodes: a 2, c 1, d 1, e 2.
    const by = Object.fromEntries(r.groups.map((g) => [g.name, [g.events, g.n]]));
    expect(by).toEqual({ '1': [1, 2], '2': [1, 2] });
    expect(r.stamp.parameters.attributeRules).toEqual({ StockCode: 'count-distinct', Country: 'most-frequent' });
    const unruled = engine.analyze(id, 'survival', { unit: 'days', filters: [{ column: 'Country', in: ['UK'] }] });
    expect(!unruled.ok && unruled.issues[0].code).toBe('attribute-needs-rule');
  });
});
