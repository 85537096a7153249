/**
 * Customer lifetime value (BG/NBD or Pareto/NBD with Gamma-Gamma spend): fitted on the
 * calibration period's customer table, checked on the holdout, refitted on the table to the
 * as-of date, and each customer predicted from it. The fits of a table are kept (by model, unit
 * and calibration end), so changing the horizon, discount or margin recomputes predictions only.
 */
import {
  CLV_DEFAULT_DISCOUNT as DEFAULT_DISCOUNT,
  CLV_DEFAULT_HORIZON as DEFAULT_HORIZON,
  CLV_MIN_CALIBRATION_DAYS,
  type ClvHoldout,
  type ClvModel,
  type ClvNote,
  type CustomerLifetimeValueOptions,
  type Issue,
  type ResolvedClvOptions,
  type Result,
  type TimeUnit,
} from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { DAYS_PER_UNIT, type CustomerTable } from '../../core/customers/customerTable.ts';
import { isoDate } from '../../core/customers/customerActivity.ts';
import { numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { parseAsOf } from '../customers/shapedTable.ts';
import { calibrationTable } from '../customers/calibrationTable.ts';
import { stampOf, type Analysis, type BuiltTable } from './analysis.ts';
import { fitPeriod, type PeriodCustomers, type PeriodModels } from './customer-lifetime-value/periodFit.ts';
import { holdoutCheck } from './customer-lifetime-value/holdout.ts';
import { clvResult, horizonPart, type HorizonPart } from './customer-lifetime-value/prediction.ts';

interface Fits {
  calibration: PeriodModels;
  holdout: ClvHoldout | null;
  prediction: PeriodModels;
  /** The table's customers in the fits' unit, and the predictions by horizon (kept across discount and margin). */
  current: PeriodCustomers;
  horizons: Map<number, HorizonPart>;
}

/** Horizons whose predictions a fit keeps at once (each is four numbers per customer and a few per (x, T) group and month). */
const KEPT_HORIZONS = 4;

/** The fits of each table, by model, unit and calibration end; a rebuilt table is a new key. */
const fitsOfTable = new WeakMap<BuiltTable, Map<string, Result<Fits>>>();

const refuse = (code: Issue['code'], message: string, params?: Issue['params']): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', code, message, ...(params ? { params } : {}) }],
});

/** A period's customers in `unit`: the table's recency and T rescaled from its own unit. */
export function periodCustomers(table: CustomerTable, unit: TimeUnit): PeriodCustomers {
  const factor = DAYS_PER_UNIT[table.unit] / DAYS_PER_UNIT[unit];
  const scale = (v: Float64Array) => (factor === 1 ? v : v.map((t) => t * factor));
  let amounts = false;
  for (const v of table.totalValue) if (v === v) amounts = true;
  return { x: table.frequency, tx: scale(table.recency), T: scale(table.T), monetary: amounts ? table.monetary : null };
}

function fits(
  ds: LoadedDataset,
  built: BuiltTable,
  model: ClvModel,
  unit: TimeUnit,
  calibrationEndDay: number,
): Result<Fits> {
  const current = periodCustomers(built.table, unit);
  if (calibrationEndDay >= built.asOfDay) {
    const whole = fitPeriod(model, current, built.summary.asOf, 'prediction');
    if (!whole.ok) return whole;
    const value = { calibration: whole.value, holdout: null, prediction: whole.value, current, horizons: new Map() };
    return { ok: true, value };
  }
  const earlier = calibrationTable(ds, built, calibrationEndDay);
  if (!earlier.ok) return earlier;
  const calibration = periodCustomers(earlier.value.table, unit);
  const fitted = fitPeriod(model, calibration, isoDate(calibrationEndDay), 'calibration');
  if (!fitted.ok) return fitted;
  const holdout = holdoutCheck(fitted.value.model, {
    calibration,
    firstDay: earlier.value.table.firstDay,
    currentRow: earlier.value.currentRow,
    activity: built.table.activity!,
    calibrationEndDay,
    endDay: built.asOfDay,
    unitDays: DAYS_PER_UNIT[unit],
  });
  const prediction = fitPeriod(model, current, built.summary.asOf, 'prediction');
  if (!prediction.ok) return prediction;
  return {
    ok: true,
    value: { calibration: fitted.value, holdout, prediction: prediction.value, current, horizons: new Map() },
  };
}

function firstPurchaseDay(table: CustomerTable): number {
  let first = Infinity;
  for (const d of table.firstDay) if (d < first) first = d;
  return first;
}

