/**
 * Each customer predicted by the fit to the as-of date — P(alive), expected purchases over the
 * horizon, expected spend per purchase, discounted CLV (customerValue.ts states the formula) —
 * and what the charts draw from them, assembled into the result.
 */
import type {
  ClvHoldout,
  ClvNote,
  ClvTopCustomer,
  CustomerLifetimeValueResult,
  ResolvedClvOptions,
  ResultStamp,
} from '../../api.ts';
import { DAYS_PER_UNIT } from '../../../core/customers/customerTable.ts';
import { customerPredictions, monthlySchedule } from '../../../core/analyses/customer-lifetime-value/customerValue.ts';
import { expectedSpend } from '../../../core/analyses/customer-lifetime-value/gammaGamma.ts';
import {
  aliveByRecency,
  aliveHistogram,
  topCustomers,
  topShare,
  valueHistogram,
} from '../../../core/analyses/customer-lifetime-value/valueSummaries.ts';
import { medianInPlace } from '../../../core/stats/medianInPlace.ts';
import type { BuiltTable } from '../analysis.ts';
import type { PeriodCustomers, PeriodModels } from './periodFit.ts';

/** The frequencies whose P(alive) curves are drawn (those up to the highest in the data). */
const CURVE_FREQUENCIES = [1, 2, 3, 5, 10];
const TOP_CUSTOMERS = 10;

export interface ResultParts {
  stamp: ResultStamp<ResolvedClvOptions>;
  built: BuiltTable;
  current: PeriodCustomers;
  calibration: PeriodModels;
  holdout: ClvHoldout | null;
  prediction: PeriodModels;
  notes: ClvNote[];
}

const sum = (values: Float64Array) => {
  let s = 0;
  for (const v of values) if (v === v) s += v;
  return s;
};

export function clvResult(parts: ResultParts): CustomerLifetimeValueResult {
  const { stamp, built, current, calibration, holdout, prediction } = parts;
  const { unit, horizon, discount, margin, model } = stamp.parameters;
  const spendParams = prediction.spendParams;
  const monetary = current.monetary;
  const spend =
    spendParams && monetary ? (i: number) => expectedSpend(spendParams, current.x[i], Math.max(0, monetary[i])) : null;
  const predicted = customerPredictions(
    prediction.model,
    current,
    monthlySchedule(horizon, DAYS_PER_UNIT[unit], discount),
    spend,
    margin,
  );
  const n = current.x.length;
  const valid = current.T.filter((t) => t === t);
  const medianT = valid.length > 0 ? medianInPlace(valid, valid.length) : 0;
  let maxX = 0;
  for (const x of current.x) if (x > maxX) maxX = x;
  const frequencies = CURVE_FREQUENCIES.filter((f) => f <= Math.max(1, maxX));
  const top = (i: number): ClvTopCustomer => ({
    id: built.table.ids[i],
    frequency: current.x[i],
    recency: current.tx[i],
    T: current.T[i],
    pAlive: predicted.pAlive[i],
    expectedPurchases: predicted.expectedPurchases[i],
    expectedSpend: predicted.expectedSpend[i],
    clv: predicted.clv[i],
  });
  const revenue = Float64Array.from(
    { length: n },
    (_, i) => predicted.expectedPurchases[i] * predicted.expectedSpend[i],
  );
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
    alive: {
      bins: aliveHistogram(predicted.pAlive),
      mean: sum(predicted.pAlive) / n,
      byRecency: { T: medianT, frequencies, ...aliveByRecency(prediction.model, frequencies, medianT) },
    },
    totals: {
      expectedPurchases: sum(predicted.expectedPurchases),
      expectedRevenue: spend ? sum(revenue) : NaN,
      clv: spend ? sum(predicted.clv) : NaN,
    },
    value: spend
      ? {
          ...valueHistogram(predicted.clv),
          top: topCustomers(predicted.clv, TOP_CUSTOMERS).map(top),
          top10Share: topShare(predicted.clv, 0.1),
        }
      : null,
    perCustomer: predicted,
  };
}
