/**
 * The RFM benchmark: R rfm's scores of every customer by our kernel against the same scores in
 * DuckDB SQL (`quantile_cont` breaks), each from its own per-customer table, in a fresh process
 * per measurement, interleaved, on every input. Loading and the per-customer tables are timed
 * apart and not compared. The breaks and the customers in each (R, F, M) cell must agree or the
 * comparison fails loudly. The engine's own calls (the first, and switches of bins and scheme)
 * are reported beside it.
 */
import { encodeColumns } from './customerTable.ts';
import type { BenchInput } from './inputs.ts';
import { compareWithDuckdb, type DuckdbComparison } from './duckdbComparison.ts';
import { INVOICE_COLUMN, rfmDifferences, type RfmMeasurement } from './rfm.ts';

const RFM: DuckdbComparison<RfmMeasurement> = {
  label: 'rfm',
  scripts: { ours: 'bench/measure-rfm-ours.ts', duckdb: 'bench/measure-rfm-duckdb.ts' },
  args: (input) => [input.path, encodeColumns(input.customerColumns), INVOICE_COLUMN[input.id] ?? ''],
  describe: (m) =>
    `scores ${m.ms.toFixed(1)} ms (load ${(m.loadMs / 1000).toFixed(2)} s, customer table ${(m.customerTableMs / 1000).toFixed(2)} s), ${m.customers} customers`,
  answer: 'RFM SCORES',
  differences: rfmDifferences,
  agreed: (m) => ({ customers: m.customers, breaks: m.breaks }),
  ratios: {
    compared: 'ours_vs_duckdb_rfm_scores',
    target: 1.0,
    // File to scores: each side's loading and per-customer table included.
    fromFile: 'ours_vs_duckdb_load_plus_rfm',
    fileToAnswer: (m) => m.loadMs + m.customerTableMs + m.ms,
    disagreeWhy: 'the two scorings disagree',
  },
  msDigits: 2,
  figures: (of) => ({ customerTableMs: of((m) => m.customerTableMs, 0) }),
};

export async function measureRfm(inputs: BenchInput[], runs: number) {
  const results = await compareWithDuckdb(RFM, inputs, runs);
  return {
    spec: {
      scores:
        "R rfm's quintile scheme: breaks = type-7 quantiles at 0.2, 0.4, 0.6, 0.8 + 1; score = 1 + breaks at or below the value; recency reversed (5 = most recent)",
      ours: 'openDataset, buildCustomerTable (suggested roles, checked; inactivity 180 days, returns netted), engine.analyze(id, "rfm") once (counts orders: distinct invoices or purchase rows); compared: rfmScores(recency days, orders, total spend to the cent, 5) from that per-customer table',
      duckdb:
        'CREATE TABLE t AS read_csv_auto(…); CREATE TABLE c AS per-customer recency (as-of − last purchase day), orders (count DISTINCT invoice, or rows) and total spend to the cent (returns netted; a return = negative amount or invoice starting with C) (not compared); compared: CREATE TABLE rfm AS quantile_cont(…, [0.2, 0.4, 0.6, 0.8]) + 1 and the scores; SET threads=2',
      agreement: 'the breaks within 1e-9 relative and the customers in each of the 125 (R, F, M) cells equal',
    },
    units: {
      ms: 'the compared time: every customer’s R, F and M scores from a per-customer table already built',
      customerTableMs:
        'not compared: the per-customer table the scores read (ours: buildCustomerTable + the first rfm call; duckdb: CREATE TABLE c AS … GROUP BY)',
      engineSwitchMs:
        "ours, detail: the engine's rfm call after a switch of bins or scheme (the measures read by the first call reused; segments, grid and churn included): the app's redraw minus the transfer and the drawing",
      ratios: 'duckdb time / ours time (higher is better for us); value from medians, pairedMedian from same-run pairs',
    },
    results,
  };
}
