/**
 * The customer-lifetime-value benchmark: fitting the BG/NBD to 1,000,000 customers (collapsed to
 * weighted unique (x, t_x, T) rows) against SciPy's L-BFGS-B on the same log-likelihood with its
 * analytic gradient (bench/measure-clv-scipy.py, Debian's /usr/bin/python3), each in a fresh
 * process per measurement, interleaved; and, ours alone, P(alive), expected purchases and
 * discounted CLV for every customer (target under 1 s). Both fits must agree (parameters to 1e-4
 * relative, log-likelihood to 1e-3) or the comparison is withheld. Without SciPy, ours alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runChildProcess, runNodeChild } from './childProcesses.ts';
import { DATA_DIR } from './inputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio, type Sample } from './interleaved.ts';
import { spread } from './stats.ts';
import { CLV_TRUTH, generateClv } from './generateClv.ts';

type ClvPeer = 'ours' | 'scipy';
const CUSTOMERS = 1_000_000;
const SEED = 20250707;
const TARGETS = { fitVsScipy: 1.0, predictMs: 1000 };
const TIMEOUT_MS = 300_000;
const PYTHON = '/usr/bin/python3';

interface ClvMeasurement {
  ms: number;
  readMs: number;
  customers: number;
  uniqueRows: number;
  params: number[];
  logLik: number;
  converged: boolean;
  iterations: number;
  evaluations: number;
  fitMs?: number;
  spendMs?: number;
  predictMs?: number;
  peakRssMiB: number | null;
}

export interface ClvInput {
  id: 'clv-1m';
  path: string;
  customers: number;
  description: string;
}

/** 1,000,000 customers drawn from the BG/NBD at CDNOW's parameters, written once. */
export function clvInput(): ClvInput {
  const path = join(DATA_DIR, 'clv_1m.csv');
  const seedFile = join(DATA_DIR, 'clv_1m.seed');
  const stamp = `${CUSTOMERS} ${SEED}`;
  let facts = existsSync(path) && existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : '';
  if (!facts.startsWith(stamp)) {
    log(`generating ${path} (${CUSTOMERS} customers, seed ${SEED}) …`);
    mkdirSync(DATA_DIR, { recursive: true });
    const made = generateClv(path, CUSTOMERS, SEED);
    facts = `${stamp} ${made.repeatBuyers} repeat buyers`;
    writeFileSync(seedFile, facts);
  }
  return {
    id: 'clv-1m',
    path,
    customers: CUSTOMERS,
    description: `BG/NBD + Gamma-Gamma draws at ${JSON.stringify(CLV_TRUTH)}, first purchases over 12 weeks, observed 78 weeks, same-day purchases merged (mulberry32 seed ${SEED}; ${facts.slice(stamp.length + 1)})`,
  };
}

function scipyVersion(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import scipy, numpy; print(scipy.__version__, numpy.__version__)'], {
    encoding: 'utf8',
  });
  return probe.status === 0 ? `scipy ${probe.stdout.trim().replace(' ', ', numpy ')}` : null;
}

function agreement(ours: Sample<ClvMeasurement>[], scipy: Sample<ClvMeasurement>[]) {
  const a = okSamples(ours);
  const b = okSamples(scipy);
  if (a.length === 0 || b.length === 0) return { ok: null, why: 'not both measured' };
  const x = a[0].m;
  const y = b[0].m;
  const paramDiff = Math.max(...x.params.map((p, i) => Math.abs(p / y.params[i] - 1)));
  const logLikDiff = Math.abs(x.logLik - y.logLik);
  const ok = x.uniqueRows === y.uniqueRows && paramDiff <= 1e-4 && logLikDiff <= 1e-3;
  return { ok, uniqueRows: [x.uniqueRows, y.uniqueRows], paramRelativeDiff: paramDiff, logLikDiff, params: y.params };
}

