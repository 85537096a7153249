/** Customer churn KPIs over calendar periods: who was there, who left, who came. */
import { MS_PER_DAY, monthNumberOfDay, type DayNumber, type MonthNumber } from '../../customers/customerActivity.ts';

/** Yearly churn implied by a constant monthly rate: 1 − (1 − m)^12, so 4.7 % a month is 43.9 % a year. */
export function annualisedChurn(monthly: number): number {
  return 1 - Math.pow(1 - monthly, 12);
}

export interface PeriodChurn {
  /** Customers acquired before the start and not churned before it: the base of both rates. */
  atStart: number;
  /** Customers of the base whose churn day falls in [start, end). */
  lost: number;
  /** New customers: first day in [start, end). */
  gained: number;
  /** New customers who churned before the end as well: in `gained`, never in the base or `lost`. */
  lostNew: number;
  /** atStart − lost + gained − lostNew: acquired before the end and not churned before it. */
  atEnd: number;
  /** lost / atStart; NaN when the base is empty. */
  churnRate: number;
  /** (atStart − lost) / atStart: the base still there at the end; new customers do not count. */
  retentionRate: number;
  /** gained + lost + lostNew: every arrival and departure in the period. */
  grossChange: number;
  /** atEnd − atStart = gained − lost − lostNew. Losing 100 and gaining 100 is 0 here, not 0 churn. */
  netChange: number;
}

function checkLengths(firstDay: Int32Array, churned: Uint8Array, churnDay: Int32Array) {
  if (firstDay.length !== churned.length || firstDay.length !== churnDay.length)
    throw new RangeError('churnRates: firstDay, churned and churnDay differ in length');
}

/**
 * Churn over the days [start, end). The rate is a cohort rate: lost / atStart, where the base
 * is the customers already there at the start; customers acquired during the period are in
 * neither the numerator nor the denominator, so acquisition cannot hide churn. A churn day
 * equal to `start` is a loss in this period. `churnDay[i]` is read only where `churned[i]` is
 * nonzero.
 */
export function periodChurn(
  firstDay: Int32Array,
  churned: Uint8Array,
  churnDay: Int32Array,
  start: DayNumber,
  end: DayNumber,
): PeriodChurn {
  checkLengths(firstDay, churned, churnDay);
  if (end < start) throw new RangeError(`periodChurn: end ${end} is before start ${start}`);
  let atStart = 0;
  let lost = 0;
  let gained = 0;
  let lostNew = 0;
  for (let i = 0; i < firstDay.length; i++) {
    const churnsBeforeEnd = churned[i] !== 0 && churnDay[i] < end;
    if (firstDay[i] < start) {
      if (churned[i] !== 0 && churnDay[i] < start) continue;
      atStart++;
      if (churnsBeforeEnd) lost++;
    } else if (firstDay[i] < end) {
      gained++;
      if (churnsBeforeEnd) lostNew++;
    }
  }
  const atEnd = atStart - lost + gained - lostNew;
  return {
    atStart,
    lost,
    gained,
    lostNew,
    atEnd,
    churnRate: lost / atStart,
    retentionRate: (atStart - lost) / atStart,
    grossChange: gained + lost + lostNew,
    netChange: atEnd - atStart,
  };
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

const firstDayOfMonth = (month: MonthNumber): DayNumber => Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY;

/**
 * `periodChurn` for each calendar month from `fromMonth` to `toMonth`, both included, in one
 * pass: a customer is in the base of every month after the first-purchase month up to and
 * including the churn month.
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
