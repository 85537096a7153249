/**
 * A DATE's calendar period as the app numbers periods (calendarPeriods.ts), so that "k periods
 * later" is p + k: ISO weeks from Monday 1969-12-29, months as year × 12 + month − 1,
 * quarters and years likewise.
 */
import type { CohortPeriod } from '../engine/api.ts';
import type { SqlDialect } from './dialects.ts';

export function periodNumber(d: SqlDialect, period: CohortPeriod, day: string): string {
  if (period === 'week') return d.toInteger(d.floor(`(${d.dayNumber(day)} + 3) / 7`));
  const month = d.monthIndex(day);
  if (period === 'month') return month;
  return d.toInteger(d.floor(`${month} / ${period === 'quarter' ? 3 : 12}`));
}
