/**
 * The risk-model benchmarks (issue 15, "Speed"), each peer in a fresh process per measurement,
 * interleaved; reading the input is timed apart and not compared:
 * - a depth-8 CART tree on 1,000,000 × 21 against scikit-learn's DecisionTreeClassifier
 *   (criterion "gini", one thread: its tree builder has no threads);
 * - a Cox model (Efron ties) with its concordance on 100,000 customers against R's coxph, and the
 *   cox.zph check apart (no target).
 * The trees must agree node for node (the first 15 nodes, node and leaf counts, leaf impurity),
 * the Cox fits to 1e-4, or the ratio is null and stderr says so. Without the peer, ours alone.
 */
import { spawnSync } from 'node:child_process';
import { runChildProcess, runNodeChild } from './childProcesses.ts';
import { cartInput, coxInput, type CartInput, type CoxInput } from './generateModelInputs.ts';
import { errorsOf, interleave, log, okSamples, sampleKey, timeRatio, type Sample } from './interleaved.ts';
import {
  CART_TOLERANCE,
  COX_TOLERANCE,
  cartDifferences,
  coxDifferences,
  type CartMeasurement,
  type CoxMeasurement,
} from './models.ts';
import { spread } from './stats.ts';

const TARGET = 1.0;
const MAX_DEPTH = 8;
const TIMEOUT_MS = 600_000;
const PYTHON = '/usr/bin/python3';

