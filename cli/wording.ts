/**
 * The command line's words for what results carry as codes: English, as the CLI has always
 * printed them (the app words the same codes in its own catalogs, in the user's language).
 */
import type {
  AttributeRule,
  ChurnDefinition,
  RetentionTriangleResult,
  SurvivalResult,
  UnavailableReason,
} from '../src/engine/api.ts';
import { describeDefinition } from '../src/core/customers/churnDefinition.ts';

export { describeDefinition };
export { evidenceSentence } from '../src/core/analyses/early-warnings/warningEvidence.ts';

/** How a customer table reduced attributes to one value per customer. */
export function attributeRuleText(rule: AttributeRule): string {
  switch (rule) {
    case 'latest-row':
      return "each attribute is the customer's value on their latest purchase row (by date, then file order); a column that varies within customers (attributeVariation, level 'varies') is analysed only with a rule, e.g. --column StockCode:most-frequent";
    case 'last-row-per-id':
      return 'one row per customer; where an id repeats, its last row is kept';
    case 'row-per-customer':
      return 'one row per customer (no customer id column: rows are numbered)';
  }
}

/** The one curve of all customers has no group value to be named by. */
export const ALL_CUSTOMERS = 'all customers';

/** How survival read durations and events, under the customer table's definition. */
export function durationText(result: SurvivalResult, definition: ChurnDefinition): string {
  const lag = Number.isFinite(result.lossKnownLagDays)
    ? `last activity + ${result.lossKnownLagDays} days`
    : 'last activity + the window + 1 day';
  const read = {
    'tenure-column': 'duration = the tenure column (or first day to churn or as-of date where it is empty)',
    'first-to-churn': 'duration = first purchase (or sign-up) to the churn date',
    'first-to-last-activity':
      'duration = first to last activity (a one-time buyer who churned is an event at 0; --duration known measures to the day the loss became known)',
    'first-to-loss-known': `duration = first activity to the day the loss became known (${lag}; --duration activity measures to the last activity)`,
  }[result.duration];
  return `${read}, in ${result.unit}; customers still active are censored at the as-of date; event = churned (${describeDefinition(definition)})`;
}

/** What the oneTimeBuyers block of the survival JSON counts. */
export const ONE_TIME_BUYERS_NOTE =
  'customers who bought on a single day only, of the customers in the curves; stepTime is where their losses fall (in the unit), stepEvents all customers lost there, stepOneTime how many of those are one-time buyers';

/** How a triangle counted customers when it differs from purchases. */
export function countingNote(counting: RetentionTriangleResult['counting']): string | undefined {
  if (counting === 'snapshot-membership')
    return 'A snapshot has no purchases: each customer counts from the sign-up date until the churn date (or the as-of date while active), so "active" and "retained" both read "still a customer in period k".';
  return undefined;
}

/** Why the KPIs' period or monthly part is missing, and what makes them undercount. */
export const KPI_WARNINGS = {
  'period-incomplete':
    'The period starts before the data can show every loss (under inactivity of N days, before the first data day + N + 1), so it undercounts churn.',
  'incomplete-months': (count: number, from: string, to: string) =>
    `${count} month(s), ${from} to ${to}, cannot show every loss yet and are left out of the mean and the annualised rate.`,
  unavailable: (part: 'period' | 'monthly', reason: UnavailableReason) =>
    `No ${part} churn: ${
      {
        'no-first-date': "it needs each customer's first purchase or sign-up date",
        'no-churn-date': 'some churned customers have no churn date, so the day they were lost is unknown',
        'too-short': 'the data spans less than one complete month after the first customer',
        'no-value': 'it needs an amount or a customer value column',
      }[reason]
    }.`,
} as const;
