import type { AreaMessages } from '../area.ts';

export const messages = {
  'churn-by-attribute.pick': 'Attribute',
  'churn-by-attribute.chartTitle': 'Churn rate by {column}',
  'churn-by-attribute.overall': 'overall',
  'churn-by-attribute.summary':
    '{value} customers churn at {rate} (95 % CI {low}–{high}), {ratio} times the overall rate of {overall}.',
  'churn-by-attribute.noGroups': 'No values to compare.',
  'churn-by-attribute.missing': '{count} customers have no value for this attribute and are not in the chart.',
  'churn-by-attribute.largest': 'The chart shows the {shown} largest of {total} values; the table shows all.',
} as const satisfies AreaMessages<'churn-by-attribute'>;
