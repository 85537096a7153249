/**
 * The RFM benchmark: R rfm's scores of every customer by our kernel against the same scores in
 * DuckDB SQL (`quantile_cont` breaks), each from its own per-customer table, in a fresh process
 * per measurement, interleaved, on every input. Loading and the per-customer tables are timed
 * apart and not compared. The breaks and the customers in each (R, F, M) cell must agree or the
 * comparison fails loudly. The engine's own calls (the first, and switches of bins and scheme)
 * are reported beside it.
 */
import { runNodeChild } from './childProcesses.ts';
import { encodeColumns } from './customerTable.ts';
import type { BenchInput } from './inputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio, type Sample } from './interleaved.ts';
import { INVOICE_COLUMN, rfmDifferences, type RfmMeasurement } from './rfm.ts';
import { spread } from './stats.ts';

type RfmPeer = 'ours' | 'duckdb';
const PEERS: RfmPeer[] = ['ours', 'duckdb'];
const CHILD_SCRIPTS: Record<RfmPeer, string> = {
  ours: 'bench/measure-rfm-ours.ts',
  duckdb: 'bench/measure-rfm-duckdb.ts',
};
const TARGET = 1.0;

const timeoutFor = (input: BenchInput) => 90_000 + 3_000 * (input.bytes / 1e6);

export async function measureRfm(inputs: BenchInput[], runs: number) {
  const samples = await interleave(
    'rfm',
    inputs,
    PEERS,
    runs,
    (peer, input) =>
      runNodeChild<RfmMeasurement>(
        CHILD_SCRIPTS[peer],
        [input.path, encodeColumns(input.customerColumns), INVOICE_COLUMN[input.id] ?? ''],
        { timeoutMs: timeoutFor(input) },
      ),
    (m) =>
      `scores ${m.ms.toFixed(1)} ms (load ${(m.loadMs / 1000).toFixed(2)} s, customer table ${(m.customerTableMs / 1000).toFixed(2)} s), ${m.customers} customers`,
  );
  const results: Record<string, unknown> = {};
  let agreeEverywhere = true;
  for (const input of inputs) {
    const ours = samples.get(sampleKey(input, 'ours')) ?? [];
    const duckdb = samples.get(sampleKey(input, 'duckdb')) ?? [];
    for (const s of [...ours, ...duckdb])
      if (s.ok && s.m.rows !== input.rows)
        Object.assign(s, { ok: false, error: `read ${s.m.rows} rows, expected ${input.rows}` });
    const agreement = agreementOf(ours, duckdb);
    if (agreement.ok === false) {
      agreeEverywhere = false;
      log(
        `\n!!! ${input.id}: OUR RFM SCORES AND DUCKDB'S DISAGREE: ${agreement.differences.slice(0, 20).join('; ')}\n`,
      );
    }
    const disagree = agreement.ok === false;
    results[input.id] = {
      ours: summarise(ours),
      duckdb: summarise(duckdb),
      agreement,
      ratios: {
        ours_vs_duckdb_rfm_scores: disagree
          ? { value: null, target: TARGET, meetsTarget: null, why: 'the two scorings disagree' }
          : timeRatio(ours, duckdb, (m) => m.ms, TARGET, 'duckdb'),
        // Context, no target: file to scores, each side's loading and per-customer table included.
        ours_vs_duckdb_load_plus_rfm: disagree
          ? { value: null }
          : timeRatio(ours, duckdb, (m) => m.loadMs + m.customerTableMs + m.ms, null, 'duckdb'),
      },
    };
  }
  if (!agreeEverywhere) process.exitCode = 1;
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

function agreementOf(ours: Sample<RfmMeasurement>[], duckdb: Sample<RfmMeasurement>[]) {
  const a = okSamples(ours);
  const b = okSamples(duckdb);
  if (a.length === 0 || b.length === 0) return { ok: null, why: 'not both measured' } as const;
  const reference = a[0].m;
  const differences = new Set<string>();
  for (const s of [...a.slice(1), ...b]) {
    const side = b.includes(s) ? 'duckdb' : 'ours (another run)';
    for (const d of rfmDifferences(reference, s.m, side)) differences.add(`run ${s.run + 1}: ${d}`);
  }
  if (differences.size > 0) return { ok: false, differences: [...differences] } as const;
  return { ok: true, customers: reference.customers, breaks: reference.breaks } as const;
}

function summarise(list: Sample<RfmMeasurement>[]) {
  const good = okSamples(list);
  const errors = errorsOf(list);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const of = (pick: (m: RfmMeasurement) => number, digits = 1) =>
    spread(
      good.map((s) => pick(s.m)),
      digits,
    );
  return {
    runs: list.length,
    ms: of((m) => m.ms, 2),
    loadMs: of((m) => m.loadMs, 0),
    customerTableMs: of((m) => m.customerTableMs, 0),
    peakRssMiB: spread(
      good.map((s) => s.m.peakRssMiB).filter((x): x is number => x !== null),
      0,
    ),
    ...(errors.length > 0 ? { errors } : {}),
    detail: good[good.length - 1].m.detail,
  };
}
