/**
 * k-means, k = 5, on 1,000,000 × 10 standardised points: ours (src/core/analyses/clusters)
 * against scikit-learn's KMeans(algorithm='lloyd') on one thread (OMP_NUM_THREADS=1), each in a
 * fresh process per measurement, interleaved. Two inputs from generateClusterData.ts: five
 * planted Gaussian blobs, and pure Gaussian noise (no clusters: the worst case for the bounds
 * that let our assignment step skip points). Compared: (a) Lloyd from the same initial centres
 * (ours k-means++, seed 1) — labels must agree and the iterations be equal — in total and per
 * iteration; (b) a whole fit with each one's own k-means++ seeding, one seeding. Without
 * scikit-learn, ours is reported alone with the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChildProcess, runNodeChild } from './childProcesses.ts';
import { DATA_DIR } from './inputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio, type Sample } from './interleaved.ts';
import { spread } from './stats.ts';
import { plantedMatrix } from './generateClusterData.ts';
import { kmeansPlusPlus } from '../src/core/analyses/clusters/kmeansPlusPlus.ts';
import { mulberry32 } from '../src/core/stats/random.ts';

const PYTHON = '/usr/bin/python3';
const N = 1_000_000;
const D = 10;
const K = 5;
const TARGET = 1.0;
const TIMEOUT_MS = 600_000;

interface KMeansInput {
  id: string;
  path: string;
  initPath: string;
  description: string;
}

interface KMeansMeasurement {
  readMs: number;
  lloydMs: number;
  lloydIterations: number;
  lloydInertia: number;
  fullMs: number;
  fullIterations: number;
  /** k-means++ seeding alone (seed 1), on the same threads as the fit. */
  seedingMs: number;
  fullInertia: number;
  peakRssMiB: number | null;
  detail?: Record<string, unknown>;
}

type Peer = 'ours' | 'sklearn';

function sklearnVersion(): { version: string } | { missing: string } {
  if (!existsSync(PYTHON)) return { missing: `${PYTHON} not found` };
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn, threadpoolctl; print(sklearn.__version__)'], {
    encoding: 'utf8',
  });
  return probe.status === 0
    ? { version: probe.stdout.trim() }
    : { missing: `scikit-learn not importable by ${PYTHON} (apt-get install python3-sklearn)` };
}

/** The matrix files and the shared initial centres, made once (seeded, so the same bytes everywhere). */
function kmeansInputs(): KMeansInput[] {
  mkdirSync(DATA_DIR, { recursive: true });
  const made = [
    {
      id: 'planted',
      description: `${N} × ${D}, ${K} Gaussian blobs (centres uniform in [−4, 4]^d, unit noise), standardised`,
    },
    { id: 'noise', description: `${N} × ${D} standard Gaussian noise (no clusters), standardised` },
  ];
  return made.map(({ id, description }) => {
    const path = join(DATA_DIR, `kmeans_${id}_1m_10.f64`);
    const initPath = `${path}.init`;
    if (!existsSync(path) || !existsSync(initPath)) {
      log(`making ${path} …`);
      const x = plantedMatrix(N, D, id === 'planted' ? K : 1, id === 'planted' ? 5 : 6);
      writeFileSync(path, new Uint8Array(x.buffer));
      writeFileSync(initPath, new Uint8Array(kmeansPlusPlus(x, N, D, K, mulberry32(1)).centres.buffer));
    }
    return { id, path, initPath, description };
  });
}

const labelsPath = (input: KMeansInput, peer: Peer) => join(DATA_DIR, `kmeans_${input.id}_labels_${peer}.i32`);

function runChild(peer: Peer, input: KMeansInput) {
  const args = [input.path, String(N), String(D), String(K), input.initPath, labelsPath(input, peer)];
  if (peer === 'ours')
    return runNodeChild<KMeansMeasurement>('bench/measure-kmeans-ours.ts', args, { timeoutMs: TIMEOUT_MS });
  process.env.OMP_NUM_THREADS = '1';
  process.env.OPENBLAS_NUM_THREADS = '1';
  return runChildProcess<KMeansMeasurement>(PYTHON, ['bench/measure-kmeans-sklearn.py', ...args], {
    timeoutMs: TIMEOUT_MS,
  });
}

/** Labels of the last runs from the same centres: how many points the two assign differently. */
function labelDifferences(input: KMeansInput): number | null {
  const [a, b] = (['ours', 'sklearn'] as const).map((peer) => {
    const path = labelsPath(input, peer);
    if (!existsSync(path)) return null;
    const bytes = readFileSync(path);
    return new Int32Array(bytes.buffer, bytes.byteOffset, N);
  });
  if (!a || !b) return null;
  let differ = 0;
  for (let i = 0; i < N; i++) if (a[i] !== b[i]) differ++;
  return differ;
}

