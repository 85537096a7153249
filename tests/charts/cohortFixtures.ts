/** Small results in the engine's shapes for the cohort, survival and projection charts. */
import type { ProjectionResult, RetentionTriangleSet, SurvivalResult } from '../../src/engine/api.ts';

/** Three monthly cohorts; the newest is small and its last cells are partial. */
export const triangle: RetentionTriangleSet = {
  group: null,
  cohorts: [
    {
      label: '1997-01',
      size: 781,
      small: false,
      counts: [781, 125, 94, 70],
      values: [1, 125 / 781, 94 / 781, 70 / 781],
      observed: [true, true, true, true],
      low: [0.9951, 0.1365, 0.0994, 0.0717],
      high: [1, 0.1864, 0.1448, 0.1116],
    },
    {
      label: '1997-02',
      size: 857,
      small: false,
      counts: [857, 137, 111],
      values: [1, 137 / 857, 111 / 857],
      observed: [true, true, false],
      low: [0.9955, 0.1369, 0.1087],
      high: [1, 0.1856, 0.1537],
    },
    {
      label: '1997-03',
      size: 12,
      small: true,
      counts: [12, 3],
      values: [1, 0.25],
      observed: [true, false],
      low: [0.7575, 0.0889],
      high: [1, 0.5323],
    },
  ],
  average: {
    simple: [1, (125 / 781 + 137 / 857) / 2, 94 / 781, 70 / 781],
    weighted: [1, (125 + 137) / (781 + 857), 94 / 781, 70 / 781],
  },
};

const curve = (times: number[], survival: number[], atRisk: number[], censored: number[]) => ({
  times,
  survival,
  lower: survival.map((s) => Math.max(0, s - 0.05)),
  upper: survival.map((s) => Math.min(1, s + 0.05)),
  atRisk,
  censored,
  events: atRisk.map((n, i) => Math.round(n * (1 - survival[i] / (survival[i - 1] ?? 1)))),
});

export const survival: SurvivalResult = {
  stamp: {
    kind: 'survival',
    definition: { kind: 'flag' },
    asOf: '',
    sources: [],
    parameters: { unit: 'months', ci: 'log-log', times: [] },
  },
  unit: 'months',
  ci: 'log-log',
  duration: 'tenure-column',
  lossKnownLagDays: NaN,
  oneTimeBuyers: null,
  groups: [
    {
      name: 'Month-to-month',
      n: 100,
      events: 60,
      median: 12,
      medianCI: [9, 15],
      curve: curve([3, 6, 12, 18, 24], [0.8, 0.65, 0.5, 0.42, 0.4], [100, 78, 60, 40, 20], [2, 3, 5, 10, 12]),
      times: [6, 12],
      survival: [0.65, 0.5],
      lower: [0.6, 0.45],
      upper: [0.7, 0.55],
      atRisk: [78, 60],
    },
    {
      name: 'Two year',
      n: 80,
      events: 4,
      median: Infinity,
      medianCI: [Infinity, Infinity],
      curve: curve([6, 24, 30], [0.98, 0.96, 0.95], [80, 60, 30], [10, 20, 30]),
      times: [6, 12],
      survival: [0.98, 0.98],
      lower: [0.93, 0.93],
      upper: [1, 1],
      atRisk: [80, 70],
    },
  ],
  pooled: [],
  logrank: { chi2: 52.3, df: 1, p: 4.7e-13, observed: [60, 4], expected: [35.1, 28.9], groupsTested: 2 },
  dropped: 0,
};

/** Fader & Hardie (2007), regular customers, fitted on years 0–7 (α 0.704, β 1.182). */
export const projection: ProjectionResult = {
  stamp: {
    kind: 'retention-projection',
    definition: null,
    asOf: '',
    sources: ['survivors.csv'],
    parameters: {
      source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive', cohortSize: 1000 },
      fitPeriods: 7,
      horizon: 12,
    },
  },
  source: {
    kind: 'columns',
    period: 'year',
    survivors: 'regular_pct_alive',
    values: 'percentages',
    cohortSize: 1000,
  },
  fit: 'converged',
  method: 'maximum-likelihood',
  alpha: 0.704,
  beta: 1.182,
  churnRate: 0.3733,
  logLikelihood: -1680.27,
  rmse: 0.0045,
  fitPeriods: 7,
  defaults: ['horizon'],
  lifeTable: {
    atRisk: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183],
    lost: [369, 163, 86, 56, 37, 27, 21, 18, 16, 13, 11, 10],
  },
  observed: [1, 0.631, 0.468, 0.382, 0.326, 0.289, 0.262, 0.241, 0.223, 0.207, 0.194, 0.183, 0.173],
  projected: [1, 0.6267, 0.4738, 0.388, 0.3321, 0.2923, 0.2625, 0.239, 0.2201, 0.2044, 0.1912, 0.1799, 0.17],
  retention: [0.6267, 0.756, 0.8188, 0.8559, 0.8804, 0.8978, 0.9107, 0.9208, 0.9288, 0.9353, 0.9408, 0.9454],
  expectedLifetime: 3.58,
  cohortSize: 1000,
};