function summarise(list: Sample<ClvMeasurement>[]) {
  const good = okSamples(list);
  const errors = errorsOf(list);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const of = (pick: (m: ClvMeasurement) => number | undefined, digits = 1) => {
    const values = good.map((s) => pick(s.m)).filter((v): v is number => v !== undefined);
    return values.length > 0 ? spread(values, digits) : undefined;
  };
  const last = good[good.length - 1].m;
  return {
    runs: list.length,
    ms: of((m) => m.ms),
    readMs: of((m) => m.readMs, 0),
    spendMs: of((m) => m.spendMs),
    predictMs: of((m) => m.predictMs),
    uniqueRows: last.uniqueRows,
    params: last.params,
    logLik: last.logLik,
    iterations: last.iterations,
    evaluations: last.evaluations,
    converged: last.converged,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

export async function measureClv(runs: number) {
  const input = clvInput();
  const scipy = scipyVersion();
  if (!scipy) log(`${PYTHON} with SciPy not found: measuring ours alone`);
  const peers: ClvPeer[] = scipy ? ['ours', 'scipy'] : ['ours'];
  const samples = await interleave(
    'clv',
    [input],
    peers,
    runs,
    (peer) =>
      peer === 'ours'
        ? runNodeChild<ClvMeasurement>('bench/measure-clv-ours.ts', [input.path], { timeoutMs: TIMEOUT_MS })
        : runChildProcess<ClvMeasurement>(PYTHON, ['bench/measure-clv-scipy.py', input.path], {
            timeoutMs: TIMEOUT_MS,
          }),
    (m) =>
      `fit ${m.ms.toFixed(0)} ms on ${m.uniqueRows} unique rows${m.predictMs === undefined ? '' : `, predictions ${m.predictMs.toFixed(0)} ms`} (read ${m.readMs.toFixed(0)})`,
  );
  const ours = samples.get(sampleKey(input, 'ours')) ?? [];
  const reference = samples.get(sampleKey(input, 'scipy')) ?? [];
  const agree = scipy ? agreement(ours, reference) : null;
  if (agree?.ok === false) {
    log(`\n!!! clv: OUR BG/NBD FIT AND SCIPY'S DISAGREE: ${JSON.stringify(agree)}\n`);
    process.exitCode = 1;
  }
  const predict = okSamples(ours).map((s) => s.m.predictMs ?? NaN);
  return {
    spec: {
      ours: 'uniqueRows + fitPurchaseModel("bg-nbd") (bounded L-BFGS on the log-parameters, analytic gradient, one restart, Hessian for the standard errors) — src/core/analyses/customer-lifetime-value; predictions: customerPredictions (P(alive), expected purchases and discounted CLV over 52 weeks in monthly steps) after fitGammaGamma; one fresh Node process',
      scipy:
        'np.unique(rows, axis=0, return_counts) + scipy.optimize.minimize(L-BFGS-B, jac=True) on the same mean log-likelihood over log-parameters from the same start (bench/measure-clv-scipy.py); no restart, no Hessian',
      scipyVersion: scipy ?? 'not installed',
      agreement: 'the same unique rows; parameters within 1e-4 relative and log-likelihood within 1e-3',
    },
    units: {
      ms: 'ours: fitMs (collapse + fit + standard errors); scipy: collapse + fit',
      ratios: 'SciPy time / ours time (higher is better for us)',
    },
    input,
    results: {
      ours: summarise(ours),
      ...(scipy ? { scipy: summarise(reference), agreement: agree } : { scipy: 'not installed' }),
      ratios: {
        ...(scipy
          ? {
              ours_vs_scipy_fit:
                agree?.ok === false
                  ? { value: null, why: 'ours and SciPy disagree' }
                  : timeRatio(ours, reference, (m) => m.ms, TARGETS.fitVsScipy, 'SciPy'),
            }
          : {}),
      },
      predictions: {
        customers: input.customers,
        ms: predict.length > 0 ? spread(predict, 1) : null,
        targetMs: TARGETS.predictMs,
        meetsTarget: predict.length > 0 ? Math.max(...predict) < TARGETS.predictMs : null,
      },
    },
  };
}
