import type { AreaMessages } from '../area.ts';

export const messages = {
  'monthly-churn.chartTitle': 'Monthly churn rate',
  'monthly-churn.rateAxis': 'Churn rate (lost ÷ customers at the start of the month)',
  'monthly-churn.mean': 'mean',
  'monthly-churn.lead': 'Mean monthly churn {mean}, about {annual} a year.',
  'monthly-churn.base':
    'Each month’s rate is the customers lost that month divided by the customers there at its start; the table lists both.',
  'monthly-churn.summary':
    'Monthly churn from {from} to {to} averages {mean} (annualised {annual}); the highest month is {peak} at {peakRate}.',
  'monthly-churn.censored':
    'Under an inactivity definition a customer counts as churned {days} days after their last activity, so the months just before the as-of date cannot show churn yet.',
  'monthly-churn.none': 'No month has customers at its start.',
} as const satisfies AreaMessages<'monthly-churn'>;
