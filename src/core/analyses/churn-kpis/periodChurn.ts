/** Churn over a calendar period: who was there at its start, who left, who came. */
import type { PeriodChurn } from '../../../engine/api.ts';
import type { DayNumber } from '../../customers/customerActivity.ts';

/**
 * The period's counts (the contract's type, engine/api/churn-kpis.ts):
 * - atStart: customers acquired before the start and not churned before it, the base of both rates;
 * - lost: customers of the base whose churn day falls in [start, end);
 * - gained: new customers, first day in [start, end); lostNew: new customers who churned before
 *   the end as well (in `gained`, never in the base or `lost`);
 * - atEnd = atStart − lost + gained − lostNew; churnRate = lost / atStart (NaN for an empty base);
 *   retentionRate = (atStart − lost) / atStart (new customers do not count);
 * - grossChange = gained + lost + lostNew; netChange = atEnd − atStart (losing 100 and gaining 100 is 0).
 */
export type { PeriodChurn };

export function checkLengths(firstDay: Int32Array, churned: Uint8Array, churnDay: Int32Array) {
  if (firstDay.length !== churned.length || firstDay.length !== churnDay.length)
    throw new RangeError('periodChurn: firstDay, churned and churnDay differ in length');
}

/**
 * Churn over the days [start, end). The rate is a cohort rate: lost / atStart, where the base
 * is the customers already there at the start; customers acquired during the period are in
 * neither the numerator nor the denominator, so acquisition cannot hide churn. A churn day
 * equal to `start` is a loss in this period. `churnDay[i]` is the day the loss is counted at
 * (for point-in-time KPIs, the day it became known), read only where `churned[i]` is nonzero.
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
