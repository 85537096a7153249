/**
 * Projecting retention with the shifted-beta-geometric model (Fader & Hardie 2007): fitted to
 * the customer table counted by whole periods since each customer's start, or to a
 * period/survivors pair of columns in the data (as in the paper's tables).
 */
import type {
  Issue,
  IssueCode,
  ProjectionDefault,
  ProjectionOptions,
  ProjectionResult,
  ProjectionSource,
  Result,
} from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { discountedLifetime } from '../../core/analyses/retention-projection/shiftedBetaGeometric.ts';
import {
  fitLifeTable,
  fitShares,
  fittedRetention,
  fittedSurvival,
} from '../../core/analyses/retention-projection/shiftedBetaGeometricFit.ts';
import {
  cohortLifeTable,
  firstPeriods,
  lifeTableSurvival,
  type LifeTable,
} from '../../core/analyses/retention-projection/periodLifeTable.ts';
import { customerLifeTable } from '../customers/customerLifeTable.ts';
import type { Analysis } from './analysis.ts';

/** What is fitted: a life table of customers, or (least squares) a curve of shares alive. */
type Observed = { shares: number[]; table: LifeTable | null; cohortSize: number | null; source: ProjectionSource };
/** Why a projection cannot be made: an issue code of its own, the English sentence and its numbers. */
type Refusal = { code: IssueCode; message: string; params?: Issue['params'] };

const refuse = (code: IssueCode, message: string, params?: Issue['params']): Refusal => ({ code, message, params });

/** Period lengths tried, longest first, when none is asked: years, months, weeks. */
export const PERIOD_CHOICES = [365.25, 30.4375, 7] as const;
/** A default period length must give at least this many whole periods (about 4 fitted and 2 held out). */
export const MIN_DEFAULT_PERIODS = 6;

/** The fitted periods when none is asked: about the first 60 % (0–7 of 0–12, as in the paper). */
export function defaultFitPeriods(lastPeriod: number): number {
  return Math.max(2, Math.min(lastPeriod, Math.round(lastPeriod * 0.6)));
}

function fromSurvival(built: BuiltCustomerTable, periodDays: number | undefined): Observed | Refusal {
  const tried = periodDays === undefined ? PERIOD_CHOICES : [periodDays];
  let counted: ReturnType<typeof customerLifeTable> | undefined;
  let days = tried[0];
  for (days of tried) {
    counted = customerLifeTable(built, days);
    if (counted.table.atRisk.length >= MIN_DEFAULT_PERIODS) break;
  }
  if (!counted || counted.customers === 0)
    return refuse('projection-no-durations', 'No customer has a duration to fit survival to.');
  return {
    shares: Array.from(lifeTableSurvival(counted.table)),
    table: counted.table,
    cohortSize: counted.customers,
    source: {
      kind: 'survival',
      customers: counted.customers,
      observed: counted.observed,
      periodDays: days,
      observedTo: counted.observedTo,
    },
  };
}

function fromColumns(
  ds: LoadedDataset,
  period: string,
  alive: string,
  cohortSize: number | undefined,
): Observed | Refusal {
  const p = ds.columns.find((c) => c.name === period);
  const a = ds.columns.find((c) => c.name === alive);
  if (!p || !a || p.data.kind !== 'number' || a.data.kind !== 'number')
    return refuse('projection-columns', `"${period}" and "${alive}" must be numeric columns of the data.`, {
      period,
      alive,
    });
  const pv = p.data.values;
  const av = a.data.values;
  const order = Array.from(pv.keys())
    .filter((i) => pv[i] === pv[i] && av[i] === av[i])
    .sort((x, y) => pv[x] - pv[y]);
  if (order.length < 3 || pv[order[0]] !== 0)
    return refuse('projection-too-short', `"${period}" must start at 0 and have at least 3 periods.`, { period });
  const raw = order.map((i) => av[i]);
  const shares = raw.map((v) => v / raw[0]);
  // Starting at 100 they are percentages, at 1 shares, of a cohort of unknown size; otherwise customers.
  const values = raw[0] === 100 ? 'percentages' : raw[0] <= 1 ? 'shares' : 'counts';
  const size = cohortSize ?? (values === 'counts' ? raw[0] : null);
  return {
    shares,
    table: size === null ? null : cohortLifeTable(shares.map((s) => s * size)),
    cohortSize: size,
    source: { kind: 'columns', period, survivors: alive, values, cohortSize: cohortSize ?? null },
  };
}

