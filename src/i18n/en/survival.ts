import type { AreaMessages } from '../area.ts';

export const messages = {
  'survival.allCustomers': 'All customers',
  'survival.title': 'Survival curve (Kaplan–Meier)',
  'survival.titleBy': 'Survival curves by {column} (Kaplan–Meier)',
  'survival.unitLabel': 'Time unit',
  'survival.unit.days': 'days',
  'survival.unit.weeks': 'weeks',
  'survival.unit.months': 'months',
  'survival.groupLabel': 'Group by',
  'survival.noGroup': 'All customers',
  'survival.ciLabel': 'Interval scale',
  'survival.ci.log-log': 'log-log',
  'survival.ci.log': 'log',
  'survival.timesLabel': 'Report at ({unit})',
  'survival.timesProblem': 'Type times as numbers separated by commas, e.g. 6, 12, 24.',
  'survival.censorTicks': 'Mark censored customers',
  'survival.filters': 'Filters ({count})',
  'survival.filterColumn': 'Only customers whose',
  'survival.filterValues': 'Values of {column} to keep',
  'survival.addFilter': 'Add a filter',
  'survival.durationLabel': 'Duration to',
  'survival.measure.known': 'the day the loss became known',
  'survival.measure.activity': 'the last activity',
  'survival.axis.time.tenure-column': 'Tenure ({unit})',
  'survival.axis.time.first-to-churn': 'Time since first activity ({unit}), to churn',
  'survival.axis.time.first-to-last-activity': 'Time since first activity ({unit}), to the last activity',
  'survival.axis.time.first-to-loss-known': 'Time since first activity ({unit}), to the loss known',
  'survival.duration': 'Duration',
  'survival.duration.tenure-column':
    'the tenure column (where it is empty: first activity to the churn or as-of date); event = churned, customers still active are censored at their tenure',
  'survival.duration.first-to-churn':
    'first activity (or sign-up) to the churn date; customers still active are censored at the as-of date',
  'survival.duration.first-to-last-activity':
    'first to last activity, so a one-time buyer who churned is an event at 0; customers still active are censored at the as-of date, though a loss would date back to their last activity (the curve reads high where recent customers weigh)',
  'survival.duration.first-to-loss-known':
    'first activity to the day the loss became known (last activity + {lag} days); customers still active are censored at the as-of date',
  'survival.duration.first-to-loss-known-relative':
    "first activity to the day the loss became known (last activity + the customer's window + 1 day); customers still active are censored at the as-of date",
  'survival.colon': ': ',
  'survival.oneTime': 'One-time buyers',
  'survival.oneTime.count':
    '{count} of {total} customers ({share}) bought on a single day only; {churned} of them churned',
  'survival.oneTime.stepZero':
    'measured to the last activity they are events at 0, {explained} of the {events} customers lost there: the curve starts at {start}',
  'survival.oneTime.step':
    'their losses become known at {time} {unit}: {oneTime} of the {events} customers lost there ({explained}); the curve falls by {drop} of the {atRisk} at risk there',
  'survival.axis.survival': 'Share still active',
  'survival.band': 'Bands: 95 % CI ({scale} scale)',
  'survival.atRisk': 'At risk',
  'survival.col.time': 'Time ({unit})',
  'survival.col.censored': 'Censored',
  'survival.col.group': 'Group',
  'survival.col.median': 'Median survival ({unit})',
  'survival.col.at': 'S at {time} {unit}',
  'survival.col.expected': 'Expected churned (log-rank)',
  'survival.notReached': 'not reached',
  'survival.summary.median': '{group}: median {median} {unit} ({low}–{high})',
  'survival.summary.notReached': '{group}: {share} still active at {time} {unit}',
  'survival.summary.separator': '; ',
  'survival.summary.end': '.',
  'survival.logrank':
    'Log-rank test: χ² = {chi2}, df = {df}, p {p}. Observed and expected churn per group are in the table.',
  'survival.pooled': '{count} smaller values are pooled as “other”: {values}.',
  'survival.pooledTested': 'The chart and table pool them; the log-rank test compares all {tested} values separately.',
  'survival.noEvents':
    'No customer has churned in this data under the current definition, so every curve stays at 100 % and there is nothing to compare. Widen the data or change the churn definition.',
  'survival.beyond': 'beyond the longest follow-up',
  'survival.beyondNote': '— : the time is beyond the group’s longest follow-up, so S(t) is not known there.',
  'survival.censoredNote': 'Customers still active are censored at their current duration (tick marks).',
  'survival.droppedNote': '{dropped} customers without a duration are left out.',
} as const satisfies AreaMessages<'survival'>;
