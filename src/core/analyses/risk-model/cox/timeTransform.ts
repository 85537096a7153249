import type { CoxData } from './efronLikelihood.ts';

/**
 * The time scale g(t) of the proportional-hazards check, as `cox.zph(transform = …)`:
 *   'km'       1 − S(t−), the left-continuous Kaplan–Meier of all customers (R's default: it
 *              spreads the events evenly and is not pulled by a few long times);
 *   'identity' t;   'log' log t;   'rank' the rank of t among all times (ties averaged).
 * One value per position of the time-sorted data.
 */
export type TimeTransform = 'km' | 'identity' | 'log' | 'rank';

export function timeTransform(data: CoxData, transform: TimeTransform): Float64Array {
  const { n, time, event, groupStart } = data;
  const out = new Float64Array(n);
  if (transform === 'identity' || transform === 'log') {
    for (let i = 0; i < n; i++) out[i] = transform === 'log' ? Math.log(time[i]) : time[i];
    return out;
  }
  let survival = 1;
  for (let g = 0; g < groupStart.length - 1; g++) {
    const first = groupStart[g];
    const last = groupStart[g + 1];
    let deaths = 0;
    for (let i = first; i < last; i++) deaths += event[i];
    // Positions first … last − 1 share the time; R's rank() gives them the mean of their ranks.
    const value = transform === 'rank' ? (first + 1 + last) / 2 : 1 - survival;
    for (let i = first; i < last; i++) out[i] = value;
    survival *= 1 - deaths / (n - first);
  }
  return out;
}
