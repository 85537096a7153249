/**
 * Real files with an implausible date or case/space id variants added, against DuckDB SQL
 * (issue 12 §3). CDNOW with a 9999-12-31, a 2099-12-31 and a 1900-01-01 row appended must give
 * the customer table and the KPIs of the untouched file, which DuckDB counts on its own
 * (cdnowKpisSql). Online Retail (December 2011) with ids rewritten as "C…", "c…" and " C… "
 * must, merged, have the customers DuckDB counts with lower(trim(id)) and the table of the
 * original file.
 */
import { copyFileSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CustomerTableSpec, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { CDNOW_MASTER, cdnowKpisSql } from '../../cdnowKpisSql.ts';
import { rolesOf, value } from '../analyses/analysisFixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'churnscope-implausible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A fixed clock: "today" is 2025-01-01, so 2099-12-31 and 9999-12-31 are after it.
const NOW = Date.parse('2025-01-01T00:00:00Z');

type Row = { first: number; last: number; orders: number; total: number; churned: unknown };

function tableRows(engine: EngineApi, id: string, key: (customer: string) => string = (c) => c): Map<string, Row> {
  const t = tableFromIPC(value(engine.customerRows(id, 0, 1e9)));
  const rows = new Map<string, Row>();
  for (let i = 0; i < t.numRows; i++)
    rows.set(key(String(t.getChild('customer_id')!.get(i))), {
      first: t.getChild('first_date')!.get(i),
      last: t.getChild('last_date')!.get(i),
      orders: t.getChild('orders')!.get(i),
      total: t.getChild('total_value')!.get(i),
      churned: t.getChild('churned')!.get(i),
    });
  return rows;
}

async function sql<T>(query: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    return (await db.runAndReadAll(query)).getRowObjectsJson() as T[];
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

describe('CDNOW with implausible dates appended', () => {
  it('the customer table and the KPIs equal those of the untouched file (DuckDB on the original)', async () => {
    const copy = join(dir, 'CDNOW_master_placeholders.txt');
    copyFileSync(CDNOW_MASTER, copy);
    // A new customer seen only on 9999-12-31, customer 1 on 2099-12-31, customer 2 on 1900-01-01.
    appendFileSync(copy, ' 99999 99991231  1   10.00\r\n 00001 20991231  2   20.00\r\n 00002 19000101  1   5.00\r\n');
    const reference = await cdnowKpisSql(180);
    // The as-of date DuckDB picks from the copy once dates after today and on or before 1900-01-01 are set aside.
    const [copyFacts] = await sql<{ as_of: string; after: number; placeholder: number }>(`
      WITH tx AS (
        SELECT strptime(s[2], '%Y%m%d')::DATE AS d FROM (
          SELECT string_split_regex(trim(line), '\\s+') AS s
          FROM read_csv('${copy}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1)))
      SELECT strftime(max(d) FILTER (WHERE d > DATE '1900-01-01' AND d <= DATE '2025-01-02'), '%Y-%m-%d') AS as_of,
        count(*) FILTER (WHERE d > DATE '2025-01-02')::INTEGER AS after,
        count(*) FILTER (WHERE d <= DATE '1900-01-01')::INTEGER AS placeholder
      FROM tx`);
    expect(copyFacts).toEqual({ as_of: reference.asOf, after: 2, placeholder: 1 });

    const spec = (s: { columns: { name: string; role: string }[] }): CustomerTableSpec => ({
      roles: rolesOf(s as never),
      definition: { kind: 'inactivity', days: 180 },
    });
    const engine = createEngine({ now: () => NOW });
    const original = value(await engine.openDataset([await sourceFile(CDNOW_MASTER)]));
    const changed = value(await engine.openDataset([await sourceFile(copy)]));
    const a = value(engine.buildCustomerTable(original.id, spec(original)));
    const b = value(engine.buildCustomerTable(changed.id, spec(changed)));
    expect([b.asOf, b.customers, b.dataFrom, b.dataTo]).toEqual([
      reference.asOf,
      reference.customers,
      a.dataFrom,
      a.dataTo,
    ]);
    expect(b.leftOutDetail).toMatchObject({ afterAsOf: 2, placeholderDate: 1 });
    expect(tableRows(engine, changed.id)).toEqual(tableRows(engine, original.id));

    const kpis = value(engine.analyze(changed.id, 'churn-kpis', {}));
    const p = kpis.period!;
    expect([kpis.stamp.asOf, p.start, p.end, p.atStart, p.lost, p.gained, p.lostNew, p.atEnd]).toEqual([
      reference.asOf,
      reference.period.start,
      reference.period.end,
      reference.period.atStart,
      reference.period.lost,
      reference.period.gained,
      reference.period.lostNew,
      reference.period.atEnd,
    ]);
    const monthly = value(engine.analyze(changed.id, 'monthly-churn', {})).monthly!;
    expect(monthly.months).toEqual(reference.monthly.map((m) => m.month));
    expect(monthly.atStart).toEqual(reference.monthly.map((m) => m.atStart));
    expect(monthly.lost).toEqual(reference.monthly.map((m) => m.lost));
  }, 120_000);
});

describe('Online Retail with ids that differ only in case or spaces', () => {
  it('merged, the customers are those DuckDB counts with lower(trim(id)), and the table of the original file', async () => {
    const source = RETAIL_MONTH('2011-12');
    const copy = join(dir, 'online_retail_ids.csv');
    // Every id becomes "C" + id; one row in three is written "c" + id, another " C" + id + " ".
    await sql(`
      COPY (
        SELECT InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
          CASE WHEN CustomerID IS NULL THEN NULL
               WHEN n % 3 = 1 THEN 'c' || CustomerID
               WHEN n % 3 = 2 THEN ' C' || CustomerID || ' '
               ELSE 'C' || CustomerID END AS CustomerID,
          Country
        FROM (SELECT *, row_number() OVER () AS n
              FROM read_csv('${source}', header = true, types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR'}))
      ) TO '${copy}' (HEADER, FORCE_QUOTE (CustomerID))`);
    const [ref] = await sql<Record<string, number>>(`
      WITH t AS (
        SELECT CustomerID AS cid, (Quantity * UnitPrice < 0 OR InvoiceNo LIKE 'C%') AS is_return
        FROM read_csv('${copy}', header = true, types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR'})
        WHERE CustomerID IS NOT NULL),
      groups AS (SELECT lower(trim(cid)) AS k, count(DISTINCT cid) AS spellings FROM t GROUP BY k)
      SELECT
        (SELECT count(DISTINCT cid) FROM t WHERE NOT is_return)::INTEGER AS exact_customers,
        (SELECT count(DISTINCT lower(trim(cid))) FROM t WHERE NOT is_return)::INTEGER AS merged_customers,
        (SELECT count(*) FROM groups WHERE spellings > 1)::INTEGER AS variant_ids,
        (SELECT sum(spellings) FROM groups WHERE spellings > 1)::INTEGER AS variant_spellings`);
    // Most of the month's ids have several spellings now (an id seen on one row keeps one).
    expect(ref.variant_ids).toBeGreaterThan(500);

    const engine = createEngine({ now: () => NOW });
    const original = value(await engine.openDataset([await sourceFile(source)]));
    const changed = value(await engine.openDataset([await sourceFile(copy)]));
    const roles = rolesOf(changed);
    expect(roles.CustomerID).toBe('customer_id');
    expect(changed.issues.find((i) => i.code === 'id-spelling-variants')).toMatchObject({
      column: 'CustomerID',
      count: ref.variant_ids,
      params: { spellings: ref.variant_spellings },
    });
    const definition = { kind: 'inactivity', days: 30 } as const;
    const exact = value(engine.buildCustomerTable(changed.id, { roles, definition }));
    expect([exact.customers, exact.idVariants.ids, exact.idVariants.spellings]).toEqual([
      ref.exact_customers,
      ref.variant_ids,
      ref.variant_spellings,
    ]);
    const merged = value(engine.buildCustomerTable(changed.id, { roles, definition, idMatching: 'trim-case' }));
    expect(merged.customers).toBe(ref.merged_customers);
    expect(merged.issues.find((i) => i.code === 'ids-merged')?.count).toBe(ref.variant_ids);
    // Merged ids are labelled by their first spelling, trimmed: "C…" or "c…"; the original's are the bare ids.
    const mergedRows = tableRows(engine, changed.id, (c) => c.slice(1));
    value(engine.buildCustomerTable(original.id, { roles: rolesOf(original), definition }));
    expect(mergedRows).toEqual(tableRows(engine, original.id));
  }, 120_000);
});
