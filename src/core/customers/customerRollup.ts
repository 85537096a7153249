/**
 * A transaction log rolled up to one row per customer, in the BTYD convention (Fader, Hardie
 * & Lee 2005; R package BTYD `dc.ElogToCbsCbt`): purchases on the same day are merged into one
 * with their amounts summed; the first purchase is not a repeat, so frequency = purchase days
 * − 1; recency = last − first purchase day; T = as-of − first purchase day; monetary = mean
 * spend of the repeat days (0 when there is none). Rows dated after the as-of day are left
 * out and counted. Returns and cancellations are not purchases: they never make a purchase
 * day, so they move neither first nor last activity nor the order count; when netted, their
 * amounts count in the customer's total value and monthly revenue only. A customer whose rows
 * are all returns is not a customer of the table; they are counted in `returnsOnlyCustomers`. Two stable counting sorts (by day, then by customer) order the rows, so the
 * roll-up is linear in rows and allocates no object per row.
 */
import { monthNumberOfDay, type CustomerActivity } from './customerActivity.ts';

export interface TransactionRows {
  /** Dense customer code per row (0 … customerCount − 1), −1 when the row has no customer. */
  customer: Int32Array;
  customerCount: number;
  /** Day number per row (days since 1970-01-01 UTC), NaN when the row has no date. */
  day: Float64Array;
  /** Amount per row, NaN when unknown (then revenue is not summed). */
  amount: Float64Array | null;
  /** Cost per row in money (role cost), summed per customer like amounts; null when there is no cost column. */
  cost?: Float64Array | null;
  /** 1 where the row is a return or cancellation. */
  returned: Uint8Array | null;
  /** Drop the returns (left out and counted) rather than net their amounts. */
  dropReturns: boolean;
}

export interface CustomerRollup {
  /** Customer codes present after filtering, in ascending code order; row i of every array below. */
  code: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** Distinct purchase days. */
  orders: Int32Array;
  totalValue: Float64Array;
  /** Sum of each customer's row costs over the same rows as totalValue (null without a cost column). */
  totalCost: Float64Array | null;
  /** Mean spend of the repeat purchase days; 0 with no repeat; NaN when amounts are unknown. */
  monetary: Float64Array;
  /** Index of each customer's latest row (for "most recent value" attributes). */
  latestRow: Int32Array;
  /** Each customer's purchase rows, oldest first (ties in file order): customer j's are purchaseRows[purchaseStart[j] … purchaseStart[j + 1]). */
  purchaseRows: Int32Array;
  purchaseStart: Int32Array;
  activity: CustomerActivity;
  leftOut: { afterAsOf: number; noCustomer: number; noDate: number; dropped: number };
  /** Customers with returns or cancellations up to the as-of day and no purchase: not in the table. */
  returnsOnlyCustomers: number;
}

/** The last month that ends on or before `asOfDay` (its own month when it is the month's last day). */
export function lastCompleteMonth(asOfDay: number): number {
  const next = new Date((asOfDay + 1) * 86_400_000);
  const month = monthNumberOfDay(asOfDay);
  return next.getUTCDate() === 1 ? month : month - 1;
}

export function rollUpCustomers(rows: TransactionRows, asOfDay: number): CustomerRollup {
  const n = rows.customer.length;
  const leftOut = { afterAsOf: 0, noCustomer: 0, noDate: 0, dropped: 0 };
  let minDay = Infinity;
  // The data's last date, rows after the as-of day and without a customer included.
  let dataLastDay = -Infinity;
  const keep = new Uint8Array(n);
  // Per customer: 1 bought (a purchase row up to the as-of day), 2 only returned so far.
  const seen = new Uint8Array(rows.customerCount);
  for (let i = 0; i < n; i++) {
    const d = rows.day[i];
    const c = rows.customer[i];
    if (d > dataLastDay) dataLastDay = d;
    if (c < 0) leftOut.noCustomer++;
    else if (d !== d) leftOut.noDate++;
    else if (d > asOfDay) leftOut.afterAsOf++;
    else {
      const isReturn = rows.returned !== null && rows.returned[i] === 1;
      if (isReturn) {
        if (seen[c] === 0) seen[c] = 2;
      } else seen[c] = 1;
      if (isReturn && rows.dropReturns) leftOut.dropped++;
      else {
        keep[i] = 1;
        if (d < minDay) minDay = d;
      }
    }
  }
  let returnsOnlyCustomers = 0;
  for (let c = 0; c < rows.customerCount; c++) if (seen[c] === 2) returnsOnlyCustomers++;
  const span = minDay === Infinity ? 1 : asOfDay - minDay + 1;
  // Pass 1: stable counting sort of the kept rows by day.
  const dayCount = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) if (keep[i]) dayCount[rows.day[i] - minDay + 1]++;
  for (let d = 1; d <= span; d++) dayCount[d] += dayCount[d - 1];
  const kept = dayCount[span];
  const byDay = new Int32Array(kept);
  for (let i = 0; i < n; i++) if (keep[i]) byDay[dayCount[rows.day[i] - minDay]++] = i;
  // Pass 2: stable counting sort by customer keeps each customer's rows in day order.
  const custStart = new Int32Array(rows.customerCount + 1);
  for (let k = 0; k < kept; k++) custStart[rows.customer[byDay[k]] + 1]++;
  for (let c = 0; c < rows.customerCount; c++) custStart[c + 1] += custStart[c];
  const cursor = custStart.slice(0, rows.customerCount);
  const sorted = new Int32Array(kept);
  for (let k = 0; k < kept; k++) sorted[cursor[rows.customer[byDay[k]]]++] = byDay[k];
  const coveredTo = Math.min(asOfDay, dataLastDay === -Infinity ? asOfDay : dataLastDay);
  return { ...aggregate(rows, sorted, custStart, seen, asOfDay, coveredTo), leftOut, returnsOnlyCustomers };
}

