/**
 * Customer value through the engine on IBM Telco against the same numbers written in DuckDB SQL
 * on the raw file: the margin tiers (30 % margin rate, breaks 0.5 / 0.8 of positive margin), the
 * weighted score (average-rank percentiles, min–max, population z) and its top 20 %, and the
 * value_score column read back from the customer table's CSV export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CustomerValueOptions, CustomerValueResult, EngineApi } from '../../../src/engine/api.ts';
import { TELCO } from '../../sharedData.ts';
import { telco, value } from './analysisFixtures.ts';

const OPTIONS: CustomerValueOptions = {
  marginRate: 0.3,
  features: [
    { column: 'MonthlyCharges', direction: 'higher', scaling: 'rank', weight: 0.5 },
    { column: 'tenure_days', direction: 'higher', scaling: 'minmax', weight: 0.3 },
    { column: 'TotalCharges', direction: 'higher', scaling: 'z', weight: 0.2 },
    { column: 'SeniorCitizen', direction: 'lower', scaling: 'rank', weight: 0.1 },
  ],
};

// Average rank of x among the customers who have one, as a percentile (r − 1) / (n − 1).
const pct = (x: string) =>
  `(RANK() OVER (ORDER BY ${x}) + (COUNT(${x}) OVER (PARTITION BY ${x}) - 1) / 2.0 - 1) / (COUNT(${x}) OVER () - 1)`;

const SQL = `
  WITH t AS (
    SELECT row_number() OVER () - 1 AS row, customerID AS id, MonthlyCharges AS monthly, tenure,
      TRY_CAST(NULLIF(TRIM(CAST(TotalCharges AS VARCHAR)), '') AS DOUBLE) AS total,
      CAST(SeniorCitizen AS DOUBLE) AS senior, CASE WHEN Churn = 'Yes' THEN 1 ELSE 0 END AS churned
    FROM read_csv('${TELCO}', header = true)
  ),
  scaled AS (
    SELECT *, CASE WHEN total IS NULL THEN NULL ELSE ${pct('monthly')} END AS m,
      (tenure - MIN(tenure) OVER ()) / (MAX(tenure) OVER () - MIN(tenure) OVER ()) AS te,
      (total - AVG(total) OVER ()) / STDDEV_POP(total) OVER () AS z,
      1 - ${pct('senior')} AS s,
      0.3 * total AS margin
    FROM t
  )
  SELECT *, (0.5 * m + 0.3 * te + 0.2 * z + 0.1 * s) / 1.1 AS score FROM scaled ORDER BY row`;

// The tier of each known margin: the share of positive margin held by customers with a strictly higher one.
const TIERS_SQL = `
  WITH t AS (
    SELECT 0.3 * TRY_CAST(NULLIF(TRIM(CAST(TotalCharges AS VARCHAR)), '') AS DOUBLE) AS margin,
      CASE WHEN Churn = 'Yes' THEN 1 ELSE 0 END AS churned
    FROM read_csv('${TELCO}', header = true)
  ),
  m AS (SELECT * FROM t WHERE margin IS NOT NULL),
  p AS (SELECT SUM(margin) AS positive FROM m WHERE margin > 0),
  a AS (
    SELECT m.*, COALESCE((SELECT SUM(o.margin) FROM m AS o WHERE o.margin > m.margin), 0) / positive AS above
    FROM m, p
  )
  SELECT CASE WHEN margin < 0 THEN 'negative' WHEN margin = 0 OR above >= 0.8 THEN 'low'
    WHEN above >= 0.5 THEN 'medium' ELSE 'high' END AS tier,
    COUNT(*) AS customers, SUM(margin) AS margin, SUM(churned) AS churned
  FROM a GROUP BY tier`;

type Row = { row: bigint; id: string; churned: number; margin: number | null; score: number | null };

describe('customer-value on Telco against DuckDB', () => {
  let engine: EngineApi;
  let id: string;
  let result: CustomerValueResult;
  let rows: Row[];
  let tiers: { tier: string; customers: bigint; margin: number; churned: bigint }[];
  beforeAll(async () => {
    ({ engine, id } = await telco());
    result = value(engine.analyze(id, 'customer-value', OPTIONS));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    rows = (await con.runAndReadAll(SQL)).getRowObjects() as Row[];
    tiers = (await con.runAndReadAll(TIERS_SQL)).getRowObjects() as typeof tiers;
    con.closeSync();
  });

  it('margin tiers: customers, margin and churned per tier as SQL cuts 30 % of TotalCharges at 0.5 / 0.8 of positive margin', () => {
    for (const t of result.margin!.tiers) {
      const ref = tiers.find((r) => r.tier === t.tier) ?? { customers: 0n, margin: 0, churned: 0n };
      expect([t.tier, t.customers, t.churned]).toEqual([t.tier, Number(ref.customers), Number(ref.churned)]);
      // Sums of the same cents in another order: within 1e-6 of totals in the millions.
      expect(Math.abs(t.margin - ref.margin)).toBeLessThan(1e-6);
    }
    expect(result.margin!.unknown).toBe(rows.filter((r) => r.margin === null).length);
  });

  it('score: each customer’s score equals SQL’s (percent rank with average ties, min–max, population z)', () => {
    const score = result.perCustomer.score;
    expect(score.length).toBe(rows.length);
    rows.forEach((r, i) => {
      if (r.score === null) expect(score[i]).toBeNaN();
      // The same sums of products in another order: within 1e-12.
      else expect(Math.abs(score[i] - r.score)).toBeLessThan(1e-12);
    });
  });

  it('top 20 %: the 1,406 customers SQL ranks first (score, then file order), in that order', () => {
    const ranked = rows
      .filter((r) => r.score !== null)
      .sort((a, b) => b.score! - a.score! || Number(a.row - b.row))
      .slice(0, Math.floor(rows.filter((r) => r.score !== null).length * 0.2 + 0.5));
    expect(result.score!.top.count).toBe(1406);
    expect(result.score!.top.ids).toEqual(ranked.map((r) => r.id));
    const lost = ranked.reduce((s, r) => s + r.churned, 0);
    expect(result.score!.top.churnRate).toBe(lost / ranked.length);
    // Components add up to each customer's score (four products summed in two orders: 1e-12).
    result.score!.top.score.forEach((s, r) =>
      expect(Math.abs(result.score!.top.components.reduce((sum, c) => sum + c[r], 0) - s)).toBeLessThan(1e-12),
    );
  });

  it('the customer table CSV carries value_score, its parts, margin and margin_tier, read back per customer', () => {
    const text = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv'))).replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n\r?\n/)[0].split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header.slice(0, 9)).toEqual([
      'customer_id',
      'value_score',
      'value_score_monthlycharges',
      'value_score_tenure_days',
      'value_score_totalcharges',
      'value_score_seniorcitizen',
      'margin',
      'margin_tier',
      'first_date',
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const ref = byId.get(cells[0])!;
      // Exports write 12 significant digits, money to the cent.
      if (ref.score === null) expect(cells[1]).toBe('');
      else expect(Math.abs(Number(cells[1]) - ref.score)).toBeLessThan(1e-11);
      if (ref.margin === null) expect(cells[6]).toBe('');
      else expect(Math.abs(Number(cells[6]) - ref.margin)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
});
