/**
 * The revenue bridge written independently in DuckDB SQL over a transaction table
 * t(cid, d, amount, is_return), with the conventions the engine states: customers are those with
 * a purchase (a row that is not a return); a customer's revenue in a period is the sum of its
 * amounts (returns netted), 0 within 1e-6 of 0, floored at 0 (the part below 0 is `refunds`), and
 * a change below 1e-6 is none (unchanged); periods run from the
 * first with a row to the last the data covers to its end (the data's last date + 1 day starts a
 * new period); every (customer, period) cell exists, 0 without rows, so lag() is the period before.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export type SqlPeriod = 'month' | 'quarter' | 'year';

const STEP: Record<SqlPeriod, string> = { month: '1 month', quarter: '3 months', year: '1 year' };
const LABEL: Record<SqlPeriod, (p: string) => string> = {
  month: (p) => `strftime(${p}, '%Y-%m')`,
  quarter: (p) => `year(${p}) || '-Q' || quarter(${p})`,
  year: (p) => `strftime(${p}, '%Y')`,
};

/** Per customer and period: revenue floored at 0 (r), the period before (a), and the best earlier one (before). */
export function movesSql(period: SqlPeriod): string {
  const step = STEP[period];
  return `
    WITH cust AS (SELECT cid FROM t GROUP BY cid HAVING bool_or(NOT is_return)),
    pr AS (
      SELECT cid, date_trunc('${period}', d)::DATE AS p, CASE WHEN abs(sum(amount)) < 1e-6 THEN 0 ELSE sum(amount) END AS v
      FROM t SEMI JOIN cust USING (cid) GROUP BY ALL),
    bounds AS (
      SELECT min(p) AS first_p,
        (date_trunc('${period}', (SELECT max(d) FROM t) + INTERVAL 1 DAY) - INTERVAL ${step})::DATE AS last_p
      FROM pr),
    grid AS (SELECT unnest(generate_series(first_p, last_p, INTERVAL ${step}))::DATE AS p FROM bounds),
    cells AS (
      SELECT cust.cid, grid.p, greatest(coalesce(pr.v, 0), 0) AS r, least(coalesce(pr.v, 0), 0) AS refund
      FROM cust CROSS JOIN grid LEFT JOIN pr ON pr.cid = cust.cid AND pr.p = grid.p)
    SELECT cid, p, r, refund, lag(r) OVER w AS a,
      coalesce(max(r) OVER (PARTITION BY cid ORDER BY p ROWS BETWEEN UNBOUNDED PRECEDING AND 2 PRECEDING), 0) AS before
    FROM cells WINDOW w AS (PARTITION BY cid ORDER BY p)`;
}

export interface SqlBridgeRow {
  period: string;
  revenueStart: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivated: number;
  revenueEnd: number;
  customersStart: number;
  newCustomers: number;
  expandedCustomers: number;
  contractedCustomers: number;
  churnedCustomers: number;
  reactivatedCustomers: number;
  unchangedCustomers: number;
  customersEnd: number;
  grr: number;
  nrr: number;
  quickRatio: number;
  refunds: number;
  baseIncomplete: boolean;
}

