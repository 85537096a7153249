/**
 * One benchmark of ours against DuckDB SQL, as the RFM and revenue-movements benchmarks share it:
 * each peer's child script in a fresh process per measurement, interleaved, on every input; rows
 * read checked against the input's; the answers compared (a disagreement is logged loudly, leaves
 * the ratios out and fails the run); the compared time and the file-to-answer time as ratios; and
 * a summary per peer. Each benchmark names its scripts, its comparison and its extra figures.
 */
import { runNodeChild } from './childProcesses.ts';
import type { BenchInput } from './inputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio, type Sample } from './interleaved.ts';
import { spread } from './stats.ts';

export type DuckdbPeer = 'ours' | 'duckdb';
const PEERS: DuckdbPeer[] = ['ours', 'duckdb'];

/** What every child of such a benchmark reports. */
export interface Measured {
  /** The compared time. */
  ms: number;
  /** Loading the file; not compared. */
  loadMs: number;
  rows: number;
  peakRssMiB: number | null;
  detail?: Record<string, unknown>;
}

/** A figure of a peer's runs: its median, least and most over the good runs. */
export type Figure<M> = (pick: (m: M) => number | undefined, digits?: number) => ReturnType<typeof spread>;

export interface DuckdbComparison<M extends Measured> {
  /** The progress label and the results' name ('rfm'). */
  label: string;
  scripts: Record<DuckdbPeer, string>;
  args: (input: BenchInput) => string[];
  /** One progress line of a measurement. */
  describe: (m: M) => string;
  /** What is compared, in the loud line of a disagreement ("RFM SCORES"). */
  answer: string;
  /** The differences of another run's answer from the reference's (none: they agree). */
  differences: (reference: M, other: M, side: string) => Iterable<string>;
  /** What an agreement reports (totals of the reference answer). */
  agreed: (reference: M) => Record<string, unknown>;
  ratios: {
    /** The compared time's ratio, against `target` (ours ≤ target × DuckDB's time). */
    compared: string;
    target: number;
    /** The file-to-answer ratio (context, no target) and its time. */
    fromFile: string;
    fileToAnswer: (m: M) => number;
    /** Why the ratios are left out when the answers disagree. */
    disagreeWhy: string;
  };
  /** The compared time's digits in the summary. */
  msDigits: number;
  /** A peer's figures beside runs, ms and loadMs. */
  figures: (of: Figure<M>, peer: DuckdbPeer) => Record<string, unknown>;
}

const timeoutFor = (input: BenchInput) => 90_000 + 3_000 * (input.bytes / 1e6);

export async function compareWithDuckdb<M extends Measured>(
  c: DuckdbComparison<M>,
  inputs: BenchInput[],
  runs: number,
): Promise<Record<string, unknown>> {
  const samples = await interleave(
    c.label,
    inputs,
    PEERS,
    runs,
    (peer, input) => runNodeChild<M>(c.scripts[peer], c.args(input), { timeoutMs: timeoutFor(input) }),
    c.describe,
  );
  const results: Record<string, unknown> = {};
  let agreeEverywhere = true;
  for (const input of inputs) {
    const ours = samples.get(sampleKey(input, 'ours')) ?? [];
    const duckdb = samples.get(sampleKey(input, 'duckdb')) ?? [];
    for (const s of [...ours, ...duckdb])
      if (s.ok && s.m.rows !== input.rows)
        Object.assign(s, { ok: false, error: `read ${s.m.rows} rows, expected ${input.rows}` });
    const agreement = agreementOf(c, ours, duckdb);
    if (agreement.ok === false) {
      agreeEverywhere = false;
      log(
        `\n!!! ${input.id}: OUR ${c.answer} AND DUCKDB'S DISAGREE: ${agreement.differences.slice(0, 20).join('; ')}\n`,
      );
    }
    const disagree = agreement.ok === false;
    const { compared, target, fromFile, fileToAnswer, disagreeWhy } = c.ratios;
    results[input.id] = {
      ours: summarise(c, ours, 'ours'),
      duckdb: summarise(c, duckdb, 'duckdb'),
      agreement,
      ratios: {
        [compared]: disagree
          ? { value: null, target, meetsTarget: null, why: disagreeWhy }
          : timeRatio(ours, duckdb, (m) => m.ms, target, 'duckdb'),
        // Context, no target: from the file to the answer, each side's loading included.
        [fromFile]: disagree ? { value: null } : timeRatio(ours, duckdb, fileToAnswer, null, 'duckdb'),
      },
    };
  }
  if (!agreeEverywhere) process.exitCode = 1;
  return results;
}

/** Every other run (ours again, and DuckDB's) against ours's first. */
function agreementOf<M extends Measured>(c: DuckdbComparison<M>, ours: Sample<M>[], duckdb: Sample<M>[]) {
  const a = okSamples(ours);
  const b = okSamples(duckdb);
  if (a.length === 0 || b.length === 0) return { ok: null, why: 'not both measured' } as const;
  const reference = a[0].m;
  const differences = new Set<string>();
  for (const s of [...a.slice(1), ...b]) {
    const side = b.includes(s) ? 'duckdb' : 'ours (another run)';
    for (const d of c.differences(reference, s.m, side)) differences.add(`run ${s.run + 1}: ${d}`);
  }
  if (differences.size > 0) return { ok: false, differences: [...differences] } as const;
  return { ok: true, ...c.agreed(reference) } as const;
}

function summarise<M extends Measured>(c: DuckdbComparison<M>, list: Sample<M>[], peer: DuckdbPeer) {
  const good = okSamples(list);
  const errors = errorsOf(list);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const of: Figure<M> = (pick, digits = 1) =>
    spread(
      good.map((s) => Number(pick(s.m))),
      digits,
    );
  return {
    runs: list.length,
    ms: of((m) => m.ms, c.msDigits),
    loadMs: of((m) => m.loadMs, 0),
    ...c.figures(of, peer),
    peakRssMiB: spread(
      good.map((s) => s.m.peakRssMiB).filter((x): x is number => x !== null),
      0,
    ),
    ...(errors.length > 0 ? { errors } : {}),
    detail: good[good.length - 1].m.detail,
  };
}
