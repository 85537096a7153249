/**
 * Checking the calibration fit on the holdout: each calibration customer's purchase days after
 * the calibration end (to the as-of date) are counted in the dataset's current table, where they
 * are matched by id; then actual against expected by calibration frequency, the errors, and the
 * weekly tracking of the cohort's repeat purchases over both periods.
 */
import type { ClvHoldout, ClvWeek } from '../../api.ts';
import type { CustomerActivity } from '../../../core/customers/customerActivity.ts';
import { isoDate } from '../../../core/customers/customerActivity.ts';
import { holdoutFit } from '../../../core/analyses/customer-lifetime-value/holdoutValidation.ts';
import { repeatTracking } from '../../../core/analyses/customer-lifetime-value/repeatTracking.ts';
import type { PurchaseModel } from '../../../core/analyses/customer-lifetime-value/purchaseModel.ts';
import type { PeriodCustomers } from './periodFit.ts';

export interface HoldoutInputs {
  calibration: PeriodCustomers;
  /** Calibration customers' first purchase day, and their row in the current table (−1: none). */
  firstDay: Float64Array;
  currentRow: Int32Array;
  activity: CustomerActivity;
  calibrationEndDay: number;
  endDay: number;
  unitDays: number;
}

/** Purchase days in (from, to] of each calibration customer, from the current table's activity. */
function purchasesBetween(inputs: HoldoutInputs): Float64Array {
  const { currentRow, activity, calibrationEndDay, endDay } = inputs;
  return Float64Array.from(currentRow, (row) => {
    if (row < 0) return NaN;
    let count = 0;
    for (let k = activity.dayStart[row]; k < activity.dayStart[row + 1]; k++) {
      const d = activity.days[k];
      if (d > calibrationEndDay && d <= endDay) count++;
    }
    return count;
  });
}

export function holdoutCheck(model: PurchaseModel, inputs: HoldoutInputs): ClvHoldout {
  const { calibrationEndDay, endDay, unitDays } = inputs;
  const length = (endDay - calibrationEndDay) / unitDays;
  const fit = holdoutFit(model, inputs.calibration, purchasesBetween(inputs), length);
  const tracking = repeatTracking(
    model,
    {
      firstDay: inputs.firstDay,
      row: inputs.currentRow,
      dayStart: inputs.activity.dayStart,
      days: inputs.activity.days,
    },
    endDay,
    unitDays,
  );
  const weeks = (actual: Float64Array, expected: Float64Array): ClvWeek[] =>
    Array.from(tracking.weekStart, (start, w) => ({
      period: w + 1,
      start: isoDate(start),
      actual: actual[w],
      expected: expected[w],
    }));
  const origin = tracking.weekStart.length > 0 ? tracking.weekStart[0] : calibrationEndDay;
  return {
    start: isoDate(calibrationEndDay + 1),
    end: isoDate(endDay),
    length,
    byFrequency: fit.byFrequency,
    actualTotal: fit.actualTotal,
    expectedTotal: fit.expectedTotal,
    aggregateError: fit.aggregateError,
    meanAbsoluteError: fit.meanAbsoluteError,
    rootMeanSquaredError: fit.rootMeanSquaredError,
    weekly: weeks(tracking.actual, tracking.expected),
    cumulative: weeks(tracking.cumulativeActual, tracking.cumulativeExpected),
    calibrationWeeks: Math.ceil((calibrationEndDay - origin + 1) / 7),
  };
}