export async function bridgeSql(db: DuckDBConnection, period: SqlPeriod): Promise<SqlBridgeRow[]> {
  const sum = (what: string, where: string) => `coalesce(sum(${what}) FILTER (WHERE ${where}), 0)`;
  const count = (where: string) => `count(*) FILTER (WHERE ${where})`;
  const reader = await db.runAndReadAll(`
    WITH moves AS (${movesSql(period)}),
    rows AS (
      SELECT p,
        sum(a) AS revenueStart,
        ${sum('r', 'a = 0 AND r > 0 AND before = 0')} AS new,
        ${sum('r - a', 'a > 0 AND r - a >= 1e-6')} AS expansion,
        ${sum('a - r', 'a > 0 AND r > 0 AND a - r >= 1e-6')} AS contraction,
        ${sum('a', 'a > 0 AND r = 0')} AS churned,
        ${sum('r', 'a = 0 AND r > 0 AND before > 0')} AS reactivated,
        sum(r) AS revenueEnd,
        ${count('a > 0')} AS customersStart,
        ${count('a = 0 AND r > 0 AND before = 0')} AS newCustomers,
        ${count('a > 0 AND r - a >= 1e-6')} AS expandedCustomers,
        ${count('a > 0 AND r > 0 AND a - r >= 1e-6')} AS contractedCustomers,
        ${count('a > 0 AND r = 0')} AS churnedCustomers,
        ${count('a = 0 AND r > 0 AND before > 0')} AS reactivatedCustomers,
        ${count('a > 0 AND r > 0 AND abs(r - a) < 1e-6')} AS unchangedCustomers,
        ${count('r > 0')} AS customersEnd,
        sum(refund) AS refunds
      FROM moves WHERE a IS NOT NULL GROUP BY p)
    SELECT ${LABEL[period]('p')} AS period, * EXCLUDE (p),
      (revenueStart - contraction - churned) / revenueStart AS grr,
      (revenueStart + expansion - contraction - churned) / revenueStart AS nrr,
      (new + expansion + reactivated) / nullif(contraction + churned, 0) AS quickRatio,
      (p - INTERVAL ${STEP[period]}) < (SELECT min(d) FROM t) AS baseIncomplete
    FROM rows ORDER BY p`);
  return reader.getRowObjectsJson().map((r) => {
    const row = Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && k !== 'period' ? Number(v) : v]),
    );
    return { ...row, quickRatio: row.quickRatio ?? NaN } as unknown as SqlBridgeRow;
  });
}

/** Each customer's movement into `label` (a REVENUE_MOVEMENTS code), by customer id. */
export async function movementsSql(
  db: DuckDBConnection,
  period: SqlPeriod,
  label: string,
): Promise<Map<string, string>> {
  const reader = await db.runAndReadAll(`
    SELECT cid, CASE
      WHEN a > 0 AND r = 0 THEN 'churned'
      WHEN a > 0 AND r - a >= 1e-6 THEN 'expansion'
      WHEN a > 0 AND a - r >= 1e-6 THEN 'contraction'
      WHEN a > 0 THEN 'unchanged'
      WHEN r > 0 AND before = 0 THEN 'new'
      WHEN r > 0 THEN 'reactivated'
      ELSE 'none' END AS movement
    FROM (${movesSql(period)}) WHERE ${LABEL[period]('p')} = '${label}'`);
  return new Map(reader.getRows().map(([cid, m]) => [String(cid), String(m)]));
}

export interface SqlAlerts {
  customers: number;
  lostRevenue: number;
  stopped: number;
  stoppedRevenue: number;
  /** Listed customers, most revenue lost first. */
  ids: string[];
}

/** Net revenue in [priorFrom, recentFrom) against [recentFrom, end] (YYYY-MM-DD), as partial churn compares them. */
export async function alertsSql(
  db: DuckDBConnection,
  priorFrom: string,
  recentFrom: string,
  end: string,
  dropPercent: number,
): Promise<SqlAlerts> {
  const reader = await db.runAndReadAll(`
    WITH cust AS (SELECT cid FROM t GROUP BY cid HAVING bool_or(NOT is_return)),
    w AS (
      SELECT cid,
        coalesce(sum(amount) FILTER (WHERE d >= DATE '${priorFrom}' AND d < DATE '${recentFrom}'), 0) AS prior0,
        coalesce(sum(amount) FILTER (WHERE d >= DATE '${recentFrom}' AND d <= DATE '${end}'), 0) AS recent0,
        CASE WHEN abs(prior0) < 1e-6 THEN 0 ELSE prior0 END AS prior,
        CASE WHEN abs(recent0) < 1e-6 THEN 0 ELSE recent0 END AS recent
      FROM t SEMI JOIN cust USING (cid) GROUP BY cid)
    SELECT cid, prior, recent FROM w
    WHERE prior > 0 AND recent <= prior * (1 - ${dropPercent} / 100)
    ORDER BY prior - recent DESC`);
  const rows = reader
    .getRows()
    .map(([cid, prior, recent]) => ({ cid: String(cid), prior: Number(prior), recent: Number(recent) }));
  const listed = rows.filter((r) => r.recent > 0);
  const stopped = rows.filter((r) => r.recent <= 0);
  return {
    customers: listed.length,
    lostRevenue: listed.reduce((s, r) => s + r.prior - r.recent, 0),
    stopped: stopped.length,
    stoppedRevenue: stopped.reduce((s, r) => s + r.prior, 0),
    ids: listed.map((r) => r.cid),
  };
}
