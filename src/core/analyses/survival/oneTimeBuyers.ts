/**
 * Customers who bought on a single day only (BTYD frequency 0), and how much of the survival
 * curve's steepest early step they make: measured to the last activity every one of them who
 * churned is an event at time 0, so their share is what drops the curve below 100 % at the start.
 */
import type { OneTimeBuyers } from '../../../engine/api.ts';

/**
 * Over the customers of a curve (or of several): `frequency` is repeat purchase days (NaN when
 * unknown, as in a snapshot), `time` and `event` their survival times and events. The step is
 * the earliest time at which a churned one-time buyer is an event (they all share it under a
 * fixed inactivity window); null when no customer has a known frequency.
 */
export function oneTimeBuyers(frequency: Float64Array, time: Float64Array, event: Uint8Array): OneTimeBuyers | null {
  let known = 0;
  let customers = 0;
  let churned = 0;
  let stepTime = Infinity;
  for (let c = 0; c < frequency.length; c++) {
    if (frequency[c] !== frequency[c]) continue;
    known++;
    if (frequency[c] !== 0) continue;
    customers++;
    if (event[c]) {
      churned++;
      if (time[c] < stepTime) stepTime = time[c];
    }
  }
  if (known === 0) return null;
  let stepEvents = 0;
  let stepOneTime = 0;
  let stepAtRisk = 0;
  for (let c = 0; c < time.length; c++) {
    if (time[c] >= stepTime) stepAtRisk++;
    if (time[c] !== stepTime || !event[c]) continue;
    stepEvents++;
    if (frequency[c] === 0) stepOneTime++;
  }
  const n = time.length;
  return {
    customers,
    share: n > 0 ? customers / n : NaN,
    churned,
    stepTime: churned > 0 ? stepTime : NaN,
    stepEvents,
    stepAtRisk,
    stepOneTime,
  };
}
