/** Recognising a customer table computed elsewhere by its column names, and the roles it gets. */
import { describe, expect, it } from 'vitest';
import { recogniseCustomerTable } from '../../../src/core/inspection/customerTableRecognition.ts';
import { recencyUnitDays } from '../../../src/engine/customers/computedMeasures.ts';
import { CUSTOMER_TABLE_COLUMNS } from '../../../src/engine/api.ts';

// The header `npm run cli -- customers --out` writes for Online Retail (its attributes between churn_date and churn_status).
const APP_EXPORT = [...CUSTOMER_TABLE_COLUMNS.slice(0, -1), 'Country', 'churn_status'];

describe('recogniseCustomerTable', () => {
  it("recogniseCustomerTable(the app's export) proposes the snapshot roles and reads the measures as computed", () => {
    const roles = recogniseCustomerTable(APP_EXPORT);
    expect(Object.fromEntries(APP_EXPORT.map((n, i) => [n, roles![i]]))).toEqual({
      customer_id: 'customer_id',
      first_date: 'signup_date',
      last_date: 'date',
      tenure_days: 'ignore',
      orders: 'ignore',
      frequency: 'ignore',
      recency: 'ignore',
      T: 'ignore',
      monetary: 'ignore',
      total_value: 'value',
      churned: 'churn_flag',
      churn_date: 'churn_date',
      Country: 'attribute',
      churn_status: 'ignore',
    });
  });

  it('recogniseCustomerTable(the SQL output with known_date and total_cost) keeps them out of the attributes', () => {
    const names = [
      'customer_id',
      'first_date',
      'last_date',
      'orders',
      'total_value',
      'total_cost',
      'churned',
      'known_date',
    ];
    expect(recogniseCustomerTable(names)).toEqual([
      'customer_id',
      'signup_date',
      'date',
      'ignore',
      'value',
      'cost',
      'churn_flag',
      'ignore',
    ]);
  });

  it('recogniseCustomerTable(a transaction log) is null', () => {
    expect(recogniseCustomerTable(['customer_id', 'date', 'amount'])).toBeNull();
    expect(
      recogniseCustomerTable(['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID']),
    ).toBeNull();
  });

  it('recogniseCustomerTable(a subscription snapshot with customer_id and churned) is null', () => {
    // Telco-like: an id and a flag, but not the customer table's measures.
    expect(recogniseCustomerTable(['customer_id', 'gender', 'tenure', 'MonthlyCharges', 'churned'])).toBeNull();
    expect(recogniseCustomerTable(['customer_id', 'first_date', 'churned', 'total_value', 'plan'])).toBeNull();
  });

  it('recogniseCustomerTable(names without the id, the flag or any date) is null', () => {
    const all = [...CUSTOMER_TABLE_COLUMNS];
    for (const missing of ['customer_id', 'churned'])
      expect(recogniseCustomerTable(all.filter((n) => n !== missing))).toBeNull();
    expect(recogniseCustomerTable(all.filter((n) => n !== 'first_date' && n !== 'last_date'))).toBeNull();
  });

  it('recogniseCustomerTable(a name twice, as two joined exports would) is null', () => {
    expect(recogniseCustomerTable([...CUSTOMER_TABLE_COLUMNS, 'churned'])).toBeNull();
  });

  it('recogniseCustomerTable matches names exactly (Customer_ID is not customer_id)', () => {
    expect(recogniseCustomerTable(CUSTOMER_TABLE_COLUMNS.map((n) => n.toUpperCase()))).toBeNull();
  });
});

describe('recencyUnitDays', () => {
  // Two customers, 14 and 70 days from first to last purchase.
  const first = Float64Array.of(0, 100, 5);
  const last = Float64Array.of(14, 170, 5);
  it('recencyUnitDays(recency in weeks) is 7', () => {
    expect(recencyUnitDays(Float64Array.of(2, 10, 0), first, last)).toBe(7);
  });
  it('recencyUnitDays(recency in days) is 1, and in months 365.25 / 12', () => {
    expect(recencyUnitDays(Float64Array.of(14, 70, 0), first, last)).toBe(1);
    expect(recencyUnitDays(Float64Array.of(14 / 30.4375, 70 / 30.4375, 0), first, last)).toBe(365.25 / 12);
  });
  it('recencyUnitDays(no repeat buyer) is null', () => {
    expect(recencyUnitDays(Float64Array.of(0, 0, 0), first, first)).toBeNull();
  });
});

describe('recogniseCustomerTable with types', () => {
  it('recogniseCustomerTable(an empty churn_date read as text) ignores it: nobody has churned yet', () => {
    const names = ['customer_id', 'first_date', 'last_date', 'orders', 'total_value', 'churned', 'churn_date'];
    const roles = recogniseCustomerTable(names, [
      'identifier',
      'date',
      'date',
      'integer',
      'decimal',
      'boolean',
      'text',
    ]);
    expect(roles![6]).toBe('ignore');
    const dated = recogniseCustomerTable(names, [
      'identifier',
      'date',
      'date',
      'integer',
      'decimal',
      'boolean',
      'date',
    ]);
    expect(dated![6]).toBe('churn_date');
  });
});
