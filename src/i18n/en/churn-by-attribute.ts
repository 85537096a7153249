import type { AreaMessages } from '../area.ts';

export const messages = {
  'churn-by-attribute.pick': 'Attribute',
  'churn-by-attribute.chartTitle': 'Churn rate by {column}',
  'churn-by-attribute.overall': 'overall',
  'churn-by-attribute.summary':
    '{value} customers churn at {rate} (95 % CI {low}–{high}), {ratio} times the overall rate of {overall}.',
  'churn-by-attribute.noGroups': 'No values to compare.',
  'churn-by-attribute.missing': '{count} customers have no value for this attribute and are not in the chart.',
  'churn-by-attribute.small':
    '{count} values with fewer than {min} customers each ({customers} customers) are too few to rank on: the chart leaves them out; the table lists them.',
  'churn-by-attribute.minGroup': 'Smallest group on the chart',
  'churn-by-attribute.sortLabel': 'Order',
  'churn-by-attribute.sort.rate': 'highest churn first',
  'churn-by-attribute.sort.size': 'largest group first',
  'churn-by-attribute.binsLabel': 'Numbers cut into',
  'churn-by-attribute.binsQuantiles': 'quantile groups',
  'churn-by-attribute.bands': 'or bands at',
  'churn-by-attribute.bandsPlaceholder': 'e.g. 0, 12, 24, 72',
  'churn-by-attribute.binned.quantiles':
    '“{column}” is a number: customers are cut into {bins} groups of about equal size (quantiles), each from its lower edge up to, not including, the next.',
  'churn-by-attribute.binned.bands':
    '“{column}” is a number: customers are grouped by the bands typed, each from its lower edge up to, not including, the next.',
  'churn-by-attribute.outside': '{count} customers fall outside the bands and are counted as missing.',
  'churn-by-attribute.largest': 'The chart shows the {shown} largest of {total} values; the table shows all.',
} as const satisfies AreaMessages<'churn-by-attribute'>;
