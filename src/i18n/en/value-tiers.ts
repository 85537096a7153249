import type { AreaMessages } from '../area.ts';

export const messages = {
  'value-tiers.shares': 'Tier shares of customers (by value)',
  'value-tiers.apply': 'Apply',
  'value-tiers.sharesProblem': 'The three shares must add up to 100 %.',
  'value-tiers.chartTitle': 'Value tiers: churn rate and share of value',
  'value-tiers.tier': 'Tier',
  'value-tiers.valueShare': 'Share of value',
  'value-tiers.minValue': 'Lowest value',
  'value-tiers.maxValue': 'Highest value',
  'value-tiers.summary': 'Tier {tier}: {customers} customers hold {value} of the value and churn at {rate}.',
  'value-tiers.lead': 'Tier A holds {share} of the value and churns at {rate} (overall {overall}).',

  'value-tiers.source.quoted': '“{name}”',
  'value-tiers.source.column': 'Value: the column {column} (role Value), one number per customer.',
  'value-tiers.source.unused':
    'Value: the column {column} (role Value), one number per customer. Also with the role Value but not used: {columns} (the tiers rank by one column, the one named as a total).',
  'value-tiers.source.amount': 'Value: each customer’s {column} summed over their purchases.',
  'value-tiers.source.price-quantity': 'Value: each customer’s {price} × {quantity} summed over their purchases.',

  'value-tiers.pareto.chartTitle': 'Pareto curve of customer value',
  'value-tiers.pareto.customers': 'Share of customers',
  'value-tiers.pareto.customersAxis': 'Share of customers, highest value first',
  'value-tiers.pareto.value': 'Share of value',
  'value-tiers.pareto.mark': 'top 20 %: {share} of value',
  'value-tiers.pareto.summary': 'The top 20 % of customers by value hold {share} of all value.',
  'value-tiers.col.value_tier': 'Value tier (A/B/C)',
  'value-tiers.pareto.leftOut':
    '{negatives} customers with a negative value and {missing} without a value are left out of the curve.',
} as const satisfies AreaMessages<'value-tiers'>;
