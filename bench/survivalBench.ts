/**
 * The Kaplan–Meier + log-rank benchmark: our core kernels against R `survival` (survfit +
 * survdiff), each in a fresh process per measurement, interleaved, on 1,000,000 generated
 * customers in five groups, in whole and in continuous months. Reading the CSV is timed apart
 * and not compared. χ², the observed and expected counts and S(t) at a few times must match R
 * to 1e-6, or the comparison fails loudly. Without Rscript, ours is reported alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChildProcess, runNodeChild } from './childProcesses.ts';
import { topInclusiveTime, topSelfTime } from './cpuProfile.ts';
import { DATA_DIR, type SurvivalInput } from './inputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio, type Sample } from './interleaved.ts';
import { spread } from './stats.ts';
import { SURVIVAL_TOLERANCE, survivalDifferences, type SurvivalMeasurement } from './survival.ts';

type SurvivalPeer = 'ours' | 'r-survival';
const TARGET = 1.0;
const TIMEOUT_MS = 300_000;

function rVersion(): string | null {
  const probe = spawnSync('Rscript', ['-e', 'cat(R.version.string, as.character(packageVersion("survival")))'], {
    encoding: 'utf8',
  });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

function runChild(peer: SurvivalPeer, input: SurvivalInput, nodeArgs: string[] = []) {
  const ticks = input.ticks.join(',');
  return peer === 'ours'
    ? runNodeChild<SurvivalMeasurement>('bench/measure-survival-ours.ts', [input.path, ticks], {
        timeoutMs: TIMEOUT_MS,
        nodeArgs,
      })
    : runChildProcess<SurvivalMeasurement>('Rscript', ['bench/measure-survival-r.R', input.path, ticks], {
        timeoutMs: TIMEOUT_MS,
      });
}

export async function measureSurvival(inputs: SurvivalInput[], runs: number, profile: boolean) {
  const r = rVersion();
  if (!r) log('Rscript (with the survival package) not found: measuring ours alone');
  const peers: SurvivalPeer[] = r ? ['ours', 'r-survival'] : ['ours'];
  const samples = await interleave(
    'survival',
    inputs,
    peers,
    runs,
    (peer, input) => runChild(peer, input),
    (m) =>
      `${m.ms.toFixed(0)} ms (Kaplan–Meier ${m.fitMs.toFixed(0)}, log-rank ${m.logRankMs.toFixed(0)}; read ${m.readMs.toFixed(0)}), χ² ${m.chi2.toFixed(4)}`,
  );

  const results: Record<string, unknown> = {};
  let agreeEverywhere = true;
  for (const input of inputs) {
    const ours = samples.get(sampleKey(input, 'ours')) ?? [];
    const reference = samples.get(sampleKey(input, 'r-survival')) ?? [];
    const agreement = r ? agreementOf(ours, reference) : null;
    if (agreement?.ok === false) {
      agreeEverywhere = false;
      log(
        `\n!!! ${input.id}: OUR KAPLAN–MEIER / LOG-RANK AND R'S DISAGREE: ${agreement.differences.slice(0, 20).join('; ')}\n`,
      );
    }
    const disagree = agreement?.ok === false;
    const ratio = (time: (m: SurvivalMeasurement) => number, target: number | null) =>
      disagree
        ? { value: null, ...(target === null ? {} : { target, meetsTarget: null }), why: 'ours and R disagree' }
        : timeRatio(ours, reference, time, target, 'R');
    results[input.id] = {
      ours: summarise(ours),
      'r-survival': r ? summarise(reference) : 'R not installed',
      ...(r
        ? {
            agreement,
            ratios: {
              ours_vs_r_survival: ratio((m) => m.ms, TARGET),
              // The two halves, no target: survfit vs kaplanMeier per group, survdiff vs logRankTest.
              ours_vs_r_kaplan_meier: ratio((m) => m.fitMs, null),
              ours_vs_r_log_rank: ratio((m) => m.logRankMs, null),
            },
          }
        : { peer: 'R not installed' }),
    };
  }
  if (!agreeEverywhere) process.exitCode = 1;

  const profiles = profile ? await profileOurs(inputs) : undefined;
  return {
    spec: {
      ours: 'split by group (codes in sorted label order), kaplanMeier(time, event, { ci: "log" }) per group (src/core/analyses/survival/kaplanMeier.ts), logRankTest(time, event, group, 5) (src/core/analyses/survival/logRank.ts); one fresh Node process',
      r: 'read.csv (colClasses numeric, integer, factor), then survfit(Surv(time, event) ~ group, conf.type = "log") and survdiff(Surv(time, event) ~ group), each inside proc.time(); one fresh Rscript process',
      rVersion: r ?? 'R not installed',
      agreement: `groups, n, events, distinct times and observed counts equal; S(t) at the input's ticks (R: summary(fit, times, extend = TRUE)) within ${SURVIVAL_TOLERANCE} absolute; χ² and expected counts within ${SURVIVAL_TOLERANCE} relative`,
    },
    units: {
      ms: 'the compared time: Kaplan–Meier per group plus the log-rank test (fitMs + logRankMs)',
      readMs: 'reading the CSV before it, not compared (ours: readFileSync and a hand-written split; R: read.csv)',
      ratios: 'R time / ours time (higher is better for us); value from medians, pairedMedian from same-run pairs',
    },
    inputs: inputs.map((i) => ({
      id: i.id,
      path: i.path,
      customers: i.customers,
      ticks: i.ticks,
      description: i.description,
    })),
    results,
    ...(profiles ? { profile: profiles } : {}),
  };
}

function agreementOf(ours: Sample<SurvivalMeasurement>[], reference: Sample<SurvivalMeasurement>[]) {
  const a = okSamples(ours);
  const b = okSamples(reference);
  if (a.length === 0 || b.length === 0) return { ok: null, why: 'not both measured' } as const;
  const differences = new Set<string>();
  let worst = { maxSurvivalDiff: 0, chi2RelativeDiff: 0, chi2AbsoluteDiff: 0, maxExpectedDiff: 0 };
  for (const x of a) {
    for (const y of b) {
      const d = survivalDifferences(x.m, y.m);
      for (const text of d.differences) differences.add(`ours run ${x.run + 1} vs R run ${y.run + 1}: ${text}`);
      worst = {
        maxSurvivalDiff: Math.max(worst.maxSurvivalDiff, d.maxSurvivalDiff),
        chi2RelativeDiff: Math.max(worst.chi2RelativeDiff, d.chi2RelativeDiff),
        chi2AbsoluteDiff: Math.max(worst.chi2AbsoluteDiff, d.chi2AbsoluteDiff),
        maxExpectedDiff: Math.max(worst.maxExpectedDiff, d.maxExpectedDiff),
      };
    }
  }
  if (differences.size > 0) return { ok: false, differences: [...differences] } as const;
  const m = b[0].m;
  return {
    ok: true,
    chi2: m.chi2,
    df: m.groups.length - 1,
    n: m.n,
    events: m.events,
    distinctTimes: m.distinctTimes,
    ticks: m.ticks,
    survival: m.survival,
    worst,
  } as const;
}

function summarise(list: Sample<SurvivalMeasurement>[]) {
  const good = okSamples(list);
  const errors = errorsOf(list);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const of = (pick: (m: SurvivalMeasurement) => number, digits = 1) =>
    spread(
      good.map((s) => pick(s.m)),
      digits,
    );
  return {
    runs: list.length,
    ms: of((m) => m.ms),
    fitMs: of((m) => m.fitMs),
    logRankMs: of((m) => m.logRankMs),
    readMs: of((m) => m.readMs, 0),
    peakRssMiB: spread(
      good.map((s) => s.m.peakRssMiB).filter((x): x is number => x !== null),
      0,
    ),
    ...(errors.length > 0 ? { errors } : {}),
    detail: good[good.length - 1].m.detail,
  };
}

/** One extra ours run per input under `node --cpu-prof`, cut to the compared work (not the read). */
async function profileOurs(inputs: SurvivalInput[]) {
  const out: Record<string, unknown> = {};
  for (const input of inputs) {
    const dir = join(DATA_DIR, 'profiles', input.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`[profile] ${input.id} ours under --cpu-prof …`);
    const outcome = await runChild('ours', input, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!outcome.ok || !file) {
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
