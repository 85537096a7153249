/**
 * The default retention projection on the two transaction logs (issue 12: it used to refuse both,
 * as a year is longer than the span over which they can show a loss). The customers it counts by
 * month since their first purchase are counted again here in DuckDB SQL straight from the raw
 * files, under the same stated rules: churned when the as-of date (the last date in the file) is
 * more than 180 days after the last purchase; the loss dated to the last purchase, in month
 * ⌊(last − first) / 30.4375⌋ + 1; each customer observed for ⌊(as-of − 180 − first) / 30.4375⌋
 * whole months, and counted only in those.
 */
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ProjectionResult, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { CDNOW_MASTER } from '../../cdnowKpisSql.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { value } from './analysisFixtures.ts';

const RETAIL = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
const MONTH = 30.4375;
const WINDOW = 180;

/** Life table by whole periods from a table c(first_d, last_d, as_of), as the header says. */
async function lifeTableSql(transactions: string, periodDays: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`CREATE TABLE tx AS ${transactions}`);
    await db.run(`
      CREATE TABLE c AS
      WITH a AS (SELECT max(d) AS as_of FROM tx)
      SELECT id, min(d) AS first_d, max(d) AS last_d, any_value(as_of) AS as_of,
             (any_value(as_of) - max(d)) > ${WINDOW} AS churned
      FROM tx CROSS JOIN a WHERE id IS NOT NULL AND purchase GROUP BY id`);
    await db.run(`
      CREATE TABLE k AS
      SELECT churned,
        greatest(0, floor((as_of - ${WINDOW} - first_d) / ${periodDays}))::INT AS observed,
        CASE WHEN churned THEN floor((last_d - first_d) / ${periodDays})::INT + 1 END AS loss
      FROM c`);
    const rows = (
      await db.runAndReadAll(`
        WITH p AS (SELECT unnest(range(1, (SELECT max(observed) FROM k) + 1)) AS t)
        SELECT t,
          count(*) FILTER (WHERE least(observed, coalesce(loss, observed)) >= t) AS at_risk,
          count(*) FILTER (WHERE churned AND loss = t AND loss <= observed) AS lost
        FROM p CROSS JOIN k GROUP BY t ORDER BY t`)
    ).getRowObjectsJson();
    const [meta] = (
      await db.runAndReadAll(
        `SELECT count(*) AS customers, strftime(any_value(as_of), '%Y-%m-%d') AS as_of,
                max(floor((as_of - ${WINDOW} - first_d) / 365.25)) AS years FROM c`,
      )
    ).getRowObjectsJson();
    return {
      atRisk: rows.map((r) => Number(r.at_risk)),
      lost: rows.map((r) => Number(r.lost)),
      customers: Number(meta.customers),
      asOf: String(meta.as_of),
      wholeYears: Number(meta.years),
    };
  } finally {
    db.closeSync();
  }
}

function expectDefaultFit(r: ProjectionResult, sql: Awaited<ReturnType<typeof lifeTableSql>>) {
  // Fewer than 6 whole years with losses in sight, so the default is months.
  expect(sql.wholeYears).toBeLessThan(6);
  expect(r.source).toMatchObject({ kind: 'survival', periodDays: MONTH, observedTo: 'as-of-less-window' });
  expect(r.defaults).toEqual(['period', 'fit-periods', 'horizon']);
  expect(r.stamp.asOf).toBe(sql.asOf);
  expect(r.cohortSize).toBe(sql.customers);
  expect(r.lifeTable).toEqual({ atRisk: sql.atRisk, lost: sql.lost });
  expect(r.observed.length - 1).toBe(sql.atRisk.length);
  expect(r.fitPeriods).toBe(Math.round(0.6 * sql.atRisk.length));
  expect(['converged', 'degenerate-constant-churn']).toContain(r.fit);
  expect(r.method).toBe('maximum-likelihood');
  expect(r.projected[0]).toBe(1);
}

describe('retention projection by default, against DuckDB', () => {
  it('retentionProjection(CDNOW, defaults) fits months and counts the customers DuckDB counts', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_MASTER)]));
    const roles = Object.fromEntries(s.columns.map((c) => [c.name, c.role])) as Record<string, Role>;
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: WINDOW } }));
    const r = value(engine.analyze(s.id, 'retention-projection', { source: { kind: 'survival' } }));
    const sql = await lifeTableSql(
      `SELECT s[1] AS id, strptime(s[2], '%Y%m%d')::DATE AS d, true AS purchase FROM (
         SELECT string_split_regex(trim(line), '\\s+') AS s
         FROM read_csv('${CDNOW_MASTER}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1))`,
      MONTH,
    );
    expectDefaultFit(r, sql);
    // 23,570 customers, every one observed for at least 9 whole months (all started in 1997 Q1).
    expect(sql.customers).toBe(23570);
    expect(r.lifeTable?.atRisk[0]).toBe(23570);
  }, 60_000);

  it('retentionProjection(Online Retail, defaults) fits months and counts the customers DuckDB counts', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset(await Promise.all(RETAIL.map((m) => sourceFile(RETAIL_MONTH(m))))));
    const roles = Object.fromEntries(s.columns.map((c) => [c.name, c.role])) as Record<string, Role>;
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: WINDOW } }));
    const r = value(engine.analyze(s.id, 'retention-projection', { source: { kind: 'survival' } }));
    const files = RETAIL.map((m) => `'${RETAIL_MONTH(m)}'`).join(', ');
    // Returns and cancellations (a negative amount, an invoice starting with C) are not purchases.
    const sql = await lifeTableSql(
      `SELECT NULLIF(CustomerID, '') AS id, CAST(InvoiceDate AS DATE) AS d,
              NOT (Quantity * UnitPrice < 0 OR InvoiceNo LIKE 'C%') AS purchase
       FROM read_csv([${files}], header = true,
                     types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})`,
      MONTH,
    );
    expectDefaultFit(r, sql);
    expect(sql.customers).toBe(4339);
  }, 120_000);
});
