/**
 * The ClickHouse text of every kind uses none of DuckDB's own spellings (and the DuckDB text
 * none of ClickHouse's): what differs between engines stays in dialects.ts. The queries are
 * run on a real ClickHouse by the clickhouse branch; here only the spelling is checked.
 */
import { describe, expect, it } from 'vitest';
import { generateSql, SQL_KINDS, type DialectName } from '../../src/sql/index.ts';
import type { CohortPeriod } from '../../src/engine/api.ts';

const DUCKDB_ONLY = [
  /FILTER \(WHERE/,
  /date_diff\(/,
  /"/,
  / AS DOUBLE\)/,
  / AS BIGINT\)/,
  /arg_min\(/,
  /quantile_cont/,
  /current_date/,
  /date_trunc/,
  /\bWITH\b/,
];
const CLICKHOUSE_ONLY = [/`/, /toDate\(/, /countIf\(/, /argMin\(/, /toInt64\(/, /ALL INNER JOIN/];

function everyQuery(dialect: DialectName): string[] {
  const roles = {
    InvoiceNo: 'attribute',
    CustomerID: 'customer_id',
    InvoiceDate: 'date',
    Quantity: 'quantity',
    UnitPrice: 'price',
  } as const;
  const periods: CohortPeriod[] = ['week', 'month', 'quarter', 'year'];
  return SQL_KINDS.flatMap((kind) =>
    periods.map((period) => {
      const out = generateSql(kind, dialect, {
        roles,
        definition: { kind: 'inactivity', days: 90, atRiskDays: 30 },
        options: { period },
      });
      if (!out.ok) throw new Error(`${kind}: ${out.issue.message}`);
      return out.sql;
    }),
  );
}

describe('dialects', () => {
  it('ClickHouse queries spell nothing the DuckDB way', () => {
    for (const sql of everyQuery('clickhouse')) for (const p of DUCKDB_ONLY) expect(sql).not.toMatch(p);
  });
  it('DuckDB queries spell nothing the ClickHouse way', () => {
    for (const sql of everyQuery('duckdb')) for (const p of CLICKHOUSE_ONLY) expect(sql).not.toMatch(p);
  });
  it('quotes identifiers and text for each engine', () => {
    const roles = { 'Cust"omer`': 'customer_id', "It's date": 'date' } as const;
    const def = { kind: 'inactivity', days: 30 } as const;
    const duck = generateSql('customers', 'duckdb', { roles, definition: def, asOf: '2011-12-09' });
    const ch = generateSql('customers', 'clickhouse', { roles, definition: def, asOf: '2011-12-09' });
    expect(duck.ok && duck.sql).toContain(`"Cust""omer\`"`);
    expect(duck.ok && duck.sql).toContain(`DATE '2011-12-09'`);
    expect(ch.ok && ch.sql).toContain('`Cust"omer```');
    expect(ch.ok && ch.sql).toContain("toDate('2011-12-09')");
  });
});
