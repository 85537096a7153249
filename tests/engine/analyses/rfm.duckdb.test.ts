/**
 * RFM of the full CDNOW log through the engine against the same scheme written in DuckDB SQL
 * straight from the raw file: recency (days from the last purchase to the last date of the
 * data), frequency (rows: the file has no invoice column), total spend, R rfm's breaks as
 * `quantile_cont` (linear, type 7) + 1, scores by counting breaks, the README's segment map as
 * one CASE, churn as more than 180 days since the last purchase, then per segment the customers,
 * the share of spend, the churned and the mean recency. DuckDB parses the file and does all of it.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { RFM_SCORE_MAPS, type EngineApi, type RfmResult } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { CDNOW_MASTER } from '../../cdnowKpisSql.ts';
import { sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

interface SqlCustomer {
  id: string;
  recency: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: string;
}

const between = (column: string, [lo, hi]: readonly number[]) => `${column} BETWEEN ${lo} AND ${hi}`;
const SEGMENT_CASE = `CASE ${RFM_SCORE_MAPS.readme.rules
  .map(
    (rule) =>
      `WHEN ${between('r', rule.r)} AND ${between('f', rule.f)} AND ${between('m', rule.m)} THEN '${rule.code}'`,
  )
  .join(' ')} ELSE 'others' END`;

async function sqlRfm(): Promise<{ customers: SqlCustomer[]; breaks: Record<string, number[]> }> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`
      CREATE TABLE tx AS
      SELECT s[1] AS id, strptime(s[2], '%Y%m%d')::DATE AS d, s[4]::DOUBLE AS amount FROM (
        SELECT string_split_regex(trim(line), '\\s+') AS s
        FROM read_csv('${CDNOW_MASTER}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1)
      )`);
    await db.run(`
      CREATE TABLE c AS
      SELECT id, (SELECT max(d) FROM tx) - max(d) AS recency, count(*) AS frequency, sum(amount) AS monetary
      FROM tx GROUP BY id`);
    await db.run(`
      CREATE TABLE b AS SELECT
        list_transform(quantile_cont(recency, [0.2, 0.4, 0.6, 0.8]), x -> x + 1) AS rb,
        list_transform(quantile_cont(frequency, [0.2, 0.4, 0.6, 0.8]), x -> x + 1) AS fb,
        list_transform(quantile_cont(monetary, [0.2, 0.4, 0.6, 0.8]), x -> x + 1) AS mb
      FROM c`);
    const rows = await db.runAndReadAll(`
      WITH s AS (
        SELECT c.*,
          5 - len(list_filter(rb, x -> x <= recency)) AS r,
          1 + len(list_filter(fb, x -> x <= frequency)) AS f,
          1 + len(list_filter(mb, x -> x <= monetary)) AS m
        FROM c CROSS JOIN b)
      SELECT id, recency::INTEGER AS recency, frequency::INTEGER AS frequency, monetary, r::INTEGER AS r,
             f::INTEGER AS f, m::INTEGER AS m, ${SEGMENT_CASE} AS segment
      FROM s`);
    const breaks = (await db.runAndReadAll('SELECT rb, fb, mb FROM b')).getRowObjectsJson()[0];
    return {
      customers: rows.getRowObjectsJson() as unknown as SqlCustomer[],
      breaks: {
        recency: (breaks.rb as number[]).map(Number),
        frequency: (breaks.fb as number[]).map(Number),
        monetary: (breaks.mb as number[]).map(Number),
      },
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

let sql: Awaited<ReturnType<typeof sqlRfm>>;
let engine: EngineApi;
let result: RfmResult;
let ids: string[];

beforeAll(async () => {
  sql = await sqlRfm();
  engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(CDNOW_MASTER)]));
  const built = value(
    engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 180 } }),
  );
  result = value(engine.analyze(s.id, 'rfm', {}));
  const csv = new TextDecoder().decode(value(engine.exportCustomerTable(s.id, 'csv'))).replace(/^\uFEFF/, '');
  ids = csv
    .split(/\r?\n/)
    .slice(1, 1 + built.customers)
    .map((line) => line.slice(0, line.indexOf(',')));
}, 60_000);

describe("analyze(CDNOW, 'rfm') equals the same RFM in DuckDB SQL", () => {
  it('the breaks, and every customer’s recency, orders, spend, scores and segment', () => {
    // quantile_cont and R's type 7 interpolate the same order statistics: to 1e-9.
    for (const k of ['recency', 'frequency', 'monetary'] as const)
      result.definition.breaks![k].forEach((b, i) => expect(b, k).toBeCloseTo(sql.breaks[k][i], 9));
    expect(result.customers).toBe(sql.customers.length);
    const byId = new Map(sql.customers.map((c) => [c.id, c]));
    const p = result.perCustomer;
    const differ: string[] = [];
    ids.forEach((id, c) => {
      const q = byId.get(id)!;
      const ours = [p.recencyDays[c], p.frequency[c], p.r[c], p.f[c], p.m[c], result.segments[p.segment[c]].code];
      // Spend: sums of cents in another order, to 1e-6.
      if (JSON.stringify(ours) !== JSON.stringify([q.recency, q.frequency, q.r, q.f, q.m, q.segment]))
        differ.push(
          `${id}: ours ${ours.join(' ')} / SQL ${q.recency} ${q.frequency} ${q.r} ${q.f} ${q.m} ${q.segment}`,
        );
      else if (Math.abs(p.monetary[c] - q.monetary) > 1e-6)
        differ.push(`${id}: spend ${p.monetary[c]} / ${q.monetary}`);
    });
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('per segment: customers, share of spend, churned (over 180 days) and mean recency', () => {
    const total = sql.customers.reduce((s, c) => s + Math.max(0, c.monetary), 0);
    for (const segment of result.segments) {
      const members = sql.customers.filter((c) => c.segment === segment.code);
      expect(segment.customers, segment.code).toBe(members.length);
      if (members.length === 0) continue;
      const spend = members.reduce((s, c) => s + Math.max(0, c.monetary), 0);
      // Ratios of sums of cents: to 1e-9.
      expect(segment.valueShare, segment.code).toBeCloseTo(spend / total, 9);
      expect(segment.churned, segment.code).toBe(members.filter((c) => c.recency > 180).length);
      expect(segment.meanRecencyDays, segment.code).toBeCloseTo(
        members.reduce((s, c) => s + c.recency, 0) / members.length,
        9,
      );
    }
  });
});
