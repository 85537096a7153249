/**
 * Each customer's survival time and event under a churn definition. Under inactivity of N days a
 * churned customer's churn is dated to the last activity, but the loss is known only on the
 * first day with more than N days without activity (knownDay, lossDating.ts). Two clocks:
 * - 'activity': first activity → last activity (the textbook lifetime); a customer who bought on
 *   one day only and churned is an event at time 0;
 * - 'known': first activity → the day the loss became known, which adds that lag (N + 1 days
 *   under a fixed window) to every churned customer and none to the censored.
 * Customers still active are censored at the as-of date under both (tenureDays already runs to it).
 */
import type { DurationMeasure } from '../../../engine/api.ts';

export function customerDurations(
  /** First day → churn day for churned customers, → as-of day for the others (or a tenure column). */
  tenureDays: Float64Array,
  churnDay: Float64Array,
  knownDay: Float64Array,
  churned: Uint8Array,
  measure: DurationMeasure,
  daysPerUnit: number,
): { time: Float64Array; event: Uint8Array } {
  const n = tenureDays.length;
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    let days = tenureDays[c];
    if (churned[c]) {
      event[c] = 1;
      const lag = knownDay[c] - churnDay[c];
      if (measure === 'known' && lag === lag) days += lag;
    }
    time[c] = days / daysPerUnit;
  }
  return { time, event };
}
