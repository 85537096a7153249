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

/** A customer's part in a period: none, in the base and stayed, in the base and lost, new and stayed, new and lost. */
export const NONE = 0;
export const STAYED = 1;
export const LOST = 2;
export const NEW_STAYED = 3;
export const NEW_LOST = 4;

/** One customer's part in the period [start, end), by the rules above (what periodChurn counts). */
export function periodRole(first: number, churned: number, churnDay: number, start: DayNumber, end: DayNumber): number {
  const churnsBeforeEnd = churned !== 0 && churnDay < end;
  if (first < start) {
    if (churned !== 0 && churnDay < start) return NONE;
    return churnsBeforeEnd ? LOST : STAYED;
  }
  if (first < end) return churnsBeforeEnd ? NEW_LOST : NEW_STAYED;
  return NONE;
}

export const PERIOD_PARTS = ['at-start', 'lost', 'gained', 'lost-new', 'at-end'] as const;
export type PeriodPart = (typeof PERIOD_PARTS)[number];
const PART_ROLES: Record<PeriodPart, number[]> = {
  'at-start': [STAYED, LOST],
  lost: [LOST],
  gained: [NEW_STAYED, NEW_LOST],
  'lost-new': [NEW_LOST],
  'at-end': [STAYED, NEW_STAYED],
};

/** The customers (1 = in) a part of the period counts: those behind atStart, lost, gained, lostNew or atEnd. */
export function periodMembers(
  firstDay: Int32Array,
  churned: Uint8Array,
  churnDay: Int32Array,
  start: DayNumber,
  end: DayNumber,
  part: PeriodPart,
): Uint8Array {
  checkLengths(firstDay, churned, churnDay);
  const roles = PART_ROLES[part];
  return Uint8Array.from(firstDay, (first, i) =>
    roles.includes(periodRole(first, churned[i], churnDay[i], start, end)) ? 1 : 0,
  );
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
    const role = periodRole(firstDay[i], churned[i], churnDay[i], start, end);
    if (role === STAYED || role === LOST) atStart++;
    if (role === LOST) lost++;
    if (role === NEW_STAYED || role === NEW_LOST) gained++;
    if (role === NEW_LOST) lostNew++;
  }
  return periodChurnFromCounts(atStart, lost, gained, lostNew);
}

/** The period's rates and changes from its counts, wherever they were counted (here, or by the generated SQL). */
export function periodChurnFromCounts(atStart: number, lost: number, gained: number, lostNew: number): PeriodChurn {
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
