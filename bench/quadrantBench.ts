/**
 * The value-versus-risk quadrant's interactive counts: the four quadrants' customers, value,
 * Σ value × risk and churned at given thresholds (what a dragged threshold line recounts) and
 * the customers in a brushed rectangle, by our kernels (quadrantTotals, brushedRows: one pass
 * over typed arrays, as the page runs them) against the same queries in DuckDB SQL on a table of
 * the same numbers, for 100k and 1M customers. Seeded data (mulberry32): risk a Beta-like
 * probability, value log-normal, churned with probability = risk. Both peers in this process,
 * interleaved, after one warm-up each; loading DuckDB's table is not timed. The answers must agree
 * (counts equal, sums within 1e-9 relative) or the comparison fails loudly. Budget (issue 17):
 * < 50 ms at 100k and < 200 ms at 1M for a drag or a brush to respond.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mulberry32 } from '../src/core/stats/random.ts';
import { brushedRows, quadrantTotals } from '../src/core/analyses/value-risk-quadrant/quadrantCounts.ts';
import { median, round } from './stats.ts';

const SIZES = [100_000, 1_000_000];
const BUDGET_MS: Record<number, number> = { 100_000: 50, 1_000_000: 200 };
const SEED = 17;
/** Threshold pairs a drag passes through, and one rectangle. */
const DRAGS = [
  [0.2, 300],
  [0.3, 500],
  [0.45, 800],
];
const BOX = { x0: 0.4, x1: 0.9, y0: 1000, y1: 5000 };

function customers(n: number) {
  const random = mulberry32(SEED);
  const risk = new Float64Array(n);
  const value = new Float64Array(n);
  const churned = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Mean of two uniforms squared: a skewed probability in [0, 1].
    const r = ((random() + random()) / 2) ** 2;
    // Box–Muller normal → log-normal value, median e^6 ≈ 403.
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    risk[i] = r;
    value[i] = Math.round(Math.exp(6 + z) * 100) / 100;
    churned[i] = random() < r ? 1 : 0;
  }
  return { risk, value, churned };
}

const GROUP_SQL = (tr: number, tv: number) => `
  SELECT CASE WHEN v >= ${tv} AND r >= ${tr} THEN 0 WHEN v >= ${tv} THEN 1 WHEN r >= ${tr} THEN 3 ELSE 2 END AS q,
    count(*)::DOUBLE AS customers, sum(v) AS value, sum(v * r) AS at_risk, sum(c)::DOUBLE AS churned
  FROM t GROUP BY q ORDER BY q`;
const BRUSH_SQL = `SELECT count(*)::DOUBLE AS n FROM t WHERE r BETWEEN ${BOX.x0} AND ${BOX.x1} AND v BETWEEN ${BOX.y0} AND ${BOX.y1}`;

async function load(connection: DuckDBConnection, data: ReturnType<typeof customers>) {
  await connection.run('CREATE OR REPLACE TABLE t (r DOUBLE, v DOUBLE, c UTINYINT)');
  const appender = await connection.createAppender('t');
  for (let i = 0; i < data.risk.length; i++) {
    appender.appendDouble(data.risk[i]);
    appender.appendDouble(data.value[i]);
    appender.appendUTinyInt(data.churned[i]);
    appender.endRow();
  }
  appender.closeSync();
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export async function measureQuadrant(runs: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('SET threads=2');
  const results: Record<string, unknown> = {};
  let agree = true;
  for (const n of SIZES) {
    const data = customers(n);
    await load(connection, data);
    const ours = { drag: [] as number[], brush: [] as number[] };
    const duck = { drag: [] as number[], brush: [] as number[] };
    const differences: string[] = [];
    for (let run = 0; run <= runs; run++) {
      // Run 0 warms both up and is not kept.
      for (const [tr, tv] of DRAGS) {
        let started = performance.now();
        const t = quadrantTotals(data.risk, data.value, data.churned, tr, tv);
        const oursMs = performance.now() - started;
        started = performance.now();
        const rows = (await connection.runAndReadAll(GROUP_SQL(tr, tv))).getRowObjects();
        const duckMs = performance.now() - started;
        if (run > 0) {
          ours.drag.push(oursMs);
          duck.drag.push(duckMs);
        }
        for (const row of rows) {
          const q = Number(row.q);
          if (t.customers[q] !== row.customers || t.churned[q] !== row.churned)
            differences.push(`${n}: quadrant ${q} at (${tr}, ${tv}) counts differ`);
          if (!close(t.value[q], row.value as number) || !close(t.valueTimesRisk[q], row.at_risk as number))
            differences.push(`${n}: quadrant ${q} at (${tr}, ${tv}) sums differ`);
        }
      }
      let started = performance.now();
      const brushed = brushedRows(data.risk, data.value, BOX.x0, BOX.x1, BOX.y0, BOX.y1);
      const oursMs = performance.now() - started;
      started = performance.now();
      const [row] = (await connection.runAndReadAll(BRUSH_SQL)).getRowObjects();
      const duckMs = performance.now() - started;
      if (run > 0) {
        ours.brush.push(oursMs);
        duck.brush.push(duckMs);
      }
      if (brushed.length !== row.n) differences.push(`${n}: brushed ${brushed.length} vs ${String(row.n)}`);
    }
    if (differences.length > 0) agree = false;
    const summary = (ms: number[]) => ({ medianMs: round(median(ms), 2), runs: ms.length });
    results[n === 100_000 ? '100k' : '1m'] = {
      customers: n,
      ours: { drag: summary(ours.drag), brush: summary(ours.brush) },
      duckdb: { drag: summary(duck.drag), brush: summary(duck.brush) },
      ratios: {
        duckdb_vs_ours_drag: round(median(duck.drag) / median(ours.drag), 1),
        duckdb_vs_ours_brush: round(median(duck.brush) / median(ours.brush), 1),
      },
      budgetMs: BUDGET_MS[n],
      meetsBudget: median(ours.drag) < BUDGET_MS[n] && median(ours.brush) < BUDGET_MS[n],
      agreement: differences.length === 0 ? { ok: true } : { ok: false, differences: differences.slice(0, 20) },
    };
  }
  connection.closeSync();
  if (!agree) process.exitCode = 1;
  return {
    spec: {
      ours: 'quadrantTotals(risk, value, churned, tr, tv) and brushedRows(risk, value, box) over Float64Array/Uint8Array, as the page runs them on a drag and a brush (the redraw is measured in the browser test, not here)',
      duckdb:
        'the same numbers in a table t(r, v, c); GROUP BY quadrant with count, sum(v), sum(v * r), sum(c); count(*) WHERE r and v BETWEEN the box; SET threads=2; materialised through runAndReadAll',
      data: `seeded (mulberry32 ${SEED}): risk ((u1 + u2) / 2)², value e^(6 + z) to the cent, churned with probability risk`,
      thresholds: DRAGS,
      box: BOX,
    },
    results,
  };
}
