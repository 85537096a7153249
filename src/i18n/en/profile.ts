import type { AreaMessages } from '../area.ts';

export const messages = {
  'profile.heading': 'Column profile: {column}',
  'profile.nulls': 'Empty',
  'profile.invalid': 'Invalid',
  'profile.distinct': 'Distinct',
  'profile.min': 'Minimum',
  'profile.max': 'Maximum',
  'profile.mean': 'Mean',
  'profile.count': 'Count',
  'profile.other': '{count} other values',
  'profile.close': 'Close profile',
  'profile.noValues': 'No values to chart.',
  'profile.loading': 'Computing profile…',
  'profile.chartTop': 'Bar chart of the most frequent values of {column}: {values}',
  'profile.chartHistogram':
    'Histogram of {column}: {bins} bins from {min} to {max}; the fullest holds {count} values, from {from} to {to}',
  'profile.pickColumn': 'Column',
} as const satisfies AreaMessages<'profile'>;
