/**
 * Every generated query, in both dialects, reads the log only in SELECTs that aggregate where
 * they read: a GROUP BY (the pre-aggregated rows, per customer, day, return flag and invoice)
 * or a scalar max/min (the as-of date, the data's range). On a ClickHouse Distributed table
 * each shard then runs that SELECT and sends its groups, not its rows (the README, "ClickHouse
 * on a cluster"); that the answers stay equal is tested on the two-shard table in
 * clickhouse.test.ts. A check of the SQL text: parenthesised parts are set aside, so each
 * SELECT is read at its own level.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS, generateSql, SQL_KINDS, type SqlSettings } from '../../src/sql/index.ts';

const TABLE = 'db.events_all';

/** The text of a SELECT at its own depth: nested parentheses' contents removed. */
function ownLevel(segment: string): string {
  let depth = 0;
  let out = '';
  for (const ch of segment) {
    if (ch === '(') depth++;
    if (depth === 0) out += ch;
    if (ch === ')') depth--;
  }
  return out;
}

/** Each SELECT (its own level) whose FROM is the table. */
function selectsReading(sql: string, table: string): string[] {
  const found: string[] = [];
  const marker = `FROM ${table}`;
  for (let at = sql.indexOf(marker); at >= 0; at = sql.indexOf(marker, at + 1)) {
    let start = at;
    for (let depth = 0; start > 0; start--) {
      if (sql[start - 1] === ')') depth++;
      else if (sql[start - 1] === '(') {
        if (depth === 0) break;
        depth--;
      }
    }
    let end = at;
    for (let depth = 0; end < sql.length; end++) {
      if (sql[end] === '(') depth++;
      else if (sql[end] === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    found.push(ownLevel(sql.slice(start, end)).replace(/\s+/g, ' ').trim());
  }
  return found;
}

const retail: SqlSettings = {
  roles: {
    InvoiceNo: 'attribute',
    CustomerID: 'customer_id',
    InvoiceDate: 'date',
    Quantity: 'quantity',
    UnitPrice: 'price',
    Country: 'attribute',
    contract_end: 'churn_date',
    cancelled: 'churn_flag',
  },
  definition: { kind: 'inactivity', days: 90, atRiskDays: 60 },
  table: TABLE,
};

const cases: [string, SqlSettings][] = [
  ['inactivity, returns netted', retail],
  [
    'contract end, returns dropped, survival by Country',
    {
      ...retail,
      definition: { kind: 'contract-end' },
      returns: 'drop',
      options: { group: 'Country', period: 'week' },
    },
  ],
  ['a churn flag (read twice: its coding is decided over all customers)', { ...retail, definition: { kind: 'flag' } }],
];

describe.each(cases)('every query reading %s', (_name, settings) => {
  it.each(DIALECTS)('aggregates where it reads the table (%s)', (dialect) => {
    for (const kind of SQL_KINDS) {
      const out = generateSql(kind, dialect, settings);
      if (!out.ok) throw new Error(`${kind}: ${out.issue.message}`);
      const reads = selectsReading(out.sql, TABLE);
      expect(reads.length, kind).toBeGreaterThan(0);
      for (const select of reads) {
        const grouped = / GROUP BY sql_customer, sql_day, sql_return, sql_invoice$/.test(select);
        const scalar = /^SELECT (max|min) FROM /.test(select);
        expect(grouped || scalar, `${kind}: ${select}`).toBe(true);
      }
    }
  });
});
