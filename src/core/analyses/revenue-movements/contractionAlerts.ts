/**
 * Contraction alerts: customers who still buy but moved most of their business elsewhere. The
 * measure is partial churn's (churnStatus.ts, partialStatus): a customer's net revenue in the
 * last `months` months the data has finished (recent) against the `months` months before (prior).
 * A customer is listed when prior > 0 and 0 < recent ≤ prior × (1 − dropPercent / 100); one whose
 * recent revenue is 0 or less stopped buying (churned, not contracted) and is only counted. The
 * partial-churn definition with the same months and percent calls exactly the listed and the
 * stopped customers churned (up to sums within ZERO_REVENUE of 0, which are 0 here, as in the bridge).
 */
import type { MonthNumber } from '../../customers/customerActivity.ts';
import type { MonthlyRevenue } from './periodRevenue.ts';
import { ZERO_REVENUE } from './revenueBridge.ts';

export interface ContractionAlertList {
  /** The prior window is priorFrom … recentFrom − 1, the recent one recentFrom … to (month numbers). */
  priorFrom: MonthNumber;
  recentFrom: MonthNumber;
  to: MonthNumber;
  /** Customers listed (table order indices), most revenue lost first, ties in table order. */
  listed: Int32Array;
  prior: Float64Array;
  recent: Float64Array;
  /** Σ prior − recent over the listed customers. */
  lostRevenue: number;
  /** Customers with prior > 0 and recent ≤ 0, and their prior revenue. */
  stopped: number;
  stoppedRevenue: number;
  /** Per customer: (prior − recent) / prior × 100 where prior > 0, else NaN (negative: revenue grew). */
  dropPercent: Float64Array;
}

/** Null when the two windows do not fit in the months the data has finished. */
export function contractionAlerts(
  monthly: MonthlyRevenue,
  customers: number,
  lastFinishedMonth: MonthNumber,
  months: number,
  dropPercent: number,
): ContractionAlertList | null {
  if (!(Number.isInteger(months) && months > 0)) throw new RangeError(`contractionAlerts: months ${months}`);
  const end = lastFinishedMonth - monthly.firstMonth;
  const recentFrom = end - months + 1;
  const priorFrom = recentFrom - months;
  if (priorFrom < 0 || end >= monthly.months) return null;
  const keep = 1 - dropPercent / 100;
  const drop = new Float64Array(customers);
  const priorOf = new Float64Array(customers);
  const recentOf = new Float64Array(customers);
  const hits: number[] = [];
  let stopped = 0;
  let stoppedRevenue = 0;
  for (let c = 0; c < customers; c++) {
    const row = c * monthly.months;
    let prior = 0;
    let recent = 0;
    for (let m = priorFrom; m < recentFrom; m++) prior += monthly.values[row + m];
    for (let m = recentFrom; m <= end; m++) recent += monthly.values[row + m];
    if (Math.abs(prior) < ZERO_REVENUE) prior = 0;
    if (Math.abs(recent) < ZERO_REVENUE) recent = 0;
    priorOf[c] = prior;
    recentOf[c] = recent;
    drop[c] = prior > 0 ? ((prior - recent) / prior) * 100 : NaN;
    if (!(prior > 0 && recent <= prior * keep)) continue;
    if (recent > 0) hits.push(c);
    else {
      stopped++;
      stoppedRevenue += prior;
    }
  }
  hits.sort((x, y) => priorOf[y] - recentOf[y] - (priorOf[x] - recentOf[x]) || x - y);
  const listed = Int32Array.from(hits);
  let lostRevenue = 0;
  for (const c of listed) lostRevenue += priorOf[c] - recentOf[c];
  return {
    priorFrom: monthly.firstMonth + priorFrom,
    recentFrom: monthly.firstMonth + recentFrom,
    to: monthly.firstMonth + end,
    listed,
    prior: Float64Array.from(listed, (c) => priorOf[c]),
    recent: Float64Array.from(listed, (c) => recentOf[c]),
    lostRevenue,
    stopped,
    stoppedRevenue,
    dropPercent: drop,
  };
}