function probe(command: string, args: string[]): string | null {
  const out = spawnSync(command, args, { encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : null;
}

function agreement<M>(ours: Sample<M>[], peer: Sample<M>[], differences: (a: M, b: M) => string[], name: string) {
  const a = okSamples(ours);
  const b = okSamples(peer);
  if (a.length === 0 || b.length === 0) return { ok: null, why: 'not both measured' } as const;
  const found = new Set<string>();
  for (const x of a)
    for (const y of b)
      for (const d of differences(x.m, y.m)) found.add(`ours run ${x.run + 1} vs ${name} run ${y.run + 1}: ${d}`);
  return found.size > 0 ? ({ ok: false, differences: [...found] } as const) : ({ ok: true } as const);
}

function summarise<M extends { ms: number; readMs: number; peakRssMiB: number | null }>(list: Sample<M>[]) {
  const good = okSamples(list);
  const errors = errorsOf(list);
  if (good.length === 0) return { error: errors.join('; ') || 'not measured', runs: list.length };
  const peaks = good.map((s) => s.m.peakRssMiB).filter((x): x is number => x !== null);
  return {
    runs: list.length,
    ms: spread(
      good.map((s) => s.m.ms),
      0,
    ),
    readMs: spread(
      good.map((s) => s.m.readMs),
      0,
    ),
    ...(peaks.length > 0 ? { peakRssMiB: spread(peaks, 0) } : {}),
    last: { ...good[good.length - 1].m },
    ...(errors.length > 0 ? { errors } : {}),
  };
}

function comparison<M extends { ms: number }>(
  input: { id: string },
  samples: Map<string, Sample<M>[]>,
  peer: string,
  peerName: string,
  differences: (a: M, b: M) => string[],
  extra: { [name: string]: (m: M) => number } = {},
) {
  const ours = samples.get(sampleKey(input, 'ours')) ?? [];
  const reference = samples.get(sampleKey(input, peer)) ?? [];
  const agree = agreement(ours, reference, differences, peerName);
  if (agree.ok === false) {
    process.exitCode = 1;
    log(
      `\n!!! ${input.id}: OURS AND ${peerName.toUpperCase()} DISAGREE: ${agree.differences.slice(0, 10).join('; ')}\n`,
    );
  }
  const ratio = (time: (m: M) => number, target: number | null) =>
    agree.ok === false
      ? { value: null, why: `ours and ${peerName} disagree` }
      : timeRatio(ours, reference, time, target, peerName);
  return {
    agreement: agree,
    ratios: {
      [`ours_vs_${peer.replace('-', '_')}`]: ratio((m) => m.ms, TARGET),
      ...Object.fromEntries(Object.entries(extra).map(([name, time]) => [name, ratio(time, null)])),
    },
  };
}

export async function measureModels(runs: number) {
  const sklearn = probe(PYTHON, ['-c', 'import sklearn; print(sklearn.__version__)']);
  const r = probe('Rscript', ['-e', 'cat(R.version.string, as.character(packageVersion("survival")))']);
  if (!sklearn) log(`${PYTHON} with scikit-learn not found: measuring our CART alone`);
  if (!r) log('Rscript (with the survival package) not found: measuring our Cox alone');
  const cart = cartInput();
  const cox = coxInput();

  const cartArgs = (input: CartInput) => [input.path, input.labels, String(input.features), String(MAX_DEPTH)];
  const cartPeers: ('ours' | 'scikit-learn')[] = sklearn ? ['ours', 'scikit-learn'] : ['ours'];
  const cartSamples = await interleave(
    'cart',
    [cart],
    cartPeers,
    runs,
    (peer, input) =>
      peer === 'ours'
        ? runNodeChild<CartMeasurement>('bench/measure-cart-ours.ts', cartArgs(input), { timeoutMs: TIMEOUT_MS })
        : runChildProcess<CartMeasurement>(PYTHON, ['bench/measure-cart-sklearn.py', ...cartArgs(input)], {
            timeoutMs: TIMEOUT_MS,
          }),
    (m) => `${m.ms.toFixed(0)} ms (read ${m.readMs.toFixed(0)}), ${m.nodes} nodes`,
  );
  const coxRun = (peer: 'ours' | 'r-survival', input: CoxInput) =>
    peer === 'ours'
      ? runNodeChild<CoxMeasurement>('bench/measure-cox-ours.ts', [input.path], { timeoutMs: TIMEOUT_MS })
      : runChildProcess<CoxMeasurement>('Rscript', ['bench/measure-cox-r.R', input.path], { timeoutMs: TIMEOUT_MS });
  const coxPeers: ('ours' | 'r-survival')[] = r ? ['ours', 'r-survival'] : ['ours'];
  const coxSamples = await interleave(
    'cox',
    [cox],
    coxPeers,
    runs,
    coxRun,
    (m) =>
      `${m.ms.toFixed(0)} ms (cox.zph ${m.zphMs.toFixed(0)}, read ${m.readMs.toFixed(0)}), ${m.iterations} iterations`,
  );

  return {
    spec: {
      cart: `cart(columns, y, { maxDepth: ${MAX_DEPTH} }) (src/core/analyses/risk-model/trees/cart.ts) vs DecisionTreeClassifier(criterion="gini", max_depth=${MAX_DEPTH}, random_state=0).fit on float32 Fortran-ordered X (the copy made before timing); one fresh process each`,
      cox: 'coxFit (Efron) + concordance of its linear predictor (src/core/analyses/risk-model/cox/) vs coxph(Surv(time, event) ~ x1 + … + x7, ties = "efron"), which computes the concordance too; cox.zph timed apart',
      versions: { sklearn: sklearn ?? 'not installed', r: r ?? 'not installed' },
      agreement: `trees: node and leaf counts, the first 15 nodes (feature, samples, threshold within ${CART_TOLERANCE.threshold} relative — scikit-learn's thresholds are float32 midpoints — impurity within ${CART_TOLERANCE.impurity}) and the leaves' weighted impurity; Cox: coefficients and standard errors within ${COX_TOLERANCE}, log-likelihood, concordance and the cox.zph global chi-square within ${COX_TOLERANCE} relative`,
    },
    units: {
      ms: 'the fit alone (ours: sorting the columns included, as scikit-learn sorts inside fit)',
      readMs: 'reading the input before it, not compared',
      ratios: 'peer time / ours time (higher is better for us); value from medians, pairedMedian from same-run pairs',
    },
    inputs: [cart, cox].map((i) => ({ id: i.id, path: i.path, rows: i.rows, description: i.description })),
    results: {
      [cart.id]: {
        ours: summarise(cartSamples.get(sampleKey(cart, 'ours')) ?? []),
        'scikit-learn': sklearn ? summarise(cartSamples.get(sampleKey(cart, 'scikit-learn')) ?? []) : 'not installed',
        ...(sklearn ? comparison(cart, cartSamples, 'scikit-learn', 'scikit-learn', cartDifferences) : {}),
      },
      [cox.id]: {
        ours: summarise(coxSamples.get(sampleKey(cox, 'ours')) ?? []),
        'r-survival': r ? summarise(coxSamples.get(sampleKey(cox, 'r-survival')) ?? []) : 'R not installed',
        ...(r
          ? comparison(cox, coxSamples, 'r-survival', 'R', coxDifferences, { ours_vs_r_cox_zph: (m) => m.zphMs })
          : {}),
      },
    },
  };
}
