/**
 * The customer-table benchmark: our engine's buildCustomerTable against the same table computed
 * by DuckDB SQL (GROUP BY customer), each in a fresh process per measurement, interleaved with the
 * order rotated, on every input. Loading is timed apart and not compared. The two tables must
 * agree (customers, churned and column sums) or the comparison fails loudly.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runNodeChild } from './childProcesses.ts';
import { topSelfTime, topInclusiveTime } from './cpuProfile.ts';
import {
  CUSTOMER_TABLE_SPEC,
  WARNING_RULES,
  checksumDifferences,
  encodeColumns,
  type CustomerTableMeasurement,
} from './customerTable.ts';
import { DATA_DIR, type BenchInput } from './inputs.ts';
import { median, round, spread } from './stats.ts';

type CustomerPeer = 'ours' | 'duckdb';
const PEERS: CustomerPeer[] = ['ours', 'duckdb'];
const CHILD_SCRIPTS: Record<CustomerPeer, string> = {
  ours: 'bench/measure-customers-ours.ts',
  duckdb: 'bench/measure-customers-duckdb.ts',
};
const TARGET = 1.0;

type Sample = { run: number; ok: true; m: CustomerTableMeasurement } | { run: number; ok: false; error: string };

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function timeoutFor(input: BenchInput): number {
  return 90_000 + 3_000 * (input.bytes / 1e6);
}

function runChild(peer: CustomerPeer, input: BenchInput, nodeArgs: string[] = [], timeoutMs = timeoutFor(input)) {
  return runNodeChild<CustomerTableMeasurement>(
    CHILD_SCRIPTS[peer],
    [input.path, encodeColumns(input.customerColumns)],
    {
      timeoutMs,
      nodeArgs,
    },
  );
}

function okSamples(list: Sample[]) {
  return list.filter((s): s is Extract<Sample, { ok: true }> => s.ok);
}

export async function measureCustomerTables(inputs: BenchInput[], runs: number, profile: boolean) {
  const samples = new Map<string, Sample[]>();
  const key = (input: BenchInput, peer: CustomerPeer) => `${input.id}/${peer}`;
  for (let run = 0; run < runs; run++) {
    for (const input of inputs) {
      const order = PEERS.map((_, k) => PEERS[(k + run) % PEERS.length]);
      for (const peer of order) {
        const label = `[customers ${run + 1}/${runs}] ${input.id} ${peer}`;
        log(`${label} …`);
        const earlier = samples.get(key(input, peer)) ?? [];
        const timedOut = earlier.find((s) => !s.ok && /timed out/i.test(s.error));
        let sample: Sample;
        if (timedOut) sample = { run, ok: false, error: `skipped: timed out in run ${timedOut.run + 1}` };
        else {
          const outcome = await runChild(peer, input);
          sample = outcome.ok ? { run, ok: true, m: outcome.value } : { run, ok: false, error: outcome.error };
        }
        if (sample.ok && sample.m.rows !== input.rows) {
          sample = { run, ok: false, error: `read ${sample.m.rows} rows, expected ${input.rows}` };
        }
        log(
          sample.ok
            ? `${label}: table ${(sample.m.ms / 1000).toFixed(3)} s (load ${(sample.m.loadMs / 1000).toFixed(2)} s), ${sample.m.checksums.customers} customers, ${sample.m.checksums.churned} churned`
            : `${label}: ERROR ${sample.error}`,
        );
        samples.set(key(input, peer), [...earlier, sample]);
      }
    }
  }

  const results: Record<string, unknown> = {};
  let agreeEverywhere = true;
  for (const input of inputs) {
    const ours = samples.get(key(input, 'ours')) ?? [];
    const duckdb = samples.get(key(input, 'duckdb')) ?? [];
    const agreement = agreementOf(ours, duckdb);
    if (agreement.ok === false) {
      agreeEverywhere = false;
      log(`\n!!! ${input.id}: OUR CUSTOMER TABLE AND DUCKDB'S DISAGREE: ${agreement.differences.join('; ')}\n`);
    }
    results[input.id] = {
      ours: summarise(ours, true),
      duckdb: summarise(duckdb, false),
      agreement,
      ratios: {
        ours_vs_duckdb_customer_table:
          agreement.ok === false
            ? { value: null, target: TARGET, meetsTarget: null, why: 'the two customer tables disagree' }
            : ratio(ours, duckdb, (m) => m.ms, TARGET),
        // Context, no target: what a person waits for from file to table (ours reads far more per row).
        ours_vs_duckdb_load_plus_customer_table:
          agreement.ok === false ? { value: null } : ratio(ours, duckdb, (m) => m.loadMs + m.ms, null),
      },
    };
  }
  if (!agreeEverywhere) process.exitCode = 1;

  const profiles = profile ? await profileOurs(inputs) : undefined;
  return {
    spec: {
      roles:
        "the dataset's suggested roles (summary.columns → role); the customer, date and amount (or quantity × price) columns are checked",
      ...CUSTOMER_TABLE_SPEC,
      warningRules: WARNING_RULES,
      duckdb:
        'CREATE TABLE customers AS … GROUP BY customer over a CREATE TABLE t AS SELECT * FROM read_csv_auto(…); SET threads=2',
    },
    units: {
      ms: 'the compared time: buildCustomerTable (ours) / the CREATE TABLE customers AS SELECT … query (duckdb), data already loaded',
      loadMs: 'loading before it, not compared: openDataset (ours) / CREATE TABLE t AS read_csv_auto (duckdb)',
      ratios: 'duckdb time / ours time (higher is better for us); value from medians, pairedMedian from same-run pairs',
    },
    results,
    ...(profiles ? { profile: profiles } : {}),
  };
}

function agreementOf(
  ours: Sample[],
  duckdb: Sample[],
): { ok: true; checksums: unknown; asOf: string } | { ok: false; differences: string[] } | { ok: null; why: string } {
  const a = okSamples(ours);
  const b = okSamples(duckdb);
  if (a.length === 0 || b.length === 0) return { ok: null, why: 'not both measured' };
  const reference = a[0].m;
  const differences = new Set<string>();
  for (const s of [...a.slice(1), ...b]) {
    const side = b.includes(s) ? 'duckdb' : 'ours (another run)';
    for (const d of checksumDifferences(reference.checksums, s.m.checksums))
      differences.add(`${side} run ${s.run + 1}: ${d}`);
    if (s.m.asOf !== reference.asOf)
      differences.add(`${side} run ${s.run + 1}: as-of ${reference.asOf} vs ${s.m.asOf}`);
  }
  if (differences.size > 0) return { ok: false, differences: [...differences] };
  return { ok: true, checksums: reference.checksums, asOf: reference.asOf };
}

function summarise(list: Sample[], isOurs: boolean) {
  const good = okSamples(list);
  const errors = list
    .filter((s): s is Extract<Sample, { ok: false }> => !s.ok)
    .map((s) => `run ${s.run + 1}: ${s.error}`);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const of = (pick: (m: CustomerTableMeasurement) => number, digits = 0) =>
    spread(
      good.map((s) => pick(s.m)),
      digits,
    );
  const detailNumber = (name: string) => (m: CustomerTableMeasurement) => Number(m.detail?.[name]);
  const last = good[good.length - 1].m;
  return {
    runs: list.length,
    customers: last.checksums.customers,
    churned: last.checksums.churned,
    ms: of((m) => m.ms, 1),
    loadMs: of((m) => m.loadMs),
    ...(isOurs
      ? { kpisMs: of(detailNumber('overviewMs')), earlyWarningsMs: of(detailNumber('warningsMs')) }
      : { oneThreadMs: of(detailNumber('oneThreadMs')) }),
    peakRssMiB: spread(
      good.map((s) => s.m.peakRssMiB).filter((x): x is number => x !== null),
      0,
    ),
    ...(errors.length > 0 ? { errors } : {}),
    detail: last.detail,
  };
}

function ratio(ours: Sample[], peer: Sample[], time: (m: CustomerTableMeasurement) => number, target: number | null) {
  const a = okSamples(ours);
  const b = okSamples(peer);
  if (a.length === 0 || b.length === 0) {
    return {
      value: null,
      target,
      meetsTarget: null,
      why: `${a.length === 0 ? 'ours' : 'duckdb'} has no successful run`,
    };
  }
  const value = median(b.map((s) => time(s.m))) / median(a.map((s) => time(s.m)));
  const pairs = a.flatMap((x) => b.filter((y) => y.run === x.run).map((y) => time(y.m) / time(x.m)));
  return {
    value: round(value),
    pairedMedian: pairs.length > 0 ? round(median(pairs)) : null,
    ...(target === null ? {} : { target, meetsTarget: value >= target }),
  };
}

/** One extra ours run per input under `node --cpu-prof`, cut to buildCustomerTable; not timed. */
async function profileOurs(inputs: BenchInput[]) {
  const out: Record<string, unknown> = {};
  for (const input of inputs) {
    const dir = join(DATA_DIR, 'profiles', `customers-${input.id}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`[profile] ${input.id} buildCustomerTable under --cpu-prof …`);
    const outcome = await runChild('ours', input, ['--cpu-prof', `--cpu-prof-dir=${dir}`], timeoutFor(input) * 2);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!outcome.ok || !file || !outcome.value.windowUs) {
      out[input.id] = { error: outcome.ok ? 'no profile written' : outcome.error };
      continue;
    }
    const path = join(dir, file);
    const window = outcome.value.windowUs;
    out[input.id] = {
      profile: path,
      ms: Math.round(outcome.value.ms),
      selfTime: topSelfTime(path, 12, window),
      inclusiveTime: topInclusiveTime(path, 15, window),
    };
  }
  return out;
}
