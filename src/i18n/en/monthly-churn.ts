import type { AreaMessages } from '../area.ts';

export const messages = {
  'monthly-churn.chartTitle': 'Monthly churn rate',
  'monthly-churn.rateAxis': 'Churn rate (lost ÷ customers at the start of the month)',
  'monthly-churn.mean': 'mean',
  'monthly-churn.lead':
    'Mean monthly churn {mean}; compounded over 12 months, {annual}: a projection from the mean month, not churn measured over a year (see “Churn in the last 12 months” in Churn at a glance).',
  'monthly-churn.base':
    'Each month’s rate is the customers lost that month divided by the customers there at its start; the table lists both.',
  'monthly-churn.summary':
    'Monthly churn from {from} to {to} averages {mean} (compounded over 12 months {annual}, a projection); the highest month is {peak} at {peakRate}.',
  'monthly-churn.incomplete': '○ incomplete month (left out of the mean)',
  'monthly-churn.complete': 'Complete month',
  'monthly-churn.yes': 'yes',
  'monthly-churn.no': 'no',
  'monthly-churn.incompleteInactivity':
    'Months before {from} are incomplete: a loss becomes known only after more than {days} days without activity, and customers last active before the data begins are not in it. They are drawn hollow and left out of the mean.',
  'monthly-churn.incompletePartial':
    'Partial churn dates every loss to the first day of the recent window, so the months before {from} cannot show churn: they are drawn hollow and left out of the mean.',
  'monthly-churn.none': 'No month has customers at its start.',
} as const satisfies AreaMessages<'monthly-churn'>;
