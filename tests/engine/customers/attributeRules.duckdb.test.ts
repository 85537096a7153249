/**
 * Attributes of a real transaction log (UCI Online Retail, 13 monthly files) against the same
 * questions written independently in DuckDB SQL over each customer's purchase rows (returns and
 * cancellations are not purchases: a negative amount or an invoice starting with C): how many
 * customers have more than one Country, StockCode, Description or InvoiceNo; each customer's
 * most frequent Country (a tie to the value seen latest, by day then file order); their number
 * of distinct StockCodes; and churn by that number in bands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { CustomerTableSpec, Role } from '../../../src/engine/api.ts';
import { loadDataset, type LoadedDataset } from '../../../src/engine/loading/datasetLoading.ts';
import { Job } from '../../../src/engine/loading/readContext.ts';
import { buildCustomerTable } from '../../../src/engine/customers/customerTableBuilding.ts';
import type { BuiltTable } from '../../../src/engine/analyses/analysis.ts';
import { ruledTable } from '../../../src/engine/customers/attributeRuling.ts';
import { attributeColumn } from '../../../src/engine/customers/customerSelection.ts';
import { churnByAttribute } from '../../../src/engine/analyses/churn-by-attribute.ts';
import { survival } from '../../../src/engine/analyses/survival.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { value } from '../analyses/analysisFixtures.ts';

const YEAR = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
const INACTIVE_DAYS = 90;

let ds: LoadedDataset;
let built: BuiltTable;
let db: DuckDBInstance;
let con: DuckDBConnection;
const rows = async <T>(sql: string) => (await con.runAndReadAll(sql)).getRowObjects() as T[];

beforeAll(async () => {
  const files = await Promise.all(YEAR.map((m) => sourceFile(RETAIL_MONTH(m))));
  ds = value(await loadDataset('ds1', files, {}, new Job()));
  const roles: Record<string, Role> = Object.fromEntries(ds.summary.columns.map((c) => [c.name, c.role]));
  expect(roles).toMatchObject({
    CustomerID: 'customer_id',
    InvoiceDate: 'date',
    Quantity: 'quantity',
    Country: 'attribute',
  });
  const spec: CustomerTableSpec = { roles, definition: { kind: 'inactivity', days: INACTIVE_DAYS }, unit: 'days' };
  built = { ...value(buildCustomerTable(ds, spec)), spec, derived: new Map() };
  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  const list = YEAR.map((m) => `'${RETAIL_MONTH(m)}'`).join(', ');
  // A table keeps the files' row order (rowid), the order the engine breaks same-day ties by.
  await con.run(`
    CREATE TABLE p AS
    SELECT CustomerID AS cid, CAST(InvoiceDate AS DATE) AS d, InvoiceNo, StockCode, Description, Country
    FROM read_csv([${list}], header = true,
      types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR', 'StockCode': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})
    WHERE CustomerID IS NOT NULL AND CustomerID <> '' AND NOT (Quantity * UnitPrice < 0 OR InvoiceNo LIKE 'C%')`);
}, 120_000);

afterAll(() => con?.closeSync());

describe('attribute rules on Online Retail against DuckDB', () => {
  it('buildCustomerTable counts the customers for whom each column varies as COUNT(DISTINCT) > 1 does', async () => {
    const [ref] = await rows<Record<string, bigint>>(`
      SELECT count(DISTINCT cid) AS customers,
        count(*) FILTER (WHERE countries > 1) AS Country, count(*) FILTER (WHERE stocks > 1) AS StockCode,
        count(*) FILTER (WHERE descriptions > 1) AS Description, count(*) FILTER (WHERE invoices > 1) AS InvoiceNo
      FROM (SELECT cid, count(DISTINCT Country) AS countries, count(DISTINCT StockCode) AS stocks,
              count(DISTINCT Description) AS descriptions, count(DISTINCT InvoiceNo) AS invoices FROM p GROUP BY cid)`);
    const summary = built.summary;
    expect(summary.customers).toBe(Number(ref.customers));
    const by = Object.fromEntries(summary.attributeVariation.map((v) => [v.column, v]));
    for (const column of ['Country', 'StockCode', 'Description', 'InvoiceNo'])
      expect([column, by[column].varyingCustomers]).toEqual([column, Number(ref[column])]);
    // Country differs for 8 of 4,339 customers (0.18 %): nearly constant, read by its latest value.
    expect(by.Country.level).toBe('nearly-customer');
    expect(by.StockCode.level).toBe('varies');
    expect(by.Description.level).toBe('varies');
  });

  it("ruledTable(Country: most-frequent) is each customer's mode, a tie going to the value seen latest", async () => {
    const reference = await rows<{ cid: string; mode: string }>(`
      WITH counts AS (
        SELECT cid, Country AS v, count(*) AS n, max(d) AS last_day, max(rowid) AS last_row
        FROM p WHERE Country IS NOT NULL GROUP BY cid, Country),
      ranked AS (SELECT *, row_number() OVER (PARTITION BY cid ORDER BY n DESC, last_day DESC, last_row DESC) AS k FROM counts)
      SELECT cid, v AS mode FROM ranked WHERE k = 1`);
    const ruled = value(ruledTable(built, ['Country'], { Country: 'most-frequent' }));
    const col = attributeColumn(ruled.table, 'Country')!;
    if (col.data.kind !== 'string') throw new Error('Country should be text');
    const { codes, dictionary } = col.data;
    const ours = new Map(built.table.ids.map((id, c) => [id, codes[c] < 0 ? null : dictionary[codes[c]]]));
    expect(ours.size).toBe(reference.length);
    for (const r of reference) expect([r.cid, ours.get(r.cid)]).toEqual([r.cid, r.mode]);
    expect(ruled.rules).toEqual({ Country: 'most-frequent' });
    // The rules differ here: 12394 and 12457 bought mostly in Belgium and Switzerland, last in Denmark and Cyprus.
    const latest = attributeColumn(built.table, 'Country')!.data as { codes: Int32Array };
    expect(built.table.ids.filter((_, c) => latest.codes[c] !== codes[c]).sort()).toEqual(['12394', '12457']);
  });

  it('ruledTable(StockCode: count-distinct) is COUNT(DISTINCT StockCode) per customer', async () => {
    const reference = await rows<{ cid: string; n: bigint }>(
      `SELECT cid, count(DISTINCT StockCode) AS n FROM p GROUP BY cid`,
    );
    const ruled = value(ruledTable(built, ['StockCode'], { StockCode: 'count-distinct' }));
    const col = attributeColumn(ruled.table, 'StockCode')!;
    if (col.data.kind !== 'number') throw new Error('a count should be a number');
    const values = col.data.values;
    const ours = new Map(built.table.ids.map((id, c) => [id, values[c]]));
    for (const r of reference) expect([r.cid, ours.get(r.cid)]).toEqual([r.cid, Number(r.n)]);
  });

  it("churn-by-attribute(StockCode: count-distinct, bands) equals SQL's churn by the same bands", async () => {
    const bands = [1, 10, 30, 100, 2000];
    const reference = await rows<{ band: number; customers: bigint; churned: bigint }>(`
      WITH c AS (
        SELECT cid, count(DISTINCT StockCode) AS n, max(d) AS last_day FROM p GROUP BY cid),
      as_of AS (SELECT max(d) AS day FROM p)
      SELECT CASE ${bands
        .slice(1)
        .map((hi, k) => `WHEN n < ${hi} THEN ${k}`)
        .join(' ')} ELSE ${bands.length - 2} END AS band,
        count(*) AS customers, count(*) FILTER (WHERE (SELECT day FROM as_of) - last_day > ${INACTIVE_DAYS}) AS churned
      FROM c GROUP BY band ORDER BY band`);
    const r = value(
      churnByAttribute.run(
        { dataset: ds, table: built },
        { column: 'StockCode', bins: bands, attributeRules: { StockCode: 'count-distinct' } },
      ),
    );
    expect(r.binned).toMatchObject({ by: 'bands', outside: 0 });
    expect(r.groups.map((g) => [g.count, g.churned])).toEqual(
      reference.map((b) => [Number(b.customers), Number(b.churned)]),
    );
    expect(r.stamp.parameters).toMatchObject({ column: 'StockCode', attributeRules: { StockCode: 'count-distinct' } });
  });

  it("churn-by-attribute and survival groups by StockCode: count-distinct are DuckDB's quantile_cont quintiles", async () => {
    const perCustomer = `
      WITH c AS (SELECT cid, count(DISTINCT StockCode) AS n, max(d) AS last_day FROM p GROUP BY cid),
      as_of AS (SELECT max(d) AS day FROM p)`;
    const [q] = await rows<{ q: { items: number[] } }>(
      `${perCustomer} SELECT quantile_cont(n, [0, 0.2, 0.4, 0.6, 0.8, 1.0]) AS q FROM c`,
    );
    const edges = q.q.items.map(Number);
    const last = edges.length - 2;
    const cases = edges
      .slice(0, -1)
      .map((lo, k) => `WHEN n >= ${lo} AND n ${k === last ? '<=' : '<'} ${edges[k + 1]} THEN ${k}`)
      .join(' ');
    const reference = await rows<{ customers: bigint; churned: bigint }>(`${perCustomer}
      SELECT CASE ${cases} END AS bin, count(*) AS customers,
        count(*) FILTER (WHERE (SELECT day FROM as_of) - last_day > ${INACTIVE_DAYS}) AS churned
      FROM c GROUP BY bin ORDER BY bin`);
    const expected = reference.map((b) => [Number(b.customers), Number(b.churned)]);
    const attributeRules = { StockCode: 'count-distinct' } as const;
    const byAttribute = value(
      churnByAttribute.run({ dataset: ds, table: built }, { column: 'StockCode', attributeRules }),
    );
    expect(byAttribute.binned).toEqual({ by: 'quantiles', edges, outside: 0 });
    expect(byAttribute.groups.map((g) => [g.count, g.churned])).toEqual(expected);
    // Survival draws the same bins, in order, one curve each: n and churn events per curve.
    const curves = value(survival.run({ dataset: ds, table: built }, { group: 'StockCode', attributeRules }));
    expect(curves.groups.map((g) => g.name)).toEqual(byAttribute.groups.map((g) => g.label));
    expect(curves.groups.map((g) => [g.n, g.events])).toEqual(expected);
    expect(curves.groupEdges).toEqual(edges);
    expect(curves.stamp.parameters.attributeRules).toEqual(attributeRules);
  });
});