function aggregate(
  rows: TransactionRows,
  sorted: Int32Array,
  custStart: Int32Array,
  seen: Uint8Array,
  asOfDay: number,
  coveredTo: number,
): Omit<CustomerRollup, 'leftOut' | 'returnsOnlyCustomers'> {
  const present: number[] = [];
  for (let c = 0; c < rows.customerCount; c++) if (seen[c] === 1) present.push(c);
  const m = present.length;
  const code = Int32Array.from(present);
  const firstDay = new Int32Array(m);
  const lastDay = new Int32Array(m);
  const orders = new Int32Array(m);
  const totalValue = new Float64Array(m);
  const monetary = new Float64Array(m);
  const latestRow = new Int32Array(m);
  const purchaseRows = new Int32Array(sorted.length);
  const purchaseStart = new Int32Array(m + 1);
  let purchases = 0;
  const dayStart = new Int32Array(m + 1);
  // At most one purchase day per kept row: size once, trim at the end.
  const days = new Int32Array(sorted.length);
  const dayRevenue = new Float64Array(sorted.length);
  // Netted returns per customer, compressed rows like the purchase days.
  const returnStart = new Int32Array(m + 1);
  const returnDays = new Int32Array(sorted.length);
  const returnAmounts = new Float64Array(sorted.length);
  let filled = 0;
  let returnsFilled = 0;
  const amount = rows.amount;
  const cost = rows.cost ?? null;
  const totalCost = cost === null ? null : new Float64Array(m);
  const returned = rows.returned;
  for (let j = 0; j < m; j++) {
    const c = present[j];
    let previous = -1;
    let total = 0;
    let spent = 0;
    let latest = -1;
    for (let k = custStart[c]; k < custStart[c + 1]; k++) {
      const r = sorted[k];
      const d = rows.day[r];
      const a = amount === null ? 0 : amount[r];
      total += a;
      if (cost !== null) spent += cost[r];
      if (returned !== null && returned[r] === 1) {
        returnDays[returnsFilled] = d;
        returnAmounts[returnsFilled++] = a;
        continue;
      }
      latest = r;
      purchaseRows[purchases++] = r;
      if (d !== previous) {
        days[filled] = d;
        dayRevenue[filled++] = a;
        previous = d;
      } else dayRevenue[filled - 1] += a;
    }
    dayStart[j + 1] = filled;
    returnStart[j + 1] = returnsFilled;
    purchaseStart[j + 1] = purchases;
    const count = dayStart[j + 1] - dayStart[j];
    firstDay[j] = days[dayStart[j]];
    lastDay[j] = days[dayStart[j + 1] - 1];
    orders[j] = count;
    latestRow[j] = latest;
    const firstDayRevenue = dayRevenue[dayStart[j]];
    totalValue[j] = amount === null ? NaN : total;
    if (totalCost !== null) totalCost[j] = spent;
    monetary[j] = amount === null ? NaN : count > 1 ? (total - firstDayRevenue) / (count - 1) : 0;
  }
  const activity = monthlyActivity(
    days.slice(0, filled),
    dayRevenue.slice(0, filled),
    dayStart,
    asOfDay,
    { start: returnStart, days: returnDays, amounts: returnAmounts },
    coveredTo,
  );
  return {
    code,
    firstDay,
    lastDay,
    orders,
    totalValue,
    totalCost,
    monetary,
    latestRow,
    purchaseRows: purchaseRows.subarray(0, purchases),
    purchaseStart,
    activity,
  };
}

function monthlyActivity(
  days: Int32Array,
  dayRevenue: Float64Array,
  dayStart: Int32Array,
  asOfDay: number,
  returns: { start: Int32Array; days: Int32Array; amounts: Float64Array },
  coveredTo: number,
): CustomerActivity {
  const customers = dayStart.length - 1;
  let minDay = asOfDay;
  for (let k = 0; k < days.length; k++) if (days[k] < minDay) minDay = days[k];
  for (let k = 0; k < returns.start[customers]; k++) if (returns.days[k] < minDay) minDay = returns.days[k];
  const firstMonth = monthNumberOfDay(minDay);
  const months = monthNumberOfDay(asOfDay) - firstMonth + 1;
  const values = new Float64Array(customers * months);
  // Month of each day in the span, computed once rather than per purchase day.
  const monthOf = new Int32Array(asOfDay - minDay + 1);
  for (let d = minDay; d <= asOfDay; d++) monthOf[d - minDay] = monthNumberOfDay(d) - firstMonth;
  for (let c = 0; c < customers; c++) {
    for (let k = dayStart[c]; k < dayStart[c + 1]; k++) {
      const v = dayRevenue[k];
      if (v === v) values[c * months + monthOf[days[k] - minDay]] += v;
    }
    for (let k = returns.start[c]; k < returns.start[c + 1]; k++) {
      const v = returns.amounts[k];
      if (v === v) values[c * months + monthOf[returns.days[k] - minDay]] += v;
    }
  }
  return {
    customers,
    dayStart,
    days,
    dayRevenue,
    monthly: { firstMonth, months, values },
    lastCompleteMonth: lastCompleteMonth(asOfDay),
    lastFinishedMonth: lastCompleteMonth(coveredTo),
    asOfDay,
  };
}
