/**
 * The value-versus-risk quadrant through the engine on IBM Telco against the same group-by in
 * DuckDB SQL: value = TotalCharges read from the raw file, churn = its Churn flag, risk = the
 * logistic model's churn_risk (the engine runs the model itself when it has not run) written
 * out and joined by row. SQL computes the thresholds (median, the 20/80 value, the top 20 %
 * risk) and each quadrant's customers, value, Σ value × risk and churned on its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { EngineApi, ValueRiskQuadrantOptions, ValueRiskQuadrantResult } from '../../../src/engine/api.ts';
import { TELCO } from '../../sharedData.ts';
import { telco, value } from './analysisFixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'quadrant-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = (riskCsv: string) => `
  WITH raw AS (
    SELECT row_number() OVER () - 1 AS row,
      TRY_CAST(NULLIF(TRIM(CAST(TotalCharges AS VARCHAR)), '') AS DOUBLE) AS v,
      CASE WHEN Churn = 'Yes' THEN 1 ELSE 0 END AS churned
    FROM read_csv('${TELCO}', header = true)
  ),
  t AS (SELECT raw.*, r.risk AS r FROM raw JOIN read_csv('${riskCsv}', header = true) AS r USING (row)
        WHERE v IS NOT NULL AND r.risk IS NOT NULL)`;

// 20/80: sorted by value, highest first, the value of the first customer at which the running sum reaches 0.8 of the positive total.
const PARETO = `, c AS (SELECT v, SUM(v) OVER (ORDER BY v DESC ROWS UNBOUNDED PRECEDING) AS run FROM t WHERE v > 0)
  SELECT MIN(v) FILTER (WHERE run >= 0.8 * (SELECT SUM(v) FROM t WHERE v > 0)
    AND run - v < 0.8 * (SELECT SUM(v) FROM t WHERE v > 0)) AS tv FROM c`;

const GROUPS = (tr: number, tv: number) => `
  SELECT CASE WHEN v >= ${tv} AND r >= ${tr} THEN 'retain-now' WHEN v >= ${tv} THEN 'maintain-cheaply'
    WHEN r >= ${tr} THEN 'let-go' ELSE 'grow' END AS code,
    COUNT(*) AS customers, SUM(v) AS value, SUM(v * r) AS at_risk, SUM(churned) AS churned
  FROM t GROUP BY code`;

type Group = { code: string; customers: bigint; value: number; at_risk: number; churned: bigint };

describe('value-risk-quadrant on Telco against DuckDB', () => {
  let engine: EngineApi;
  let id: string;
  let con: DuckDBConnection;
  let riskCsv: string;
  const ask = (o: ValueRiskQuadrantOptions) => value(engine.analyze(id, 'value-risk-quadrant', o));
  const one = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjects()[0];

  beforeAll(async () => {
    ({ engine, id } = await telco());
    const first = ask({
      risk: { source: 'model', model: 'logistic' },
      value: { source: 'column', column: 'TotalCharges' },
    });
    riskCsv = join(dir, 'risk.csv');
    writeFileSync(riskCsv, 'row,risk\n' + Array.from(first.perCustomer.risk, (r, i) => `${i},${r}`).join('\n'));
    con = await (await DuckDBInstance.create(':memory:')).connect();
  });

  async function compare(r: ValueRiskQuadrantResult, tr: number, tv: number) {
    // The same doubles chosen by the same rule: equal.
    expect(r.thresholds).toEqual({ risk: tr, value: tv });
    const groups = (await con.runAndReadAll(BASE(riskCsv) + GROUPS(tr, tv))).getRowObjects() as Group[];
    for (const q of r.quadrants) {
      const g = groups.find((x) => x.code === q.code) ?? { customers: 0n, value: 0, at_risk: 0, churned: 0n };
      expect([q.code, q.customers, q.churned]).toEqual([q.code, Number(g.customers), Number(g.churned)]);
      // Sums of the same cents in another order: within 1e-6 of totals in the millions.
      expect(Math.abs(q.value - g.value)).toBeLessThan(1e-6);
      expect(Math.abs(q.revenueAtRisk! - g.at_risk)).toBeLessThan(1e-6);
      expect(q.churnRate).toBe(Number(g.churned) / Number(g.customers));
    }
  }

  it('median risk and median value: thresholds, counts, value, revenue at risk and churned per quadrant', async () => {
    const r = ask({ risk: { source: 'model' }, value: { source: 'column', column: 'TotalCharges' } });
    // The model ran once above and is read back, not run again: the same risk.
    expect(r.sources.risk.producer).toMatchObject({ kind: 'risk-model', ranHere: false });
    const m = await one(BASE(riskCsv) + ' SELECT median(r) AS tr, median(v) AS tv FROM t');
    await compare(r, m.tr as number, m.tv as number);
    expect(r.placed).toBe(7032);
    expect(r.noValue).toBe(11);
  });

  it('top 20 % by risk and the 20/80 value: the thresholds SQL finds by sorting', async () => {
    const r = ask({
      risk: { source: 'model' },
      value: { source: 'column', column: 'TotalCharges' },
      riskThreshold: { rule: 'top-share', share: 0.2 },
      valueThreshold: { rule: 'pareto' },
    });
    const tr = await one(
      BASE(riskCsv) + ' SELECT r FROM t ORDER BY r DESC LIMIT 1 OFFSET (SELECT CEIL(0.2 * COUNT(*)) - 1 FROM t)',
    );
    const tv = await one(BASE(riskCsv) + PARETO);
    await compare(r, tr.r as number, tv.tv as number);
    // The top customers by value hold at least 80 % of it, the one above the threshold less.
    const held = r.quadrants[0].value + r.quadrants[1].value;
    expect(held / r.totalValue).toBeGreaterThanOrEqual(0.8 - 1e-12);
  });

  it('typed numbers: risk 0.5, value 1000', async () => {
    const r = ask({
      risk: { source: 'model' },
      value: { source: 'column', column: 'TotalCharges' },
      riskThreshold: { rule: 'number', value: 0.5 },
      valueThreshold: { rule: 'number', value: 1000 },
    });
    await compare(r, 0.5, 1000);
    expect(r.coreAtRisk.customers).toBe(r.quadrants[0].customers);
  });
});
