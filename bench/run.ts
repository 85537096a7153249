/**
 * `npm run bench [-- --quick] [-- --only node|browser|customers|triangle|survival|revenue|models] [-- --runs N] [-- --profile]`
 *
 * Ingestion speed and memory of Churnscope, the customer-table build, the retention triangle
 * (and the interactive switching claim), Kaplan–Meier + log-rank and the revenue bridge, against peers measured
 * in the same run, interleaved (run 1 of every peer, then run 2, …, with the order rotated) so
 * that the shared machine's noise falls on all of them alike. Prints one JSON document on
 * stdout; progress on stderr. Read the ratios, not the absolute times.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumVersion, ensureBuilt, measureBrowserLoad, serveDist, type BrowserMeasurement } from './browserLoad.ts';
import { killAllChildren, runNodeChild } from './childProcesses.ts';
import { measureCustomerTables } from './customerTableBench.ts';
import { topSelfTime } from './cpuProfile.ts';
import {
  DATA_DIR,
  generatedTransactions,
  interactiveLog,
  onlineRetail,
  survivalInputs,
  type BenchInput,
} from './inputs.ts';
import { measureModels } from './modelsBench.ts';
import { measureSurvival } from './survivalBench.ts';
import { measureRisk } from './riskBench.ts';
import { measureKMeans } from './kmeansBench.ts';
import { measureClv } from './clvBench.ts';
import { measureRfm } from './rfmBench.ts';
import { measureQuadrant } from './quadrantBench.ts';
import { measureTriangles } from './triangleBench.ts';
import { measureRevenueMovements } from './revenueBench.ts';
import type { Measurement } from './measurement.ts';
import { median, round, spread } from './stats.ts';

type Peer = 'ours-node' | 'papaparse' | 'duckdb' | 'ours-browser';

const CHILD_SCRIPTS: Record<Exclude<Peer, 'ours-browser'>, string> = {
  'ours-node': 'bench/measure-ours.ts',
  papaparse: 'bench/measure-papaparse.ts',
  duckdb: 'bench/measure-duckdb.ts',
};
const TARGETS = { oursVsPapaparse: 0.7, oursVsDuckdb: 0.5, longTaskMs: 50, tabMemoryMiB: 1536 };

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string' },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  process.stderr.write(
    'npm run bench -- [--quick] [--only node|browser|customers|triangle|survival|revenue|models|risk|clusters|clv|rfm|quadrant] [--runs N] [--profile]\n',
  );
  process.exit(0);
}
const SECTIONS = [
  'node',
  'browser',
  'customers',
  'triangle',
  'survival',
  'revenue',
  'models',
  'risk',
  'clusters',
  'clv',
  'rfm',
  'quadrant',
];
if (flags.only !== undefined && !SECTIONS.includes(flags.only)) {
  process.stderr.write(`--only takes ${SECTIONS.join(', ')}, not ${flags.only}\n`);
  process.exit(2);
}
const runs = flags.runs ? Math.max(1, Number(flags.runs)) : flags.quick ? 1 : 3;
// Ingestion peers; each later section runs with no --only or with its own name.
const peers: Peer[] =
  flags.only === 'customers' ||
  flags.only === 'triangle' ||
  flags.only === 'survival' ||
  flags.only === 'revenue' ||
  flags.only === 'models' ||
  flags.only === 'risk' ||
  flags.only === 'clusters' ||
  flags.only === 'clv' ||
  flags.only === 'rfm' ||
  flags.only === 'quadrant'
    ? []
    : [
        ...(flags.only === 'browser' ? [] : (['ours-node', 'papaparse', 'duckdb'] as const)),
        ...(flags.only === 'node' ? [] : (['ours-browser'] as const)),
      ];
const customerTables = flags.only === undefined || flags.only === 'customers';
const triangles = flags.only === undefined || flags.only === 'triangle';
const survival = flags.only === undefined || flags.only === 'survival';
const revenue = flags.only === undefined || flags.only === 'revenue';
const models = flags.only === undefined || flags.only === 'models';
const risk = flags.only === undefined || flags.only === 'risk';
const clusters = flags.only === undefined || flags.only === 'clusters';
const clv = flags.only === undefined || flags.only === 'clv';
const rfm = flags.only === undefined || flags.only === 'rfm';
const quadrant = flags.only === undefined || flags.only === 'quadrant';

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

type Sample =
  { run: number; ok: true; m: Measurement | BrowserMeasurement } | { run: number; ok: false; error: string };

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping`);
    killAllChildren();
    process.exit(130);
  });
}
process.on('exit', killAllChildren);

function gitState(): { head: string | null; dirtyAppFiles: number | null } {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'workers', 'index.html'], {
      encoding: 'utf8',
    });
    return { head, dirtyAppFiles: dirty.split('\n').filter(Boolean).length };
  } catch {
    return { head: null, dirtyAppFiles: null };
  }
}

/** Reads a file once so that every peer, including the first, starts from a warm page cache. */
function warmPageCache(path: string): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(8 << 20);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

