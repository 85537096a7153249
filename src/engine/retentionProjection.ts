/**
 * Projecting retention with the shifted-beta-geometric model (Fader & Hardie 2007): fitted to
 * survival by period — either the Kaplan–Meier curve of the customer table read at whole
 * periods, or a period/survivors pair of columns in the data (as in the paper's tables).
 */
import type { ProjectionOptions, ProjectionResult, Result } from './api.ts';
import type { BuiltCustomerTable } from './customerTableBuilding.ts';
import type { LoadedDataset } from './datasetLoading.ts';
import { kaplanMeier, survivalAt } from '../core/kaplanMeier.ts';
import {
  expectedLifetime,
  fitShiftedBetaGeometric,
  projectSurvival,
  retentionRates,
} from '../core/shiftedBetaGeometric.ts';
import { durations } from './survivalAnalysis.ts';

type Observed = { survivors: number[]; cohortSize: number; source: string };

function fromSurvival(built: BuiltCustomerTable, periodDays: number): Observed | string {
  const { time, event } = durations(built, 'days');
  const km = kaplanMeier(time, event);
  if (km.n === 0) return 'No customer has a duration to fit survival to.';
  const last = km.times[km.times.length - 1];
  const periods = Math.floor(last / periodDays);
  const survivors = Array.from({ length: periods + 1 }, (_, k) => survivalAt(km, k * periodDays).survival * km.n);
  return {
    survivors,
    cohortSize: km.n,
    source: `Kaplan–Meier survival of ${km.n} customers at every ${periodDays} days`,
  };
}

function fromColumns(ds: LoadedDataset, period: string, alive: string): Observed | string {
  const p = ds.columns.find((c) => c.name === period);
  const a = ds.columns.find((c) => c.name === alive);
  if (!p || !a || p.data.kind !== 'number' || a.data.kind !== 'number')
    return `"${period}" and "${alive}" must be numeric columns of the data.`;
  const pv = p.data.values;
  const av = a.data.values;
  const order = Array.from(pv.keys())
    .filter((i) => pv[i] === pv[i] && av[i] === av[i])
    .sort((x, y) => pv[x] - pv[y]);
  if (order.length < 3 || pv[order[0]] !== 0) return `"${period}" must start at 0 and have at least 3 periods.`;
  const survivors = order.map((i) => av[i]);
  return { survivors, cohortSize: survivors[0], source: `"${alive}" by "${period}"` };
}

export function retentionProjection(
  ds: LoadedDataset,
  built: BuiltCustomerTable | undefined,
  options: ProjectionOptions,
): Result<ProjectionResult> {
  const fail = (message: string): Result<never> => ({
    ok: false,
    issues: [{ severity: 'error', code: 'invalid-definition', message }],
  });
  let observed: Observed | string;
  if (options.source.kind === 'survival') {
    if (!built)
      return {
        ok: false,
        issues: [{ severity: 'error', code: 'no-customer-table', message: 'Build the customer table first.' }],
      };
    if (!(options.source.periodDays > 0)) return fail('The period length must be above 0 days.');
    observed = fromSurvival(built, options.source.periodDays);
  } else observed = fromColumns(ds, options.source.period, options.source.survivors);
  if (typeof observed === 'string') return fail(observed);
  const { survivors, cohortSize, source } = observed;
  if (!(options.fitPeriods >= 2) || options.fitPeriods > survivors.length - 1)
    return fail(`Fit on 2 to ${survivors.length - 1} periods (the data has periods 0 to ${survivors.length - 1}).`);
  if (!(options.horizon >= options.fitPeriods)) return fail('The horizon must be at least the fitted periods.');
  const fit = fitShiftedBetaGeometric(Float64Array.from(survivors.slice(0, options.fitPeriods + 1)), { cohortSize });
  if (!Number.isFinite(fit.alpha) || !Number.isFinite(fit.beta))
    return fail(
      'The model could not be fitted to these periods (survival must fall, and at least two periods are needed).',
    );
  return {
    ok: true,
    value: {
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
