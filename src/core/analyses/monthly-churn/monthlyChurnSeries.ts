/** Churn month by month: `periodChurn` for each calendar month, and the rate a year that a monthly rate implies. */
import { MS_PER_DAY, monthNumberOfDay, type DayNumber, type MonthNumber } from '../../customers/customerActivity.ts';
import { checkLengths } from '../churn-kpis/periodChurn.ts';

/** Yearly churn implied by a constant monthly rate: 1 − (1 − m)^12, so 4.7 % a month is 43.9 % a year. */
export function annualisedChurn(monthly: number): number {
  return 1 - Math.pow(1 - monthly, 12);
}

export interface MonthlyChurnSeries {
  month: Int32Array;
  atStart: Int32Array;
  lost: Int32Array;
  gained: Int32Array;
  lostNew: Int32Array;
  /** NaN for a month that starts with no customers. */
  churnRate: Float64Array;
}

/** The mean of the rates of complete months, skipping months without a base (NaN rate); NaN when none is left. */
export function meanMonthlyChurn(rate: ArrayLike<number>, complete: ArrayLike<boolean>): number {
  let sum = 0;
  let n = 0;
  for (let m = 0; m < rate.length; m++)
    if (complete[m] && rate[m] === rate[m]) {
      sum += rate[m];
      n++;
    }
  return n > 0 ? sum / n : NaN;
}

export const firstDayOfMonth = (month: MonthNumber): DayNumber =>
  Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY;

/**
 * `periodChurn` for each calendar month from `fromMonth` to `toMonth`, both included, in one
 * pass: a customer is in the base of every month after the first-purchase month up to and
 * including the month of `churnDay` (the day the loss is counted at).
 */
export function monthlyChurnSeries(
  firstDay: Int32Array,
  churned: Uint8Array,
  churnDay: Int32Array,
  fromMonth: MonthNumber,
  toMonth: MonthNumber,
): MonthlyChurnSeries {
  checkLengths(firstDay, churned, churnDay);
  if (toMonth < fromMonth)
    throw new RangeError(`monthlyChurnSeries: toMonth ${toMonth} is before fromMonth ${fromMonth}`);
  const months = toMonth - fromMonth + 1;
  const inBase = new Int32Array(months + 1);
  const lost = new Int32Array(months);
  const gained = new Int32Array(months);
  const lostNew = new Int32Array(months);
  const rangeStart = firstDayOfMonth(fromMonth);
  const rangeEnd = firstDayOfMonth(toMonth + 1);
  for (let i = 0; i < firstDay.length; i++) {
    const churns = churned[i] !== 0;
    if (firstDay[i] >= rangeEnd || (firstDay[i] < rangeStart && churns && churnDay[i] < rangeStart)) continue;
    const first = monthNumberOfDay(firstDay[i]) - fromMonth;
    const churn = churns ? monthNumberOfDay(churnDay[i]) - fromMonth : months;
    if (first >= 0) gained[first]++;
    if (first >= 0 && churn <= first) lostNew[first]++;
    else if (churn < months) lost[churn]++;
    const baseFrom = Math.max(first + 1, 0);
    const baseTo = Math.min(churn, months - 1);
    if (baseFrom <= baseTo) {
      inBase[baseFrom]++;
      inBase[baseTo + 1]--;
    }
  }
  const atStart = new Int32Array(months);
  for (let m = 0, running = 0; m < months; m++) atStart[m] = running += inBase[m];
  return {
    month: Int32Array.from({ length: months }, (_, m) => fromMonth + m),
    atStart,
    lost,
    gained,
    lostNew,
    churnRate: Float64Array.from(lost, (l, m) => l / atStart[m]),
  };
}
