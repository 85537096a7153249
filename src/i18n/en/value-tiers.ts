export const messages = {
  'tiers.shares': 'Tier shares of customers (by value)',
  'tiers.apply': 'Apply',
  'tiers.sharesProblem': 'The three shares must add up to 100 %.',
  'tiers.chartTitle': 'Value tiers: churn rate and share of value',
  'tiers.tier': 'Tier',
  'tiers.valueShare': 'Share of value',
  'tiers.minValue': 'Lowest value',
  'tiers.maxValue': 'Highest value',
  'tiers.summary': 'Tier {tier}: {customers} customers hold {value} of the value and churn at {rate}.',
  'tiers.lead': 'Tier A holds {share} of the value and churns at {rate} (overall {overall}).',

  'pareto.chartTitle': 'Pareto curve of customer value',
  'pareto.customers': 'Share of customers',
  'pareto.customersAxis': 'Share of customers, highest value first',
  'pareto.value': 'Share of value',
  'pareto.mark': 'top 20 %: {share} of value',
  'pareto.summary': 'The top 20 % of customers by value hold {share} of all value.',
  'pareto.leftOut':
    '{negatives} customers with a negative value and {missing} without a value are left out of the curve.',
} as const satisfies Record<string, string>;