export async function measureKMeans(runs: number) {
  const sklearn = sklearnVersion();
  if ('missing' in sklearn) log(`scikit-learn peer skipped: ${sklearn.missing}`);
  const peers: Peer[] = 'version' in sklearn ? ['ours', 'sklearn'] : ['ours'];
  const inputs = kmeansInputs();
  const samples = await interleave(
    'k-means',
    inputs,
    peers,
    runs,
    (peer, input) => runChild(peer, input),
    (m) =>
      `Lloyd ${m.lloydMs.toFixed(0)} ms / ${m.lloydIterations} it (${(m.lloydMs / m.lloydIterations).toFixed(1)} ms/it), whole fit ${m.fullMs.toFixed(0)} ms / ${m.fullIterations} it, seeding ${m.seedingMs.toFixed(0)} ms`,
  );
  const results: Record<string, unknown> = {};
  for (const input of inputs) {
    const ours = samples.get(sampleKey(input, 'ours')) ?? [];
    const reference = samples.get(sampleKey(input, 'sklearn')) ?? [];
    const a = okSamples(ours)[0]?.m;
    const b = okSamples(reference)[0]?.m;
    const agreement =
      a && b
        ? {
            iterationsEqual: a.lloydIterations === b.lloydIterations,
            inertiaRelativeDiff: Math.abs(a.lloydInertia / b.lloydInertia - 1),
            labelsDiffering: labelDifferences(input),
          }
        : null;
    const agree =
      agreement !== null &&
      agreement.iterationsEqual &&
      agreement.inertiaRelativeDiff <= 1e-9 &&
      agreement.labelsDiffering === 0;
    if (agreement && !agree) {
      log(
        `\n!!! ${input.id}: OUR LLOYD AND SCIKIT-LEARN'S DISAGREE FROM THE SAME CENTRES: ${JSON.stringify(agreement)}\n`,
      );
      process.exitCode = 1;
    }
    const ratio = (time: (m: KMeansMeasurement) => number, target: number | null) =>
      agreement && !agree
        ? { value: null, why: 'ours and scikit-learn disagree' }
        : timeRatio(ours, reference, time, target, 'scikit-learn');
    results[input.id] = {
      ours: summarise(ours),
      sklearn: 'version' in sklearn ? summarise(reference) : sklearn.missing,
      ...(b
        ? {
            agreement,
            ratios: {
              lloyd_same_centres: ratio((m) => m.lloydMs, TARGET),
              lloyd_per_iteration: ratio((m) => m.lloydMs / m.lloydIterations, TARGET),
              seeding: ratio((m) => m.seedingMs, TARGET),
              whole_fit_own_seeding: ratio((m) => m.fullMs, TARGET),
              whole_fit_per_iteration: ratio((m) => m.fullMs / m.fullIterations, null),
            },
          }
        : { peer: 'version' in sklearn ? 'no successful scikit-learn run' : sklearn.missing }),
    };
  }
  return {
    spec: {
      ours: 'lloydAcross, kmeansAcross (seed 1, one seeding) and seedAcross from src/core/analyses/clusters on two threads (this one and one worker_threads helper holding half the rows; its start and the copy of its rows timed in; Lloyd with Hamerly bounds, exact), and lloyd on one thread alone (detail.lloydOneThreadMs); one fresh Node process',
      sklearn:
        "KMeans(algorithm='lloyd', init=centres, n_init=1), KMeans(algorithm='lloyd', init='k-means++', n_init=1, random_state=1) and kmeans_plusplus(X, k, random_state=1), OMP_NUM_THREADS=1, OPENBLAS_NUM_THREADS=1; one fresh /usr/bin/python3 process",
      sklearnVersion: 'version' in sklearn ? sklearn.version : sklearn.missing,
      agreement: 'from the same centres: equal iteration counts, inertia within 1e-9 relative, every label equal',
      tolerance: 'tol = 1e-4 × the mean feature variance (scikit-learn default), max_iter 300',
    },
    units: {
      lloydMs: 'Lloyd from the shared centres, to convergence, including the final inertia',
      fullMs: 'k-means++ seeding plus Lloyd (each its own random draws, so iteration counts differ)',
      seedingMs:
        'k-means++ seeding alone, 2 + floor(ln k) candidates a round (the same work in both; each its own random draws)',
      ratios:
        'scikit-learn time / ours time (higher is better for us); value from medians, pairedMedian from same-run pairs',
    },
    inputs: inputs.map((i) => ({ id: i.id, path: i.path, description: i.description })),
    results,
  };
}

function summarise(list: Sample<KMeansMeasurement>[]) {
  const good = okSamples(list);
  const errors = errorsOf(list);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const of = (pick: (m: KMeansMeasurement) => number, digits = 1) =>
    spread(
      good.map((s) => pick(s.m)),
      digits,
    );
  const last = good[good.length - 1].m;
  return {
    runs: list.length,
    lloydMs: of((m) => m.lloydMs),
    lloydMsPerIteration: of((m) => m.lloydMs / m.lloydIterations, 2),
    lloydIterations: last.lloydIterations,
    lloydInertia: last.lloydInertia,
    fullMs: of((m) => m.fullMs),
    fullIterations: last.fullIterations,
    fullInertia: last.fullInertia,
    seedingMs: of((m) => m.seedingMs),
    readMs: of((m) => m.readMs, 0),
    peakRssMiB: last.peakRssMiB,
    ...(errors.length > 0 ? { errors } : {}),
    ...(last.detail ? { detail: last.detail } : {}),
  };
}
