/**
 * Weekly and cumulative repeat purchases of a cohort, actual against the model's expectation, as
 * in Fader, Hardie & Lee (2005), Figures 3 and 4: customer i, whose first purchase was on day sᵢ,
 * is expected to have made E[X(t − sᵢ)] repeat purchases by time t (E[X(t)] of the fitted model,
 * unconditional), so the cohort's expected cumulative repeat purchases are Σᵢ E[X(t − sᵢ)]. Weeks
 * run from the cohort's first purchase day; actual repeat purchases are each customer's purchase
 * days after their first (same-day purchases are one, as in the customer table).
 */
import { expectedRepeats, type PurchaseModel } from './purchaseModel.ts';

export interface RepeatTracking {
  /** Day number of each week's first day. */
  weekStart: Float64Array;
  actual: Float64Array;
  expected: Float64Array;
  cumulativeActual: Float64Array;
  cumulativeExpected: Float64Array;
}

export interface CohortPurchases {
  /** Each cohort customer's first purchase day. */
  firstDay: Float64Array;
  /** Purchase days of customer i: days[dayStart[row[i]] … dayStart[row[i] + 1]), ascending; row −1 = none known. */
  row: Int32Array;
  dayStart: Int32Array;
  days: Int32Array;
}

/** Weeks from the cohort's first day through `endDay` (the last week may be short); times in units of `unitDays` days. */
export function repeatTracking(
  model: PurchaseModel,
  cohort: CohortPurchases,
  endDay: number,
  unitDays: number,
): RepeatTracking {
  let origin = Infinity;
  for (const d of cohort.firstDay) if (d < origin) origin = d;
  const weeks = origin === Infinity ? 0 : Math.max(0, Math.ceil((endDay - origin + 1) / 7));
  const actual = new Float64Array(weeks);
  for (let i = 0; i < cohort.row.length; i++) {
    const row = cohort.row[i];
    if (row < 0) continue;
    // The first purchase day is the trial, not a repeat.
    for (let k = cohort.dayStart[row] + 1; k < cohort.dayStart[row + 1]; k++) {
      const d = cohort.days[k];
      if (d <= endDay && d >= origin) actual[Math.floor((d - origin) / 7)]++;
    }
  }
  // Customers by first day: E[X(·)] is evaluated once per distinct first day and week.
  const byFirstDay = new Map<number, number>();
  for (const d of cohort.firstDay) byFirstDay.set(d, (byFirstDay.get(d) ?? 0) + 1);
  const cumulativeExpected = new Float64Array(weeks);
  for (const [first, count] of byFirstDay)
    for (let w = 0; w < weeks; w++) {
      // Purchases on days ≤ the week's last day happened within (lastDay − first) of the first purchase.
      const lastDay = Math.min(origin + 7 * w + 6, endDay);
      if (lastDay > first) cumulativeExpected[w] += count * expectedRepeats(model, (lastDay - first) / unitDays);
    }
  const expected = cumulativeExpected.map((c, w) => c - (w > 0 ? cumulativeExpected[w - 1] : 0));
  const cumulativeActual = new Float64Array(weeks);
  for (let w = 0, sum = 0; w < weeks; w++) cumulativeActual[w] = sum += actual[w];
  return {
    weekStart: Float64Array.from({ length: weeks }, (_, w) => origin + 7 * w),
    actual,
    expected,
    cumulativeActual,
    cumulativeExpected,
  };
}