function timeoutFor(input: BenchInput, peer: Peer): number {
  const mb = input.bytes / 1e6;
  return peer === 'ours-browser' ? 90_000 + 3_000 * mb : 60_000 + 2_000 * mb;
}

async function main() {
  const startedAt = new Date();
  const loadBefore = loadavg();
  const inputs =
    flags.only === 'survival' ||
    flags.only === 'models' ||
    flags.only === 'risk' ||
    flags.only === 'clusters' ||
    flags.only === 'clv' ||
    flags.only === 'quadrant'
      ? []
      : [onlineRetail(), ...(flags.quick ? [] : [generatedTransactions()])];
  for (const input of inputs) warmPageCache(input.path);
  const interactive = triangles ? interactiveLog() : null;
  const survivalData = survival ? survivalInputs() : [];
  for (const input of [...(interactive ? [interactive] : []), ...survivalData]) warmPageCache(input.path);

  let browserSetup: { url: string; close: () => void } | { error: string } | null = null;
  let build: Awaited<ReturnType<typeof ensureBuilt>> | null = null;
  if (peers.includes('ours-browser')) {
    build = await ensureBuilt();
    if (!build.ok) browserSetup = { error: build.error ?? 'build failed' };
    else {
      try {
        const { url, server } = await serveDist();
        browserSetup = { url, close: () => server.close() };
      } catch (error) {
        browserSetup = { error: `could not serve dist/: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
  }

  const samples = new Map<string, Sample[]>();
  const key = (input: BenchInput, peer: Peer) => `${input.id}/${peer}`;
  for (let run = 0; run < runs; run++) {
    for (const input of inputs) {
      // Rotate the order each run, so no peer always goes first (or last) on a file.
      const order = peers.map((_, k) => peers[(k + run) % peers.length]);
      for (const peer of order) {
        const label = `[run ${run + 1}/${runs}] ${input.id} ${peer}`;
        log(`${label} …`);
        let sample: Sample;
        const earlierTimeout = (samples.get(key(input, peer)) ?? []).find(
          (s) => !s.ok && /time(d)? ?out/i.test(s.error),
        );
        if (earlierTimeout) {
          // A peer that timed out once would only burn the same minutes again.
          sample = { run, ok: false, error: `skipped: timed out in run ${earlierTimeout.run + 1}` };
        } else if (peer === 'ours-browser') {
          if (browserSetup && 'error' in browserSetup) sample = { run, ok: false, error: browserSetup.error };
          else {
            try {
              sample = {
                run,
                ok: true,
                m: await measureBrowserLoad(browserSetup!.url, input, timeoutFor(input, peer)),
              };
            } catch (error) {
              sample = { run, ok: false, error: error instanceof Error ? error.message : String(error) };
            }
          }
        } else {
          const outcome = await runNodeChild<Measurement>(CHILD_SCRIPTS[peer], [input.path], {
            timeoutMs: timeoutFor(input, peer),
          });
          sample = outcome.ok ? { run, ok: true, m: outcome.value } : { run, ok: false, error: outcome.error };
        }
        if (sample.ok && sample.m.rows !== input.rows) {
          sample = { run, ok: false, error: `read ${sample.m.rows} rows, expected ${input.rows}` };
        }
        log(sample.ok ? `${label}: ${describe(input, sample.m)}` : `${label}: ERROR ${sample.error}`);
        const list = samples.get(key(input, peer)) ?? [];
        list.push(sample);
        samples.set(key(input, peer), list);
      }
    }
  }
  if (browserSetup && 'close' in browserSetup) browserSetup.close();

  const results: Record<string, unknown> = {};
  for (const input of inputs) {
    const byPeer = Object.fromEntries(
      peers.map((peer) => [peer, summarisePeer(input, samples.get(key(input, peer)) ?? [])]),
    );
    results[input.id] = { ...byPeer, ratios: ratios(samples, input), browserTargets: browserTargets(samples, input) };
  }

  const profile = flags.profile && peers.includes('ours-node') ? await profileOurs(inputs) : undefined;
  const customerTable = customerTables ? await measureCustomerTables(inputs, runs, flags.profile) : undefined;
  const retentionTriangle = triangles ? await measureTriangles(inputs, interactive, runs, flags.profile) : undefined;
  const survivalBench = survival ? await measureSurvival(survivalData, runs, flags.profile) : undefined;
  const revenueMovements = revenue ? await measureRevenueMovements(inputs, runs) : undefined;
  const modelsBench = models ? await measureModels(runs) : undefined;
  const riskBench = risk ? await measureRisk(runs) : undefined;
  const kmeansBench = clusters ? await measureKMeans(runs) : undefined;
  const clvBench = clv ? await measureClv(runs) : undefined;
  const rfmBench = rfm ? await measureRfm(inputs, runs) : undefined;
  const quadrantBench = quadrant ? await measureQuadrant(runs) : undefined;

  const document = {
    bench:
      peers.length > 0
        ? 'churnscope ingestion'
        : `churnscope ${{ customers: 'customer table', triangle: 'retention triangle', survival: 'survival', revenue: 'revenue movements', models: 'risk models', risk: 'logistic regression', clusters: 'k-means', clv: 'customer lifetime value', rfm: 'RFM', quadrant: 'value-risk quadrant' }[flags.only ?? 'customers']}`,
    startedAt: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    options: { quick: flags.quick, only: flags.only ?? null, runs },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryGiB: round(totalmem() / 2 ** 30, 1),
      loadAverage1mBefore: round(loadBefore[0], 2),
      loadAverage1mAfter: round(loadavg()[0], 2),
      node: process.version,
      chromium: peers.includes('ours-browser') ? await chromiumVersion() : null,
      caveat:
        'Shared, noisy machine (2 cores, other sessions building and testing). Absolute times drift by 2–3x between minutes; compare peers within this run through the ratios.',
    },
    app: { git: gitState(), build },
    units: {
      ms: 'wall time of the work only (not process start-up); browser: file input change → summary shown',
      mbPerSec: '1 MB = 1e6 bytes of the file',
      memory:
        'MiB; node peers: peak RSS (VmHWM) of a fresh process; browser: tabPeakRssMiB = peak summed RSS of all Chromium renderer processes (page + spare/internal renderers; shared pages counted in each), pageRendererPeakRssMiB = the largest one alone; sampled every 100 ms',
      ratios: 'peer time / ours time (higher is better for us); value from medians, pairedMedian from same-run pairs',
    },
    inputs: inputs.map((i) => ({
      id: i.id,
      path: i.path,
      bytes: i.bytes,
      mb: round(i.bytes / 1e6, 1),
      rows: i.rows,
      description: i.description,
    })),
    results,
    ...(profile ? { profile } : {}),
    ...(customerTable ? { customerTable } : {}),
    ...(retentionTriangle ? { retentionTriangle } : {}),
    ...(survivalBench ? { survival: survivalBench } : {}),
    ...(revenueMovements ? { revenueMovements } : {}),
    ...(modelsBench ? { riskModels: modelsBench } : {}),
    ...(riskBench ? { risk: riskBench } : {}),
    ...(kmeansBench ? { clusters: kmeansBench } : {}),
    ...(clvBench ? { customerLifetimeValue: clvBench } : {}),
    ...(rfmBench ? { rfm: rfmBench } : {}),
    ...(quadrantBench ? { valueRiskQuadrant: quadrantBench } : {}),
  };
  const json = JSON.stringify(document, null, 2) + '\n';
  process.stdout.write(json);
  // Also on disk: `npm run` prints its own banner on stdout unless run with -s.
  const dir = join(DATA_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  log(`written to ${file} (and latest.json)`);
}

function describe(input: BenchInput, m: Measurement | BrowserMeasurement): string {
  const s = m.ms / 1000;
  const memory =
    'tabPeakRssMiB' in m
      ? `tab ${Math.round(m.tabPeakRssMiB)} MiB, longest task ${Math.round(m.longestTaskMs)} ms`
      : `peak ${Math.round(m.peakRssMiB ?? 0)} MiB`;
  return `${s.toFixed(2)} s, ${Math.round(input.rows / s / 1000)}k rows/s, ${(input.bytes / 1e6 / s).toFixed(1)} MB/s, ${memory}`;
}

function okSamples(list: Sample[] | undefined) {
  return (list ?? []).filter((s): s is Extract<Sample, { ok: true }> => s.ok);
}

function summarisePeer(input: BenchInput, list: Sample[]) {
  const good = okSamples(list);
  const errors = list
    .filter((s): s is Extract<Sample, { ok: false }> => !s.ok)
    .map((s) => `run ${s.run + 1}: ${s.error}`);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const ms = good.map((s) => s.m.ms);
  const base = {
    runs: list.length,
    ms: spread(ms, 0),
    rowsPerSec: {
      median: Math.round(input.rows / (median(ms) / 1000)),
      best: Math.round(input.rows / (Math.min(...ms) / 1000)),
    },
    mbPerSec: {
      median: round(input.bytes / 1e6 / (median(ms) / 1000), 1),
      best: round(input.bytes / 1e6 / (Math.min(...ms) / 1000), 1),
    },
    ...(errors.length > 0 ? { errors } : {}),
  };
  const first = good[0].m;
  if ('tabPeakRssMiB' in first) {
    const b = good.map((s) => s.m as BrowserMeasurement);
    const of = (pick: (m: BrowserMeasurement) => number) => spread(b.map(pick), 0);
    return {
      ...base,
      wallMs: of((m) => m.wallMs),
      longestTaskMs: of((m) => m.longestTaskMs),
      longestTaskStartMs: b.map((m) => m.longestTaskStartMs),
      longTasksOver50ms: of((m) => m.longTasksOver50ms),
      longestTaskIncludingStartupMs: of((m) => m.longestTaskAnyMs),
      tabPeakRssMiB: of((m) => m.tabPeakRssMiB),
      tabRssBeforeMiB: of((m) => m.tabRssBeforeMiB),
      pageRendererPeakRssMiB: of((m) => m.pageRendererPeakRssMiB),
      renderers: Math.max(...b.map((m) => m.renderers)),
    };
  }
  const n = good.map((s) => s.m as Measurement);
  const peaks = n.map((m) => m.peakRssMiB).filter((x): x is number => x !== null);
  return {
    ...base,
    peakRssMiB: spread(peaks, 0),
    baseRssMiB: spread(
      n.map((m) => m.baseRssMiB),
      0,
    ),
    detail: n[n.length - 1].detail,
  };
}

function ratio(samples: Map<string, Sample[]>, input: BenchInput, ours: Peer, peer: Peer, target: number) {
  const a = okSamples(samples.get(`${input.id}/${ours}`));
  const b = okSamples(samples.get(`${input.id}/${peer}`));
  if (a.length === 0 || b.length === 0) {
    return { value: null, target, meetsTarget: null, why: `${a.length === 0 ? ours : peer} has no successful run` };
  }
  const value = median(b.map((s) => s.m.ms)) / median(a.map((s) => s.m.ms));
  const pairs = a.flatMap((x) => b.filter((y) => y.run === x.run).map((y) => y.m.ms / x.m.ms));
  return {
    value: round(value),
    pairedMedian: pairs.length > 0 ? round(median(pairs)) : null,
    target,
    meetsTarget: value >= target,
  };
}

function ratios(samples: Map<string, Sample[]>, input: BenchInput) {
  const has = (p: Peer) => peers.includes(p);
  const out: Record<string, unknown> = {};
  if (has('ours-node') && has('papaparse'))
    out.ours_vs_papaparse = ratio(samples, input, 'ours-node', 'papaparse', TARGETS.oursVsPapaparse);
  if (has('ours-node') && has('duckdb'))
    out.ours_vs_duckdb = ratio(samples, input, 'ours-node', 'duckdb', TARGETS.oursVsDuckdb);
  // The same targets with the browser's time as ours: what a person actually waits for.
  if (has('ours-browser') && has('papaparse')) {
    out.ours_browser_vs_papaparse = ratio(samples, input, 'ours-browser', 'papaparse', TARGETS.oursVsPapaparse);
  }
  if (has('ours-browser') && has('duckdb'))
    out.ours_browser_vs_duckdb = ratio(samples, input, 'ours-browser', 'duckdb', TARGETS.oursVsDuckdb);
  return out;
}

function browserTargets(samples: Map<string, Sample[]>, input: BenchInput) {
  if (!peers.includes('ours-browser')) return undefined;
  const good = okSamples(samples.get(`${input.id}/ours-browser`)).map((s) => s.m as BrowserMeasurement);
  if (good.length === 0) return { error: 'no successful browser run' };
  const longest = Math.max(...good.map((m) => m.longestTaskMs));
  const memory = Math.max(...good.map((m) => m.tabPeakRssMiB));
  return {
    noLongTaskOver50ms: {
      worstLongestTaskMs: Math.round(longest),
      targetMs: TARGETS.longTaskMs,
      meetsTarget: longest <= TARGETS.longTaskMs,
    },
    tabMemory: {
      worstPeakMiB: Math.round(memory),
      targetMiB: TARGETS.tabMemoryMiB,
      meetsTarget: memory <= TARGETS.tabMemoryMiB,
      ...(input.id === 'transactions-5m' ? {} : { note: 'the memory target is set for the 5M-row file' }),
    },
  };
}

/** One extra ours-node run per input under `node --cpu-prof`; not part of the timings. */
async function profileOurs(inputs: BenchInput[]) {
  const out: Record<string, unknown> = {};
  for (const input of inputs) {
    const dir = join(DATA_DIR, 'profiles', input.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`[profile] ${input.id} ours-node under --cpu-prof …`);
    const outcome = await runNodeChild<Measurement>(CHILD_SCRIPTS['ours-node'], [input.path], {
      timeoutMs: timeoutFor(input, 'ours-node') * 2,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!outcome.ok || !file) {
      out[input.id] = { error: outcome.ok ? 'no profile written' : outcome.error };
      continue;
    }
    out[input.id] = { profile: join(dir, file), ms: Math.round(outcome.value.ms), ...topSelfTime(join(dir, file), 10) };
  }
  return out;
}

main().catch((error: unknown) => {
  killAllChildren();
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(message);
  process.stdout.write(
    JSON.stringify({ bench: 'churnscope ingestion', error: message.split('\n')[0] }, null, 2) + '\n',
  );
  process.exit(1);
});
