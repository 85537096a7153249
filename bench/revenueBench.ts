/**
 * The revenue-movements benchmark: our engine's monthly revenue bridge against the same bridge in
 * DuckDB SQL, each in a fresh process per measurement, interleaved, on every input (the 5M-row
 * log is the issue's). Loading (and, for ours, building the customer table) is timed apart and
 * not compared. Every customer count and amount must agree or the comparison fails loudly.
 */
import { encodeColumns } from './customerTable.ts';
import type { BenchInput } from './inputs.ts';
import { compareWithDuckdb, type DuckdbComparison } from './duckdbComparison.ts';
import { bridgeDifferences, bridgeTotals, type RevenueMeasurement } from './revenue.ts';

const detail = (name: string) => (m: RevenueMeasurement) => Number(m.detail?.[name]);

const REVENUE: DuckdbComparison<RevenueMeasurement> = {
  label: 'revenue',
  scripts: { ours: 'bench/measure-revenue-ours.ts', duckdb: 'bench/measure-revenue-duckdb.ts' },
  args: (input) => [input.path, encodeColumns(input.customerColumns)],
  describe: (m) =>
    `bridge ${m.ms.toFixed(1)} ms (load ${(m.loadMs / 1000).toFixed(2)} s${m.customerTableMs === undefined ? '' : `, customer table ${(m.customerTableMs / 1000).toFixed(2)} s`}), ${m.bridge.length} months`,
  answer: 'REVENUE BRIDGE',
  differences: (reference, other, side) => bridgeDifferences(reference.bridge, other.bridge, side),
  agreed: (m) => bridgeTotals(m.bridge),
  ratios: {
    compared: 'ours_vs_duckdb_revenue_bridge',
    /** The issue's target: ours ≤ 1.0 × DuckDB's time, i.e. duckdb / ours ≥ 1. */
    target: 1.0,
    // From file to bridge (ours also builds the whole customer table).
    fromFile: 'ours_vs_duckdb_load_plus_revenue_bridge',
    fileToAnswer: (m) => m.loadMs + (m.customerTableMs ?? 0) + m.ms,
    disagreeWhy: 'the two bridges disagree',
  },
  msDigits: 1,
  figures: (of, peer) =>
    peer === 'ours'
      ? {
          customerTableMs: of((m) => m.customerTableMs, 0),
          againMs: of(detail('againMs')),
          quarterMs: of(detail('quarterMs')),
        }
      : { oneThreadMs: of(detail('oneThreadMs'), 0) },
};

export async function measureRevenueMovements(inputs: BenchInput[], runs: number) {
  const results = await compareWithDuckdb(REVENUE, inputs, runs);
  return {
    spec: {
      ours: 'openDataset, buildCustomerTable (suggested roles, checked; inactivity 180 days, weeks, returns netted), then engine.analyze(id, "revenue-movements", { period: "month" }) (compared: the bridge of every month, GRR/NRR/quick ratio, contraction alerts, per-customer movement columns), then the same again (warm) and by quarter',
      duckdb:
        "CREATE TABLE bridge AS … per (customer, month) net revenue (0 within 1e-6, floored at 0), customers with a purchase, lag/lead over each customer's months, per-month sums of new / expansion / contraction / churned / reactivated and their customers, start = the month before's end; over CREATE TABLE t AS read_csv_auto(…); SET threads=2",
      agreement: 'every month of the bridge: customer counts equal, amounts within 1e-6 relative',
    },
    units: {
      ms: 'the compared time: the monthly revenue bridge from data already loaded (ours: customer table built) — analyze (ours) / CREATE TABLE bridge AS SELECT … (duckdb)',
      loadMs: 'not compared: openDataset (ours) / CREATE TABLE t AS read_csv_auto (duckdb)',
      customerTableMs: 'ours, not compared: buildCustomerTable, whose monthly revenue per customer the bridge reads',
      ratios:
        'duckdb time / ours time (higher is better for us; the issue\'s "≤ 1.0× DuckDB\'s time" is a ratio ≥ 1); value from medians, pairedMedian from same-run pairs',
    },
    results,
  };
}
