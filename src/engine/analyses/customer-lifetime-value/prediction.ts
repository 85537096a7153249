/**
 * Each customer predicted by the fit to the as-of date — P(alive), expected purchases over the
 * horizon, expected spend per purchase, discounted CLV (customerValue.ts states the formula) —
 * and what the charts draw from them, assembled into the result. In two stages: what depends on
 * the fit and the horizon (horizonPart, kept by the caller) and what the discount rate and the
 * margin change (one linear scan per customer, the value summaries).
 */
import type {
  ClvHoldout,
  ClvNote,
  ClvTopCustomer,
  CustomerLifetimeValueResult,
  ResolvedClvOptions,
  ResultStamp,
  TimeUnit,
} from '../../api.ts';
import { DAYS_PER_UNIT } from '../../../core/customers/customerTable.ts';
import {
  customerValues,
  horizonPredictions,
  monthlySchedule,
  type HorizonPredictions,
} from '../../../core/analyses/customer-lifetime-value/customerValue.ts';
import { expectedSpend } from '../../../core/analyses/customer-lifetime-value/gammaGamma.ts';
import {
  aliveByRecency,
  aliveHistogram,
  sortedTopShare,
  sortedValueHistogram,
  sortedValues,
  topCustomers,
} from '../../../core/analyses/customer-lifetime-value/valueSummaries.ts';
import { medianInPlace } from '../../../core/stats/medianInPlace.ts';
import type { BuiltTable } from '../analysis.ts';
import type { PeriodCustomers, PeriodModels } from './periodFit.ts';

/** The frequencies whose P(alive) curves are drawn (those up to the highest in the data). */
const CURVE_FREQUENCIES = [1, 2, 3, 5, 10];
const TOP_CUSTOMERS = 10;

/** What the fit to the as-of date and the horizon give, whatever the discount rate and margin. */
export interface HorizonPart {
  predicted: HorizonPredictions;
  hasSpend: boolean;
  alive: CustomerLifetimeValueResult['alive'];
  expectedPurchases: number;
  expectedRevenue: number;
}

export interface ResultParts {
  stamp: ResultStamp<ResolvedClvOptions>;
  built: BuiltTable;
  current: PeriodCustomers;
  calibration: PeriodModels;
  holdout: ClvHoldout | null;
  prediction: PeriodModels;
  notes: ClvNote[];
  horizon: HorizonPart;
}

const sum = (values: Float64Array) => {
  let s = 0;
  for (const v of values) if (v === v) s += v;
  return s;
};

/** Step ends of the horizon in about months (monthlySchedule), the same for every discount rate. */
const scheduleOf = (horizon: number, unit: TimeUnit, discount: number) =>
  monthlySchedule(horizon, DAYS_PER_UNIT[unit], discount);

export function horizonPart(current: PeriodCustomers, prediction: PeriodModels, horizon: number, unit: TimeUnit) {
  const spendParams = prediction.spendParams;
  const monetary = current.monetary;
  const spend =
    spendParams && monetary ? (i: number) => expectedSpend(spendParams, current.x[i], Math.max(0, monetary[i])) : null;
  const predicted = horizonPredictions(prediction.model, current, scheduleOf(horizon, unit, 0).times, spend);
  const n = current.x.length;
  const valid = current.T.filter((t) => t === t);
  const medianT = valid.length > 0 ? medianInPlace(valid, valid.length) : 0;
  let maxX = 0;
  for (const x of current.x) if (x > maxX) maxX = x;
  const frequencies = CURVE_FREQUENCIES.filter((f) => f <= Math.max(1, maxX));
  let revenue = 0;
  for (let i = 0; i < n; i++) {
    const v = predicted.expectedPurchases[i] * predicted.expectedSpend[i];
    if (v === v) revenue += v;
  }
  return {
    predicted,
    hasSpend: spend !== null,
    alive: {
      bins: aliveHistogram(predicted.pAlive),
      mean: sum(predicted.pAlive) / n,
      byRecency: { T: medianT, frequencies, ...aliveByRecency(prediction.model, frequencies, medianT) },
    },
    expectedPurchases: sum(predicted.expectedPurchases),
    expectedRevenue: spend ? revenue : NaN,
  };
}

export function clvResult(parts: ResultParts): CustomerLifetimeValueResult {
  const { stamp, built, current, calibration, holdout, prediction } = parts;
  const { unit, horizon, discount, margin, model } = stamp.parameters;
  const { predicted, hasSpend } = parts.horizon;
  const clv = customerValues(predicted, scheduleOf(horizon, unit, discount).factors, margin);
  const top = (i: number): ClvTopCustomer => ({
    id: built.table.ids[i],
    frequency: current.x[i],
    recency: current.tx[i],
    T: current.T[i],
    pAlive: predicted.pAlive[i],
    expectedPurchases: predicted.expectedPurchases[i],
    expectedSpend: predicted.expectedSpend[i],
    clv: clv[i],
  });
  const sorted = hasSpend ? sortedValues(clv) : null;
  const c = calibration.summary;
  return {
    stamp,
    model,
    unit,
    params: c.fit.params,
    se: c.fit.se,
    logLik: c.fit.logLik,
    converged: c.fit.converged,
    iterations: c.fit.iterations,
    customers: c.customers,
    repeatBuyers: c.repeatBuyers,
    spend: c.spend,
    calibration: c,
    holdout,
    prediction: prediction.summary,
    notes: parts.notes,
    alive: parts.horizon.alive,
    totals: {
      expectedPurchases: parts.horizon.expectedPurchases,
      expectedRevenue: parts.horizon.expectedRevenue,
      clv: sorted ? sum(sorted) : NaN,
    },
    value: sorted
      ? {
          ...sortedValueHistogram(sorted),
          top: topCustomers(clv, TOP_CUSTOMERS).map(top),
          top10Share: sortedTopShare(sorted, 0.1),
        }
      : null,
    // Copies of the kept arrays: the worker transfers a result's arrays away.
    perCustomer: {
      pAlive: predicted.pAlive.slice(),
      expectedPurchases: predicted.expectedPurchases.slice(),
      expectedSpend: predicted.expectedSpend.slice(),
      clv,
    },
  };
}
