/**
 * The logistic-regression benchmark: our risk model's fit (design + L2 Newton) against
 * scikit-learn's LogisticRegression (lbfgs, one thread: OMP_NUM_THREADS=1) on 1,000,000 × 21
 * (10 numbers + 11 one-hot levels), each in a fresh process per measurement, interleaved.
 * Reading the CSV is timed apart and not compared. The two objectives must agree within
 * RISK_OBJECTIVE_TOLERANCE, or the comparison fails loudly. Without /usr/bin/python3 with
 * scikit-learn, ours is reported alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChildProcess, runNodeChild } from './childProcesses.ts';
import { generateLogistic } from './generateLogistic.ts';
import { DATA_DIR } from './inputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio } from './interleaved.ts';
import { RISK_OBJECTIVE_TOLERANCE, type RiskMeasurement } from './risk.ts';
import { median, spread } from './stats.ts';

type RiskPeer = 'ours' | 'sklearn';
const PYTHON = '/usr/bin/python3';
const ROWS = 1_000_000;
const SEED = 20261207;
const TARGET = 1.0;
const TIMEOUT_MS = 600_000;

function sklearnVersion(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn, numpy; print(sklearn.__version__, numpy.__version__)'], {
    encoding: 'utf8',
  });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

export function logisticInput(): { id: string; path: string; rows: number; description: string } {
  const path = join(DATA_DIR, 'logistic_1m.csv');
  const seedFile = join(DATA_DIR, 'logistic_1m.seed');
  const stamp = `${ROWS} ${SEED}`;
  let facts = existsSync(path) && existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : '';
  if (!facts.startsWith(stamp)) {
    log(`generating ${path} (${ROWS} rows, seed ${SEED}) …`);
    mkdirSync(DATA_DIR, { recursive: true });
    const made = generateLogistic(path, ROWS, SEED);
    facts = `${stamp} churn rate ${(100 * made.churnRate).toFixed(1)} %`;
    writeFileSync(seedFile, facts);
  }
  return {
    id: 'logistic-1m',
    path,
    rows: ROWS,
    description: `${ROWS} rows × 21 columns (10 numbers of mixed scales, 3 categories of 4, 4, 3 levels one-hot), label from a known logistic model (mulberry32 seed ${SEED}; ${facts.slice(stamp.length + 1)})`,
  };
}

function runChild(peer: RiskPeer, path: string) {
  return peer === 'ours'
    ? runNodeChild<RiskMeasurement>('bench/measure-risk-ours.ts', [path], { timeoutMs: TIMEOUT_MS })
    : runChildProcess<RiskMeasurement>(PYTHON, ['bench/measure-risk-sklearn.py', path], { timeoutMs: TIMEOUT_MS });
}

export async function measureRisk(runs: number) {
  const version = sklearnVersion();
  if (!version) log(`${PYTHON} with scikit-learn not found: measuring ours alone`);
  // One BLAS thread for scikit-learn (and numpy), as ours runs on one.
  process.env.OMP_NUM_THREADS = '1';
  process.env.OPENBLAS_NUM_THREADS = '1';
  process.env.MKL_NUM_THREADS = '1';
  const input = logisticInput();
  const peers: RiskPeer[] = version ? ['ours', 'sklearn'] : ['ours'];
  const samples = await interleave(
    'risk',
    [input],
    peers,
    runs,
    (peer) => runChild(peer, input.path),
    (m) => `${m.ms.toFixed(0)} ms, ${m.iterations} iterations, objective ${m.objective.toFixed(4)}`,
  );
  const ours = samples.get(sampleKey(input, 'ours')) ?? [];
  const reference = samples.get(sampleKey(input, 'sklearn')) ?? [];
  const a = okSamples(ours)[0]?.m;
  const b = okSamples(reference)[0]?.m;
  const agreement =
    a && b
      ? {
          objectiveRelativeDiff: Math.abs(a.objective - b.objective) / b.objective,
          oursLower: a.objective <= b.objective,
          maxCoefficientDiff: Math.max(...a.coefficients.map((c, j) => Math.abs(c - b.coefficients[j]))),
          tolerance: RISK_OBJECTIVE_TOLERANCE,
        }
      : null;
  const agree = agreement ? agreement.objectiveRelativeDiff <= RISK_OBJECTIVE_TOLERANCE : null;
  if (agree === false) {
    log(`\n!!! OUR LOGISTIC FIT AND SCIKIT-LEARN'S DISAGREE: ${JSON.stringify(agreement)}\n`);
    process.exitCode = 1;
  }
  const summarise = (list: typeof ours) => {
    const ok = okSamples(list);
    return {
      msMedian: ok.length > 0 ? median(ok.map((s) => s.m.ms)) : null,
      msSpread: ok.length > 0 ? spread(ok.map((s) => s.m.ms)) : null,
      ...(ok[0]?.m.solverMs !== undefined ? { solverMsMedian: median(ok.map((s) => s.m.solverMs!)) } : {}),
      readMsMedian: ok.length > 0 ? median(ok.map((s) => s.m.readMs)) : null,
      iterations: ok[0]?.m.iterations ?? null,
      peakRssMiB: ok.length > 0 ? Math.max(...ok.map((s) => s.m.peakRssMiB ?? 0)) : null,
      errors: errorsOf(list),
    };
  };
  return {
    spec: {
      ours: 'logisticModel({ penalty: "l2", C: 1 }).fit(sources, y, rows) (src/core/analyses/risk-model/logisticModel.ts): z-scores and one-hot from the rows, then Newton with a subsample warm start; one fresh Node process',
      sklearn: `LogisticRegression(C=1.0).fit(X, y) (lbfgs, default tol 1e-4, max_iter 100) on the already z-scored, one-hot X; OMP_NUM_THREADS=1; one fresh ${PYTHON} process`,
      sklearnVersion: version ?? 'not installed',
      agreement: `objective Σ log-loss + ‖β‖²/2 within ${RISK_OBJECTIVE_TOLERANCE} relative`,
    },
    units: {
      ms: 'the compared time (ours: design + solve; scikit-learn: fit on the prepared matrix)',
      readMs: 'reading the CSV (scikit-learn: and building the design), not compared',
      ratios: 'scikit-learn time / ours time (higher is better for us; target ≥ 1, i.e. ours ≤ 1.0× theirs)',
    },
    input,
    results: {
      ours: summarise(ours),
      sklearn: version ? summarise(reference) : 'scikit-learn not installed',
      ...(version
        ? {
            agreement,
            ratios: {
              ours_vs_sklearn:
                agree === false
                  ? { value: null, why: 'ours and scikit-learn disagree' }
                  : timeRatio(ours, reference, (m) => m.ms, TARGET, 'scikit-learn'),
            },
          }
        : {}),
    },
  };
}