/** The options with their defaults, or the issue with the one that cannot be used. */
function resolve(
  built: BuiltTable,
  options: CustomerLifetimeValueOptions,
): Result<ResolvedClvOptions & { endDay: number }> {
  const unit = options.unit ?? built.table.unit;
  const horizon = options.horizon ?? DEFAULT_HORIZON[unit];
  const discount = options.discount ?? DEFAULT_DISCOUNT;
  const margin = options.margin ?? 1;
  const bad = !(horizon > 0 && horizon <= 100 * DEFAULT_HORIZON[unit])
    ? 'horizon'
    : !(discount >= 0 && discount < 10)
      ? 'discount'
      : !(margin >= 0 && margin <= 1)
        ? 'margin'
        : null;
  if (bad) return refuse('clv-invalid-option', `The ${bad} is out of range.`, { option: bad });
  const first = firstPurchaseDay(built.table);
  const asOf = built.asOfDay;
  const parsed = parseAsOf(options.calibrationEnd, Math.floor((first + asOf) / 2));
  const endDay = parsed.ok ? parsed.value : NaN;
  const range = { calibrationEnd: options.calibrationEnd ?? '', from: isoDate(first), to: built.summary.asOf };
  if (!(endDay <= asOf))
    return refuse(
      'clv-calibration-end',
      `The calibration end must be a date (YYYY-MM-DD) from ${range.from} to ${range.to}.`,
      range,
    );
  if (endDay - first < CLV_MIN_CALIBRATION_DAYS)
    return refuse(
      'clv-calibration-too-short',
      `The calibration period from ${range.from} to ${isoDate(endDay)} is ${endDay - first} days; it needs at least ${CLV_MIN_CALIBRATION_DAYS}.`,
      { days: endDay - first, minimum: CLV_MIN_CALIBRATION_DAYS, from: range.from, end: isoDate(endDay) },
    );
  return {
    ok: true,
    value: {
      model: options.model ?? 'bg-nbd',
      unit,
      calibrationEnd: isoDate(endDay),
      holdoutEnd: endDay < asOf ? built.summary.asOf : '',
      horizon,
      discount,
      margin,
      endDay,
    },
  };
}

export const customerLifetimeValue: Analysis<'customer-lifetime-value'> = {
  needs: 'customer-table',
  customerColumns: (result) => [
    numberCustomerColumn('p_alive', result.perCustomer.pAlive),
    numberCustomerColumn('expected_purchases', result.perCustomer.expectedPurchases),
    numberCustomerColumn('expected_spend', result.perCustomer.expectedSpend, { money: true }),
    numberCustomerColumn('clv', result.perCustomer.clv, { money: true }),
  ],
  run({ dataset, table: built }, options) {
    if (built.table.activity === null)
      return refuse(
        'clv-needs-log',
        'Lifetime value models read each customer’s purchases over time: load a transaction log (customer, date, amount), not one row per customer.',
      );
    const resolved = resolve(built, options ?? {});
    if (!resolved.ok) return resolved;
    const { endDay, ...parameters } = resolved.value;
    const key = JSON.stringify([parameters.model, parameters.unit, endDay]);
    let cached = fitsOfTable.get(built);
    if (!cached) fitsOfTable.set(built, (cached = new Map()));
    let fitted = cached.get(key);
    if (!fitted) cached.set(key, (fitted = fits(dataset, built, parameters.model, parameters.unit, endDay)));
    if (!fitted.ok) return fitted;
    const { calibration, holdout, prediction, current, horizons } = fitted.value;
    // The calibration fit's notes on drop-out too, when it is another fit (the holdout's).
    const aboutDropout = (n: ClvNote) => n.code === 'clv-no-dropout' || n.code === 'clv-dropout-uncertain';
    const notes: ClvNote[] = [
      ...(calibration === prediction ? [] : calibration.notes.filter(aboutDropout)),
      ...prediction.notes,
    ];
    if (holdout === null) notes.push({ code: 'clv-no-holdout' });
    // A new discount rate or margin re-weighs the kept predictions of this horizon: no refit, no model evaluation.
    let horizon = horizons.get(parameters.horizon);
    if (!horizon && horizons.size >= KEPT_HORIZONS) horizons.clear();
    if (!horizon)
      horizons.set(
        parameters.horizon,
        (horizon = horizonPart(current, prediction, parameters.horizon, parameters.unit)),
      );
    return {
      ok: true,
      value: clvResult({
        stamp: stampOf('customer-lifetime-value', built, parameters),
        built,
        current,
        calibration,
        holdout,
        prediction,
        notes,
        horizon,
      }),
    };
  },
};
