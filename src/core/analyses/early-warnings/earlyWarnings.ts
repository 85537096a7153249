/**
 * Early warnings: which customers show a sign of leaving, why, and what they are worth.
 *
 * Months are calendar months ending at activity.lastFinishedMonth (m): the last month complete
 * at the as-of date that the data also covers to its end. The as-of month is usually incomplete,
 * and a month after the data's last date has no purchases only because the data stops; neither
 * is read as a month. A customer is flagged when any rule fires:
 *
 * - declining N: revenue in m − N … m is strictly falling (a flat month breaks the streak; a month
 *   without orders is 0). The customer must have bought by month m − N: one too new to have
 *   N + 1 months of history cannot fire.
 * - below X, N: revenue ≤ X in each of m − N + 1 … m. Only a customer whose first purchase came
 *   before that window can fire: a new customer with no history there is not lost.
 * - seasonal Y: for each month i of the 12 ending at m, revenue > 0 in i − 12, i − 24, … i − 12Y
 *   and none (≤ 0) in i. A refunded month counts as not bought.
 * - overdue k: asOfDay − last purchase day > k × the median gap between distinct purchase days
 *   (all purchase days, the as-of month's included). It needs two purchase days for one gap:
 *   a customer with a single purchase day has no usual rhythm to be late against.
 *
 * Value at stake is what the customer was worth in the year before the warning began: for
 * declining, the 12 months ending at m − N (the last month before the fall); for below, the 12
 * months before the N quiet months; for overdue, the 12 months ending with the month of the last
 * purchase (so a long-silent customer is still valued); for seasonal, last year's revenue in the
 * skipped months, summed. When several rules fire the largest value is kept.
 *
 * Rules are assumed valid (see validateRules). `rules[i]` and `evidence[i]` of a warning belong
 * together, in the order the rules were given; two rules of one kind may both fire.
 */
import type { CustomerActivity, DayNumber, MonthNumber } from '../../customers/customerActivity.ts';
import { checkRule } from './warningChecks.ts';
import { warningContext, type WarningContext } from './warningContext.ts';
import type { WarningKind, WarningRule } from './warningRules.ts';
import type { WarningEvidence } from './warningEvidence.ts';

export { validateRules, type WarningKind, type WarningRule } from './warningRules.ts';
export { evidenceSentence, type WarningEvidence } from './warningEvidence.ts';

export interface CustomerWarning {
  customer: number;
  rules: WarningKind[];
  valueAtStake: number;
  /** The customer's last purchase day. */
  lastDay: DayNumber;
  /** Why, per fired rule (evidenceSentence words it: "revenue fell 3 months in a row: 420 → 310 → …"). */
  evidence: WarningEvidence[];
}

export interface EarlyWarnings {
  /** By value at stake, largest first; ties by customer index. */
  flagged: CustomerWarning[];
  /**
   * lastMonth: the last finished month (m). firstMonth: the earliest month whose revenue a rule
   * compared (value-at-stake years aside); m when only overdue rules were given.
   */
  window: { firstMonth: MonthNumber; lastMonth: MonthNumber; asOfDay: DayNumber };
  rules: WarningRule[];
}

function earliestMonthRead(rule: WarningRule, lastMonth: MonthNumber): MonthNumber {
  switch (rule.kind) {
    case 'declining':
      return lastMonth - rule.months;
    case 'below':
      return lastMonth - rule.months + 1;
    case 'seasonal':
      return lastMonth - 11 - 12 * rule.years;
    case 'overdue':
      return lastMonth;
  }
}

function warningFor(ctx: WarningContext, c: number, rules: WarningRule[], values: Float64Array): CustomerWarning {
  const kinds: WarningKind[] = [];
  const evidence: WarningEvidence[] = [];
  let valueAtStake = -Infinity;
  for (let r = 0; r < rules.length; r++) {
    if (Number.isNaN(values[r])) continue;
    kinds.push(rules[r].kind);
    checkRule(ctx, c, rules[r], evidence);
    if (values[r] > valueAtStake) valueAtStake = values[r];
  }
  const { dayStart, days } = ctx.activity;
  const lastDay = dayStart[c + 1] > dayStart[c] ? days[dayStart[c + 1] - 1] : NaN;
  return { customer: c, rules: kinds, valueAtStake, lastDay, evidence };
}

export function earlyWarnings(activity: CustomerActivity, rules: WarningRule[]): EarlyWarnings {
  const { customers, dayStart } = activity;
  let mostDays = 0;
  for (let c = 0; c < customers; c++) mostDays = Math.max(mostDays, dayStart[c + 1] - dayStart[c]);
  const ctx = warningContext(activity, mostDays);
  const values = new Float64Array(rules.length);
  const flagged: CustomerWarning[] = [];
  for (let c = 0; c < customers; c++) {
    let fired = false;
    for (let r = 0; r < rules.length; r++) {
      values[r] = checkRule(ctx, c, rules[r], null);
      if (!Number.isNaN(values[r])) fired = true;
    }
    if (fired) flagged.push(warningFor(ctx, c, rules, values));
  }
  flagged.sort((x, y) => y.valueAtStake - x.valueAtStake || x.customer - y.customer);
  const lastMonth = activity.lastFinishedMonth;
  let firstMonth = lastMonth;
  for (const rule of rules) firstMonth = Math.min(firstMonth, earliestMonthRead(rule, lastMonth));
  return { flagged, window: { firstMonth, lastMonth, asOfDay: activity.asOfDay }, rules };
}
