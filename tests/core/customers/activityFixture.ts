/**
 * Test-only: a CustomerActivity from a short purchase list, built the plain way (maps, string
 * dates) so that it checks the kernels rather than repeating them.
 */
import type { CustomerActivity } from '../../../src/core/customers/customerActivity.ts';

export interface Purchase {
  customer: number;
  date: string;
  amount: number;
}

const DAY_MS = 86_400_000;

function ymd(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

const dayOf = (date: string) => Date.UTC(...ymd(date)) / DAY_MS;
const monthOf = (date: string) => ymd(date)[0] * 12 + ymd(date)[1];

/**
 * `customers` defaults to one more than the largest customer index in the list; `dataTo`, the
 * data's last date, to the as-of date.
 */
export function activityFixture(
  purchases: Purchase[],
  asOf: string,
  customers?: number,
  dataTo: string = asOf,
): CustomerActivity {
  const n = customers ?? Math.max(0, ...purchases.map((p) => p.customer + 1));
  const asOfDay = dayOf(asOf);
  const [year, month, date] = ymd(asOf);
  const isMonthEnd = new Date(Date.UTC(year, month, date + 1)).getUTCDate() === 1;
  const asOfMonth = monthOf(asOf);
  const lastWholeMonth = (date: string) => {
    const [y, m, d] = ymd(date);
    return new Date(Date.UTC(y, m, d + 1)).getUTCDate() === 1 ? y * 12 + m : y * 12 + m - 1;
  };
  const firstMonth = Math.min(asOfMonth, ...purchases.map((p) => monthOf(p.date)));
  const months = asOfMonth - firstMonth + 1;

  const byCustomer = Array.from({ length: n }, () => new Map<number, number>());
  const values = new Float64Array(n * months);
  for (const p of purchases) {
    if (p.date > asOf) throw new Error(`purchase on ${p.date} is after the as-of date ${asOf}`);
    const day = dayOf(p.date);
    byCustomer[p.customer].set(day, (byCustomer[p.customer].get(day) ?? 0) + p.amount);
    values[p.customer * months + monthOf(p.date) - firstMonth] += p.amount;
  }

  const dayStart = new Int32Array(n + 1);
  const days: number[] = [];
  const dayRevenue: number[] = [];
  byCustomer.forEach((byDay, c) => {
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      days.push(day);
      dayRevenue.push(byDay.get(day)!);
    }
    dayStart[c + 1] = days.length;
  });

  return {
    customers: n,
    dayStart,
    days: Int32Array.from(days),
    dayRevenue: Float64Array.from(dayRevenue),
    monthly: { firstMonth, months, values },
    lastCompleteMonth: isMonthEnd ? asOfMonth : asOfMonth - 1,
    lastFinishedMonth: lastWholeMonth(dataTo < asOf ? dataTo : asOf),
    asOfDay,
  };
}