export const retentionProjection: Analysis<'retention-projection'> = {
  needs: 'dataset',
  run: ({ dataset, table }, options) => projection(dataset, table, options),
};

function projection(
  ds: LoadedDataset,
  built: BuiltCustomerTable | undefined,
  options: ProjectionOptions,
): Result<ProjectionResult> {
  const fail = ({ code, message, params }: Refusal): Result<never> => ({
    ok: false,
    issues: [{ severity: 'error', code, message, ...(params ? { params } : {}) }],
  });
  const asked = options.source;
  let observed: Observed | Refusal;
  if (asked.kind === 'survival') {
    if (!built)
      return {
        ok: false,
        issues: [{ severity: 'error', code: 'no-customer-table', message: 'Build the customer table first.' }],
      };
    if (asked.periodDays !== undefined && !(asked.periodDays > 0))
      return fail(refuse('projection-period', 'The period length must be above 0 days.'));
    observed = fromSurvival(built, asked.periodDays);
  } else {
    if (asked.cohortSize !== undefined && !(asked.cohortSize > 0 && Number.isFinite(asked.cohortSize)))
      return fail(refuse('projection-cohort-size', 'The cohort size must be a number of customers above 0.'));
    observed = fromColumns(ds, asked.period, asked.survivors, asked.cohortSize);
  }
  if ('code' in observed) return fail(observed);
  const { shares, table, cohortSize, source } = observed;
  const last = shares.length - 1;
  if (last < 2 && source.kind === 'survival') {
    const days = source.periodDays;
    return fail(
      refuse(
        'projection-too-few-periods',
        `Losses can be seen over only ${last} whole period(s) of ${days} days; fitting needs at least 2. Choose a shorter period (months, for example).`,
        { last, days },
      ),
    );
  }
  const defaults: ProjectionDefault[] = [];
  if (asked.kind === 'survival' && asked.periodDays === undefined) defaults.push('period');
  if (options.fitPeriods === undefined) defaults.push('fit-periods');
  if (options.horizon === undefined) defaults.push('horizon');
  const fitPeriods = options.fitPeriods ?? defaultFitPeriods(last);
  if (!(fitPeriods >= 2) || fitPeriods > last)
    return fail(
      refuse('projection-fit-periods', `Fit on 2 to ${last} periods (the data has periods 0 to ${last}).`, {
        last,
      }),
    );
  const horizon = options.horizon ?? Math.max(fitPeriods, 12, last);
  if (!(horizon >= fitPeriods))
    return fail(refuse('projection-horizon', 'The horizon must be at least the fitted periods.'));
  const fit = table
    ? fitLifeTable(firstPeriods(table, fitPeriods))
    : fitShares(Float64Array.from(shares.slice(0, fitPeriods + 1)));
  if (!Number.isFinite(fit.churnRate))
    return fail(
      refuse(
        'projection-not-fitted',
        'The model could not be fitted to these periods (survival must fall, and at least two periods are needed).',
      ),
    );
  const degenerate = fit.outcome === 'degenerate-constant-churn';
  const projected = fittedSurvival(fit, horizon);
  const resolved: ProjectionOptions = {
    source: source.kind === 'survival' ? { kind: 'survival', periodDays: source.periodDays } : asked,
    fitPeriods,
    horizon,
    discount: options.discount ?? 0,
  };
  return {
    ok: true,
    value: {
      stamp: {
        kind: 'retention-projection',
        definition: source.kind === 'survival' && built ? built.summary.definition : null,
        asOf: source.kind === 'survival' && built ? built.summary.asOf : '',
        parameters: resolved,
        sources: ds.files.map((f) => f.name),
      },
      source,
      fit: fit.outcome,
      method: table ? 'maximum-likelihood' : 'least-squares',
      alpha: degenerate ? null : fit.alpha,
      beta: degenerate ? null : fit.beta,
      churnRate: fit.churnRate,
      logLikelihood: table ? fit.logLikelihood : null,
      rmse: Math.sqrt(fit.sumSquares / fitPeriods),
      fitPeriods,
      defaults,
      observed: shares,
      lifeTable: table ? { atRisk: Array.from(table.atRisk), lost: Array.from(table.lost) } : null,
      projected: Array.from(projected),
      retention: Array.from(fittedRetention(fit, horizon)),
      expectedLifetime: discountedLifetime(projected, options.discount ?? 0),
      cohortSize,
    },
  };
}
