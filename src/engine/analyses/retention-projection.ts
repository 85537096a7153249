/**
 * Projecting retention with the shifted-beta-geometric model (Fader & Hardie 2007): fitted to
 * survival by period — either the Kaplan–Meier curve of the customer table read at whole
 * periods, or a period/survivors pair of columns in the data (as in the paper's tables).
 */
import type { Issue, IssueCode, ProjectionOptions, ProjectionResult, ProjectionSource, Result } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { kaplanMeier, survivalAt } from '../../core/analyses/survival/kaplanMeier.ts';
import {
  expectedLifetime,
  fitShiftedBetaGeometric,
  projectSurvival,
  retentionRates,
} from '../../core/analyses/retention-projection/shiftedBetaGeometric.ts';
import { durations } from './survival.ts';
import type { Analysis } from './analysis.ts';

type Observed = { survivors: number[]; cohortSize: number; source: ProjectionSource };
/** Why a projection cannot be made: an issue code of its own, the English sentence and its numbers. */
type Refusal = { code: IssueCode; message: string; params?: Issue['params'] };

const refuse = (code: IssueCode, message: string, params?: Issue['params']): Refusal => ({ code, message, params });

function fromSurvival(built: BuiltCustomerTable, periodDays: number): Observed | Refusal {
  // Fitted to first → last activity, as before survival offered the loss-known measure.
  const { time, event } = durations(built, 'days', 'activity');
  const km = kaplanMeier(time, event);
  if (km.n === 0) return refuse('projection-no-durations', 'No customer has a duration to fit survival to.');
  const last = km.times[km.times.length - 1];
  const periods = Math.floor(last / periodDays);
  const survivors = Array.from({ length: periods + 1 }, (_, k) => survivalAt(km, k * periodDays).survival * km.n);
  return {
    survivors,
    cohortSize: km.n,
    source: { kind: 'survival', customers: km.n, periodDays },
  };
}

function fromColumns(ds: LoadedDataset, period: string, alive: string): Observed | Refusal {
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
  const survivors = order.map((i) => av[i]);
  return { survivors, cohortSize: survivors[0], source: { kind: 'columns', period, survivors: alive } };
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
  let observed: Observed | Refusal;
  if (options.source.kind === 'survival') {
    if (!built)
      return {
        ok: false,
        issues: [{ severity: 'error', code: 'no-customer-table', message: 'Build the customer table first.' }],
      };
    if (!(options.source.periodDays > 0))
      return fail(refuse('projection-period', 'The period length must be above 0 days.'));
    observed = fromSurvival(built, options.source.periodDays);
  } else observed = fromColumns(ds, options.source.period, options.source.survivors);
  if ('code' in observed) return fail(observed);
  const { survivors, cohortSize, source } = observed;
  const last = survivors.length - 1;
  if (last < 2 && options.source.kind === 'survival') {
    const days = options.source.periodDays;
    return fail(
      refuse(
        'projection-too-few-periods',
        `The survival curve covers only ${last} whole period(s) of ${days} days; fitting needs at least 2. Choose a shorter period (months, for example).`,
        { last, days },
      ),
    );
  }
  if (!(options.fitPeriods >= 2) || options.fitPeriods > last)
    return fail(
      refuse('projection-fit-periods', `Fit on 2 to ${last} periods (the data has periods 0 to ${last}).`, {
        last,
      }),
    );
  if (!(options.horizon >= options.fitPeriods))
    return fail(refuse('projection-horizon', 'The horizon must be at least the fitted periods.'));
  const fit = fitShiftedBetaGeometric(Float64Array.from(survivors.slice(0, options.fitPeriods + 1)), { cohortSize });
  if (!Number.isFinite(fit.alpha) || !Number.isFinite(fit.beta))
    return fail(
      refuse(
        'projection-not-fitted',
        'The model could not be fitted to these periods (survival must fall, and at least two periods are needed).',
      ),
    );
  return {
    ok: true,
    value: {
      stamp: {
        kind: 'retention-projection',
        definition: options.source.kind === 'survival' && built ? built.summary.definition : null,
        asOf: options.source.kind === 'survival' && built ? built.summary.asOf : '',
        parameters: { ...options, discount: options.discount ?? 0 },
        sources: ds.files.map((f) => f.name),
      },
      source,
      alpha: fit.alpha,
      beta: fit.beta,
      logLikelihood: fit.logLikelihood,
      converged: fit.converged,
      fitPeriods: options.fitPeriods,
      observed: survivors.map((s) => s / cohortSize),
      projected: Array.from(projectSurvival(fit.alpha, fit.beta, options.horizon)),
      retention: Array.from(retentionRates(fit.alpha, fit.beta, options.horizon)),
      expectedLifetime: expectedLifetime(fit.alpha, fit.beta, options.horizon, options.discount ?? 0),
      cohortSize,
    },
  };
}
