export const messages = {
  'attr.pick': 'Attribute',
  'attr.chartTitle': 'Churn rate by {column}',
  'attr.overall': 'overall',
  'attr.summary':
    '{value} customers churn at {rate} (95 % CI {low}–{high}), {ratio} times the overall rate of {overall}.',
  'attr.noGroups': 'No values to compare.',
  'attr.missing': '{count} customers have no value for this attribute and are not in the chart.',
  'attr.largest': 'The chart shows the {shown} largest of {total} values; the table shows all.',
} as const satisfies Record<string, string>;
