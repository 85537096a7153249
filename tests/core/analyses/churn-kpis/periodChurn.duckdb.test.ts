import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodChurn } from '../../../../src/core/analyses/churn-kpis/periodChurn.ts';
import { monthlyChurnSeries } from '../../../../src/core/analyses/monthly-churn/monthlyChurnSeries.ts';
import { MS_PER_DAY } from '../../../../src/core/customers/customerActivity.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/**
 * First days over 2021–2024; a third churn, some on the signup day and some exactly on the
 * first of a month (period boundaries); customers who did not churn carry a random churn day
 * that both sides must ignore. Seeded (the seed is in the test name), so the customers are the
 * same on every run.
 */
function generateCustomers(n: number, seed: number) {
  const random = mulberry32(seed);
  const from = day('2021-01-01');
  const span = day('2024-12-31') - from;
  const firstDay = new Int32Array(n);
  const churned = new Uint8Array(n);
  const churnDay = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    firstDay[i] = from + Math.floor(random() * span);
    churned[i] = random() < 0.35 ? 1 : 0;
    const shape = random();
    let churn = firstDay[i] + (shape < 0.05 ? 0 : Math.floor(random() * 900));
    if (shape > 0.9) {
      const d = new Date(churn * MS_PER_DAY);
      churn = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY;
    }
    churnDay[i] = churned[i] ? churn : from + Math.floor(random() * span);
  }
  return { firstDay, churned, churnDay };
}

const SEED = 20240601;
const data = generateCustomers(5000, SEED);
let connection: DuckDBConnection;
let instance: DuckDBInstance;

/** The same definitions in SQL over calendar dates: [start, end) periods, churn on the start day counts. */
const periodSql = (periods: string) => `
  WITH c AS (
    SELECT DATE '1970-01-01' + first_day AS first_date, churned, DATE '1970-01-01' + churn_day AS churn_date FROM customers
  ), p AS (${periods})
  SELECT
    count(*) FILTER (WHERE first_date < s AND (NOT churned OR churn_date >= s))::INTEGER AS at_start,
    count(*) FILTER (WHERE first_date < s AND churned AND churn_date >= s AND churn_date < e)::INTEGER AS lost,
    count(*) FILTER (WHERE first_date >= s AND first_date < e)::INTEGER AS gained,
    count(*) FILTER (WHERE first_date >= s AND first_date < e AND churned AND churn_date < e)::INTEGER AS lost_new,
    count(*) FILTER (WHERE first_date < e AND (NOT churned OR churn_date >= e))::INTEGER AS at_end,
    (year(s) * 12 + month(s) - 1)::INTEGER AS month_number
  FROM p CROSS JOIN c
  GROUP BY s, e ORDER BY s, e`;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  const rows = Array.from(
    data.firstDay,
    (f, i) => `(${f}, ${data.churned[i] ? 'true' : 'false'}, ${data.churnDay[i]})`,
  );
  await connection.run(
    `CREATE TABLE customers AS SELECT * FROM (VALUES ${rows.join(',')}) t(first_day, churned, churn_day)`,
  );
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe('periodChurn and monthlyChurnSeries against DuckDB', () => {
  it(`periodChurn(…) counts the same customers as DuckDB SQL on 5,000 generated customers (seed ${SEED})`, async () => {
    const periods: [string, string][] = [
      ['2022-01-01', '2023-01-01'],
      ['2023-03-15', '2023-06-15'],
      ['2024-02-29', '2024-03-01'],
      ['2020-01-01', '2021-01-01'],
      ['2021-06-01', '2025-06-01'],
    ];
    const values = periods.map(([s, e]) => `(DATE '${s}', DATE '${e}')`).join(',');
    const reader = await connection.runAndReadAll(periodSql(`SELECT * FROM (VALUES ${values}) t(s, e)`));
    const expected = reader.getRows().map((r) => r.slice(0, 5));
    const sorted = [...periods].sort(([a, b], [c, d]) => a.localeCompare(c) || b.localeCompare(d));
    const actual = sorted.map(([s, e]) => {
      const p = periodChurn(data.firstDay, data.churned, data.churnDay, day(s), day(e));
      return [p.atStart, p.lost, p.gained, p.lostNew, p.atEnd];
    });
    expect(actual).toEqual(expected);
    expect(actual.some(([atStart, lost]) => atStart > 0 && lost > 0)).toBe(true);
  });

  it(`monthlyChurnSeries(…) matches DuckDB month by month over 2021–2025 (seed ${SEED})`, async () => {
    const months = `SELECT s, s + INTERVAL 1 MONTH AS e FROM (
      SELECT unnest(generate_series(DATE '2021-01-01', DATE '2025-03-01', INTERVAL 1 MONTH))::DATE AS s)`;
    const rows = (await connection.runAndReadAll(periodSql(months))).getRows();
    const s = monthlyChurnSeries(data.firstDay, data.churned, data.churnDay, 2021 * 12, 2025 * 12 + 2);
    const actual = Array.from(s.month, (m, k) => [s.atStart[k], s.lost[k], s.gained[k], s.lostNew[k], m]);
    expect(actual).toEqual(rows.map((r) => [r[0], r[1], r[2], r[3], r[5]]));
    // Each month's end (counted directly in SQL) is the next month's start.
    for (let k = 0; k + 1 < rows.length; k++) expect(rows[k][4]).toBe(s.atStart[k + 1]);
  });
});
