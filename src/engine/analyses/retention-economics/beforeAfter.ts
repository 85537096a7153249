/**
 * Churn before and after a campaign day: in each window, the customers there at its start
 * (first day before it, not lost before it) and those whose loss became known within it.
 */
import type { BeforeAfter, ChurnWindow } from '../../api.ts';
import type { BuiltCustomerTable } from '../../customers/customerTableBuilding.ts';
import { CHURNED } from '../../../core/customers/churnStatus.ts';
import { isoDate } from '../../../core/customers/customerActivity.ts';
import { newcombeInterval } from '../../../core/stats/newcombeInterval.ts';

function churnWindow(built: BuiltCustomerTable, rows: Int32Array, from: number, to: number): ChurnWindow {
  const { firstDay, status } = built.table;
  let atStart = 0;
  let churned = 0;
  for (const c of rows) {
    const lost = status[c] === CHURNED ? built.lossKnownDay[c] : Infinity;
    if (!(firstDay[c] < from) || lost < from) continue;
    atStart++;
    if (lost < to) churned++;
  }
  return { start: isoDate(from), end: isoDate(to - 1), atStart, churned, rate: churned / atStart };
}

export function beforeAfter(
  built: BuiltCustomerTable,
  rows: Int32Array,
  population: BeforeAfter['population'],
  campaignDate: string,
  windowDays: number,
): BeforeAfter {
  const day = Date.parse(`${campaignDate}T00:00:00Z`) / 86_400_000;
  const { firstDay, status } = built.table;
  let first = Infinity;
  let dated = true;
  for (let c = 0; c < firstDay.length; c++) {
    first = Math.min(first, firstDay[c]);
    if (firstDay[c] !== firstDay[c] || (status[c] === CHURNED && built.lossKnownDay[c] !== built.lossKnownDay[c]))
      dated = false;
  }
  const none = { population, before: null, after: null, difference: null };
  if (!dated || built.asOfDay !== built.asOfDay) return { ...none, unavailable: 'no-dates' };
  if (!(day - windowDays > first && day + windowDays <= built.asOfDay + 1))
    return { ...none, unavailable: 'outside-data' };
  const before = churnWindow(built, rows, day - windowDays, day);
  const after = churnWindow(built, rows, day, day + windowDays);
  const d = newcombeInterval(after.churned, after.atStart, before.churned, before.atStart);
  return { population, before, after, difference: d };
}
